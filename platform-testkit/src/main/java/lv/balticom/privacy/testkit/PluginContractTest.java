package lv.balticom.privacy.testkit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.plugins.Plugins;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldType;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.retention.RetainedItem;
import lv.balticom.privacy.spi.retention.RetentionTarget;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.subject.Outcome;
import lv.balticom.privacy.spi.subject.SubjectData;
import lv.balticom.privacy.spi.subject.SubjectDataSource;
import lv.balticom.privacy.spi.subject.SubjectRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Checks a plugin against the SPI's contract by running it in the real platform. A plugin author extends
 * this class in the plugin's test sources, names the plugin and gives sample records; every check below
 * then runs as a JUnit 5 test of the subclass, with no annotations needed on it.
 *
 * <h2>What it starts</h2>
 * Before the first check, the platform itself: Micronaut with its embedded HTTP server on a free port, an
 * embedded H2 database in memory of the subclass's own, the policy pack's catalogue, and the test
 * administrator ({@link TestAdmin}). {@code privacy.plugins.classpath=true} makes the real plugin host load
 * every {@link PrivacyPlugin} on the test class path through its {@code META-INF/services} entry, which is
 * how the plugin under test gets in (it is not looked for in a plugins folder). When the environment sets
 * {@code DATASOURCES_DEFAULT_URL} (as the CI's MariaDB run does) or the system property
 * {@code datasources.default.url} is set, that database is used instead of H2, so that a plugin's changelog
 * and records are proven on MariaDB too; the checks then only look at what they created themselves, and
 * delete it again. The platform stops after the last check.
 *
 * <h2>The checks, in this order</h2>
 * <ol>
 *   <li>The plugin is {@code ACTIVE} on {@code GET /api/v1/plugins} with the expected id, a name in Latvian
 *       and English, a version, and an SPI version this platform can host.</li>
 *   <li>Its main module (the {@code module-info.class} beside the plugin class) is an explicit module that
 *       requires only {@code lv.balticom.privacy.spi}, {@code java.*} and {@code jdk.*} modules (and the
 *       modules of {@link #shippedModules()}), and {@code provides lv.balticom.privacy.spi.PrivacyPlugin}
 *       with the plugin class.</li>
 *   <li>Every register is listed over REST with its fields; {@link #validRecords()} has a sample for each.</li>
 *   <li>Every valid record is created ({@code POST}, 201), read back equal ({@code GET}), written back
 *       unchanged ({@code PUT} with its version: same values, same version) and found in the list.</li>
 *   <li>Every record of {@link #invalidRecords()} is refused with 400 {@code application/problem+json}
 *       naming {@code values.<field>}, and the register holds no more records than before.</li>
 *   <li>Every catalogue code the plugin names exists: each catalogue field's kind has entries, and every
 *       data category, purpose and subject type of its processing contributions and retention targets is in
 *       the catalogue (and {@code GET /api/v1/ropa} has no warning about the plugin's codes).</li>
 *   <li>The record of processing ({@code GET /api/v1/ropa}) is built with the plugin among its contributors
 *       and everything the plugin contributes (processors, transfers, recipients, activities) in it.</li>
 *   <li>Every subject data source finds nothing about a new data subject and answers {@code NOTHING_HELD}
 *       to erasing them.</li>
 *   <li>With {@link #subjectRecords(UUID)} stored for a data subject, every source finds items about them
 *       (with data categories of the catalogue), and erasure answers {@code DONE} or {@code PARTLY_DONE}
 *       with an explanation in both languages; after {@code DONE} nothing is found any more.</li>
 *   <li>Every retention target names a data category of the catalogue; {@code referencedBefore(tomorrow,
 *       100)} answers without error, oldest first; deleting an item that does not exist counts nothing;
 *       and the valid records of the registers in {@link #retentionTargetRegisters()} are among its items.</li>
 *   <li>The valid records can be deleted ({@code DELETE} with a reason, 204, then 404).</li>
 *   <li>The audit ledger verifies ({@code GET /api/v1/audit/verify}), and no entry written during the run
 *       holds any text value of the sample records or the data subjects' identifiers (no personal data in
 *       the ledger).</li>
 * </ol>
 * A check whose kind the plugin does not contribute (no subject data sources, no retention targets, ...)
 * is skipped ({@link Assumptions}), not passed. A failure names the plugin, the register, the record and
 * the field, and lists every problem the check found, not only the first.
 *
 * <h2>What a subclass gives</h2>
 * <ul>
 *   <li>{@link #pluginId()} (required): the id the plugin's {@code id()} returns.</li>
 *   <li>{@link #validRecords()} (required when the plugin has registers): for each register id, records the
 *       register must accept, as values by field id. Values are what a client sends as JSON: text, numbers,
 *       booleans, lists for fields with several values; {@link LocalDate}, {@link UUID} and
 *       {@link BigDecimal} may be used and are sent as text. Records are created register by register,
 *       referenced registers first (the order follows the registers' reference fields, so any {@code Map}
 *       will do) and within a register in list order. A value {@link #ref(String, int) ref("owners", 0)},
 *       which is the text {@code "${owners[0]}"}, stands for the id of the first record created from the
 *       {@code owners} list. Give text values that look like personal data (names, addresses) so that the
 *       audit check has something to look for; dates that retention counts from should lie in the past.</li>
 *   <li>{@link #invalidRecords()} (optional): records a register must refuse, each with the field the
 *       refusal must name ({@link #invalid(String, String, Map)}). Placeholders refer to the valid records.</li>
 *   <li>{@link #subjectRecords(UUID)} (optional; needed when the plugin has subject data sources): records
 *       that make the plugin hold data about the given data subject, in the form of {@link #validRecords()}.
 *       Their placeholders refer to records of the same map first, then to the valid records.</li>
 *   <li>{@link #retentionTargetRegisters()} (optional): retention target id → register id, when the target's
 *       items are that register's records.</li>
 *   <li>{@link #shippedModules()}, {@link #pluginConfiguration()}, {@link #subjectType()} (optional):
 *       modules the plugin ships in its own folder, its {@code privacy.plugins.<id>.*} settings, and the
 *       catalogue's subject type for the data subjects the checks create.</li>
 * </ul>
 * {@link #context()}, {@link #http()}, {@link #activePlugin()} and {@link #recordId(String, int)} are there
 * for a subclass's own extra tests against the same running platform.
 *
 * <h2>Example</h2>
 * The processors plugin's subclass (its test sources, {@code plugins/processors}):
 * <pre>{@code
 * class ProcessorsContractTest extends PluginContractTest {
 *
 *     protected String pluginId() {
 *         return "processors";
 *     }
 *
 *     protected Map<String, List<Map<String, Object>>> validRecords() {
 *         return Map.of(
 *                 "processors", List.of(
 *                         Map.of("name", "SIA Rēķinu Serviss", "country", "LV", "relationship", "PARTNER",
 *                                 "tasks", "Izsūta rēķinus", "dataCategories", List.of("IDENTIFICATION", "CONTACT"),
 *                                 "contractFrom", LocalDate.of(2024, 7, 1))),
 *                 "transfers", List.of(
 *                         Map.of("summary", "Programmatūras atbalsts no ASV", "processor", ref("processors", 0),
 *                                 "country", "US", "safeguard", "STANDARD_CONTRACTUAL_CLAUSES")));
 *     }
 *
 *     protected List<InvalidRecord> invalidRecords() {
 *         return List.of(invalid("transfers", "safeguard", Map.of("summary", "Atbalsts no ASV",
 *                 "processor", ref("processors", 0), "country", "US")));
 *     }
 * }
 * }</pre>
 * A plugin with a subject data source adds {@code subjectRecords}:
 * <pre>{@code
 *     protected Map<String, List<Map<String, Object>>> subjectRecords(UUID subjectId) {
 *         return Map.of(
 *                 "owners", List.of(Map.of("kind", "NATURAL_PERSON", "name", "Anna Kalniņa", "subject", subjectId)),
 *                 "properties", List.of(Map.of("cadastralNumber", "01000987654", "address", "Meža iela 4, Rīga",
 *                         "owner", ref("owners", 0))));
 *     }
 * }</pre>
 *
 * <h2>The build</h2>
 * The plugin's main code still depends on the SPI only. Its test scope adds this kit (which brings the
 * platform, H2, the MariaDB driver, Netty, the HTTP client and Logback) and JUnit:
 * <pre>{@code
 * <dependency><groupId>lv.balticom.privacy</groupId><artifactId>platform-testkit</artifactId><scope>test</scope></dependency>
 * <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
 * }</pre>
 * Tests must run on the class path (Surefire's {@code useModulePath=false}; the platform's parent POM sets
 * it): Micronaut does not find its bean metadata when test classes are patched into a module. A
 * {@code logback-test.xml} in the test resources keeps the platform's log quiet (Logback logs everything
 * at DEBUG without one). Starting the platform takes a few seconds; all checks together run in well under
 * a minute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class PluginContractTest {

    /** The service every plugin provides. */
    private static final String SERVICE = PrivacyPlugin.class.getName();
    private static final String SPI_MODULE = "lv.balticom.privacy.spi";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9-]*)\\[(\\d+)]}");
    private static final Pattern EXTENSION_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    /** Text values shorter than this are not looked for in the audit ledger (codes and words occur anywhere). */
    private static final int SHORTEST_PERSONAL_TEXT = 4;
    private static final String REASON = "Plugin contract test";

    private ApplicationContext context;
    private EmbeddedServer server;
    private HttpClient client;
    private BlockingHttpClient http;
    private Path dataDir;
    private Instant started;

    /** The valid records, once created: by register, in list order. */
    private Map<String, List<Stored>> valid;
    private AssertionError validFailure;
    /** The subject records created, by register. */
    private final Map<String, List<Stored>> subjectStored = new LinkedHashMap<>();
    /** Every record created, in creation order (for clean-up). */
    private final List<Stored> created = new ArrayList<>();
    /** Text values that must not reach the audit ledger, with where they come from. */
    private final Map<String, String> personalTexts = new LinkedHashMap<>();

    /**
     * A record an invalid-record check sends, and the field the refusal must name.
     *
     * @param registerId the register
     * @param field the field id the 400 answer must name as {@code values.<field>}
     * @param values the values sent (placeholders refer to the valid records)
     */
    public record InvalidRecord(String registerId, String field, Map<String, Object> values) {
        public InvalidRecord {
            Objects.requireNonNull(registerId, "registerId is null");
            Objects.requireNonNull(field, "field is null");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values is null")));
        }
    }

    /** A record the checks stored, as the API answered it. */
    private record Stored(String registerId, int index, String what, String id, Map<String, Object> sent, Map<String, Object> answer) {
        String label() {
            return what + " " + registerId + "[" + index + "] (record " + id + ")";
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> values() {
            return (Map<String, Object>) answer.get("values");
        }

        long version() {
            return ((Number) answer.get("version")).longValue();
        }
    }

    // ---- what a subclass gives ------------------------------------------------------------------------

    /** The id of the plugin under test, as its {@code id()} returns it. */
    protected abstract String pluginId();

    /**
     * Records the plugin's registers must accept: for each register id, a list of records, each its values
     * by field id. Every register needs at least one. See the class comment for the values' form and
     * {@link #ref(String, int)} for references between them.
     */
    protected abstract Map<String, List<Map<String, Object>>> validRecords();

    /** Records a register must refuse, each with the field the refusal names. None by default. */
    protected List<InvalidRecord> invalidRecords() {
        return List.of();
    }

    /**
     * Records that make the plugin hold data about the data subject {@code subjectId} (subject fields name
     * it), in the form of {@link #validRecords()}. None by default; then the subject-data check that needs
     * them is skipped.
     */
    protected Map<String, List<Map<String, Object>>> subjectRecords(UUID subjectId) {
        return Map.of();
    }

    /**
     * Retention target id → the register whose records are the target's items: the valid records of that
     * register must then be among {@code referencedBefore(tomorrow, ...)}'s items. None by default.
     */
    protected Map<String, String> retentionTargetRegisters() {
        return Map.of();
    }

    /** Modules the plugin ships in its folder, which its main module may require besides the SPI and the JDK. */
    protected Set<String> shippedModules() {
        return Set.of();
    }

    /** The plugin's configuration: keys under {@code privacy.plugins.<id>.} and their values. None by default. */
    protected Map<String, Object> pluginConfiguration() {
        return Map.of();
    }

    /** The catalogue's subject type of the data subjects the checks create; by default the catalogue's first. */
    protected String subjectType() {
        Object first = items(get("/api/v1/catalog/subject-types")).get(0).get("code");
        return String.valueOf(first);
    }

    /** The placeholder {@code "${registerId[index]}"}: the id of the {@code index}-th record created from that register's list. */
    protected static String ref(String registerId, int index) {
        return "${" + registerId + "[" + index + "]}";
    }

    /** An invalid record: {@code values} sent to {@code registerId} must be refused naming {@code values.<field>}. */
    protected static InvalidRecord invalid(String registerId, String field, Map<String, Object> values) {
        return new InvalidRecord(registerId, field, values);
    }

    // ---- for a subclass's own tests -----------------------------------------------------------------

    /** The running platform. */
    protected final ApplicationContext context() {
        return context;
    }

    /** An HTTP client of the running platform; sign requests in with {@link TestAdmin#signedIn}. */
    protected final BlockingHttpClient http() {
        return http;
    }

    /** The plugin under test, as the host runs it; fails naming the reason when it is not active. */
    protected final ActivePlugin activePlugin() {
        Plugins plugins = context.getBean(Plugins.class);
        return plugins.active(pluginId()).orElseThrow(() -> new AssertionError("plugin " + pluginId() + " is not active: "
                + plugins.plugin(pluginId()).map(state -> state.state() + ", " + state.reason().orElse("no reason given"))
                .orElse("the host did not find it (is its META-INF/services entry on the test class path?)")));
    }

    /** The id of the {@code index}-th valid record of a register (created on first use). */
    protected final String recordId(String registerId, int index) {
        List<Stored> records = validRecords0().get(registerId);
        if (records == null || index >= records.size()) {
            throw new IllegalArgumentException("no valid record " + registerId + "[" + index + "]");
        }
        return records.get(index).id();
    }

    // ---- the platform -------------------------------------------------------------------------------

    @BeforeAll
    final void startThePlatform() throws IOException {
        started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        dataDir = Files.createTempDirectory("plugin-contract-");
        Map<String, Object> properties = new HashMap<>();
        properties.put("privacy.data-dir", dataDir.toString());
        properties.put("privacy.plugins.classpath", true);
        properties.put("privacy.plugins.dir", dataDir.resolve("no-plugins-folder").toString());
        properties.put("privacy.admin.password", TestAdmin.PASSWORD);
        properties.put("micronaut.server.port", -1);
        properties.put("micronaut.http.client.read-timeout", "30s");
        if (!databaseGivenOutside()) {
            String name = "contract-" + getClass().getSimpleName().replaceAll("[^A-Za-z0-9]", "") + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            properties.put("datasources.default.url", "jdbc:h2:mem:" + name + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        pluginConfiguration().forEach((key, value) -> properties.put("privacy.plugins." + pluginId() + "." + key, value));
        context = ApplicationContext.builder().environments("test").deduceEnvironment(false).properties(properties).start();
        server = context.getBean(EmbeddedServer.class).start();
        client = context.createBean(HttpClient.class, server.getURL());
        http = client.toBlocking();
    }

    /** Whether the build chose the database ({@code DATASOURCES_DEFAULT_URL}, as on the CI's MariaDB run). */
    private static boolean databaseGivenOutside() {
        String variable = System.getenv("DATASOURCES_DEFAULT_URL");
        String property = System.getProperty("datasources.default.url");
        return variable != null && !variable.isBlank() || property != null && !property.isBlank();
    }

    @AfterAll
    final void stopThePlatform() throws IOException {
        try {
            if (context != null && context.isRunning()) {
                deleteCreated(); // what a failed check left behind, so that a shared database does not fill up
            }
        } finally {
            if (client != null) {
                client.close();
            }
            if (server != null && server.isRunning()) {
                server.stop();
            }
            if (context != null && context.isRunning()) {
                context.close();
            }
            if (dataDir != null) {
                try (Stream<Path> paths = Files.walk(dataDir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
    }

    // ---- the checks ---------------------------------------------------------------------------------

    @Test
    @Order(1)
    @DisplayName("The plugin is ACTIVE, with a name in Latvian and English and an SPI version the platform can host")
    void thePluginIsActive() {
        Problems problems = new Problems("plugin " + pluginId());
        List<Map<String, Object>> plugins = items(get("/api/v1/plugins"));
        Optional<Map<String, Object>> found = plugins.stream().filter(plugin -> pluginId().equals(plugin.get("id")))
                .filter(plugin -> "ACTIVE".equals(plugin.get("state"))).findFirst()
                .or(() -> plugins.stream().filter(plugin -> pluginId().equals(plugin.get("id"))).findFirst());
        if (found.isEmpty()) {
            problems.add("GET /api/v1/plugins does not list it; the host found " + plugins.stream().map(plugin -> plugin.get("id") + " ("
                    + plugin.get("state") + ")").toList() + ". Is its META-INF/services/" + SERVICE + " on the test class path?");
            problems.check();
        }
        Map<String, Object> plugin = found.get();
        if (!"ACTIVE".equals(plugin.get("state"))) {
            problems.add("its state is " + plugin.get("state") + ": " + plugin.get("reason"));
            problems.check();
        }
        bothLanguages(problems, "its name", plugin.get("name"));
        if (blank(plugin.get("version"))) {
            problems.add("it has no version");
        }
        String spi = String.valueOf(plugin.get("spiVersion"));
        try {
            if (!SpiVersion.CURRENT.canHost(SpiVersion.parse(spi))) {
                problems.add("it was built for SPI " + spi + ", which this platform (SPI " + SpiVersion.CURRENT + ") cannot host");
            }
        } catch (IllegalArgumentException e) {
            problems.add("its SPI version " + spi + " is not a version");
        }
        Map<String, Object> one = get("/api/v1/plugins/" + pluginId());
        if (!pluginId().equals(one.get("id")) || !"ACTIVE".equals(one.get("state"))) {
            problems.add("GET /api/v1/plugins/" + pluginId() + " answers " + one.get("id") + " in state " + one.get("state"));
        }
        problems.check();
    }

    @Test
    @Order(2)
    @DisplayName("Its main module requires only the SPI and the JDK, and provides PrivacyPlugin")
    void itsMainModuleRequiresOnlyTheSpi() {
        Class<?> type = activePlugin().plugin().getClass();
        Problems problems = new Problems("plugin " + pluginId() + " (" + type.getName() + ")");
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            problems.add("the plugin class has no code source to read its module from");
            problems.check();
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AssertionError("plugin " + pluginId() + ": cannot read " + source.getLocation() + " as a file", e);
        }
        Set<ModuleReference> modules = ModuleFinder.of(location).findAll();
        String packageName = type.getPackageName();
        Optional<ModuleDescriptor> found = modules.stream().map(ModuleReference::descriptor)
                .filter(descriptor -> descriptor.packages().contains(packageName)).findFirst();
        if (found.isEmpty()) {
            problems.add(location + " holds no module-info.class: a plugin's main jar must be an explicit module (an automatic "
                    + "module is refused in a plugins folder)");
            problems.check();
        }
        ModuleDescriptor module = found.get();
        if (module.isAutomatic()) {
            problems.add("module " + module.name() + " (" + location + ") is automatic: it needs a module-info.class");
        }
        for (ModuleDescriptor.Requires requires : module.requires()) {
            String name = requires.name();
            boolean allowed = name.equals(SPI_MODULE) || name.startsWith("java.") || name.startsWith("jdk.")
                    || shippedModules().contains(name);
            if (!allowed) {
                problems.add("module " + module.name() + " requires " + name + "; a plugin may require only " + SPI_MODULE
                        + ", java.* and jdk.* modules" + (shippedModules().isEmpty() ? "" : " and " + shippedModules()));
            }
        }
        if (module.requires().stream().noneMatch(requires -> requires.name().equals(SPI_MODULE))) {
            problems.add("module " + module.name() + " does not require " + SPI_MODULE);
        }
        boolean provides = module.provides().stream().anyMatch(provided -> provided.service().equals(SERVICE)
                && provided.providers().contains(type.getName()));
        if (!provides) {
            problems.add("module " + module.name() + " does not declare provides " + SERVICE + " with " + type.getName()
                    + " (it declares " + module.provides() + ")");
        }
        problems.check();
    }

    @Test
    @Order(3)
    @DisplayName("Every register is listed over REST with its fields")
    void everyRegisterIsListed() {
        ActivePlugin plugin = activePlugin();
        Problems problems = new Problems("plugin " + pluginId());
        List<Map<String, Object>> listed = items(get(registers()));
        List<String> expected = plugin.registers().stream().map(RegisterDefinition::id).toList();
        List<Object> ids = listed.stream().map(register -> register.get("id")).toList();
        if (!ids.equals(expected)) {
            problems.add("GET " + registers() + " lists " + ids + ", the plugin declares " + expected);
        }
        for (RegisterDefinition register : plugin.registers()) {
            String where = "register " + register.id();
            Map<String, Object> answer = get(registers() + "/" + register.id());
            bothLanguages(problems, where + ": its name", answer.get("name"));
            bothLanguages(problems, where + ": its description", answer.get("description"));
            List<Map<String, Object>> fields = list(answer.get("fields"));
            List<String> fieldIds = register.fields().stream().map(FieldDefinition::id).toList();
            if (!fields.stream().map(field -> field.get("id")).toList().equals(fieldIds)) {
                problems.add(where + ": GET lists the fields " + fields.stream().map(field -> field.get("id")).toList() + ", the plugin "
                        + "declares " + fieldIds);
                continue;
            }
            for (int i = 0; i < fields.size(); i++) {
                FieldDefinition field = register.fields().get(i);
                Map<String, Object> shown = fields.get(i);
                bothLanguages(problems, where + ", field " + field.id() + ": its label", shown.get("label"));
                if (!field.type().name().equals(shown.get("type")) || !Boolean.valueOf(field.isRequired()).equals(shown.get("required"))) {
                    problems.add(where + ", field " + field.id() + ": shown as " + shown.get("type") + (Boolean.TRUE.equals(shown.get("required"))
                            ? " required" : "") + ", declared " + field.type() + (field.isRequired() ? " required" : ""));
                }
            }
        }
        Map<String, List<Map<String, Object>>> samples = validRecords();
        for (RegisterDefinition register : plugin.registers()) {
            if (samples.getOrDefault(register.id(), List.of()).isEmpty()) {
                problems.add("register " + register.id() + ": validRecords() gives no record for it; give at least one");
            }
        }
        for (String registerId : samples.keySet()) {
            if (plugin.register(registerId).isEmpty()) {
                problems.add("validRecords() names the register " + registerId + ", which the plugin does not declare");
            }
        }
        problems.check();
    }

    @Test
    @Order(4)
    @DisplayName("Every valid record is created, read back equal, written back unchanged and listed")
    void validRecordsAreAccepted() {
        Map<String, List<Stored>> records = validRecords0();
        Problems problems = new Problems("plugin " + pluginId());
        for (List<Stored> stored : records.values()) {
            for (Stored record : stored) {
                RegisterDefinition register = register(record.registerId());
                String path = records(record.registerId()) + "/" + record.id();
                String where = "register " + record.registerId() + ", " + record.label();

                Answer read = call(HttpRequest.GET(path));
                if (read.status() != 200) {
                    problems.add(where + ": GET answers " + read.status() + " " + read.body());
                    continue;
                }
                if (!read.body().equals(record.answer())) {
                    problems.add(where + ": GET answers " + read.body() + ", but POST answered " + record.answer());
                }

                Map<String, Object> change = new LinkedHashMap<>();
                change.put("version", record.version());
                change.put("values", record.values());
                Answer written = call(HttpRequest.PUT(path, change));
                if (written.status() != 200) {
                    problems.add(where + ": PUT with its own values answers " + written.status() + " " + problemText(written.body()));
                } else {
                    if (((Number) written.body().get("version")).longValue() != record.version()) {
                        problems.add(where + ": PUT with the same values changed the version from " + record.version() + " to "
                                + written.body().get("version") + ": a value does not read back as it was written");
                    }
                    compareValues(problems, where + " after PUT", register, record.values(), written.body().get("values"));
                }

                String title = String.valueOf(record.answer().get("title"));
                if (!listed(record.registerId(), title, record.id())) {
                    problems.add(where + ": GET " + records(record.registerId()) + "?q=" + title + " does not list it");
                }
            }
        }
        problems.check();
    }

    @Test
    @Order(5)
    @DisplayName("Every invalid record is refused with 400 naming its field, and nothing is stored")
    void invalidRecordsAreRefused() {
        List<InvalidRecord> invalid = invalidRecords();
        Assumptions.assumeFalse(invalid.isEmpty(), "invalidRecords() gives none");
        Map<String, List<String>> ids = ids(validRecords0());
        Problems problems = new Problems("plugin " + pluginId());
        for (int i = 0; i < invalid.size(); i++) {
            InvalidRecord record = invalid.get(i);
            String where = "register " + record.registerId() + ", invalid record #" + i + " (field " + record.field() + ")";
            if (activePlugin().register(record.registerId()).isEmpty()) {
                problems.add(where + ": the plugin has no such register");
                continue;
            }
            long before = count(record.registerId());
            Map<String, Object> values = jsonValues(record.values(), ids, Map.of(), where);
            Answer answer = call(HttpRequest.POST(records(record.registerId()), Map.of("values", values)));
            if (answer.status() != 400) {
                problems.add(where + ": POST answers " + answer.status() + " instead of 400 " + (answer.status() == 201
                        ? "(the record was stored: " + answer.body().get("id") + ")" : problemText(answer.body())));
                if (answer.status() == 201) {
                    call(HttpRequest.DELETE(records(record.registerId()) + "/" + answer.body().get("id") + "?reason=" + encode(REASON)));
                }
                continue;
            }
            if (!answer.contentType().startsWith("application/problem+json")) {
                problems.add(where + ": the 400 answer is " + answer.contentType() + ", not application/problem+json");
            }
            String expected = "values." + record.field();
            Set<Object> named = new LinkedHashSet<>();
            named.add(answer.body().get("field"));
            list(answer.body().get("errors")).forEach(error -> named.add(error.get("field")));
            if (!named.contains(expected)) {
                problems.add(where + ": refused, but naming " + named + " instead of " + expected + ": " + problemText(answer.body()));
            }
            long after = count(record.registerId());
            if (after != before) {
                problems.add(where + ": the register held " + before + " records before and " + after + " after");
            }
        }
        problems.check();
    }

    @Test
    @Order(6)
    @DisplayName("Every catalogue code the plugin names exists in the catalogue")
    void catalogueCodesExist() {
        ActivePlugin plugin = activePlugin();
        CatalogLookup catalog = plugin.context().catalog();
        Problems problems = new Problems("plugin " + pluginId());
        for (RegisterDefinition register : plugin.registers()) {
            for (FieldDefinition field : register.fields()) {
                if (field.type() == FieldType.CATALOG) {
                    CatalogLookup.Kind kind = field.catalogKind().orElseThrow();
                    if (catalog.all(kind).isEmpty()) {
                        problems.add("register " + register.id() + ", field " + field.id() + ": the catalogue has no " + kind
                                + " entries to choose from");
                    }
                }
            }
        }
        validRecords0();
        for (ProcessingContributor contributor : plugin.processingContributors()) {
            String where = "processing contributor " + contributor.getClass().getSimpleName();
            ProcessingContribution contribution = contributionOf(problems, where, contributor);
            if (contribution == null) {
                continue;
            }
            for (ProcessingContribution.Recipient recipient : contribution.recipients()) {
                codes(problems, catalog, where + ", recipient " + recipient.name().en(), CatalogLookup.Kind.DATA_CATEGORY,
                        recipient.dataCategories());
            }
            for (ProcessingContribution.Processor processor : contribution.processors()) {
                codes(problems, catalog, where + ", processor " + processor.name(), CatalogLookup.Kind.DATA_CATEGORY,
                        processor.dataCategories());
            }
            for (ProcessingContribution.Transfer transfer : contribution.transfers()) {
                codes(problems, catalog, where + ", transfer to " + transfer.recipient(), CatalogLookup.Kind.DATA_CATEGORY,
                        transfer.dataCategories());
            }
            for (ProcessingContribution.Activity activity : contribution.activities()) {
                String what = where + ", activity " + activity.name().en();
                codes(problems, catalog, what, CatalogLookup.Kind.PURPOSE, activity.purposes());
                codes(problems, catalog, what, CatalogLookup.Kind.DATA_CATEGORY, activity.dataCategories());
                codes(problems, catalog, what, CatalogLookup.Kind.SUBJECT_TYPE, activity.subjectTypes());
            }
        }
        for (RetentionTarget target : plugin.retentionTargets()) {
            codes(problems, catalog, "retention target " + target.id(), CatalogLookup.Kind.DATA_CATEGORY, List.of(target.dataCategory()));
        }
        String unknown = "Plugin " + pluginId() + " names the ";
        for (Map<String, Object> warning : list(get("/api/v1/ropa").get("warnings"))) {
            if (String.valueOf(warning.get("en")).startsWith(unknown)) {
                problems.add("the record of processing warns: " + warning.get("en"));
            }
        }
        problems.check();
    }

    @Test
    @Order(7)
    @DisplayName("The record of processing is built with the plugin's contributions")
    void theRecordOfProcessingHasTheContributions() {
        ActivePlugin plugin = activePlugin();
        validRecords0();
        Answer answer = call(HttpRequest.GET("/api/v1/ropa"));
        Problems problems = new Problems("plugin " + pluginId());
        if (answer.status() != 200) {
            problems.add("GET /api/v1/ropa answers " + answer.status() + " " + problemText(answer.body()));
            problems.check();
        }
        Assumptions.assumeFalse(plugin.processingContributors().isEmpty(), "the plugin contributes nothing to the record of processing");
        Map<String, Object> ropa = answer.body();
        if (list(ropa.get("contributors")).stream().noneMatch(contributor -> pluginId().equals(contributor.get("id")))) {
            problems.add("the record of processing does not list it among its contributors " + list(ropa.get("contributors")));
        }
        for (Map<String, Object> warning : list(ropa.get("warnings"))) {
            if (String.valueOf(warning.get("en")).startsWith("The contribution of plugin " + pluginId() + " ")) {
                problems.add("the record of processing warns: " + warning.get("en"));
            }
        }
        List<Map<String, Object>> processors = ofPlugin(ropa.get("processors"));
        List<Map<String, Object>> transfers = ofPlugin(ropa.get("transfers"));
        List<Map<String, Object>> recipients = ofPlugin(ropa.get("recipients"));
        List<Map<String, Object>> activities = ofPlugin(ropa.get("pluginActivities"));
        for (ProcessingContributor contributor : plugin.processingContributors()) {
            String where = "processing contributor " + contributor.getClass().getSimpleName();
            ProcessingContribution contribution = contributionOf(problems, where, contributor);
            if (contribution == null) {
                continue;
            }
            for (ProcessingContribution.Processor processor : contribution.processors()) {
                if (processors.stream().noneMatch(shown -> processor.name().equals(shown.get("name"))
                        && processor.country().equals(map(shown.get("country")).get("code")))) {
                    problems.add(where + ": the processor " + processor.name() + " (" + processor.country() + ") is not in the record");
                }
            }
            for (ProcessingContribution.Transfer transfer : contribution.transfers()) {
                if (transfers.stream().noneMatch(shown -> transfer.recipient().equals(shown.get("recipient"))
                        && transfer.country().equals(map(shown.get("country")).get("code")))) {
                    problems.add(where + ": the transfer to " + transfer.recipient() + " (" + transfer.country() + ") is not in the record");
                }
            }
            for (ProcessingContribution.Recipient recipient : contribution.recipients()) {
                if (recipients.stream().noneMatch(shown -> recipient.name().en().equals(map(shown.get("name")).get("en")))) {
                    problems.add(where + ": the recipient " + recipient.name().en() + " is not in the record");
                }
            }
            for (ProcessingContribution.Activity activity : contribution.activities()) {
                if (activities.stream().noneMatch(shown -> activity.name().en().equals(map(shown.get("name")).get("en")))) {
                    problems.add(where + ": the activity " + activity.name().en() + " is not in the record");
                }
            }
        }
        problems.check();
    }

    @Test
    @Order(8)
    @DisplayName("Every subject data source holds nothing about a new data subject")
    void subjectDataSourcesHoldNothingAboutANewSubject() {
        ActivePlugin plugin = activePlugin();
        Assumptions.assumeFalse(plugin.subjectDataSources().isEmpty(), "the plugin has no subject data sources");
        validRecords0();
        Problems problems = new Problems("plugin " + pluginId());
        Set<String> ids = new HashSet<>();
        for (SubjectDataSource source : plugin.subjectDataSources()) {
            String where = "subject data source " + source.id();
            if (source.id() == null || !EXTENSION_ID.matcher(source.id()).matches()) {
                problems.add(where + ": its id is not lower-case letters, digits and dashes");
            }
            if (!ids.add(source.id())) {
                problems.add(where + ": two sources have this id");
            }
            bothLanguages(problems, where + ": its name", source.name());
        }
        SubjectRef subject = newSubject();
        for (SubjectDataSource source : plugin.subjectDataSources()) {
            String where = "subject data source " + source.id();
            try {
                SubjectData data = source.find(subject);
                if (data == null || !data.isEmpty()) {
                    problems.add(where + ": find() for a data subject it has never seen answers " + (data == null ? "null" : data.items().size()
                            + " items") + " instead of SubjectData.none()");
                }
            } catch (RuntimeException e) {
                problems.add(where + ": find() for a new data subject throws " + e);
            }
            try {
                Outcome outcome = source.erase(subject, REASON);
                if (outcome == null || outcome.status() != Outcome.Status.NOTHING_HELD) {
                    problems.add(where + ": erase() for a data subject it has never seen answers " + (outcome == null ? "null"
                            : outcome.status() + " (" + outcome.explanation().en() + ")") + " instead of NOTHING_HELD");
                }
            } catch (RuntimeException e) {
                problems.add(where + ": erase() for a new data subject throws " + e);
            }
        }
        problems.check();
    }

    @Test
    @Order(9)
    @DisplayName("Every subject data source finds a data subject's records, and erases them with an explanation in both languages")
    void subjectDataSourcesFindAndErase() {
        ActivePlugin plugin = activePlugin();
        Assumptions.assumeFalse(plugin.subjectDataSources().isEmpty(), "the plugin has no subject data sources");
        Map<String, List<Stored>> validStored = validRecords0();
        SubjectRef subject = newSubject();
        Map<String, List<Map<String, Object>>> samples = subjectRecords(subject.id());
        Assumptions.assumeFalse(samples == null || samples.isEmpty(), "subjectRecords(subjectId) gives none");
        Map<String, List<Stored>> stored = create("subject record", samples, ids(validStored));
        stored.forEach((registerId, records) -> subjectStored.computeIfAbsent(registerId, id -> new ArrayList<>()).addAll(records));
        CatalogLookup catalog = plugin.context().catalog();
        Problems problems = new Problems("plugin " + pluginId());
        for (SubjectDataSource source : plugin.subjectDataSources()) {
            String where = "subject data source " + source.id();
            SubjectData data;
            try {
                data = source.find(subject);
            } catch (RuntimeException e) {
                problems.add(where + ": find() throws " + e);
                continue;
            }
            if (data == null || data.isEmpty()) {
                problems.add(where + ": find() finds nothing about the data subject of subjectRecords(...)");
                continue;
            }
            for (SubjectData.Item item : data.items()) {
                String what = where + ", item " + item.id() + " (" + item.kind().en() + ")";
                bothLanguages(problems, what + ": its kind", item.kind());
                if (item.id().isBlank()) {
                    problems.add(what + ": its id is blank");
                }
                codes(problems, catalog, what, CatalogLookup.Kind.DATA_CATEGORY, List.of(item.dataCategory()));
                for (SubjectData.Value value : item.values()) {
                    bothLanguages(problems, what + ", value " + value.field() + ": its label", value.label());
                }
            }
            Outcome outcome;
            try {
                outcome = source.erase(subject, REASON);
            } catch (RuntimeException e) {
                problems.add(where + ": erase() throws " + e);
                continue;
            }
            if (outcome == null || outcome.status() != Outcome.Status.DONE && outcome.status() != Outcome.Status.PARTLY_DONE) {
                problems.add(where + ": erase() answers " + (outcome == null ? "null" : outcome.status() + " (" + outcome.explanation().en()
                        + ")") + " instead of DONE or PARTLY_DONE");
                continue;
            }
            bothLanguages(problems, where + ": erase()'s explanation", outcome.explanation());
            if (outcome.status() == Outcome.Status.DONE) {
                SubjectData after = source.find(subject);
                if (after != null && !after.isEmpty()) {
                    problems.add(where + ": erase() answered DONE, but find() still finds " + after.items().size() + " items");
                }
            }
        }
        problems.check();
    }

    @Test
    @Order(10)
    @DisplayName("Every retention target names a data category of the catalogue and lists its items without error")
    void retentionTargetsWork() {
        ActivePlugin plugin = activePlugin();
        Assumptions.assumeFalse(plugin.retentionTargets().isEmpty(), "the plugin has no retention targets");
        Map<String, List<Stored>> validStored = validRecords0();
        CatalogLookup catalog = plugin.context().catalog();
        LocalDate tomorrow = LocalDate.now(context.getBean(Clock.class)).plusDays(1);
        Problems problems = new Problems("plugin " + pluginId());
        Set<String> ids = new HashSet<>();
        for (RetentionTarget target : plugin.retentionTargets()) {
            String where = "retention target " + target.id();
            if (target.id() == null || !EXTENSION_ID.matcher(target.id()).matches()) {
                problems.add(where + ": its id is not lower-case letters, digits and dashes");
            }
            if (!ids.add(target.id())) {
                problems.add(where + ": two targets have this id");
            }
            bothLanguages(problems, where + ": its name", target.name());
            codes(problems, catalog, where, CatalogLookup.Kind.DATA_CATEGORY, List.of(target.dataCategory()));
            List<RetainedItem> items;
            try {
                items = target.referencedBefore(tomorrow, 100);
            } catch (RuntimeException e) {
                problems.add(where + ": referencedBefore(" + tomorrow + ", 100) throws " + e);
                continue;
            }
            if (items == null) {
                problems.add(where + ": referencedBefore(" + tomorrow + ", 100) answers null");
                continue;
            }
            if (items.size() > 100) {
                problems.add(where + ": referencedBefore(" + tomorrow + ", 100) answers " + items.size() + " items");
            }
            for (int i = 0; i < items.size(); i++) {
                RetainedItem item = items.get(i);
                if (!item.referenceDate().isBefore(tomorrow)) {
                    problems.add(where + ": item " + item.id() + " has the reference date " + item.referenceDate() + ", not before " + tomorrow);
                }
                if (i > 0 && item.referenceDate().isBefore(items.get(i - 1).referenceDate())) {
                    problems.add(where + ": the items are not oldest first (" + items.get(i - 1).referenceDate() + " before "
                            + item.referenceDate() + ")");
                    break;
                }
            }
            try {
                int deleted = target.delete(List.of(UUID.randomUUID().toString()), REASON);
                if (deleted != 0) {
                    problems.add(where + ": delete() of an item that does not exist counts " + deleted);
                }
            } catch (RuntimeException e) {
                problems.add(where + ": delete() of an item that does not exist throws " + e);
            }
            String registerId = retentionTargetRegisters().get(target.id());
            if (registerId != null) {
                List<String> expected = validStored.getOrDefault(registerId, List.of()).stream().map(Stored::id).toList();
                Set<String> found = new HashSet<>();
                target.referencedBefore(tomorrow, 100_000).forEach(item -> found.add(item.id()));
                for (String id : expected) {
                    if (!found.contains(id)) {
                        problems.add(where + ": the valid record " + id + " of register " + registerId + " is not among its items "
                                + "referenced before " + tomorrow + " (is its date in the past?)");
                    }
                }
            }
        }
        for (String targetId : retentionTargetRegisters().keySet()) {
            if (!ids.contains(targetId)) {
                problems.add("retentionTargetRegisters() names the target " + targetId + ", which the plugin does not have");
            }
        }
        problems.check();
    }

    @Test
    @Order(90)
    @DisplayName("The valid records can be deleted")
    void validRecordsCanBeDeleted() {
        Map<String, List<Stored>> records = validRecords0();
        Problems problems = new Problems("plugin " + pluginId());
        List<Stored> all = new ArrayList<>();
        records.values().forEach(all::addAll);
        for (Stored record : reversed(all)) {
            String path = records(record.registerId()) + "/" + record.id();
            String where = "register " + record.registerId() + ", " + record.label();
            Answer deleted = call(HttpRequest.DELETE(path + "?reason=" + encode(REASON)));
            if (deleted.status() != 204) {
                problems.add(where + ": DELETE answers " + deleted.status() + " " + problemText(deleted.body()));
                continue;
            }
            created.remove(record);
            Answer gone = call(HttpRequest.GET(path));
            if (gone.status() != 404) {
                problems.add(where + ": after DELETE, GET answers " + gone.status());
            }
        }
        problems.check();
    }

    @Test
    @Order(100)
    @DisplayName("The audit ledger verifies and holds none of the records' text values (no personal data)")
    void theAuditLedgerVerifiesAndHoldsNoPersonalData() {
        Problems problems = new Problems("plugin " + pluginId());
        deleteCreated();
        Map<String, Object> verification = get("/api/v1/audit/verify");
        if (!Boolean.TRUE.equals(verification.get("valid"))) {
            problems.add("GET /api/v1/audit/verify answers " + verification);
        }
        int page = 0;
        long seen = 0;
        while (true) {
            Map<String, Object> entries = get("/api/v1/audit?from=" + encode(started.toString()) + "&size=500&page=" + page);
            List<Map<String, Object>> items = items(entries);
            for (Map<String, Object> entry : items) {
                List<String> places = new ArrayList<>();
                places.add(String.valueOf(entry.get("targetId")));
                map(entry.get("details")).forEach((key, value) -> {
                    places.add(key);
                    places.add(String.valueOf(value));
                });
                for (Map.Entry<String, String> text : personalTexts.entrySet()) {
                    if (places.stream().anyMatch(place -> place.contains(text.getKey()))) {
                        problems.add("audit entry " + entry.get("seq") + " (" + entry.get("action") + " by " + entry.get("actor")
                                + ") holds the text of " + text.getValue());
                    }
                }
            }
            seen += items.size();
            if (items.isEmpty() || seen >= ((Number) entries.get("totalItems")).longValue()) {
                break;
            }
            page++;
        }
        problems.check();
    }

    // ---- records ------------------------------------------------------------------------------------

    /** The valid records, created on first use; a failure to create them fails every check that needs them. */
    private Map<String, List<Stored>> validRecords0() {
        if (validFailure != null) {
            throw new AssertionError("plugin " + pluginId() + ": the valid records could not be created (see the first failure): "
                    + validFailure.getMessage(), validFailure);
        }
        if (valid == null) {
            try {
                valid = create("valid record", validRecords(), Map.of());
            } catch (AssertionError e) {
                validFailure = e;
                throw e;
            }
        }
        return valid;
    }

    /**
     * Creates the records of {@code samples}, referenced registers first, and answers them by register.
     *
     * @param earlier ids placeholders may refer to when the samples themselves have no such record
     */
    private Map<String, List<Stored>> create(String what, Map<String, List<Map<String, Object>>> samples, Map<String, List<String>> earlier) {
        ActivePlugin plugin = activePlugin();
        Problems problems = new Problems("plugin " + pluginId());
        for (String registerId : samples.keySet()) {
            if (plugin.register(registerId).isEmpty()) {
                problems.add(what + "s name the register " + registerId + ", which the plugin does not declare");
            }
        }
        problems.check();
        Map<String, List<Stored>> stored = new LinkedHashMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        for (String registerId : creationOrder(plugin, samples.keySet())) {
            RegisterDefinition register = register(registerId);
            List<Map<String, Object>> records = samples.get(registerId);
            for (int i = 0; i < records.size(); i++) {
                String where = "register " + registerId + ", " + what + " " + registerId + "[" + i + "]";
                Map<String, Object> values = jsonValues(records.get(i), ids, earlier, where);
                Answer answer = call(HttpRequest.POST(records(registerId), Map.of("values", values)));
                if (answer.status() != 201) {
                    throw new AssertionError("plugin " + pluginId() + ", " + where + ": POST answers " + answer.status() + " instead of 201: "
                            + problemText(answer.body()) + " (values sent: " + values + ")");
                }
                Stored record = new Stored(registerId, i, what, String.valueOf(answer.body().get("id")), values, answer.body());
                created.add(record);
                stored.computeIfAbsent(registerId, id -> new ArrayList<>()).add(record);
                ids.computeIfAbsent(registerId, id -> new ArrayList<>()).add(record.id());
                rememberTexts(register, record);
                if (!registerId.equals(answer.body().get("registerId")) || record.version() != 1) {
                    problems.add(where + ": POST answers registerId " + answer.body().get("registerId") + ", version " + record.version());
                }
                compareValues(problems, where, register, values, record.values());
            }
        }
        problems.check();
        return stored;
    }

    /** The registers in an order where each comes after those its reference fields point to (when it can). */
    private static List<String> creationOrder(ActivePlugin plugin, Set<String> registerIds) {
        List<String> remaining = new ArrayList<>();
        plugin.registers().stream().map(RegisterDefinition::id).filter(registerIds::contains).forEach(remaining::add);
        List<String> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = remaining.stream().filter(registerId -> plugin.register(registerId).orElseThrow().fields().stream()
                            .flatMap(field -> field.referencedRegister().stream())
                            .filter(referenced -> !referenced.equals(registerId) && remaining.contains(referenced))
                            .findAny().isEmpty())
                    .findFirst().orElse(remaining.get(0)); // a cycle: the declared order decides
            order.add(next);
            remaining.remove(next);
        }
        return order;
    }

    /** The values as JSON sends them, with placeholders replaced by record ids. */
    private Map<String, Object> jsonValues(Map<String, Object> values, Map<String, List<String>> own, Map<String, List<String>> earlier,
                                           String where) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((field, value) -> json.put(field, json(value, own, earlier, where + ", field " + field)));
        return json;
    }

    private Object json(Object value, Map<String, List<String>> own, Map<String, List<String>> earlier, String where) {
        if (value instanceof Optional<?> optional) {
            return json(optional.orElse(null), own, earlier, where);
        }
        if (value instanceof Collection<?> many) {
            List<Object> list = new ArrayList<>();
            many.forEach(item -> list.add(json(item, own, earlier, where)));
            return list;
        }
        if (value instanceof String text) {
            Matcher placeholder = PLACEHOLDER.matcher(text);
            if (placeholder.matches()) {
                String registerId = placeholder.group(1);
                int index = Integer.parseInt(placeholder.group(2));
                List<String> ids = own.containsKey(registerId) ? own.get(registerId) : earlier.get(registerId);
                if (ids == null || index >= ids.size()) {
                    throw new AssertionError("plugin " + pluginId() + ", " + where + ": " + text + " names no record created before it");
                }
                return ids.get(index);
            }
            return text;
        }
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof Integer || value instanceof Short) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString(); // LocalDate, UUID, BigInteger, double, ...: as text, which the API reads like a form's input
    }

    /** Every value sent is stored as its field's type makes it (trimmed, upper-case codes, ...), and nothing else is. */
    private static void compareValues(Problems problems, String where, RegisterDefinition register, Map<String, Object> sent, Object answer) {
        Map<String, Object> stored = map(answer);
        for (FieldDefinition field : register.fields()) {
            Object expected = normalised(field, sent.get(field.id()));
            Object actual = normalised(field, stored.get(field.id()));
            if (!same(expected, actual)) {
                problems.add(where + ", field " + field.id() + ": sent " + sent.get(field.id()) + ", stored " + stored.get(field.id()));
            }
        }
        for (String field : stored.keySet()) {
            if (register.field(field).isEmpty()) {
                problems.add(where + ": the answer holds " + field + ", which is not a field of the register");
            }
        }
    }

    private static boolean same(Object expected, Object actual) {
        if (expected instanceof List<?> left && actual instanceof List<?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!same(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof BigDecimal left && actual instanceof BigDecimal right) {
            return left.compareTo(right) == 0;
        }
        return Objects.equals(expected, actual);
    }

    /** A value as the platform stores a field of this type: null when absent or blank, a list for several values. */
    private static Object normalised(FieldDefinition field, Object value) {
        if (field.isMultiple()) {
            Collection<?> items = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
            Set<Object> converted = new LinkedHashSet<>();
            for (Object item : items) {
                Object one = normalisedOne(field, item);
                if (one != null) {
                    converted.add(one);
                }
            }
            return converted.isEmpty() ? null : List.copyOf(converted);
        }
        return normalisedOne(field, value);
    }

    private static Object normalisedOne(FieldDefinition field, Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT, REFERENCE -> text;
            case EMAIL, SUBJECT -> text.toLowerCase(Locale.ROOT);
            case CHOICE, COUNTRY, CATALOG -> text.toUpperCase(Locale.ROOT);
            case INTEGER, DECIMAL -> {
                try {
                    yield new BigDecimal(text.indexOf('.') < 0 ? text.replace(',', '.') : text);
                } catch (NumberFormatException e) {
                    yield text;
                }
            }
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "on", "yes", "1", "jā" -> Boolean.TRUE;
                case "false", "off", "no", "0", "nē" -> Boolean.FALSE;
                default -> text;
            };
            case DATE -> {
                try {
                    yield LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    try {
                        yield LocalDate.parse(text, LATVIAN_DATE);
                    } catch (DateTimeParseException again) {
                        yield text;
                    }
                }
            }
        };
    }

    /** Remembers the record's free-text values (text, long text, e-mail): none may reach the audit ledger. */
    private void rememberTexts(RegisterDefinition register, Stored record) {
        for (FieldDefinition field : register.fields()) {
            if (field.type() == FieldType.TEXT || field.type() == FieldType.LONG_TEXT || field.type() == FieldType.EMAIL) {
                Object value = record.values().get(field.id());
                if (value != null && value.toString().strip().length() >= SHORTEST_PERSONAL_TEXT) {
                    personalTexts.putIfAbsent(value.toString().strip(), "register " + record.registerId() + ", " + record.label()
                            + ", field " + field.id());
                }
            }
        }
    }

    private static Map<String, List<String>> ids(Map<String, List<Stored>> stored) {
        Map<String, List<String>> ids = new HashMap<>();
        stored.forEach((registerId, records) -> ids.put(registerId, records.stream().map(Stored::id).toList()));
        return ids;
    }

    /** Whether listing the register by the record's title finds it. */
    private boolean listed(String registerId, String title, String recordId) {
        int page = 0;
        long seen = 0;
        while (true) {
            Map<String, Object> found = get(records(registerId) + "?q=" + encode(title) + "&size=500&page=" + page);
            List<Map<String, Object>> items = items(found);
            if (items.stream().anyMatch(item -> recordId.equals(item.get("id")))) {
                return true;
            }
            seen += items.size();
            if (items.isEmpty() || seen >= ((Number) found.get("totalItems")).longValue()) {
                return false;
            }
            page++;
        }
    }

    private long count(String registerId) {
        return ((Number) get(records(registerId) + "?size=1").get("totalItems")).longValue();
    }

    /** Deletes what the checks created and did not delete yet, newest first; what is gone already is fine. */
    private void deleteCreated() {
        for (Stored record : reversed(created)) {
            call(HttpRequest.DELETE(records(record.registerId()) + "/" + record.id() + "?reason=" + encode(REASON)));
        }
        created.clear();
    }

    private RegisterDefinition register(String registerId) {
        return activePlugin().register(registerId).orElseThrow(
                () -> new AssertionError("plugin " + pluginId() + " has no register " + registerId));
    }

    private String registers() {
        return "/api/v1/plugins/" + pluginId() + "/registers";
    }

    private String records(String registerId) {
        return registers() + "/" + registerId + "/records";
    }

    // ---- subjects, contributions, catalogue ---------------------------------------------------------

    /** A data subject recorded through the API, as the platform's request module will hand it to sources. */
    private SubjectRef newSubject() {
        String customerNumber = TestIdentifiers.customerNumber();
        String email = TestIdentifiers.email();
        Map<String, Object> body = Map.of("type", subjectType(), "identifiers", Map.of("customerNumber", customerNumber, "email", email));
        Answer answer = call(HttpRequest.POST("/api/v1/subjects", body));
        if (answer.status() != 201) {
            throw new AssertionError("plugin " + pluginId() + ": recording a data subject answers " + answer.status() + " "
                    + problemText(answer.body()));
        }
        personalTexts.putIfAbsent(customerNumber, "a data subject's customer number");
        personalTexts.putIfAbsent(email, "a data subject's e-mail address");
        Map<String, Object> identifiers = map(answer.body().get("identifiers"));
        Map<String, String> held = new LinkedHashMap<>();
        identifiers.forEach((kind, value) -> {
            if (value != null) {
                held.put(kind, value.toString());
            }
        });
        return new SubjectRef(UUID.fromString(String.valueOf(answer.body().get("id"))), held);
    }

    private static ProcessingContribution contributionOf(Problems problems, String where, ProcessingContributor contributor) {
        try {
            ProcessingContribution contribution = contributor.contribution();
            if (contribution == null) {
                problems.add(where + ": contribution() answers null (ProcessingContribution.none() says nothing)");
            }
            return contribution;
        } catch (RuntimeException e) {
            problems.add(where + ": contribution() throws " + e);
            return null;
        }
    }

    private static void codes(Problems problems, CatalogLookup catalog, String where, CatalogLookup.Kind kind, List<String> codes) {
        for (String code : codes) {
            if (code == null || catalog.find(kind, code).isEmpty()) {
                problems.add(where + ": names the " + kind + " " + code + ", which the catalogue does not have");
            }
        }
    }

    private List<Map<String, Object>> ofPlugin(Object entries) {
        return list(entries).stream().filter(entry -> pluginId().equals(entry.get("plugin"))).toList();
    }

    // ---- HTTP ---------------------------------------------------------------------------------------

    /**
     * An answer: its status, its JSON body (empty when it has none) and its media type.
     */
    private record Answer(int status, Map<String, Object> body, String contentType) {
    }

    private Answer call(MutableHttpRequest<?> request) {
        MutableHttpRequest<?> signed = TestAdmin.signedIn(request);
        if (request.getBody().isPresent()) {
            signed.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        try {
            HttpResponse<Map<String, Object>> response = http.exchange(signed, JSON, JSON);
            return new Answer(response.code(), response.getBody().orElse(Map.of()),
                    response.getContentType().map(MediaType::toString).orElse(""));
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            @SuppressWarnings("unchecked")
            Map<String, Object> body = response.getBody(Map.class).orElse(Map.of());
            return new Answer(response.code(), body, response.getContentType().map(MediaType::toString).orElse(""));
        }
    }

    private Map<String, Object> get(String path) {
        Answer answer = call(HttpRequest.GET(path));
        if (answer.status() != 200) {
            throw new AssertionError("plugin " + pluginId() + ": GET " + path + " answers " + answer.status() + " " + problemText(answer.body()));
        }
        return answer.body();
    }

    private static List<Map<String, Object>> items(Map<String, Object> list) {
        return list(list.get("items"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A problem answer as one line: its detail and every field error. */
    private static String problemText(Map<String, Object> problem) {
        if (problem.isEmpty()) {
            return "(no body)";
        }
        List<Map<String, Object>> errors = list(problem.get("errors"));
        if (errors.isEmpty()) {
            return problem.get("field") + ": " + problem.get("detail");
        }
        return String.join("; ", errors.stream().map(error -> error.get("field") + ": " + error.get("detail")).toList());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static void bothLanguages(Problems problems, String what, Object text) {
        if (text instanceof Text both) {
            text = Map.of("lv", both.lv(), "en", both.en());
        }
        Map<String, Object> localized = map(text);
        if (blank(localized.get("lv")) || blank(localized.get("en"))) {
            problems.add(what + " is not given in both Latvian and English: " + text);
        }
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /** The problems one check found: it fails once, listing all of them. */
    private static final class Problems {

        private final String subject;
        private final List<String> found = new ArrayList<>();

        Problems(String subject) {
            this.subject = subject;
        }

        void add(String problem) {
            found.add(problem);
        }

        void check() {
            if (found.size() == 1) {
                throw new AssertionError(subject + ": " + found.get(0));
            }
            if (!found.isEmpty()) {
                throw new AssertionError(subject + ", " + found.size() + " problems:\n - " + String.join("\n - ", found));
            }
        }
    }
}
