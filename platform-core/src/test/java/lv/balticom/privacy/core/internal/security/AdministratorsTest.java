package lv.balticom.privacy.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import lv.balticom.privacy.core.IsolatedPlatform;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform always keeps one enabled administrator: nobody can lock everyone out by mistake. */
class AdministratorsTest {

    @TempDir
    Path dataDir;

    @Test
    void theLastEnabledAdministratorStays() {
        try (EmbeddedServer server = IsolatedPlatform.start(dataDir, Map.of("privacy.admin.password", "first-admin-password"))) {
            UserAccounts accounts = server.getApplicationContext().getBean(UserAccounts.class);
            Actor actor = Actor.user("admin");
            Account admin = accounts.all().get(0);

            assertThatThrownBy(() -> accounts.setEnabled(actor, admin.id(), false))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.getMessage()).contains("last enabled administrator"));
            assertThatThrownBy(() -> accounts.setRoles(actor, admin.id(), Set.of(Role.AUDITOR)))
                    .isInstanceOf(ProblemException.class);

            Account second = accounts.create(actor, "second-admin", "second-admin-password", Set.of(Role.ADMIN));
            assertThat(accounts.setRoles(actor, admin.id(), Set.of(Role.AUDITOR)).roles()).containsExactly(Role.AUDITOR);
            assertThatThrownBy(() -> accounts.setEnabled(actor, second.id(), false)).isInstanceOf(ProblemException.class);
        }
    }
}
