package lv.balticom.privacy.consent.web.console;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.ConsoleMenuItem;

/** The module's one item on the console's menu: "Piekrišanas" (Consents), leading to the dashboard. */
@Factory
final class ConsentConsole {

    /** The dashboard's address. */
    static final String DASHBOARD = "/console/consents";

    @Singleton
    ConsoleMenuItem consentsMenuItem() {
        return new ConsoleMenuItem("consent.menu", DASHBOARD, Permission.CONSENT_READ, ConsoleMenuItem.MODULES);
    }
}
