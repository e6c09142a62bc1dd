package lv.balticom.privacy.core.internal.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.subject.DataSubject;
import lv.balticom.privacy.core.api.subject.IdentifierKind;
import lv.balticom.privacy.core.internal.audit.AuditSearch;
import lv.balticom.privacy.core.internal.plugins.PluginRecordStores;
import lv.balticom.privacy.core.internal.subject.SubjectRegistry;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RecordStore;
import org.junit.jupiter.api.Test;

/** A plugin's own view of its registers ({@code PluginContext.records}): the same checks, the plugin as the actor. */
@MicronautTest(transactional = false)
@Property(name = "privacy.test.registers", value = "true")
class PluginRecordStoreTest {

    private static final List<lv.balticom.privacy.spi.register.RegisterDefinition> REGISTERS =
            List.of(RegisterTestPlugins.SUPPLIERS, RegisterTestPlugins.CONTRACTS);

    @Inject
    PluginRecordStores stores;

    @Inject
    SubjectRegistry subjects;

    @Inject
    AuditSearch audit;

    @Test
    void theHostsStoresAreThePluginRecordsBean() {
        assertThat(stores).isInstanceOf(PluginRecords.class);
        assertThatThrownBy(() -> stores.open(RegisterTestPlugins.PLUGIN, REGISTERS, "no-such-register"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPluginWritesItsRecordsAsItselfWithTheSameChecks() {
        RecordStore suppliers = stores.open(RegisterTestPlugins.PLUGIN, REGISTERS, "suppliers");
        assertThat(suppliers.register()).isEqualTo(RegisterTestPlugins.SUPPLIERS);

        PluginRecord created = suppliers.create(Map.of("name", "Own " + UUID.randomUUID(), "relation", "PARTNER", "country", "lv",
                "staff", 3));
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.values()).containsEntry("country", "LV").containsEntry("staff", 3L);
        assertThat(suppliers.find(created.id())).contains(created);
        assertThat(suppliers.all()).contains(created);

        assertThatThrownBy(() -> suppliers.create(Map.of("name", "No country")))
                .isInstanceOfSatisfying(InvalidRecordException.class, invalid -> assertThat(invalid.problems())
                        .extracting(problem -> problem.field()).containsExactly("relation", "country"));

        PluginRecord updated = suppliers.update(created.id(), 1, Map.of("name", "Renamed", "relation", "PARTNER", "country", "LV"));
        assertThat(updated.version()).isEqualTo(2);
        assertThatThrownBy(() -> suppliers.update(created.id(), 1, Map.of("name", "Stale", "relation", "PARTNER", "country", "LV")))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThatThrownBy(() -> suppliers.update(UUID.randomUUID().toString(), 1, Map.of("name", "x")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> suppliers.delete(created.id(), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(suppliers.delete(created.id(), "no longer a supplier")).isTrue();
        assertThat(suppliers.delete(created.id(), "no longer a supplier")).isFalse();
        assertThat(suppliers.find(created.id())).isEmpty();

        String target = RegisterTestPlugins.PLUGIN + "/suppliers/" + created.id();
        List<AuditSearch.Entry> entries = audit.find(null, null, null, 0, 200).items().stream()
                .filter(entry -> entry.targetId().equals(target)).toList();
        assertThat(entries).extracting(AuditSearch.Entry::action)
                .containsExactly("plugin-record.deleted", "plugin-record.updated", "plugin-record.created");
        assertThat(entries).extracting(AuditSearch.Entry::actor).containsOnly("plugin:" + RegisterTestPlugins.PLUGIN);
    }

    @Test
    void recordsAboutASubjectAreFoundAndTheirChangesAreInTheSubjectsHistory() {
        DataSubject person = subjects.create(Actor.system("test"), new SubjectRegistry.NewSubject("CLIENT",
                Map.of(IdentifierKind.CUSTOMER_NUMBER, "S-" + UUID.randomUUID().toString().substring(0, 8))));
        DataSubject other = subjects.create(Actor.system("test"), new SubjectRegistry.NewSubject("CLIENT",
                Map.of(IdentifierKind.CUSTOMER_NUMBER, "S-" + UUID.randomUUID().toString().substring(0, 8))));
        RecordStore suppliers = stores.open(RegisterTestPlugins.PLUGIN, REGISTERS, "suppliers");
        RecordStore contracts = stores.open(RegisterTestPlugins.PLUGIN, REGISTERS, "contracts");
        PluginRecord supplier = suppliers.create(RegisterTestPlugins.supplier("For contracts"));

        PluginRecord first = contracts.create(Map.of("title", "First", "supplier", supplier.id(), "person", person.id()));
        PluginRecord second = contracts.create(Map.of("title", "Second", "supplier", supplier.id(), "person", person.id().toString()));
        contracts.create(Map.of("title", "Nobody's", "supplier", supplier.id()));
        assertThat(first.subjectId()).contains(person.id());
        assertThat(contracts.aboutSubject(person.id())).containsExactly(first, second);
        assertThat(suppliers.aboutSubject(person.id())).isEmpty();

        PluginRecord moved = contracts.update(second.id(), 1, Map.of("title", "Second", "supplier", supplier.id(), "person", other.id()));
        assertThat(contracts.aboutSubject(person.id())).containsExactly(first);
        assertThat(contracts.aboutSubject(other.id())).containsExactly(moved);

        List<AuditSearch.Entry> history = audit.find(person.id(), null, null, 0, 50).items();
        assertThat(history).extracting(AuditSearch.Entry::action)
                .containsExactly("plugin-record.created", "plugin-record.created", "subject.created");
        List<AuditSearch.Entry> otherHistory = audit.find(other.id(), null, null, 0, 50).items();
        assertThat(otherHistory.get(0).action()).isEqualTo("plugin-record.updated");
        assertThat(otherHistory.get(0).details()).containsEntry("fields", "person")
                .containsEntry("previousSubject", person.id().toString());
    }
}
