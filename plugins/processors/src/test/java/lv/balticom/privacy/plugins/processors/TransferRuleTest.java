package lv.balticom.privacy.plugins.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class TransferRuleTest {

    private InMemoryPluginContext context;
    private PluginRecord processor;

    @BeforeEach
    void aProcessor() {
        context = new InMemoryPluginContext(new ProcessorsPlugin());
        processor = context.records("processors").create(Map.of(
                "name", "DevCo Inc.", "country", "US", "relationship", "PARTNER", "tasks", "Billing software support",
                "dataCategories", List.of("IDENTIFICATION", "BILLING")));
    }

    private Map<String, Object> transfer(String country) {
        Map<String, Object> values = new HashMap<>();
        values.put("summary", "Software support");
        values.put("processor", processor.id());
        values.put("country", country);
        return values;
    }

    @Test
    @DisplayName("POL-18, POL-19: a transfer to the US without a safeguard is refused, naming the safeguard field in both languages")
    void aUsTransferWithoutASafeguardIsRefused() {
        List<FieldProblem> problems = TransferRegister.DEFINITION.validator().validate(transfer("US"), context);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("safeguard");
            assertThat(problem.message().lv()).contains("ārpus Eiropas Savienības un Eiropas Ekonomiskās zonas");
            assertThat(problem.message().en()).contains("outside the European Union and the European Economic Area");
        });
        assertThatThrownBy(() -> context.records("transfers").create(transfer("US")))
                .isInstanceOfSatisfying(InvalidRecordException.class,
                        refused -> assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("safeguard"));
        assertThat(context.records("transfers").all()).isEmpty();
    }

    @Test
    @DisplayName("POL-19: a transfer to the US with standard contractual clauses is accepted")
    void aUsTransferWithStandardContractualClausesIsAccepted() {
        Map<String, Object> values = transfer("US");
        values.put("safeguard", "STANDARD_CONTRACTUAL_CLAUSES");
        values.put("safeguardDetails", "Commission Implementing Decision (EU) 2021/914, module 3");

        assertThat(TransferRegister.DEFINITION.validator().validate(values, context)).isEmpty();
        assertThat(context.records("transfers").create(values).id()).isNotBlank();
    }

    @Test
    @DisplayName("POL-18: a transfer within the EU/EEA (Latvia, Norway) needs no safeguard")
    void aTransferWithinTheEeaNeedsNoSafeguard() {
        assertThat(TransferRegister.DEFINITION.validator().validate(transfer("LV"), context)).isEmpty();
        assertThat(TransferRegister.DEFINITION.validator().validate(transfer("NO"), context)).isEmpty();
        assertThat(context.records("transfers").create(transfer("LV")).id()).isNotBlank();
    }

    @Test
    @DisplayName("POL-18, POL-19: the United Kingdom and Switzerland are third countries: their safeguard (an adequacy decision) is recorded")
    void adequacyCountriesStillNeedTheSafeguardRecorded() {
        assertThat(TransferRegister.DEFINITION.validator().validate(transfer("GB"), context)).extracting(FieldProblem::field)
                .containsExactly("safeguard");
        Map<String, Object> values = transfer("CH");
        values.put("safeguard", "ADEQUACY_DECISION");
        assertThat(TransferRegister.DEFINITION.validator().validate(values, context)).isEmpty();
    }

    @Test
    @DisplayName("POL-19: the next review cannot come before the assessment")
    void theNextReviewComesAfterTheAssessment() {
        Map<String, Object> values = transfer("LV");
        values.put("assessedOn", LocalDate.of(2026, 3, 1));
        values.put("nextReview", LocalDate.of(2026, 2, 28));
        assertThat(TransferRegister.DEFINITION.validator().validate(values, context)).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("nextReview"));

        values.put("nextReview", LocalDate.of(2026, 3, 1));
        assertThat(TransferRegister.DEFINITION.validator().validate(values, context)).isEmpty();
        values.put("nextReview", "2027-03-01");
        assertThat(TransferRegister.DEFINITION.validator().validate(values, context)).as("a date given as text").isEmpty();
    }
}
