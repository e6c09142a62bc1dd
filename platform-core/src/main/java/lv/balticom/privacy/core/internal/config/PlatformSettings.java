package lv.balticom.privacy.core.internal.config;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The platform's own settings (see {@code docs/operations.md}). Environment variables map onto them
 * in the usual Micronaut way: {@code PRIVACY_DATA_DIR} is {@code privacy.data-dir}.
 */
@Singleton
public final class PlatformSettings {

    private final Path dataDir;
    private final String policyPack;
    private final String adminPassword;

    PlatformSettings(@Value("${privacy.data-dir:data}") String dataDir,
                     @Value("${privacy.policy-pack:}") @Nullable String policyPack,
                     @Value("${privacy.admin.password:}") @Nullable String adminPassword) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.policyPack = policyPack == null || policyPack.isBlank() ? null : policyPack;
        this.adminPassword = adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
    }

    /** Where the platform keeps its files: the embedded database, the initial admin password. */
    public Path dataDir() {
        return dataDir;
    }

    /** The policy pack file to seed the catalogue from; empty means the pack built into the platform. */
    public Optional<Path> policyPack() {
        return Optional.ofNullable(policyPack).map(Path::of);
    }

    /** The first admin's password, from {@code PRIVACY_ADMIN_PASSWORD}; empty means generate one. */
    public Optional<String> adminPassword() {
        return Optional.ofNullable(adminPassword);
    }
}
