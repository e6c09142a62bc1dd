package lv.balticom.privacy.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpiVersionTest {

    @Test
    void parsesMajorAndMinor() {
        assertThat(SpiVersion.parse("1.3")).isEqualTo(new SpiVersion(1, 3));
        assertThat(SpiVersion.parse(" 2 ")).isEqualTo(new SpiVersion(2, 0));
        assertThat(SpiVersion.parse("1.3")).hasToString("1.3");
    }

    @Test
    void refusesWhatIsNotAVersion() {
        assertThatThrownBy(() -> SpiVersion.parse("one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpiVersion.parse("1.2.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpiVersion.parse("0.9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpiVersion(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostsTheSameMajorWithAnOlderOrEqualMinor() {
        SpiVersion host = new SpiVersion(1, 2);
        assertThat(host.canHost(new SpiVersion(1, 0))).isTrue();
        assertThat(host.canHost(new SpiVersion(1, 2))).isTrue();
        assertThat(host.canHost(new SpiVersion(1, 3))).as("a plugin needing newer additions").isFalse();
        assertThat(host.canHost(new SpiVersion(2, 0))).as("another major").isFalse();
    }

    @Test
    void aPluginDeclaresTheCurrentVersionByDefault() {
        PrivacyPlugin plugin = new PrivacyPlugin() {
            @Override public String id() { return "example"; }
            @Override public Text name() { return Text.of("Piemērs", "Example"); }
            @Override public String version() { return "1.0.0"; }
        };
        assertThat(plugin.spiVersion()).isEqualTo(SpiVersion.CURRENT);
        assertThat(SpiVersion.CURRENT.canHost(plugin.spiVersion())).isTrue();
    }
}
