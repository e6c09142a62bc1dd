package lv.balticom.privacy.plugins.processors;

import java.util.List;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;

/**
 * Processors who act on the company's instructions (POL-13, POL-14) and the transfers of data to
 * partners outside the EU/EEA (POL-18, POL-19).
 *
 * <ul>
 *   <li>Register {@code processors} ({@link ProcessorRegister}): group companies and partners, their tasks,
 *       data categories and data processing agreement.</li>
 *   <li>Register {@code transfers} ({@link TransferRegister}): where a processor accesses data from; one
 *       outside the EU/EEA is refused without a safeguard.</li>
 *   <li>A contributor to the record of processing ({@link ProcessorsContributor}): processors, recipients
 *       and third-country transfers, read from the registers each time.</li>
 * </ul>
 *
 * The plugin has no tables of its own (the host keeps the registers' records) and keeps no state.
 */
public final class ProcessorsPlugin implements PrivacyPlugin {

    @Override
    public String id() {
        return "processors";
    }

    @Override
    public Text name() {
        return Text.of("Datu apstrādātāji un nosūtīšana uz trešajām valstīm", "Processors and third-country transfers");
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<RegisterDefinition> registers() {
        return List.of(ProcessorRegister.DEFINITION, TransferRegister.DEFINITION);
    }

    @Override
    public List<ProcessingContributor> processingContributors(PluginContext context) {
        return List.of(new ProcessorsContributor(context));
    }
}
