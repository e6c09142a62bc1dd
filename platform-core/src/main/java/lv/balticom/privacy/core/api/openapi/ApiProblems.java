package lv.balticom.privacy.core.api.openapi;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lv.balticom.privacy.core.internal.http.Problem;

/**
 * The error answers of the API, described once for the OpenAPI document: each annotation below adds one
 * {@code application/problem+json} response with an example to the operation it marks (micronaut-openapi
 * reads them as stereotypes). The examples follow {@code docs/api.md}, "Errors". Feature modules put them
 * on their own controllers, as the core does.
 */
public final class ApiProblems {

    /** The media type of every error answer (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    public static final String INVALID_REQUEST_EXAMPLE = """
            {
              "type": "https://balticom.lv/privacy-platform/problems/invalid-request",
              "title": "The request is not valid",
              "status": 400,
              "detail": "must be an e-mail address",
              "field": "identifiers.email",
              "errors": null
            }""";

    public static final String UNAUTHENTICATED_EXAMPLE = """
            {
              "type": "https://balticom.lv/privacy-platform/problems/unauthenticated",
              "title": "Sign-in required",
              "status": 401,
              "detail": "Sign in with HTTP Basic, or send an API key as Authorization: Bearer <key>.",
              "field": null,
              "errors": null
            }""";

    public static final String FORBIDDEN_EXAMPLE = """
            {
              "type": "https://balticom.lv/privacy-platform/problems/forbidden",
              "title": "Not permitted",
              "status": 403,
              "detail": "This needs the permission subject:write.",
              "field": null,
              "errors": null
            }""";

    public static final String NOT_FOUND_EXAMPLE = """
            {
              "type": "https://balticom.lv/privacy-platform/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No data subject has this id.",
              "field": "id",
              "errors": null
            }""";

    public static final String CONFLICT_EXAMPLE = """
            {
              "type": "https://balticom.lv/privacy-platform/problems/conflict",
              "title": "Conflict with the current state",
              "status": 409,
              "detail": "another data subject already has this customerNumber",
              "field": "identifiers.customerNumber",
              "errors": null
            }""";

    private ApiProblems() {
    }

    /** 400: a body, path or query parameter is not valid; {@code field} names it. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400",
            description = "The request is not valid: the body is not a JSON object of the expected shape, or a value or "
                    + "parameter breaks a rule. `field` names the offending field or parameter; nothing is changed.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-request", value = INVALID_REQUEST_EXAMPLE)))
    public @interface BadRequest {
    }

    /** 401 and 403: every {@code /api/**} route needs sign-in and a permission. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401",
            description = "No credentials, wrong ones, a disabled or locked account, or a revoked API key. The answer "
                    + "carries `WWW-Authenticate: Basic realm=\"Balticom Privacy Platform\", charset=\"UTF-8\"`.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthenticated", value = UNAUTHENTICATED_EXAMPLE)))
    @ApiResponse(responseCode = "403",
            description = "Signed in, but without the permission this operation needs (named in `detail`).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = FORBIDDEN_EXAMPLE)))
    public @interface SignInRequired {
    }

    /** 404: no object has the id in the path. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", description = "Nothing has this id (`field` is `id`).",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = NOT_FOUND_EXAMPLE)))
    public @interface NotFound {
    }

    /** 409: a unique value is taken, or the change would break a rule about the current state. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409",
            description = "Conflict with the current state: a unique value is taken (`field` names it), or the change "
                    + "would leave the platform without an enabled administrator. Nothing is changed.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "conflict", value = CONFLICT_EXAMPLE)))
    public @interface Conflict {
    }
}
