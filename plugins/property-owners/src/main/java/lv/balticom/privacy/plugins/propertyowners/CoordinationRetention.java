package lv.balticom.privacy.plugins.propertyowners;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.retention.RetainedItem;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.register.Values;

/**
 * Coordinations of works under the retention rule of {@link CatalogCodes#CRM_ACTIVITY}, counted from the
 * coordination's date. Deletes through the host's record store, which audits each deletion with the
 * sweep's reason. Holds no state: thread-safe.
 */
final class CoordinationRetention implements RetentionTarget {

    private final OwnerRecords records;

    CoordinationRetention(OwnerRecords records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "coordinations";
    }

    @Override
    public Text name() {
        return Text.of("Darbu saskaņojumi ar īpašumu īpašniekiem", "Coordinations of works with property owners");
    }

    @Override
    public String dataCategory() {
        return CatalogCodes.CRM_ACTIVITY;
    }

    @Override
    public List<RetainedItem> referencedBefore(LocalDate referenceBefore, int limit) {
        record Dated(PluginRecord record, LocalDate date) {
        }
        return records.coordinations().all().stream()
                .flatMap(record -> Values.date(record.values(), CoordinationRegister.DATE).map(date -> new Dated(record, date)).stream())
                .filter(dated -> dated.date().isBefore(referenceBefore))
                .sorted(Comparator.comparing(Dated::date).thenComparing(dated -> dated.record().createdAt()))
                .limit(Math.max(0, limit))
                .map(dated -> new RetainedItem(dated.record().id(), dated.date(), subjectOf(dated.record())))
                .toList();
    }

    @Override
    public int delete(List<String> itemIds, String reason) {
        int deleted = 0;
        for (String itemId : itemIds) {
            if (records.coordinations().delete(itemId, reason)) {
                deleted++;
            }
        }
        return deleted;
    }

    private Optional<UUID> subjectOf(PluginRecord coordination) {
        return records.subjectOfCoordination(coordination);
    }
}
