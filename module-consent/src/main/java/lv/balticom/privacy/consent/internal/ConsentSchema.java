package lv.balticom.privacy.consent.internal;

import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.SchemaChangelog;

/** The consent module's tables: the consent ledger, purchases, automated decisions and their reviews. */
@Singleton
final class ConsentSchema implements SchemaChangelog {

    @Override
    public String changelog() {
        return "db/changelog/consent/changelog.xml";
    }

    @Override
    public int order() {
        return 100;
    }
}
