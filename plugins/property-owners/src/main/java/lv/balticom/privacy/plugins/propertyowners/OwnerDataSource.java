package lv.balticom.privacy.plugins.propertyowners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RegisterDefinition;
import lv.balticom.privacy.spi.subject.Outcome;
import lv.balticom.privacy.spi.subject.SubjectData;
import lv.balticom.privacy.spi.subject.SubjectDataSource;
import lv.balticom.privacy.spi.subject.SubjectRef;
import lv.balticom.privacy.spi.register.Values;

/**
 * What the plugin holds about a property owner who is a data subject (POL-4.5), for their requests: the
 * owner records whose subject field names them, with their properties, the network elements on them and
 * the coordinations of works.
 *
 * <p>Erasure keeps what the network needs: while a Balticom network element may run on an owner's
 * property, Balticom must be able to identify and reach the owner to agree works with them (POL-5.6, the
 * Electronic Communications Law's rules on using another's property for networks, the owner's data taken
 * from public registers under POL-16.6). So the owner's e-mail and phone are erased, the name, address and
 * properties kept, and the outcome is {@code PARTLY_DONE}; an owner record with no properties left is
 * deleted entirely ({@code DONE}).
 *
 * <p>Reads and writes through the host's record stores (which validate and audit each change); holds no
 * state: thread-safe.
 */
final class OwnerDataSource implements SubjectDataSource {

    /** The fields a rectification may change. */
    static final Set<String> RECTIFIABLE = Set.of(OwnerRegister.NAME, OwnerRegister.ADDRESS, OwnerRegister.EMAIL, OwnerRegister.PHONE);

    /** The fields erasure clears while the owner's properties are kept. */
    static final Set<String> ERASED_CONTACT_DETAILS = Set.of(OwnerRegister.EMAIL, OwnerRegister.PHONE);

    private static final Text OWNER = Text.of("Nekustamā īpašuma īpašnieks", "Property owner");
    private static final Text OWNER_CONTACT = Text.of("Īpašnieka kontaktinformācija", "Owner’s contact details");
    private static final Text PROPERTY = Text.of("Nekustamais īpašums", "Property");
    private static final Text NETWORK_ELEMENT = Text.of("Tīkla elements īpašumā", "Network element on the property");
    private static final Text COORDINATION = Text.of("Darbu saskaņojums", "Coordination of works");

    private final OwnerRecords records;

    OwnerDataSource(OwnerRecords records) {
        this.records = records;
    }

    @Override
    public String id() {
        return "owners";
    }

    @Override
    public Text name() {
        return Text.of("Nekustamo īpašumu īpašnieki", "Property owners");
    }

    @Override
    public SubjectData find(SubjectRef subject) {
        List<SubjectData.Item> items = new ArrayList<>();
        for (PluginRecord owner : records.ownersOf(subject.id())) {
            items.add(new SubjectData.Item(OWNER, owner.id(), CatalogCodes.IDENTIFICATION, values(OwnerRegister.DEFINITION, owner,
                    List.of(OwnerRegister.KIND, OwnerRegister.NAME, OwnerRegister.REGISTRATION_NUMBER, OwnerRegister.RESTRICTED))));
            List<SubjectData.Value> contact = values(OwnerRegister.DEFINITION, owner,
                    List.of(OwnerRegister.ADDRESS, OwnerRegister.EMAIL, OwnerRegister.PHONE));
            if (!contact.isEmpty()) {
                items.add(new SubjectData.Item(OWNER_CONTACT, owner.id() + "/contact", CatalogCodes.CONTACT, contact));
            }
            for (PluginRecord property : records.propertiesOf(owner.id())) {
                items.add(new SubjectData.Item(PROPERTY, property.id(), CatalogCodes.LOCATION, values(PropertyRegister.DEFINITION, property,
                        List.of(PropertyRegister.CADASTRAL_NUMBER, PropertyRegister.ADDRESS, PropertyRegister.LAND_REGISTER_FOLIO))));
                SubjectData.Value onProperty = new SubjectData.Value(PropertyRegister.CADASTRAL_NUMBER,
                        PropertyRegister.DEFINITION.field(PropertyRegister.CADASTRAL_NUMBER).orElseThrow().label(),
                        Values.text(property.values(), PropertyRegister.CADASTRAL_NUMBER).orElse(property.id()));
                for (PluginRecord element : records.networkElementsOn(property.id())) {
                    items.add(new SubjectData.Item(NETWORK_ELEMENT, element.id(), CatalogCodes.NETWORK, withFirst(onProperty,
                            values(NetworkElementRegister.DEFINITION, element, List.of(NetworkElementRegister.KIND,
                                    NetworkElementRegister.DESCRIPTION, NetworkElementRegister.INSTALLED_ON)))));
                }
                for (PluginRecord coordination : records.coordinationsOn(property.id())) {
                    items.add(new SubjectData.Item(COORDINATION, coordination.id(), CatalogCodes.CRM_ACTIVITY, withFirst(onProperty,
                            values(CoordinationRegister.DEFINITION, coordination, List.of(CoordinationRegister.SUMMARY,
                                    CoordinationRegister.DATE, CoordinationRegister.KIND, CoordinationRegister.WITH_SURVEY,
                                    CoordinationRegister.OUTCOME, CoordinationRegister.NOTES)))));
                }
            }
        }
        return new SubjectData(items);
    }

    @Override
    public Outcome rectify(SubjectRef subject, Map<String, String> corrections) {
        List<PluginRecord> owners = records.ownersOf(subject.id());
        if (owners.isEmpty()) {
            return Outcome.nothingHeld();
        }
        Map<String, String> applicable = new HashMap<>();
        Set<String> ignored = new TreeSet<>();
        corrections.forEach((field, value) -> {
            if (RECTIFIABLE.contains(field)) {
                applicable.put(field, value == null ? "" : value.strip());
            } else {
                ignored.add(field);
            }
        });
        if (applicable.isEmpty()) {
            return new Outcome(Outcome.Status.REFUSED, 0, Text.of(
                    "Labot var tikai īpašnieka vārdu vai nosaukumu, adresi, e-pastu un tālruni; pārējos datus Balticom ņem no publiskiem "
                            + "reģistriem (politikas 16.6. punkts). Nelabotie lauki: " + String.join(", ", ignored) + ".",
                    "Only the owner’s name, address, e-mail and phone can be corrected; the rest comes from public registers "
                            + "(policy clause 16.6). Fields not corrected: " + String.join(", ", ignored) + "."));
        }
        int affected = 0;
        try {
            for (PluginRecord owner : owners) {
                Map<String, Object> values = new HashMap<>(owner.values());
                applicable.forEach((field, value) -> {
                    if (value.isEmpty()) {
                        values.remove(field);
                    } else {
                        values.put(field, value);
                    }
                });
                if (!values.equals(owner.values())) {
                    records.owners().update(owner.id(), owner.version(), values);
                    affected++;
                }
            }
        } catch (InvalidRecordException refused) {
            String fields = refused.problems().stream().map(FieldProblem::field).collect(Collectors.joining(", "));
            String lv = refused.problems().stream().map(problem -> problem.message().lv()).collect(Collectors.joining(" "));
            String en = refused.problems().stream().map(problem -> problem.message().en()).collect(Collectors.joining(" "));
            return new Outcome(Outcome.Status.REFUSED, affected, Text.of(
                    "Labojums nav pieņemts (" + fields + "). " + lv, "The correction was not accepted (" + fields + "). " + en));
        }
        if (!ignored.isEmpty()) {
            return new Outcome(Outcome.Status.PARTLY_DONE, affected, Text.of(
                    "Īpašnieka dati laboti (" + String.join(", ", new TreeSet<>(applicable.keySet())) + "). Nelabotie lauki: "
                            + String.join(", ", ignored) + " — tos Balticom ņem no publiskiem reģistriem (politikas 16.6. punkts).",
                    "The owner’s data was corrected (" + String.join(", ", new TreeSet<>(applicable.keySet())) + "). Fields not corrected: "
                            + String.join(", ", ignored) + " — Balticom takes them from public registers (policy clause 16.6)."));
        }
        return new Outcome(Outcome.Status.DONE, affected, Text.of("Īpašnieka dati laboti.", "The owner’s data was corrected."));
    }

    @Override
    public Outcome restrict(SubjectRef subject, boolean restricted) {
        List<PluginRecord> owners = records.ownersOf(subject.id());
        if (owners.isEmpty()) {
            return Outcome.nothingHeld();
        }
        int affected = 0;
        for (PluginRecord owner : owners) {
            boolean now = Boolean.TRUE.equals(owner.values().get(OwnerRegister.RESTRICTED))
                    || "true".equalsIgnoreCase(String.valueOf(owner.values().get(OwnerRegister.RESTRICTED)));
            if (now != restricted) {
                Map<String, Object> values = new HashMap<>(owner.values());
                values.put(OwnerRegister.RESTRICTED, restricted);
                records.owners().update(owner.id(), owner.version(), values);
                affected++;
            }
        }
        return new Outcome(Outcome.Status.DONE, affected, restricted
                ? Text.of("Īpašnieka datu apstrāde ierobežota (VDAR 18. pants): dati tiek glabāti, bet netiek izmantoti.",
                        "Processing of the owner’s data is restricted (GDPR Art. 18): the data is kept but not used.")
                : Text.of("Īpašnieka datu apstrādes ierobežojums atcelts.", "The restriction of processing of the owner’s data is lifted."));
    }

    @Override
    public Outcome erase(SubjectRef subject, String reason) {
        List<PluginRecord> owners = records.ownersOf(subject.id());
        if (owners.isEmpty()) {
            return Outcome.nothingHeld();
        }
        int affected = 0;
        int kept = 0;
        for (PluginRecord owner : owners) {
            if (records.propertiesOf(owner.id()).isEmpty()) {
                if (records.owners().delete(owner.id(), reason)) {
                    affected++;
                }
                continue;
            }
            kept++;
            Map<String, Object> values = new HashMap<>(owner.values());
            values.keySet().removeAll(ERASED_CONTACT_DETAILS);
            if (!values.equals(owner.values())) {
                records.owners().update(owner.id(), owner.version(), values);
                affected++;
            }
        }
        if (kept == 0) {
            return new Outcome(Outcome.Status.DONE, affected, Text.of(
                    "Īpašnieka dati dzēsti: Balticom tīkls vairs neatrodas viņa īpašumos.",
                    "The owner’s data was erased: the Balticom network no longer runs on their property."));
        }
        return new Outcome(Outcome.Status.PARTLY_DONE, affected, Text.of(
                "Īpašnieka e-pasts un tālrunis dzēsti. Vārds vai nosaukums, adrese un nekustamie īpašumi tiek saglabāti, kamēr tajos "
                        + "atrodas Balticom elektronisko sakaru tīkls: Balticom ir juridisks pienākums un leģitīmas intereses saskaņot tīkla "
                        + "uzturēšanas un ierīkošanas darbus ar īpašnieku (Elektronisko sakaru likums; politikas 5.6. punkts). Šie dati ir "
                        + "iegūti no publiskiem reģistriem — Zemesgrāmatas un Kadastra (politikas 16.6. punkts).",
                "The owner’s e-mail and phone were erased. The name, address and properties are kept while the Balticom electronic "
                        + "communications network runs on them: Balticom has a legal duty and a legitimate interest to agree network "
                        + "maintenance and installation works with the owner (Electronic Communications Law; policy clause 5.6). This data "
                        + "comes from public registers, the Land Register and the State Cadastre (policy clause 16.6)."));
    }

    /** The values of these fields that the record has, labelled as the register labels them. */
    private static List<SubjectData.Value> values(RegisterDefinition register, PluginRecord record, List<String> fieldIds) {
        List<SubjectData.Value> values = new ArrayList<>();
        for (String fieldId : fieldIds) {
            FieldDefinition field = register.field(fieldId).orElseThrow();
            Object value = record.values().get(fieldId);
            if (value == null) {
                continue;
            }
            String text = value instanceof Collection<?> many
                    ? many.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    : value.toString();
            if (!text.isBlank()) {
                values.add(new SubjectData.Value(fieldId, field.label(), text));
            }
        }
        return values;
    }

    private static List<SubjectData.Value> withFirst(SubjectData.Value first, List<SubjectData.Value> rest) {
        List<SubjectData.Value> values = new ArrayList<>(rest.size() + 1);
        values.add(first);
        values.addAll(rest);
        return values;
    }
}
