package lv.balticom.privacy.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void twoAdministratorsDisabledAtOnceLeaveOneEnabled() throws Exception {
        try (EmbeddedServer server = IsolatedPlatform.start(dataDir, Map.of("privacy.admin.password", "first-admin-password"))) {
            UserAccounts accounts = server.getApplicationContext().getBean(UserAccounts.class);
            Actor actor = Actor.user("admin");
            Account first = accounts.all().get(0);
            Account second = accounts.create(actor, "second-admin", "second-admin-password", Set.of(Role.ADMIN));
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<Boolean>> disabled = new ArrayList<>();
                    for (Account account : List.of(first, second)) {
                        disabled.add(threads.submit(() -> {
                            together.await();
                            try {
                                accounts.setEnabled(actor, account.id(), false);
                                return true;
                            } catch (ProblemException refused) {
                                return false;
                            }
                        }));
                    }
                    int succeeded = 0;
                    for (Future<Boolean> outcome : disabled) {
                        succeeded += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
                    }
                    assertThat(succeeded).as("round " + round).isEqualTo(1);
                    assertThat(accounts.all().stream().filter(account -> account.enabled() && account.roles().contains(Role.ADMIN)))
                            .as("round " + round).hasSize(1);
                    accounts.setEnabled(actor, first.id(), true);
                    accounts.setEnabled(actor, second.id(), true);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
