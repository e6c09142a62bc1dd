package lv.balticom.privacy.core.internal.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.api.console.ConsoleMenuItem;
import org.junit.jupiter.api.Test;

/** The menu merges the modules' items with the core's by position and shows each person what they may use. */
class ConsoleMenuTest {

    private static final ConsoleMenuItem CONSENTS =
            new ConsoleMenuItem("consent.menu", "/console/consents", Permission.CONSENT_READ, ConsoleMenuItem.MODULES);
    private static final ConsoleMenuItem SWEEPS =
            new ConsoleMenuItem("retention.sweeps", "/console/retention/sweeps", Permission.RETENTION_RUN, ConsoleMenuItem.ADMINISTRATION + 5);

    @Test
    void contributedItemsGoToTheirPositionsAmongTheBuiltInOnes() {
        ConsoleMenu menu = new ConsoleMenu(List.of(SWEEPS, CONSENTS));
        assertThat(menu.items().stream().map(ConsoleMenuItem::href)).containsExactly("/console", "/console/subjects",
                "/console/consents", "/console/catalog", "/console/policy", "/console/ropa", "/console/audit", "/console/users",
                "/console/retention/sweeps", "/console/api-keys", "/console/plugins");
    }

    @Test
    void equalPositionsAreOrderedByAddress() {
        ConsoleMenuItem requests = new ConsoleMenuItem("dsar.menu", "/console/requests", Permission.REQUEST_READ, ConsoleMenuItem.MODULES);
        ConsoleMenuItem cookies = new ConsoleMenuItem("cookies.menu", "/console/cookies", Permission.COOKIES_READ, ConsoleMenuItem.MODULES);
        assertThat(new ConsoleMenu(List.of(requests, cookies, CONSENTS)).items().stream().map(ConsoleMenuItem::href))
                .containsSubsequence("/console/subjects", "/console/consents", "/console/cookies", "/console/requests", "/console/catalog");
    }

    @Test
    void eachPersonSeesTheItemsOfTheirPermissionsAndTheAdministrationGroupApart() {
        ConsoleMenu menu = new ConsoleMenu(List.of(CONSENTS, SWEEPS));
        ConsoleMenu.Shown agent = menu.shownTo(Role.AGENT.permissions());
        assertThat(agent.main().stream().map(ConsoleMenuItem::href))
                .containsExactly("/console", "/console/subjects", "/console/consents", "/console/catalog", "/console/policy", "/console/ropa");
        assertThat(agent.administration()).isEmpty();

        ConsoleMenu.Shown admin = menu.shownTo(EnumSet.allOf(Permission.class));
        assertThat(admin.administration().stream().map(ConsoleMenuItem::href))
                .containsExactly("/console/users", "/console/retention/sweeps", "/console/api-keys", "/console/plugins");
        assertThat(admin.main()).doesNotContainAnyElementsOf(admin.administration());
        assertThat(admin.administrationActiveAt("/console/retention/sweeps/2026")).isTrue();
        assertThat(admin.administrationActiveAt("/console/consents")).isFalse();
    }

    @Test
    void twoItemsLeadingToOnePageStopTheStart() {
        ConsoleMenuItem again = new ConsoleMenuItem("other.menu", "/console/subjects", Permission.SUBJECT_READ, 350);
        assertThatThrownBy(() -> new ConsoleMenu(List.of(again))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/console/subjects");
    }

    @Test
    void anItemLeadsToAConsolePageAndIsActiveOnItAndBelowIt() {
        assertThatThrownBy(() -> new ConsoleMenuItem("x.menu", "https://example.com/console", Permission.CONSENT_READ, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsoleMenuItem("x.menu", "/api/v1/consents", Permission.CONSENT_READ, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsoleMenuItem("x.menu", "/console/../api", Permission.CONSENT_READ, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsoleMenuItem("#{x}", "/console/x", Permission.CONSENT_READ, 300))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CONSENTS.activeAt("/console/consents")).isTrue();
        assertThat(CONSENTS.activeAt("/console/consents/dashboard")).isTrue();
        assertThat(CONSENTS.activeAt("/console/consents-report")).isFalse();
        assertThat(ConsoleMenu.BUILT_IN.get(0).activeAt("/console/consents")).as("the dashboard only at /console").isFalse();
    }
}
