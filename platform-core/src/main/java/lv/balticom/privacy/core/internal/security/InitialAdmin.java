package lv.balticom.privacy.core.internal.security;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.Role;
import lv.balticom.privacy.core.internal.config.PlatformSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no account yet) creates the user {@code admin}: with {@code PRIVACY_ADMIN_PASSWORD}
 * when it is set, otherwise with a random password that is printed once in the log and written to
 * {@code initial-admin-password} in the data directory, readable by its owner only.
 */
@Singleton
final class InitialAdmin implements ApplicationEventListener<StartupEvent> {

    static final String USERNAME = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    private final UserAccounts accounts;
    private final PlatformSettings settings;

    InitialAdmin(UserAccounts accounts, PlatformSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (accounts.any()) {
            return;
        }
        String password = settings.adminPassword().orElse(null);
        if (password != null) {
            if (password.length() < UserAccounts.MINIMUM_PASSWORD_LENGTH) {
                throw new IllegalStateException("PRIVACY_ADMIN_PASSWORD must be at least "
                        + UserAccounts.MINIMUM_PASSWORD_LENGTH + " characters long");
            }
            if (createAdmin(password)) {
                LOG.info("Created the user '{}' with the password from PRIVACY_ADMIN_PASSWORD.", USERNAME);
            }
            return;
        }
        password = generate();
        if (!createAdmin(password)) {
            return;
        }
        Path file = writeOwnerOnly(settings.dataDir().resolve(PASSWORD_FILE), password);
        LOG.warn("Created the user '{}' with the generated password {} (shown once; also in {}). "
                + "Keep it safe and delete the file.", USERNAME, password, file);
    }

    /** False when another instance starting at the same time created the account first. */
    private boolean createAdmin(String password) {
        try {
            accounts.create(Actor.system("first-start"), USERNAME, password, Set.of(Role.ADMIN));
            return true;
        } catch (ProblemException | DataAccessException e) {
            if (accounts.any()) {
                LOG.info("The user '{}' was created by another instance starting at the same time.", USERNAME);
                return false;
            }
            throw e;
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Path writeOwnerOnly(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }
}
