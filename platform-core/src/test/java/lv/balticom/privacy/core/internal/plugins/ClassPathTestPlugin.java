package lv.balticom.privacy.core.internal.plugins;

import java.util.List;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * A plugin on the test class path (META-INF/services in the test resources): loaded only when
 * {@code privacy.plugins.classpath=true}.
 */
public class ClassPathTestPlugin implements PrivacyPlugin {

    /** The context it was started with, for the test. */
    static volatile PluginContext started;

    @Override
    public String id() {
        return "from-classpath";
    }

    @Override
    public Text name() {
        return Text.of("No klases ceļa", "From the class path");
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<RegisterDefinition> registers() {
        return List.of(RegisterDefinition.builder("notes", Text.of("Piezīmes", "Notes"))
                .field(FieldDefinition.text("title", Text.of("Virsraksts", "Title")).required()).build());
    }

    @Override
    public void start(PluginContext context) {
        started = context;
    }
}
