package lv.balticom.privacy.distribution;

import io.micronaut.runtime.Micronaut;
import java.util.TimeZone;
import lv.balticom.privacy.core.internal.persistence.JulToSlf4j;

/**
 * Starts the Balticom Privacy Platform: one process serving the API, the console and the API documentation on the
 * database configured in {@code conf/application.yml}, the embedded one by default.
 */
public final class PrivacyPlatform {

    private PrivacyPlatform() {
    }

    public static void main(String[] args) {
        // Times are stored and compared in UTC whatever the host's zone (see docs/operations.md).
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        JulToSlf4j.install();
        Micronaut.build(args)
                .mainClass(PrivacyPlatform.class)
                .banner(false)
                .start();
    }
}
