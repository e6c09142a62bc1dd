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
    void theConstantsAreTheCurrentVersionAndCompileTimeConstants() throws Exception {
        assertThat(new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)).isEqualTo(SpiVersion.CURRENT);
        for (String name : new String[] {"MAJOR", "MINOR"}) {
            java.lang.reflect.Field field = SpiVersion.class.getField(name);
            assertThat(field.getType()).as(name + " must be an int constant, which plugins inline").isEqualTo(int.class);
            assertThat(java.lang.reflect.Modifier.isFinal(field.getModifiers())
                    && java.lang.reflect.Modifier.isStatic(field.getModifiers())).isTrue();
        }
    }

    @Test
    void aPluginMustSayWhichVersionItWasBuiltFor() throws Exception {
        assertThat(java.lang.reflect.Modifier.isAbstract(PrivacyPlugin.class.getMethod("spiVersion").getModifiers()))
                .as("a default would answer the running platform's version, not the plugin's").isTrue();
    }
}
