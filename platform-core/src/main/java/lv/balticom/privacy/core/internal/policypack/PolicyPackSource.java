package lv.balticom.privacy.core.internal.policypack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Finds the policy pack to seed from: the file named by {@code privacy.policy-pack} (the distribution's
 * {@code conf/policy-pack.yml}) or else the pack built into the platform.
 */
public final class PolicyPackSource {

    static final String BUILT_IN = "policy/policy-pack.yml";

    private final String name;
    private final byte[] content;

    private PolicyPackSource(String name, byte[] content) {
        this.name = name;
        this.content = content;
    }

    public static PolicyPackSource file(Path path) {
        try {
            return new PolicyPackSource(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy pack " + path, e);
        }
    }

    public static PolicyPackSource builtIn() {
        try (InputStream in = PolicyPackSource.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in policy pack " + BUILT_IN + " is missing");
            }
            return new PolicyPackSource("built-in " + BUILT_IN, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in policy pack", e);
        }
    }

    public String name() {
        return name;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public PolicyPack read() {
        return new PolicyPackReader().read(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8), name);
    }
}
