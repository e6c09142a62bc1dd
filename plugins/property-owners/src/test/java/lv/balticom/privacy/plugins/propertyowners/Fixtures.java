package lv.balticom.privacy.plugins.propertyowners;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

/** Records of the four registers, made through the fake host's stores. */
final class Fixtures {

    private final InMemoryPluginContext context;

    Fixtures(InMemoryPluginContext context) {
        this.context = context;
    }

    PluginRecord naturalOwner(UUID subject, String name) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", "NATURAL_PERSON");
        values.put("name", name);
        values.put("subject", subject);
        values.put("address", "Rūpniecības iela 1, Rīga, LV-1010");
        values.put("email", "janis.berzins@example.lv");
        values.put("phone", "+37129123456");
        return context.records("owners").create(values);
    }

    PluginRecord legalOwner(String name) {
        return context.records("owners").create(Map.of("kind", "LEGAL_PERSON", "name", name, "registrationNumber", "40003000001",
                "address", "Brīvības iela 100, Rīga"));
    }

    PluginRecord property(PluginRecord owner, String cadastralNumber) {
        return context.records("properties").create(Map.of("cadastralNumber", cadastralNumber, "address", "Meža iela 3, Ādaži",
                "landRegisterFolio", "100000123456", "owner", owner.id()));
    }

    PluginRecord networkElement(PluginRecord property, String kind) {
        return context.records("network-elements").create(Map.of("property", property.id(), "kind", kind,
                "description", "Optical cable along the fence", "installedOn", LocalDate.of(2019, 5, 14)));
    }

    PluginRecord coordination(PluginRecord property, LocalDate date) {
        return context.records("coordinations").create(Map.of("summary", "Cable repair " + date, "property", property.id(),
                "date", date, "kind", "REPAIR", "withSurvey", false, "outcome", "AGREED"));
    }
}
