package lv.balticom.privacy.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.plugins.Plugins;
import lv.balticom.privacy.core.internal.plugins.PluginState;

/** The plugins the host found: which run, which were refused and why, and what each contributes. */
@Controller("/api/v1/plugins")
@Tag(name = ApiDocumentation.PLUGINS)
public class PluginController {

    private final Plugins host;

    PluginController(Plugins host) {
        this.host = host;
    }

    /**
     * A plugin as the API shows it.
     *
     * @param id its id (for a plugin refused before its id could be read: its folder's name)
     * @param name its name in Latvian and English
     * @param version its own version ("?" when it could not be read)
     * @param spiVersion the SPI version it was built for ("?" when it could not be read)
     * @param source where it came from: plugins/folder, or classpath (development)
     * @param state ACTIVE or FAILED
     * @param reason why a FAILED plugin was refused; null for an ACTIVE one
     * @param registers the ids of its record registers
     * @param contributions how many of each extension it contributes (all 0 for a FAILED one)
     */
    @Serdeable
    public record PluginView(String id, Localized name, String version, String spiVersion, String source,
                             @Schema(allowableValues = {"ACTIVE", "FAILED"}) String state, @Nullable String reason,
                             List<String> registers, ContributionsView contributions) {
        static PluginView of(PluginState plugin) {
            PluginState.Contributions counts = plugin.contributions();
            return new PluginView(plugin.id(), new Localized(plugin.name().lv(), plugin.name().en()), plugin.version(),
                    plugin.spiVersion(), plugin.source(), plugin.state().name(), plugin.reason().orElse(null), plugin.registers(),
                    new ContributionsView(counts.registers(), counts.subjectDataSources(), counts.retentionTargets(),
                            counts.processingContributors(), counts.eventListeners()));
        }
    }

    /**
     * How many of each extension a plugin contributes.
     *
     * @param registers record registers
     * @param subjectDataSources sources of data about data subjects (access, erasure and the other requests)
     * @param retentionTargets records the retention rules apply to
     * @param processingContributors contributors to the record of processing
     * @param eventListeners listeners of the platform's events
     */
    @Serdeable
    public record ContributionsView(int registers, int subjectDataSources, int retentionTargets, int processingContributors,
                                    int eventListeners) {
    }

    /** The list's shape, for the document only (an answer with examples cannot take its schema from a generic type). */
    @Schema(name = "PluginList", description = "Every plugin found, active or refused, ordered by id.")
    record PluginList(List<PluginView> items) {
    }

    @Get
    @RequiresPermission(Permission.PLUGIN_READ)
    @Operation(operationId = "listPlugins", summary = "The plugins",
            description = "Needs the permission `plugin:read`. Every plugin the platform found at start-up, in its plugins "
                    + "folder (`plugins/<folder>`) or, in development, on the class path: `ACTIVE` ones run; `FAILED` ones were "
                    + "refused, with the `reason` (an automatic module, a module the plugin may not require, another SPI "
                    + "major version, an id already taken, a changelog or `start()` that failed, ...), and contribute nothing. "
                    + "Ordered by id.")
    @ApiResponse(responseCode = "200", description = "The plugins.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PluginList.class),
                    examples = @ExampleObject(name = "plugins", value = PLUGINS)))
    @ApiProblems.SignInRequired
    public ItemList<PluginView> list() {
        return new ItemList<>(host.plugins().stream().map(PluginView::of).toList());
    }

    @Get("/{id}")
    @RequiresPermission(Permission.PLUGIN_READ)
    @Operation(operationId = "getPlugin", summary = "Read a plugin",
            description = "Needs the permission `plugin:read`. One plugin: its state, the reason it was refused, its "
                    + "registers and what it contributes. When two plugins have one id, the active one.",
            parameters = @Parameter(name = "id", description = "The plugin's id.", schema = @Schema(type = "string"),
                    example = "processors"))
    @ApiResponse(responseCode = "200", description = "The plugin.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PluginView.class),
                    examples = @ExampleObject(name = "processors", value = PLUGIN)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public PluginView get(@PathVariable String id) {
        return host.plugin(id).map(PluginView::of).orElseThrow(() -> ProblemException.notFound("id", "No plugin has this id."));
    }

    static final String PLUGIN = """
            {
              "id": "processors",
              "name": {"lv": "Apstrādātāji", "en": "Processors"},
              "version": "1.0.0",
              "spiVersion": "1.0",
              "source": "plugins/processors",
              "state": "ACTIVE",
              "reason": null,
              "registers": ["processors", "transfers"],
              "contributions": {"registers": 2, "subjectDataSources": 0, "retentionTargets": 0, "processingContributors": 1,
                                "eventListeners": 0}
            }""";

    static final String PLUGINS = """
            {
              "items": [
                {
                  "id": "crm-sync",
                  "name": {"lv": "crm-sync", "en": "crm-sync"},
                  "version": "?",
                  "spiVersion": "?",
                  "source": "plugins/crm-sync",
                  "state": "FAILED",
                  "reason": "plugins/crm-sync: module lv.example.crm (crm-sync-2.1.jar) requires the platform module lv.balticom.privacy.core; a plugin may require only lv.balticom.privacy.spi, the JDK's modules and modules in its own folder",
                  "registers": [],
                  "contributions": {"registers": 0, "subjectDataSources": 0, "retentionTargets": 0, "processingContributors": 0,
                                    "eventListeners": 0}
                },
                {
                  "id": "processors",
                  "name": {"lv": "Apstrādātāji", "en": "Processors"},
                  "version": "1.0.0",
                  "spiVersion": "1.0",
                  "source": "plugins/processors",
                  "state": "ACTIVE",
                  "reason": null,
                  "registers": ["processors", "transfers"],
                  "contributions": {"registers": 2, "subjectDataSources": 0, "retentionTargets": 0, "processingContributors": 1,
                                    "eventListeners": 0}
                }
              ]
            }""";
}
