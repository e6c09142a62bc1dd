package lv.balticom.privacy.core.internal.registers;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.plugins.PluginHost;
import lv.balticom.privacy.core.internal.plugins.PluginState;
import lv.balticom.privacy.core.internal.plugins.Plugins;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.PrivacyPlugin;
import lv.balticom.privacy.spi.SpiVersion;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * A plugin host for the register tests: one running plugin, {@value #PLUGIN}, whose two registers use
 * every field type. Only where a test class sets {@code privacy.test.registers=true}.
 */
@Singleton
@Replaces(PluginHost.class)
@Requires(property = "privacy.test.registers", value = "true")
public class RegisterTestPlugins implements Plugins {

    public static final String PLUGIN = "test-registers";

    /** Suppliers: every field type but references and subjects, and a rule across fields. */
    public static final RegisterDefinition SUPPLIERS = RegisterDefinition.builder("suppliers", Text.of("Piegādātāji", "Suppliers"))
            .description(Text.of("Piegādātāji testiem.", "Suppliers for the tests."))
            .field(FieldDefinition.text("name", Text.of("Nosaukums", "Name")).required().maxLength(100))
            .field(FieldDefinition.text("code", Text.of("Kods", "Code")).pattern("[A-Z]{2}-[0-9]{3}")
                    .help(Text.of("Divi burti un trīs cipari.", "Two letters and three digits.")))
            .field(FieldDefinition.longText("notes", Text.of("Piezīmes", "Notes")).maxLength(500))
            .field(FieldDefinition.integer("staff", Text.of("Darbinieki", "Staff")).range(BigDecimal.ZERO, BigDecimal.valueOf(10000)))
            .field(FieldDefinition.decimal("fee", Text.of("Maksa", "Fee")).range(BigDecimal.ZERO, new BigDecimal("1000000")))
            .field(FieldDefinition.bool("active", Text.of("Aktīvs", "Active")))
            .field(FieldDefinition.date("since", Text.of("Līgums no", "Agreement from")))
            .field(FieldDefinition.choice("relation", Text.of("Attiecības", "Relation"), List.of(
                    Choice.of("GROUP_COMPANY", "Grupas uzņēmums", "Group company"),
                    Choice.of("PARTNER", "Sadarbības partneris", "Partner"))).required())
            .field(FieldDefinition.country("country", Text.of("Valsts", "Country")).required())
            .field(FieldDefinition.country("transfers", Text.of("Nosūtīšana uz", "Transfers to")).multiple())
            .field(FieldDefinition.email("email", Text.of("E-pasts", "E-mail")))
            .field(FieldDefinition.catalog("dataCategories", Text.of("Datu kategorijas", "Data categories"),
                    CatalogLookup.Kind.DATA_CATEGORY).multiple())
            .field(FieldDefinition.catalog("purpose", Text.of("Nolūks", "Purpose"), CatalogLookup.Kind.PURPOSE))
            .titleField("name")
            .validator((values, records) -> "PARTNER".equals(values.get("relation")) && !"LV".equals(values.get("country"))
                    && !values.containsKey("since")
                    ? List.of(FieldProblem.of("since", "Partnerim ārpus Latvijas jānorāda līguma datums.",
                            "a partner outside Latvia needs the agreement’s date"))
                    : List.of())
            .build();

    /** Contracts: a reference to a supplier and the data subject a contract is about. */
    public static final RegisterDefinition CONTRACTS = RegisterDefinition.builder("contracts", Text.of("Līgumi", "Contracts"))
            .field(FieldDefinition.text("title", Text.of("Nosaukums", "Title")).required())
            .field(FieldDefinition.reference("supplier", Text.of("Piegādātājs", "Supplier"), "suppliers").required())
            .field(FieldDefinition.subject("person", Text.of("Persona", "Person")))
            .subjectField("person")
            .build();

    private static final PrivacyPlugin PLUGIN_INSTANCE = new PrivacyPlugin() {
        @Override
        public String id() {
            return PLUGIN;
        }

        @Override
        public Text name() {
            return Text.of("Testa reģistri", "Test registers");
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public SpiVersion spiVersion() {
            return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
        }

        @Override
        public List<RegisterDefinition> registers() {
            return List.of(SUPPLIERS, CONTRACTS);
        }
    };

    private final ActivePlugin active = new ActivePlugin(PLUGIN_INSTANCE, null, List.of(SUPPLIERS, CONTRACTS), List.of(), List.of(),
            List.of(), List.of());

    @Override
    public List<ActivePlugin> active() {
        return List.of(active);
    }

    @Override
    public List<PluginState> plugins() {
        return List.of(new PluginState(PLUGIN, PLUGIN_INSTANCE.name(), "1.0", "1.0", "classpath", PluginState.State.ACTIVE,
                java.util.Optional.empty(), List.of(SUPPLIERS.id(), CONTRACTS.id()), new PluginState.Contributions(2, 0, 0, 0, 0)));
    }

    /** A valid supplier's values, with this name. */
    public static Map<String, Object> supplier(String name) {
        return Map.of("name", name, "relation", "GROUP_COMPANY", "country", "LV");
    }
}
