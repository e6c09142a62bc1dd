package lv.balticom.privacy.plugins.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class ProcessorsContributorTest {

    private final ProcessorsPlugin plugin = new ProcessorsPlugin();
    private InMemoryPluginContext context;
    private ProcessingContributor contributor;

    @BeforeEach
    void started() throws Exception {
        context = new InMemoryPluginContext(plugin);
        plugin.start(context);
        contributor = plugin.processingContributors(context).get(0);
    }

    private PluginRecord processor(String name, String country, String relationship, List<String> categories) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", name);
        values.put("registrationNumber", "40003000000");
        values.put("country", country);
        values.put("relationship", relationship);
        values.put("tasks", "Sending invoices");
        values.put("dataCategories", categories);
        values.put("contractReference", "DPA-2024-07");
        values.put("contractFrom", LocalDate.of(2024, 7, 1));
        return context.records("processors").create(values);
    }

    private PluginRecord transfer(PluginRecord processor, String country, String safeguard) {
        Map<String, Object> values = new HashMap<>();
        values.put("summary", "Access from " + country);
        values.put("processor", processor.id());
        values.put("country", country);
        if (safeguard != null) {
            values.put("safeguard", safeguard);
            values.put("safeguardDetails", "SCC 2021/914, module 3");
        }
        values.put("assessedOn", LocalDate.of(2026, 1, 15));
        values.put("nextReview", LocalDate.of(2027, 1, 15));
        return context.records("transfers").create(values);
    }

    @Test
    void anEmptyRegisterContributesNothing() {
        assertThat(contributor.contribution()).isEqualTo(ProcessingContribution.none());
    }

    @Test
    @DisplayName("POL-13, POL-14: a processor added to the register is in the record of processing at once, as processor and recipient")
    void aProcessorAddedToTheRegisterIsInTheContribution() {
        assertThat(contributor.contribution().processors()).isEmpty();

        processor("Balticom Billing SIA", "LV", "GROUP_COMPANY", List.of("IDENTIFICATION", "BILLING"));
        ProcessingContribution contribution = contributor.contribution();

        assertThat(contribution.processors()).singleElement().satisfies(processor -> {
            assertThat(processor.name()).isEqualTo("Balticom Billing SIA");
            assertThat(processor.registrationNumber()).contains("40003000000");
            assertThat(processor.country()).isEqualTo("LV");
            assertThat(processor.groupCompany()).isTrue();
            assertThat(processor.tasks().en()).isEqualTo("Sending invoices");
            assertThat(processor.dataCategories()).containsExactly("IDENTIFICATION", "BILLING");
            assertThat(processor.contractReference()).contains("DPA-2024-07");
            assertThat(processor.contractFrom()).contains(LocalDate.of(2024, 7, 1));
            assertThat(processor.contractUntil()).isEmpty();
        });
        assertThat(contribution.recipients()).singleElement().satisfies(recipient -> {
            assertThat(recipient.name().lv()).isEqualTo("Balticom Billing SIA");
            assertThat(recipient.description().lv()).contains("grupas uzņēmums", "Sending invoices");
            assertThat(recipient.description().en()).contains("group company", "Sending invoices");
            assertThat(recipient.dataCategories()).containsExactly("IDENTIFICATION", "BILLING");
        });
        assertThat(contribution.activities()).isEmpty();
    }

    @Test
    @DisplayName("POL-13: a partner is not a group company")
    void aPartnerIsNotAGroupCompany() {
        processor("Installers SIA", "LV", "PARTNER", List.of("CONTACT"));

        assertThat(contributor.contribution().processors()).singleElement()
                .satisfies(processor -> assertThat(processor.groupCompany()).isFalse());
        assertThat(contributor.contribution().recipients()).singleElement()
                .satisfies(recipient -> assertThat(recipient.description().en()).contains("business partner"));
    }

    @Test
    @DisplayName("POL-18, POL-19: only transfers outside the EU/EEA are third-country transfers, named after their processor")
    void onlyThirdCountryTransfersAreContributed() {
        PluginRecord devCo = processor("DevCo Inc.", "US", "PARTNER", List.of("IDENTIFICATION", "SERVICE"));
        PluginRecord nordic = processor("Nordic Support AS", "NO", "PARTNER", List.of("CONTACT"));
        transfer(devCo, "US", "STANDARD_CONTRACTUAL_CLAUSES");
        transfer(nordic, "NO", null);
        transfer(devCo, "LV", null);

        List<ProcessingContribution.Transfer> transfers = contributor.contribution().transfers();

        assertThat(transfers).singleElement().satisfies(transfer -> {
            assertThat(transfer.recipient()).isEqualTo("DevCo Inc.");
            assertThat(transfer.country()).isEqualTo("US");
            assertThat(transfer.safeguard()).isEqualTo(ProcessingContribution.Safeguard.STANDARD_CONTRACTUAL_CLAUSES);
            assertThat(transfer.safeguardDetails()).map(details -> details.en()).contains("SCC 2021/914, module 3");
            assertThat(transfer.dataCategories()).as("the processor's").containsExactly("IDENTIFICATION", "SERVICE");
            assertThat(transfer.assessedOn()).contains(LocalDate.of(2026, 1, 15));
            assertThat(transfer.nextReview()).contains(LocalDate.of(2027, 1, 15));
        });
        assertThat(contributor.contribution().processors()).hasSize(2);
    }

    @Test
    @DisplayName("POL-18: a renamed processor is named so in its transfers the next time the record is built")
    void theRecordIsReadAfresh() {
        PluginRecord devCo = processor("DevCo Inc.", "US", "PARTNER", List.of("IDENTIFICATION"));
        transfer(devCo, "US", "BINDING_CORPORATE_RULES");
        assertThat(contributor.contribution().transfers()).extracting(ProcessingContribution.Transfer::recipient).containsExactly("DevCo Inc.");

        Map<String, Object> renamed = new HashMap<>(devCo.values());
        renamed.put("name", "DevCo Holdings Inc.");
        context.records("processors").update(devCo.id(), devCo.version(), renamed);

        assertThat(contributor.contribution().transfers()).extracting(ProcessingContribution.Transfer::recipient)
                .containsExactly("DevCo Holdings Inc.");
        assertThat(contributor.contribution().transfers()).extracting(ProcessingContribution.Transfer::safeguardDetails)
                .containsExactly(Optional.of(lv.balticom.privacy.spi.Text.of("SCC 2021/914, module 3", "SCC 2021/914, module 3")));
    }
}
