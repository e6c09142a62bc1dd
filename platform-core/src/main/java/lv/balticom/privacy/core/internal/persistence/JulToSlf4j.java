package lv.balticom.privacy.core.internal.persistence;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes java.util.logging (which Liquibase uses) to SLF4J, so that one logging configuration governs
 * everything the platform writes.
 */
public final class JulToSlf4j {

    private JulToSlf4j() {
    }

    public static synchronized void install() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
