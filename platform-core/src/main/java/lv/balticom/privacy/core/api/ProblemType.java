package lv.balticom.privacy.core.api;

import java.net.URI;

/**
 * The stable kinds of error the HTTP API answers with (RFC 9457 problem details). Clients may rely on
 * {@link #uri()}; {@code docs/api.md} lists them.
 */
public enum ProblemType {
    INVALID_REQUEST("invalid-request", "The request is not valid", 400),
    UNAUTHENTICATED("unauthenticated", "Sign-in required", 401),
    FORBIDDEN("forbidden", "Not permitted", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    INTERNAL("internal-error", "Internal error", 500),
    UNAVAILABLE("unavailable", "Service unavailable", 503);

    private static final String BASE = "https://balticom.lv/privacy-platform/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The type for an HTTP status the platform did not raise itself (for example a router 404). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_REQUEST;
    }
}
