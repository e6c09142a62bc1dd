package lv.balticom.privacy.core.web.console;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.plugins.Plugins;
import lv.balticom.privacy.core.internal.plugins.PluginState;
import lv.balticom.privacy.spi.Text;

/** The plugins: which run, which were refused and why, and links to their registers. */
@Controller("/console/plugins")
public class PluginPages {

    private final Plugins host;

    PluginPages(Plugins host) {
        this.host = host;
    }

    /**
     * A plugin's line on the page.
     *
     * @param plugin what the host knows of it
     * @param name its name (as a {@code Localized}: OGNL cannot call {@code Text.in}, "in" is one of its words)
     * @param registers its registers, with their names
     */
    public record Row(PluginState plugin, Localized name, List<Register> registers) {
    }

    /**
     * A link to a plugin's register.
     *
     * @param id the register's id
     * @param name its name
     */
    public record Register(String id, Localized name) {
    }

    @Get
    @RequiresPermission(Permission.PLUGIN_READ)
    public ModelAndView<Map<String, Object>> list() {
        List<Row> rows = host.plugins().stream().map(plugin -> new Row(plugin, localized(plugin.name()), registers(plugin))).toList();
        return Pages.page("plugins", Map.of("plugins", rows));
    }

    private List<Register> registers(PluginState plugin) {
        if (plugin.state() != PluginState.State.ACTIVE) {
            return List.of();
        }
        ActivePlugin active = host.active(plugin.id()).orElse(null);
        return plugin.registers().stream().map(id -> new Register(id, localized(active == null ? Text.of(id, id)
                : active.register(id).map(register -> register.name()).orElse(Text.of(id, id))))).toList();
    }

    private static Localized localized(Text text) {
        return new Localized(text.lv(), text.en());
    }
}
