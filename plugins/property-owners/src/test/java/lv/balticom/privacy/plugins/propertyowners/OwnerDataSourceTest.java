package lv.balticom.privacy.plugins.propertyowners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.subject.Outcome;
import lv.balticom.privacy.spi.subject.SubjectData;
import lv.balticom.privacy.spi.subject.SubjectDataSource;
import lv.balticom.privacy.spi.subject.SubjectRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class OwnerDataSourceTest {

    private final PropertyOwnersPlugin plugin = new PropertyOwnersPlugin();
    private InMemoryPluginContext context;
    private Fixtures fixtures;
    private SubjectDataSource source;
    private final UUID subjectId = UUID.randomUUID();
    private SubjectRef subject;

    @BeforeEach
    void started() throws Exception {
        context = new InMemoryPluginContext(plugin);
        plugin.start(context);
        fixtures = new Fixtures(context);
        source = plugin.subjectDataSources(context).get(0);
        subject = new SubjectRef(subjectId, Map.of("email", "janis.berzins@example.lv"));
    }

    private PluginRecord owner() {
        return context.records("owners").aboutSubject(subjectId).get(0);
    }

    @Test
    void theSourceIsNamedInBothLanguages() {
        assertThat(source.id()).isEqualTo("owners");
        assertThat(source.name().lv()).isEqualTo("Nekustamo īpašumu īpašnieki");
        assertThat(source.name().en()).isEqualTo("Property owners");
    }

    @Test
    @DisplayName("POL-4.5: an owner’s access answer lists the owner record, their properties, the network on them and the coordinations")
    void findListsTheOwnerWithPropertiesAndCoordinations() {
        PluginRecord owner = fixtures.naturalOwner(subjectId, "Jānis Bērziņš");
        PluginRecord property = fixtures.property(owner, "01000123456");
        fixtures.networkElement(property, "CABLE_LINE");
        fixtures.coordination(property, LocalDate.of(2025, 4, 2));
        fixtures.property(fixtures.legalOwner("Citi SIA"), "01000999999");

        SubjectData data = source.find(subject);

        assertThat(data.items()).extracting(SubjectData.Item::dataCategory)
                .containsExactly("IDENTIFICATION", "CONTACT", "LOCATION", "NETWORK", "CRM_ACTIVITY");
        assertThat(data.items().get(0).id()).isEqualTo(owner.id());
        assertThat(data.items().get(0).values()).extracting(SubjectData.Value::field).containsExactly("kind", "name");
        assertThat(data.items().get(0).values()).extracting(SubjectData.Value::value).containsExactly("NATURAL_PERSON", "Jānis Bērziņš");
        assertThat(data.items().get(1).values()).extracting(SubjectData.Value::field).containsExactly("address", "email", "phone");
        assertThat(data.items().get(2).id()).isEqualTo(property.id());
        assertThat(data.items().get(2).values()).extracting(SubjectData.Value::value)
                .containsExactly("01000123456", "Meža iela 3, Ādaži", "100000123456");
        assertThat(data.items().get(3).values()).extracting(SubjectData.Value::value).startsWith("01000123456", "CABLE_LINE");
        assertThat(data.items().get(4).values()).extracting(SubjectData.Value::field)
                .containsExactly("cadastralNumber", "summary", "date", "kind", "withSurvey", "outcome");
        assertThat(data.items().get(4).values()).extracting(SubjectData.Value::value).contains("2025-04-02", "AGREED");
        assertThat(data.items()).allSatisfy(item -> assertThat(item.kind().lv()).isNotEqualTo(item.kind().en()));
        assertThat(data.items()).flatExtracting(SubjectData.Item::values).allSatisfy(value -> assertThat(value.label().lv()).isNotBlank());
    }

    @Test
    @DisplayName("POL-4.5: nothing is held about someone who owns nothing here")
    void nothingHeldAboutAStranger() {
        fixtures.naturalOwner(UUID.randomUUID(), "Cits Īpašnieks");

        assertThat(source.find(subject).isEmpty()).isTrue();
        assertThat(source.rectify(subject, Map.of("name", "X")).status()).isEqualTo(Outcome.Status.NOTHING_HELD);
        assertThat(source.restrict(subject, true).status()).isEqualTo(Outcome.Status.NOTHING_HELD);
        assertThat(source.erase(subject, "request R-1").status()).isEqualTo(Outcome.Status.NOTHING_HELD);
    }

    @Test
    @DisplayName("POL-4.5: the owner’s name, address, e-mail and phone can be corrected; a blank value clears it")
    void rectifyCorrectsTheAllowedFields() {
        fixtures.naturalOwner(subjectId, "Jānis Berziņš");

        Outcome outcome = source.rectify(subject, Map.of("name", "Jānis Bērziņš", "email", "janis@example.lv", "phone", ""));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(outcome.affected()).isEqualTo(1);
        assertThat(owner().values()).containsEntry("name", "Jānis Bērziņš").containsEntry("email", "janis@example.lv")
                .doesNotContainKey("phone").containsEntry("address", "Rūpniecības iela 1, Rīga, LV-1010");
        assertThat(owner().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("POL-16.6: other fields are not corrected by a request: they come from public registers")
    void rectifyLeavesOtherFields() {
        fixtures.naturalOwner(subjectId, "Jānis Bērziņš");

        Outcome onlyOthers = source.rectify(subject, Map.of("registrationNumber", "123", "kind", "LEGAL_PERSON"));
        assertThat(onlyOthers.status()).isEqualTo(Outcome.Status.REFUSED);
        assertThat(onlyOthers.explanation().lv()).contains("16.6", "kind, registrationNumber");
        assertThat(onlyOthers.explanation().en()).contains("16.6", "kind, registrationNumber");
        assertThat(owner().version()).isEqualTo(1);

        Outcome mixed = source.rectify(subject, Map.of("address", "Meža iela 3, Ādaži", "kind", "LEGAL_PERSON"));
        assertThat(mixed.status()).isEqualTo(Outcome.Status.PARTLY_DONE);
        assertThat(mixed.affected()).isEqualTo(1);
        assertThat(owner().values()).containsEntry("address", "Meža iela 3, Ādaži").containsEntry("kind", "NATURAL_PERSON");
    }

    @Test
    void aCorrectionTheRegisterRefusesIsRefusedWithItsReason() {
        fixtures.naturalOwner(subjectId, "Jānis Bērziņš");

        Outcome outcome = source.rectify(subject, Map.of("phone", "12"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.REFUSED);
        assertThat(outcome.explanation().en()).contains("phone");
        assertThat(owner().values()).containsEntry("phone", "+37129123456");
    }

    @Test
    @DisplayName("POL-4.5: restriction (GDPR Art. 18) is set on the owner record and can be lifted")
    void restrictSetsAndLiftsTheFlag() {
        fixtures.naturalOwner(subjectId, "Jānis Bērziņš");

        Outcome restricted = source.restrict(subject, true);
        assertThat(restricted.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(restricted.affected()).isEqualTo(1);
        assertThat(owner().values()).containsEntry("restricted", true);
        assertThat(source.find(subject).items().get(0).values()).extracting(SubjectData.Value::field).contains("restricted");
        assertThat(source.restrict(subject, true).affected()).as("already restricted").isZero();

        Outcome lifted = source.restrict(subject, false);
        assertThat(lifted.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(owner().values()).containsEntry("restricted", false);
        assertThat(lifted.explanation().en()).contains("lifted");
    }

    @Test
    @DisplayName("POL-16.6, POL-5.6: while the network runs on their property, erasure clears the owner’s e-mail and phone and keeps the rest: PARTLY_DONE")
    void eraseKeepsWhatTheNetworkNeedsWhileTheOwnerHasProperties() {
        PluginRecord owner = fixtures.naturalOwner(subjectId, "Jānis Bērziņš");
        PluginRecord property = fixtures.property(owner, "01000123456");
        fixtures.coordination(property, LocalDate.of(2025, 4, 2));

        Outcome outcome = source.erase(subject, "erasure request R-7");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.PARTLY_DONE);
        assertThat(outcome.affected()).isEqualTo(1);
        assertThat(outcome.explanation().lv()).contains("e-pasts un tālrunis dzēsti", "Elektronisko sakaru likums", "16.6. punkts");
        assertThat(outcome.explanation().en()).contains("e-mail and phone were erased", "Electronic Communications Law", "clause 16.6");
        assertThat(owner().values()).doesNotContainKeys("email", "phone").containsEntry("name", "Jānis Bērziņš")
                .containsKey("address").containsEntry("subject", subjectId);
        assertThat(context.records("properties").all()).hasSize(1);
        assertThat(context.records("coordinations").all()).hasSize(1);
        assertThat(context.records("owners").deletionReasons()).isEmpty();

        assertThat(source.erase(subject, "again").status()).as("nothing left to erase, still kept").isEqualTo(Outcome.Status.PARTLY_DONE);
    }

    @Test
    @DisplayName("POL-4.5: an owner with no properties left is deleted entirely: DONE")
    void eraseDeletesAnOwnerWithoutProperties() {
        fixtures.naturalOwner(subjectId, "Jānis Bērziņš");

        Outcome outcome = source.erase(subject, "erasure request R-8");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DONE);
        assertThat(outcome.affected()).isEqualTo(1);
        assertThat(outcome.explanation().lv()).isNotBlank();
        assertThat(context.records("owners").aboutSubject(subjectId)).isEmpty();
        assertThat(context.records("owners").deletionReasons()).containsExactly("erasure request R-8");
        assertThat(source.find(subject).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("POL-16.6: a subject with two owner records, one with a property and one without, is partly erased")
    void eraseOverSeveralOwnerRecords() {
        PluginRecord withProperty = fixtures.naturalOwner(subjectId, "Jānis Bērziņš");
        fixtures.property(withProperty, "01000123456");
        fixtures.naturalOwner(subjectId, "J. Bērziņš");

        Outcome outcome = source.erase(subject, "erasure request R-9");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.PARTLY_DONE);
        assertThat(outcome.affected()).isEqualTo(2);
        assertThat(context.records("owners").aboutSubject(subjectId)).extracting(PluginRecord::id).containsExactly(withProperty.id());
    }
}
