package lv.balticom.privacy.core.internal.catalog;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.PolicyPackImports;
import lv.balticom.privacy.core.internal.config.PlatformSettings;
import lv.balticom.privacy.core.internal.policypack.PolicyPack;
import lv.balticom.privacy.core.internal.policypack.PolicyPackSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the catalogue from the policy pack on the first start; after that the database is the master
 * and the pack is not read again. An invalid pack stops the first start with every problem listed.
 * When several instances start together, the audit chain head's lock lets one import and the others
 * find it done.
 */
@Singleton
class PolicyPackImport implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyPackImport.class);
    private static final String ID = "default";

    private final PlatformSettings settings;
    private final CatalogTables tables;
    private final PolicyPackImports imports;
    private final AuditLedger ledger;
    private final CatalogService catalog;
    private final Clock clock;

    PolicyPackImport(PlatformSettings settings, CatalogTables tables, PolicyPackImports imports, AuditLedger ledger,
                     CatalogService catalog, Clock clock) {
        this.settings = settings;
        this.tables = tables;
        this.imports = imports;
        this.ledger = ledger;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (!imports.existsById(ID)) {
            PolicyPackSource source = settings.policyPack().map(PolicyPackSource::file).orElseGet(PolicyPackSource::builtIn);
            try {
                importOnce(source);
            } catch (AlreadySeeded e) {
                LOG.info("The catalogue was seeded by another instance starting at the same time.");
            }
        }
        catalog.refresh();
    }

    @Transactional
    void importOnce(PolicyPackSource source) {
        PolicyPack pack = source.read();
        // The ledger's append locks the chain head first, so concurrent first starts queue here...
        long seq = ledger.append(AuditRecord.about(Actor.system("policy-pack"), "catalog.seeded", "policy-pack",
                source.sha256(), Map.of(
                        "packVersion", Integer.toString(pack.packVersion()),
                        "dataCategories", Integer.toString(pack.contents().dataCategories().size()),
                        "purposes", Integer.toString(pack.contents().purposes().size()),
                        "policyVersions", Integer.toString(pack.contents().policyVersions().size()))));
        // ...and the one that comes second finds the work done and rolls back its entry.
        if (imports.existsById(ID) || tables.isSeeded()) {
            throw new AlreadySeeded();
        }
        tables.write(pack.contents());
        imports.save(new PolicyPackImportRow(ID, pack.packVersion(), source.sha256(), source.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        LOG.info("Seeded the catalogue from the policy pack {} (pack version {}, audit entry {}).",
                source.name(), pack.packVersion(), seq);
    }

    /** Another instance seeded the catalogue first; this transaction rolls back. */
    static final class AlreadySeeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadySeeded() {
            super("the catalogue was seeded by another instance", null, false, false);
        }
    }
}
