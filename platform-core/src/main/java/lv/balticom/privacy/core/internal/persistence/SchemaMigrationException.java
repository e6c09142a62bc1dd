package lv.balticom.privacy.core.internal.persistence;

/** The schema could not be brought up to date; the platform does not start on a stale schema. */
public final class SchemaMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
