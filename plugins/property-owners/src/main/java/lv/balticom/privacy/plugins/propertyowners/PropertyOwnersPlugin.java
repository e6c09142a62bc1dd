package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.subject.SubjectDataSource;

/**
 * Owners of the land and buildings where the company's network runs (POL-4.5), whose data comes from
 * public registers (POL-16.6) for network maintenance (POL-5.6).
 *
 * <ul>
 *   <li>Registers {@code owners}, {@code properties}, {@code network-elements} and {@code coordinations}.</li>
 *   <li>A subject data source ({@link OwnerDataSource}): an owner's access, rectification, restriction and
 *       erasure requests; erasure keeps what the network on their property needs.</li>
 *   <li>A retention target ({@link CoordinationRetention}): coordinations, by their date.</li>
 *   <li>A processing activity ({@link OwnersActivityContributor}).</li>
 * </ul>
 *
 * The plugin has no tables of its own (the host keeps the registers' records) and keeps no state.
 */
public final class PropertyOwnersPlugin implements PrivacyPlugin {

    @Override
    public String id() {
        return "property-owners";
    }

    @Override
    public Text name() {
        return Text.of("Nekustamo īpašumu īpašnieki", "Property owners");
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
        return List.of(OwnerRegister.DEFINITION, PropertyRegister.DEFINITION, NetworkElementRegister.DEFINITION,
                CoordinationRegister.DEFINITION);
    }

    /** Warns (and goes on) when the catalogue lacks a code the plugin refers to: officers may have edited it. */
    @Override
    public void start(PluginContext context) {
        for (Map.Entry<CatalogLookup.Kind, List<String>> codes : CatalogCodes.ALL.entrySet()) {
            for (String code : codes.getValue()) {
                if (context.catalog().find(codes.getKey(), code).isEmpty()) {
                    context.logger().log(System.Logger.Level.WARNING, "the catalogue has no {0} {1}; the record of processing will name it unresolved",
                            codes.getKey(), code);
                }
            }
        }
    }

    @Override
    public List<SubjectDataSource> subjectDataSources(PluginContext context) {
        return List.of(new OwnerDataSource(new OwnerRecords(context)));
    }

    @Override
    public List<RetentionTarget> retentionTargets(PluginContext context) {
        return List.of(new CoordinationRetention(new OwnerRecords(context)));
    }

    @Override
    public List<ProcessingContributor> processingContributors(PluginContext context) {
        return List.of(new OwnersActivityContributor());
    }
}
