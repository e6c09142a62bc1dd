package lv.balticom.privacy.consent.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.api.catalog.Purpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The purpose codes integrators hard-code against the catalogue seeded from the built-in policy pack. */
@MicronautTest
class ConsentPurposesTest {

    private static final String CONSENT = "CONSENT";
    private static final String CONTRACT = "CONTRACT";
    private static final String LEGITIMATE_INTEREST = "LEGITIMATE_INTEREST";

    @Inject
    Catalog catalog;

    @Test
    @DisplayName("POL-10..12, POL-33, POL-41..47: every hard-coded purpose code exists in the catalogue")
    void everyCodeExists() {
        assertThat(ConsentPurposes.ALL)
                .hasSize(7)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(catalog.purpose(code)).as(code).isPresent());
    }

    @Test
    @DisplayName("POL-38..40, POL-44: exactly the company's and the partners' commercial notices are given per channel")
    void onlyCommercialNoticesHaveChannels() {
        assertThat(ConsentPurposes.ALL.stream().filter(code -> purpose(code).channels()))
                .containsExactlyInAnyOrder(ConsentPurposes.COMMERCIAL_NOTICES, ConsentPurposes.PARTNER_COMMERCIAL_NOTICES);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ConsentPurposes.USAGE_ANALYSIS, ConsentPurposes.PERSONALISED_OFFERS,
            ConsentPurposes.PARTNER_COMMERCIAL_NOTICES, ConsentPurposes.SURVEY_FOLLOW_UP})
    @DisplayName("POL-33, POL-44, POL-47: usage analysis, tailored offers, partner notices and survey follow-up may rest on consent")
    void consentPurposesAllowConsent(String code) {
        assertThat(purpose(code).allows(CONSENT)).isTrue();
    }

    @Test
    @DisplayName("POL-43, POL-44: partners' notices rest on consent alone; soft opt-in covers only the company's own offers")
    void partnerNoticesNeedConsent() {
        assertThat(purpose(ConsentPurposes.PARTNER_COMMERCIAL_NOTICES).legalBases()).containsExactly(CONSENT);
    }

    @Test
    @DisplayName("POL-41: contract messages rest on the contract only, never on marketing consent")
    void contractMessagesRestOnTheContract() {
        assertThat(purpose(ConsentPurposes.CONTRACT_MESSAGES).legalBases()).containsExactly(CONTRACT);
    }

    @Test
    @DisplayName("POL-42, POL-43: the company's commercial notices rest on consent or, for soft opt-in, legitimate interest")
    void commercialNoticesAllowConsentAndLegitimateInterest() {
        assertThat(purpose(ConsentPurposes.COMMERCIAL_NOTICES).legalBases()).contains(CONSENT, LEGITIMATE_INTEREST);
    }

    @Test
    @DisplayName("POL-10..12, POL-11: automated decisions with legal effect may rest on the subject's explicit consent")
    void automatedDecisionsAllowConsent() {
        assertThat(purpose(ConsentPurposes.AUTOMATED_DECISIONS).allows(CONSENT)).isTrue();
    }

    private Purpose purpose(String code) {
        return catalog.purpose(code).orElseThrow(() -> new AssertionError("no purpose " + code + " in the catalogue"));
    }
}
