package lv.balticom.privacy.core.web;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /health}, open to all (load balancers call it): 200 while the database answers, 503 when
 * it does not.
 */
@Controller("/health")
@Tag(name = ApiDocumentation.HEALTH)
public class HealthController {

    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    HealthController(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * The platform's health.
     *
     * @param status {@code UP} or {@code DOWN}
     */
    @Serdeable
    public record Health(String status) {
    }

    @Get
    @Operation(operationId = "health", summary = "Whether the platform works",
            description = "Open to all, without sign-in (load balancers call it): 200 while the platform gets a working "
                    + "database connection, 503 when it does not. The body is plain JSON, not a problem.")
    @SecurityRequirement(name = "") // an empty requirement (security: [{}]): no sign-in
    @ApiResponse(responseCode = "200", description = "The platform works.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class),
                    examples = @ExampleObject(name = "up", value = "{\"status\": \"UP\"}")))
    @ApiResponse(responseCode = "503", description = "The database does not answer.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class),
                    examples = @ExampleObject(name = "down", value = "{\"status\": \"DOWN\"}")))
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<Health> health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (SQLException e) {
            // fall through: the database does not answer
        }
        return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }
}
