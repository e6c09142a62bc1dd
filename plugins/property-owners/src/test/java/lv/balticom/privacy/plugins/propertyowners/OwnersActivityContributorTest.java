package lv.balticom.privacy.plugins.propertyowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class OwnersActivityContributorTest {

    private final PropertyOwnersPlugin plugin = new PropertyOwnersPlugin();

    @Test
    @DisplayName("POL-4.5, POL-5.6, POL-16.6: the plugin adds the activity “coordination of works with property owners” to the record of processing")
    void theActivity() throws Exception {
        InMemoryPluginContext context = new InMemoryPluginContext(plugin);
        plugin.start(context);

        ProcessingContribution contribution = plugin.processingContributors(context).get(0).contribution();

        assertThat(contribution.recipients()).isEmpty();
        assertThat(contribution.processors()).isEmpty();
        assertThat(contribution.transfers()).isEmpty();
        assertThat(contribution.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.name().en()).isEqualTo("Coordination of works with property owners");
            assertThat(activity.name().lv()).isEqualTo("Darbu saskaņošana ar nekustamo īpašumu īpašniekiem");
            assertThat(activity.purposes()).containsExactly("NETWORK_WORKS_WITH_OWNERS");
            assertThat(activity.dataCategories()).containsExactly("IDENTIFICATION", "CONTACT", "LOCATION", "NETWORK", "CRM_ACTIVITY");
            assertThat(activity.subjectTypes()).containsExactly("PROPERTY_OWNER");
            assertThat(activity.description().lv()).contains("4.5.", "5.6.", "16.6.");
            assertThat(activity.description().en()).contains("4.5", "5.6", "16.6");
            assertThat(activity.retention().en()).contains("CRM activity data");
        });
    }

    @Test
    @DisplayName("POL-4.5, POL-5.6: every catalogue code the plugin refers to is in the policy pack, so it starts without a warning")
    void everyCodeIsInThePolicyPack() throws Exception {
        Assumptions.assumeTrue(Files.exists(PolicyPackCatalog.POLICY_PACK), "the policy pack is beside this plugin in the repository");
        List<CatalogLookup.Entry> catalog = PolicyPackCatalog.entries();
        InMemoryPluginContext context = new InMemoryPluginContext(plugin, catalog);

        plugin.start(context);

        assertThat(context.warnings()).isEmpty();
        ProcessingContribution.Activity activity = OwnersActivityContributor.ACTIVITY;
        assertThat(activity.purposes()).allSatisfy(code -> assertThat(context.catalog().find(CatalogLookup.Kind.PURPOSE, code)).isPresent());
        assertThat(activity.dataCategories())
                .allSatisfy(code -> assertThat(context.catalog().find(CatalogLookup.Kind.DATA_CATEGORY, code)).isPresent());
        assertThat(activity.subjectTypes())
                .allSatisfy(code -> assertThat(context.catalog().find(CatalogLookup.Kind.SUBJECT_TYPE, code)).isPresent());
        assertThat(context.catalog().find(CatalogLookup.Kind.DATA_CATEGORY, plugin.retentionTargets(context).get(0).dataCategory())).isPresent();
    }

    @Test
    void aMissingCodeIsWarnedAboutAndThePluginStillStarts() throws Exception {
        InMemoryPluginContext context = new InMemoryPluginContext(plugin, List.of());

        plugin.start(context);

        assertThat(context.warnings()).hasSize(CatalogCodes.ALL.values().stream().mapToInt(List::size).sum())
                .anySatisfy(warning -> assertThat(warning).contains("PURPOSE", "NETWORK_WORKS_WITH_OWNERS"));
        assertThat(CatalogCodes.ALL).containsKey(CatalogLookup.Kind.SOURCE);
        assertThat(Map.copyOf(CatalogCodes.ALL)).hasSize(4);
    }
}
