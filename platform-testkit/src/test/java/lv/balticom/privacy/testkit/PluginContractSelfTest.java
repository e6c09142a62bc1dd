package lv.balticom.privacy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * The contract test catches what it promises to: a plugin that breaks the contract on purpose
 * ({@code broken.BrokenPlugin}, on this module's test class path) fails exactly the checks it breaks,
 * and each failure names the plugin and what is wrong. (The two company plugins are the passing cases.)
 */
class PluginContractSelfTest {

    private static final String SWITCH = "privacy.testkit.self-test";

    /** The broken plugin's contract test: run only by the test below, never by Surefire on its own. */
    @EnabledIfSystemProperty(named = SWITCH, matches = "true")
    static class BrokenPluginContract extends PluginContractTest {

        @Override
        protected String pluginId() {
            return "broken-plugin";
        }

        /** Nothing for the register {@code extras}. */
        @Override
        protected Map<String, List<Map<String, Object>>> validRecords() {
            return Map.of("items", List.of(Map.of("name", "Valdis Priedītis", "note", "  first  ")));
        }

        /** The first is accepted; the second is refused, but naming {@code name}. */
        @Override
        protected List<InvalidRecord> invalidRecords() {
            return List.of(invalid("items", "note", Map.of("name", "Accepted anyway")),
                    invalid("items", "note", Map.of("note", "no name")));
        }

        @Override
        protected Map<String, List<Map<String, Object>>> subjectRecords(UUID subjectId) {
            return Map.of("items", List.of(Map.of("name", "Līga Bērziņa")));
        }

        @Override
        protected Map<String, String> retentionTargetRegisters() {
            return Map.of("old-items", "items");
        }
    }

    @Test
    void aBrokenPluginFailsTheChecksItBreaksAndTheFailuresSayWhatIsWrong() {
        Map<String, TestExecutionResult> results = run(BrokenPluginContract.class);

        assertThat(results).containsOnlyKeys("thePluginIsActive", "itsMainModuleRequiresOnlyTheSpi", "everyRegisterIsListed",
                "validRecordsAreAccepted", "invalidRecordsAreRefused", "catalogueCodesExist", "theRecordOfProcessingHasTheContributions",
                "subjectDataSourcesHoldNothingAboutANewSubject", "subjectDataSourcesFindAndErase", "retentionTargetsWork",
                "validRecordsCanBeDeleted", "theAuditLedgerVerifiesAndHoldsNoPersonalData");
        assertThat(results.get("thePluginIsActive").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("validRecordsAreAccepted").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("validRecordsCanBeDeleted").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);

        assertThat(failure(results, "itsMainModuleRequiresOnlyTheSpi")).contains("plugin broken-plugin", "holds no module-info.class");
        assertThat(failure(results, "everyRegisterIsListed")).contains("register extras: validRecords() gives no record for it");
        assertThat(failure(results, "invalidRecordsAreRefused")).contains(
                "register items, invalid record #0 (field note): POST answers 201 instead of 400",
                "register items, invalid record #1 (field note): refused, but naming [values.name] instead of values.note");
        assertThat(failure(results, "catalogueCodesExist")).contains(
                "activity Breaking things: names the PURPOSE NO_SUCH_PURPOSE, which the catalogue does not have",
                "contribution() throws java.lang.IllegalStateException: this contributor always fails",
                "retention target old-items: names the DATA_CATEGORY NO_SUCH_CATEGORY",
                "the record of processing warns: Plugin broken-plugin names the purpose NO_SUCH_PURPOSE");
        assertThat(failure(results, "theRecordOfProcessingHasTheContributions")).contains(
                "the record of processing warns: The contribution of plugin broken-plugin could not be read");
        assertThat(failure(results, "subjectDataSourcesHoldNothingAboutANewSubject")).contains(
                "subject data source everyone: find() for a data subject it has never seen answers 1 items",
                "subject data source everyone: erase() for a data subject it has never seen answers DONE (Erased.) instead of NOTHING_HELD");
        assertThat(failure(results, "subjectDataSourcesFindAndErase")).contains(
                "subject data source everyone, item x (Something): names the DATA_CATEGORY NO_SUCH_CATEGORY",
                "erase() answered DONE, but find() still finds 1 items");
        assertThat(failure(results, "retentionTargetsWork")).contains(
                "retention target old-items: names the DATA_CATEGORY NO_SUCH_CATEGORY",
                "the items are not oldest first",
                "delete() of an item that does not exist counts 1",
                "of register items is not among its items");
        assertThat(failure(results, "theAuditLedgerVerifiesAndHoldsNoPersonalData")).contains(
                "(item.erased by plugin:broken-plugin) holds the text of register items, valid record items[0]", "field name");
    }

    private static String failure(Map<String, TestExecutionResult> results, String check) {
        TestExecutionResult result = results.get(check);
        assertThat(result.getStatus()).as(check).isEqualTo(TestExecutionResult.Status.FAILED);
        Throwable thrown = result.getThrowable().orElseThrow();
        assertThat(thrown).as(check).isInstanceOf(AssertionError.class);
        return thrown.getMessage();
    }

    /** Runs a test class through the JUnit Platform and answers each test method's result. */
    private static Map<String, TestExecutionResult> run(Class<?> testClass) {
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(testClass)).build();
        System.setProperty(SWITCH, "true");
        try {
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource method) {
                        results.put(method.getMethodName(), result);
                    }
                }
            });
        } finally {
            System.clearProperty(SWITCH);
        }
        return results;
    }
}
