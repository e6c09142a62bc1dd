package lv.balticom.privacy.example.console;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.ConsoleMenuItem;

/**
 * Stand-ins for the menu items the four feature modules will add (consents, requests, retention,
 * cookies), with labels of the length theirs will have, so that the browser test can check that an
 * administrator's menu still fits on one line at 1366 px. Their pages do not exist here.
 */
@Factory
@Requires(property = FeatureModuleMenuStandIns.ENABLED, value = "true")
@Requires(property = ExampleConsole.ENABLED, value = "true")
final class FeatureModuleMenuStandIns {

    /** The property that adds the stand-ins (the example module's texts hold their labels). */
    static final String ENABLED = "privacy.test.feature-module-menu-stand-ins";

    @Singleton
    ConsoleMenuItem consents() {
        return new ConsoleMenuItem("example.standIn.consents", "/console/consents", Permission.CONSENT_READ, ConsoleMenuItem.MODULES);
    }

    @Singleton
    ConsoleMenuItem requests() {
        return new ConsoleMenuItem("example.standIn.requests", "/console/requests", Permission.REQUEST_READ, ConsoleMenuItem.MODULES + 10);
    }

    @Singleton
    ConsoleMenuItem retention() {
        return new ConsoleMenuItem("example.standIn.retention", "/console/retention", Permission.RETENTION_READ, ConsoleMenuItem.MODULES + 20);
    }

    @Singleton
    ConsoleMenuItem cookies() {
        return new ConsoleMenuItem("example.standIn.cookies", "/console/cookies", Permission.COOKIES_READ, ConsoleMenuItem.MODULES + 30);
    }
}
