package lv.balticom.privacy.testkit.broken;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.retention.RetainedItem;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.subject.Outcome;
import lv.balticom.privacy.spi.subject.SubjectData;
import lv.balticom.privacy.spi.subject.SubjectDataSource;
import lv.balticom.privacy.spi.subject.SubjectRef;

/**
 * A plugin that breaks the contract on purpose, for the contract test's own test
 * ({@code PluginContractSelfTest}): it starts, but it is no module, names codes the catalogue lacks,
 * finds data about everyone, writes a record's name into the audit ledger, and so on.
 */
public final class BrokenPlugin implements PrivacyPlugin {

    static final String ID = "broken-plugin";

    private static final RegisterDefinition ITEMS = RegisterDefinition.builder("items", Text.of("Vienības", "Items"))
            .field(FieldDefinition.text("name", Text.of("Nosaukums", "Name")).required())
            .field(FieldDefinition.text("note", Text.of("Piezīme", "Note")))
            .build();
    private static final RegisterDefinition EXTRAS = RegisterDefinition.builder("extras", Text.of("Papildu", "Extras"))
            .field(FieldDefinition.text("name", Text.of("Nosaukums", "Name")).required())
            .build();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("Salauzts spraudnis", "Broken plugin");
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<RegisterDefinition> registers() {
        return List.of(ITEMS, EXTRAS);
    }

    @Override
    public List<ProcessingContributor> processingContributors(PluginContext context) {
        ProcessingContribution.Activity activity = new ProcessingContribution.Activity(Text.of("Darbība", "Breaking things"),
                Text.of("Apraksts", "Description"), List.of("NO_SUCH_PURPOSE"), List.of("CONTACT"), List.of(), Text.of("Mūžīgi", "Forever"));
        return List.of(
                () -> new ProcessingContribution(List.of(), List.of(), List.of(), List.of(activity)),
                () -> {
                    throw new IllegalStateException("this contributor always fails");
                });
    }

    @Override
    public List<SubjectDataSource> subjectDataSources(PluginContext context) {
        return List.of(new SubjectDataSource() {
            @Override
            public String id() {
                return "everyone";
            }

            @Override
            public Text name() {
                return Text.of("Visi", "Everyone");
            }

            /** Finds data about anyone, with a data category the catalogue lacks. */
            @Override
            public SubjectData find(SubjectRef subject) {
                return new SubjectData(List.of(new SubjectData.Item(Text.of("Kaut kas", "Something"), "x", "NO_SUCH_CATEGORY", List.of())));
            }

            @Override
            public Outcome rectify(SubjectRef subject, Map<String, String> corrections) {
                return Outcome.nothingHeld();
            }

            @Override
            public Outcome restrict(SubjectRef subject, boolean restricted) {
                return Outcome.nothingHeld();
            }

            /** Says DONE whoever it is, and writes a record's name into the audit ledger. */
            @Override
            public Outcome erase(SubjectRef subject, String reason) {
                context.records("items").all().stream().findFirst().ifPresent(record -> context.audit().record("item.erased", "item",
                        record.id(), Map.of("name", record.text("name").orElse(""))));
                return new Outcome(Outcome.Status.DONE, 1, Text.of("Dzēsts.", "Erased."));
            }
        });
    }

    @Override
    public List<RetentionTarget> retentionTargets(PluginContext context) {
        return List.of(new RetentionTarget() {
            @Override
            public String id() {
                return "old-items";
            }

            @Override
            public Text name() {
                return Text.of("Vecas vienības", "Old items");
            }

            @Override
            public String dataCategory() {
                return "NO_SUCH_CATEGORY";
            }

            /** Newest first, and never the register's records. */
            @Override
            public List<RetainedItem> referencedBefore(LocalDate referenceBefore, int limit) {
                return List.of(new RetainedItem("b", LocalDate.of(2024, 1, 2), Optional.empty()),
                        new RetainedItem("a", LocalDate.of(2024, 1, 1), Optional.empty()));
            }

            /** Counts what it was given, gone or not. */
            @Override
            public int delete(List<String> itemIds, String reason) {
                return itemIds.size();
            }
        });
    }
}
