package lv.balticom.privacy.core.internal.ropa;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.plugins.PluginHost;
import lv.balticom.privacy.core.internal.plugins.PluginState;
import lv.balticom.privacy.core.internal.plugins.Plugins;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContribution.Activity;
import lv.balticom.privacy.spi.ropa.ProcessingContribution.Processor;
import lv.balticom.privacy.spi.ropa.ProcessingContribution.Recipient;
import lv.balticom.privacy.spi.ropa.ProcessingContribution.Safeguard;
import lv.balticom.privacy.spi.ropa.ProcessingContribution.Transfer;

/**
 * A plugin host with one running plugin, {@value #PLUGIN_ID}, for the record of processing's tests (the
 * real host loads plugins from folders). Its contribution is whatever {@link #CONTRIBUTION} holds: tests
 * change it to see the record change, and put {@link #standard()} back. Only in contexts with the
 * property {@code privacy.test.ropa=true}.
 */
@Singleton
@Replaces(PluginHost.class)
@Requires(property = "privacy.test.ropa", value = "true")
public class RopaTestPlugins implements Plugins {

    public static final String PLUGIN_ID = "test-processors";
    public static final String PROCESSOR = "Acme Cloud Inc.";
    public static final String RECIPIENT_LV = "Maksājumu banka AS";
    public static final String RECIPIENT_EN = "Payments Bank AS";

    /** What the plugin contributes now. */
    public static final AtomicReference<ProcessingContribution> CONTRIBUTION = new AtomicReference<>(standard());

    private static final PrivacyPlugin PLUGIN = new PrivacyPlugin() {
        @Override
        public String id() {
            return PLUGIN_ID;
        }

        @Override
        public Text name() {
            return Text.of("Testa apstrādātāji", "Test processors");
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public SpiVersion spiVersion() {
            return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
        }
    };

    /**
     * A processor in the United States on standard contractual clauses, a recipient of billing data, and
     * an activity of the plugin's own.
     */
    public static ProcessingContribution standard() {
        return new ProcessingContribution(
                List.of(new Recipient(Text.of(RECIPIENT_LV, RECIPIENT_EN),
                        Text.of("Saņem norēķinu datus maksājumu apstrādei", "Receives billing data to process payments"),
                        List.of("BILLING"))),
                List.of(new Processor(PROCESSOR, Optional.of("C-4711"), "US", false,
                        Text.of("Zvanu ierakstu glabāšana mākonī", "Storing call recordings in the cloud"),
                        List.of("CONTACT", "26"), Optional.of("DPA-2024-07"), Optional.of(LocalDate.of(2024, 7, 1)),
                        Optional.empty())),
                List.of(new Transfer(PROCESSOR, "US", Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
                        Optional.of(Text.of("Komisijas 2021/914 klauzulas, 2. modulis", "Commission clauses 2021/914, module 2")),
                        List.of("CONTACT", "CALL_RECORDINGS"), Optional.of(LocalDate.of(2025, 1, 15)),
                        Optional.of(LocalDate.of(2026, 1, 15)))),
                List.of(new Activity(Text.of("Darbu saskaņošana ar īpašniekiem", "Agreeing works with owners"),
                        Text.of("Saskaņo tīkla darbus ar zemes īpašniekiem", "Agrees network works with land owners"),
                        List.of("NETWORK_WORKS_WITH_OWNERS"), List.of("IDENTIFICATION", "CONTACT"), List.of("PROPERTY_OWNER"),
                        Text.of("Kamēr tīkls atrodas īpašumā", "While the network is on the property"))));
    }

    @Override
    public List<ActivePlugin> active() {
        return List.of(new ActivePlugin(PLUGIN, null, List.of(), List.of(), List.of(), List.of(CONTRIBUTION::get), List.of()));
    }

    @Override
    public List<PluginState> plugins() {
        return List.of(new PluginState(PLUGIN_ID, PLUGIN.name(), "1.0.0", "1.0", "classpath", PluginState.State.ACTIVE,
                Optional.empty(), List.of(), new PluginState.Contributions(0, 0, 0, 1, 0)));
    }
}
