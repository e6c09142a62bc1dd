package lv.balticom.privacy.distribution;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of ARCHITECTURE.md, checked on the compiled classes of every module: JPMS alone
 * cannot keep them, because Micronaut needs every package with beans exported to everyone.
 */
class ArchitectureTest {

    private static final List<String> FEATURE_MODULES = List.of("consent", "dsar", "retention", "cookies");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lv.balticom.privacy");
        if (classes.size() < 50) {
            throw new IllegalStateException("only " + classes.size() + " classes found: the modules are not on the test classpath");
        }
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("lv.balticom.privacy.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featureModulesMeetOnlyThroughApiPackages() {
        for (String module : FEATURE_MODULES) {
            for (String other : FEATURE_MODULES) {
                if (!other.equals(module)) {
                    noClasses().that().resideInAPackage(base(module) + "..")
                            .should().dependOnClassesThat(outsideApiOf(other))
                            .because("modules call each other only through api interfaces or events (ARCHITECTURE.md)")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void featureModulesUseOnlyTheCoreApi() {
        noClasses().that().resideInAnyPackage(FEATURE_MODULES.stream().map(module -> base(module) + "..").toArray(String[]::new))
                .should().dependOnClassesThat(outsideApiOf("core"))
                .because("the core offers other modules its api packages only")
                .check(classes);
    }

    private static String base(String module) {
        return "lv.balticom.privacy." + module;
    }

    /** Classes of a module that are not in its api package (or the api's sub-packages). */
    private static DescribedPredicate<JavaClass> outsideApiOf(String module) {
        return resideInAPackage(base(module) + "..").and(not(resideInAPackage(base(module) + ".api..")))
                .as("classes of " + module + " outside its api package");
    }

    @Test
    void theSpiUsesOnlyTheJdk() {
        classes().that().resideInAPackage("lv.balticom.privacy.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "lv.balticom.privacy.spi..")
                .because("plugin authors compile against the SPI and nothing else (javax.sql is the JDK's java.sql module)")
                .check(classes);
    }

    @Test
    void pluginsUseOnlyTheSpiAndTheJdk() {
        classes().that().resideInAPackage("lv.balticom.privacy.plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "lv.balticom.privacy.spi..", "lv.balticom.privacy.plugins..")
                .because("a plugin requires nothing of the platform but the SPI")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheDistributionOrTheTestKit() {
        noClasses().that().resideOutsideOfPackages("lv.balticom.privacy.distribution..", "lv.balticom.privacy.testkit..")
                .should().dependOnClassesThat().resideInAnyPackage("lv.balticom.privacy.distribution..", "lv.balticom.privacy.testkit..")
                .check(classes);
    }
}
