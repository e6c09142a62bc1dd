package lv.balticom.privacy.core.internal.persistence;

import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.SchemaChangelog;

/** The core's own tables: catalogue, subjects, audit ledger, users. */
@Singleton
final class CoreSchema implements SchemaChangelog {

    @Override
    public String changelog() {
        return "db/changelog/core/changelog.xml";
    }

    @Override
    public int order() {
        return 0;
    }
}
