package lv.balticom.privacy.dsar.internal;

import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.SchemaChangelog;

/** The dsar module's tables: requests, their candidate subjects and their history. */
@Singleton
final class DsarSchema implements SchemaChangelog {

    @Override
    public String changelog() {
        return "db/changelog/dsar/changelog.xml";
    }

    @Override
    public int order() {
        return 110;
    }
}
