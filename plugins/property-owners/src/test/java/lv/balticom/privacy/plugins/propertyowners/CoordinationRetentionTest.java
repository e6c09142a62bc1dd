package lv.balticom.privacy.plugins.propertyowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.retention.RetainedItem;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class CoordinationRetentionTest {

    private final PropertyOwnersPlugin plugin = new PropertyOwnersPlugin();
    private InMemoryPluginContext context;
    private RetentionTarget target;
    private final UUID subjectId = UUID.randomUUID();
    private PluginRecord march2020;
    private PluginRecord january2021;
    private PluginRecord june2024;
    private PluginRecord ofALegalPerson;

    @BeforeEach
    void coordinations() throws Exception {
        context = new InMemoryPluginContext(plugin);
        plugin.start(context);
        target = plugin.retentionTargets(context).get(0);
        Fixtures fixtures = new Fixtures(context);
        PluginRecord property = fixtures.property(fixtures.naturalOwner(subjectId, "Jānis Bērziņš"), "01000123456");
        june2024 = fixtures.coordination(property, LocalDate.of(2024, 6, 1));
        march2020 = fixtures.coordination(property, LocalDate.of(2020, 3, 10));
        january2021 = fixtures.coordination(property, LocalDate.of(2021, 1, 1));
        ofALegalPerson = fixtures.coordination(fixtures.property(fixtures.legalOwner("Zemes SIA"), "01000999999"), LocalDate.of(2019, 1, 1));
    }

    @Test
    void theTargetIsCoordinationsUnderTheCrmActivityRule() {
        assertThat(target.id()).isEqualTo("coordinations");
        assertThat(target.dataCategory()).isEqualTo("CRM_ACTIVITY");
        assertThat(target.name().lv()).isNotEqualTo(target.name().en());
    }

    @Test
    @DisplayName("POL-5.6: coordinations dated before the day are due, oldest first, with their owner as the subject")
    void coordinationsBeforeTheDateAreDue() {
        List<RetainedItem> due = target.referencedBefore(LocalDate.of(2021, 1, 1), 10);

        assertThat(due).extracting(RetainedItem::id).containsExactly(ofALegalPerson.id(), march2020.id());
        assertThat(due).extracting(RetainedItem::referenceDate).containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 3, 10));
        assertThat(due.get(0).subjectId()).as("a legal person is no data subject here").isEmpty();
        assertThat(due.get(1).subjectId()).contains(subjectId);

        assertThat(target.referencedBefore(LocalDate.of(2030, 1, 1), 2)).extracting(RetainedItem::id)
                .containsExactly(ofALegalPerson.id(), march2020.id());
        assertThat(target.referencedBefore(LocalDate.of(2030, 1, 1), 10)).extracting(RetainedItem::id)
                .containsExactly(ofALegalPerson.id(), march2020.id(), january2021.id(), june2024.id());
        assertThat(target.referencedBefore(LocalDate.of(2019, 1, 1), 10)).isEmpty();
    }

    @Test
    @DisplayName("POL-5.6: due coordinations are deleted through the record store with the sweep's reason")
    void dueCoordinationsAreDeletedWithTheReason() {
        int deleted = target.delete(List.of(ofALegalPerson.id(), march2020.id(), "no-such-record"), "rule CRM_ACTIVITY, sweep S-1");

        assertThat(deleted).isEqualTo(2);
        assertThat(context.records("coordinations").all()).extracting(PluginRecord::id).containsExactlyInAnyOrder(january2021.id(), june2024.id());
        assertThat(context.records("coordinations").deletionReasons()).containsExactly("rule CRM_ACTIVITY, sweep S-1", "rule CRM_ACTIVITY, sweep S-1");
        assertThat(target.delete(List.of(march2020.id()), "again")).as("already gone").isZero();
    }
}
