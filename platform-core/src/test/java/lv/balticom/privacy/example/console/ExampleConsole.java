package lv.balticom.privacy.example.console;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.console.ConsoleMenuItem;

/** The example module's menu item: in the menu's Administration group, where a module's pages for administrators go. */
@Factory
@Requires(property = ExampleConsole.ENABLED, value = "true")
final class ExampleConsole {

    /** The property that switches the example module on. */
    static final String ENABLED = "privacy.test.example-module";

    @Singleton
    ConsoleMenuItem notesMenuItem() {
        return new ConsoleMenuItem("example.menu", "/console/example", Permission.REQUEST_READ, ConsoleMenuItem.ADMINISTRATION + 50);
    }
}
