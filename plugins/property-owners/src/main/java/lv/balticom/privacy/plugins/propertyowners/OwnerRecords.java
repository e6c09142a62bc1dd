package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RecordStore;
import lv.balticom.privacy.spi.register.Values;

/**
 * Walks the plugin's registers along their references: owner, their properties, what is on and agreed
 * for each property. Reads the host's stores on every call; holds nothing: thread-safe.
 */
final class OwnerRecords {

    private final PluginContext context;

    OwnerRecords(PluginContext context) {
        this.context = context;
    }

    RecordStore owners() {
        return context.records(OwnerRegister.ID);
    }

    RecordStore properties() {
        return context.records(PropertyRegister.ID);
    }

    RecordStore coordinations() {
        return context.records(CoordinationRegister.ID);
    }

    /** The owner records about this data subject. */
    List<PluginRecord> ownersOf(UUID subjectId) {
        return owners().aboutSubject(subjectId);
    }

    /** The properties this owner record owns. */
    List<PluginRecord> propertiesOf(String ownerId) {
        return referring(properties().all(), PropertyRegister.OWNER, ownerId);
    }

    /** The network elements on this property. */
    List<PluginRecord> networkElementsOn(String propertyId) {
        return referring(context.records(NetworkElementRegister.ID).all(), NetworkElementRegister.PROPERTY, propertyId);
    }

    /** The coordinations of works on this property. */
    List<PluginRecord> coordinationsOn(String propertyId) {
        return referring(coordinations().all(), CoordinationRegister.PROPERTY, propertyId);
    }

    /** The data subject a coordination is about: its property's owner's, if the owner names one. */
    Optional<UUID> subjectOfCoordination(PluginRecord coordination) {
        return Values.text(coordination.values(), CoordinationRegister.PROPERTY)
                .flatMap(properties()::find)
                .flatMap(property -> Values.text(property.values(), PropertyRegister.OWNER))
                .flatMap(owners()::find)
                .flatMap(PluginRecord::subjectId);
    }

    private static List<PluginRecord> referring(List<PluginRecord> records, String field, String recordId) {
        return records.stream().filter(record -> Values.text(record.values(), field).filter(recordId::equals).isPresent()).toList();
    }
}
