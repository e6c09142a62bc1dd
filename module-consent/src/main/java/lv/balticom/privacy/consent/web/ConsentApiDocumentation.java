package lv.balticom.privacy.consent.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import lv.balticom.privacy.consent.api.AutomatedDecision;
import lv.balticom.privacy.consent.api.CheckAnswer;
import lv.balticom.privacy.consent.api.ConsentCount;
import lv.balticom.privacy.consent.api.ConsentEvent;
import lv.balticom.privacy.consent.api.DecisionReview;
import lv.balticom.privacy.consent.api.OptOutDelay;
import lv.balticom.privacy.consent.api.Purchase;

/**
 * What the module adds to the OpenAPI document besides the controllers' own annotations: the tags, the
 * shapes of the list answers and the example bodies. micronaut-openapi writes the module's part to
 * {@code META-INF/swagger/module-openapi.yml} ({@code openapi.properties}); the core serves it within
 * {@code GET /openapi.yml}.
 *
 * <p>Nothing here runs: the class only carries constants and annotated records.
 */
final class ConsentApiDocumentation {

    static final String CONSENT = "Consent";
    static final String CONSENT_DESCRIPTION = "The consent ledger (POL-33..47): every consent given or withdrawn, on any "
            + "channel, is one event that is never changed or deleted. Record a consent or a withdrawal, opt out of "
            + "commercial notices in one call (POL-46), read a subject's consents now and their history, one event and its "
            + "receipt (ISO/IEC TS 27560).";

    static final String CHECKS = "Permission checks";
    static final String CHECKS_DESCRIPTION = "Ask before processing data or sending a message: is this purpose (on this "
            + "channel) permitted for this subject, now or at a given time, and on which legal basis (POL-35..37, POL-41, "
            + "POL-43)? One question or up to 10,000 in one call; purchases, on which soft opt-in rests (POL-43, POL-7.10).";

    static final String DECISIONS = "Automated decisions";
    static final String DECISIONS_DESCRIPTION = "Decisions with legal effect made without a person (POL-10..12): log one on "
            + "the subject's explicit consent, the contract or the law; the subject contests it, and a person reviews it.";

    static final String REPORTS = "Consent reports";
    static final String REPORTS_DESCRIPTION = "Reports on the consent ledger: withdrawals that took effect later than asked "
            + "(POL-46), and consents given and withdrawn over time.";

    /** The problem answers' schema: the core's, which every document served holds. */
    static final String PROBLEM = "#/components/schemas/Problem";

    static final String SUBJECT_ID = "The data subject's id.";
    static final String SUBJECT_EXAMPLE = "4fbd5153-6f47-457d-b2f5-33fcecacd63c";
    static final String EVENT_EXAMPLE = "8d0e0f4c-2b0e-4f55-9f0c-0d7c2b7c9a11";
    static final String DECISION_EXAMPLE = "5b7c9e2a-4d1f-4a63-b8e5-2c9f7a1d3e46";
    static final String REVIEW_EXAMPLE = "e1d4a7c9-3b2f-4e8a-9c61-5f0b8d2a7e93";

    private ConsentApiDocumentation() {
    }

    /**
     * The shapes of the list answers, for the document only. The controllers answer {@code ItemList<T>} and
     * {@code PageView<T>}; an {@code @ApiResponse} that carries examples cannot also take its schema from a
     * generic return type, so these records spell the shapes out (as the core's {@code ApiDocumentation.Lists}).
     * Nothing serialises them.
     */
    static final class Lists {

        @Schema(name = "ConsentEventPage", description = "One page of a subject's consent events, newest first.")
        record ConsentEvents(List<ConsentEvent> items,
                             @Schema(description = "The page number, from 0.") int page,
                             @Schema(description = "The page size asked for.") int size,
                             @Schema(description = "How many events the subject has in all.") long totalItems) {
        }

        @Schema(name = "CheckAnswerList", description = "The answers, in the order of the checks asked.")
        record CheckAnswers(List<CheckAnswer> items) {
        }

        @Schema(name = "PurchaseList", description = "A subject's purchases, newest first.")
        record Purchases(List<Purchase> items) {
        }

        @Schema(name = "AutomatedDecisionList", description = "A subject's automated decisions, newest first.")
        record Decisions(List<AutomatedDecision> items) {
        }

        @Schema(name = "DecisionReviewList", description = "Reviews of contested decisions, open ones first, oldest first.")
        record Reviews(List<DecisionReview> items) {
        }

        @Schema(name = "OptOutDelayPage", description = "One page of slow withdrawals, the longest first.")
        record OptOutDelays(List<OptOutDelay> items,
                            @Schema(description = "The page number, from 0.") int page,
                            @Schema(description = "The page size asked for.") int size,
                            @Schema(description = "How many withdrawals match in all.") long totalItems) {
        }

        @Schema(name = "ConsentCountList", description = "Consents given and withdrawn per period, purpose and channel.")
        record ConsentCounts(List<ConsentCount> items) {
        }

        private Lists() {
        }
    }

    /**
     * Example bodies, after {@code docs/api.md} (Consents) and answers of the running platform: the made-up
     * client of the core's examples (subject {@value ConsentApiDocumentation#SUBJECT_EXAMPLE}) gives consent to
     * commercial notices by e-mail and SMS in a shop, then opts out of SMS at the call centre.
     */
    static final class Examples {

        static final String NEW_CONSENT = """
                {
                  "purpose": "COMMERCIAL_NOTICES",
                  "channel": "EMAIL",
                  "decision": "GRANTED",
                  "collectedVia": "SHOP",
                  "evidence": "form 2026/118",
                  "recordedBy": "shop Rīga Origo",
                  "occurredAt": "2026-11-28T15:02:00Z"
                }""";

        static final String NEW_WITHDRAWAL = """
                {"purpose": "USAGE_ANALYSIS", "decision": "WITHDRAWN", "collectedVia": "PORTAL"}""";

        static final String CONSENT_EVENT = """
                {
                  "id": "8d0e0f4c-2b0e-4f55-9f0c-0d7c2b7c9a11",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "purpose": "COMMERCIAL_NOTICES",
                  "channel": "EMAIL",
                  "decision": "GRANTED",
                  "collectedVia": "SHOP",
                  "evidence": "form 2026/118",
                  "recordedBy": "shop Rīga Origo",
                  "actor": "user:ilze.agente",
                  "occurredAt": "2026-11-28T15:02:00Z",
                  "recordedAt": "2026-11-29T08:15:03.512877Z",
                  "policyVersion": "2025-10-07",
                  "optOutId": null
                }""";

        static final String NEW_OPT_OUT = """
                {"collectedVia": "CALL_CENTRE", "channel": "SMS", "recordedBy": "agent 17"}""";

        static final String NEW_OPT_OUT_ALL = """
                {"collectedVia": "EMAIL", "evidence": "e-mail of 2026-11-29, ticket 88412"}""";

        private static final String SMS_WITHDRAWN = """
                {
                  "id": "3b9e1c7d-52a4-4f08-9e6b-7d1a2c5f8e33",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "purpose": "COMMERCIAL_NOTICES",
                  "channel": "SMS",
                  "decision": "WITHDRAWN",
                  "collectedVia": "CALL_CENTRE",
                  "evidence": null,
                  "recordedBy": "agent 17",
                  "actor": "user:ilze.agente",
                  "occurredAt": "2026-11-29T08:20:11.093812Z",
                  "recordedAt": "2026-11-29T08:20:11.093812Z",
                  "policyVersion": "2025-10-07",
                  "optOutId": "0c1f7a52-3d9b-4e61-8f2a-6b5d4c3e2a10"
                }""";

        private static final String PARTNER_SMS_WITHDRAWN = """
                {
                  "id": "6e2d8f4a-91b3-4c57-a0e6-3f7b9d1c2e85",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "purpose": "PARTNER_COMMERCIAL_NOTICES",
                  "channel": "SMS",
                  "decision": "WITHDRAWN",
                  "collectedVia": "CALL_CENTRE",
                  "evidence": null,
                  "recordedBy": "agent 17",
                  "actor": "user:ilze.agente",
                  "occurredAt": "2026-11-29T08:20:11.093812Z",
                  "recordedAt": "2026-11-29T08:20:11.093812Z",
                  "policyVersion": "2025-10-07",
                  "optOutId": "0c1f7a52-3d9b-4e61-8f2a-6b5d4c3e2a10"
                }""";

        static final String OPT_OUT = """
                {
                  "optOutId": "0c1f7a52-3d9b-4e61-8f2a-6b5d4c3e2a10",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "channel": "SMS",
                  "events": [""" + SMS_WITHDRAWN + ",\n" + PARTNER_SMS_WITHDRAWN + "]\n}";

        static final String CURRENT_CONSENTS = """
                {
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "items": [
                    {"purpose": "COMMERCIAL_NOTICES", "channel": "EMAIL", "decision": "GRANTED",
                     "since": "2026-11-28T15:02:00Z", "eventId": "8d0e0f4c-2b0e-4f55-9f0c-0d7c2b7c9a11",
                     "collectedVia": "SHOP", "policyVersion": "2025-10-07", "occurredAt": "2026-11-28T15:02:00Z"},
                    {"purpose": "COMMERCIAL_NOTICES", "channel": "SMS", "decision": "WITHDRAWN",
                     "since": "2026-11-29T08:20:11.093812Z", "eventId": "3b9e1c7d-52a4-4f08-9e6b-7d1a2c5f8e33",
                     "collectedVia": "CALL_CENTRE", "policyVersion": "2025-10-07", "occurredAt": "2026-11-29T08:20:11.093812Z"},
                    {"purpose": "PARTNER_COMMERCIAL_NOTICES", "channel": "SMS", "decision": "WITHDRAWN",
                     "since": "2026-11-29T08:20:11.093812Z", "eventId": "6e2d8f4a-91b3-4c57-a0e6-3f7b9d1c2e85",
                     "collectedVia": "CALL_CENTRE", "policyVersion": "2025-10-07", "occurredAt": "2026-11-29T08:20:11.093812Z"}
                  ]
                }""";

        static final String HISTORY = "{\n\"items\": [" + PARTNER_SMS_WITHDRAWN + ",\n" + SMS_WITHDRAWN + "],\n"
                + "\"page\": 0,\n\"size\": 2,\n\"totalItems\": 4\n}";

        static final String RECEIPT = """
                {
                  "schema": "ISO/IEC TS 27560:2023 consent record",
                  "recordId": "8d0e0f4c-2b0e-4f55-9f0c-0d7c2b7c9a11",
                  "controller": {
                    "name": "AS Balticom",
                    "registrationNumber": "40003443452",
                    "address": {"lv": "Straupes iela 5 k-3, Rīga, LV-1073", "en": "Straupes iela 5 k-3, Riga, LV-1073, Latvia"},
                    "contact": "klients@balticom.info",
                    "phone": "+37129333333"
                  },
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "purpose": {
                    "code": "COMMERCIAL_NOTICES",
                    "name": {"lv": "Balticom komerciālo paziņojumu sūtīšanai", "en": "Sending Balticom's commercial notices"},
                    "clause": "POL-42"
                  },
                  "legalBasis": {
                    "code": "CONSENT",
                    "gdprArticle": "6(1)(a)",
                    "name": {"lv": "Klienta piekrišana", "en": "Consent of the Client"}
                  },
                  "dataCategories": [
                    {"code": "CONTACT", "number": 2, "name": {"lv": "Personas kontaktinformācija", "en": "Personal contact details"}},
                    {"code": "CLIENT", "number": 5, "name": {"lv": "Klienta dati", "en": "Client data"}},
                    {"code": "SERVICE", "number": 8, "name": {"lv": "Pakalpojuma dati", "en": "Service data"}},
                    {"code": "GOODS_PURCHASE", "number": 14, "name": {"lv": "Preces pirkuma dati", "en": "Goods purchase data"}},
                    {"code": "SERVICE_PURCHASE", "number": 15, "name": {"lv": "Pakalpojuma pirkuma dati", "en": "Service purchase data"}},
                    {"code": "CONSENTS", "number": 28, "name": {"lv": "Piekrišanu informācija", "en": "Consent information"}}
                  ],
                  "channel": "EMAIL",
                  "collectedVia": "SHOP",
                  "notice": {
                    "policyVersion": "2025-10-07",
                    "effectiveFrom": "2025-10-07",
                    "document": "https://balticom.lv/assets/pdf/Balticom_privatuma_politika_07102025.pdf"
                  },
                  "event": {
                    "decision": "GRANTED",
                    "occurredAt": "2026-11-28T15:02:00Z",
                    "recordedAt": "2026-11-29T08:15:03.512877Z",
                    "recordedBy": "shop Rīga Origo",
                    "evidence": "form 2026/118",
                    "optOutId": null
                  },
                  "state": {
                    "current": "GRANTED",
                    "since": "2026-11-28T15:02:00Z",
                    "latestEventId": "8d0e0f4c-2b0e-4f55-9f0c-0d7c2b7c9a11",
                    "thisEventIsCurrent": true
                  }
                }""";

        static final String CHECK_CONSENT_GIVEN = """
                {"permitted": true, "basis": "CONSENT", "rule": "CONSENT_GIVEN", "clause": "POL-35",
                 "since": "2026-11-28T15:02:00Z"}""";

        static final String CHECK_WITHDRAWN = """
                {"permitted": false, "basis": null, "rule": "CONSENT_WITHDRAWN", "clause": "POL-35",
                 "since": "2026-11-29T08:20:11.093812Z"}""";

        static final String CHECK_SOFT_OPT_IN = """
                {"permitted": true, "basis": "LEGITIMATE_INTEREST", "rule": "SOFT_OPT_IN", "clause": "POL-43",
                 "since": "2025-08-02T10:00:00Z"}""";

        static final String CHECK_CONTRACT = """
                {"permitted": true, "basis": "CONTRACT", "rule": "CONTRACT", "clause": "POL-41", "since": null}""";

        static final String CHECK_NO_CONSENT = """
                {"permitted": false, "basis": null, "rule": "NO_CONSENT", "clause": "POL-33", "since": null}""";

        static final String CHECK_BATCH = """
                {"checks": [
                  {"subject": "4fbd5153-6f47-457d-b2f5-33fcecacd63c", "purpose": "COMMERCIAL_NOTICES", "channel": "SMS"},
                  {"subject": "4fbd5153-6f47-457d-b2f5-33fcecacd63c", "purpose": "CONTRACT_MESSAGES", "at": "2026-01-01T00:00:00Z"},
                  {"subject": "a3e5c7d9-2b4f-4a61-8c3e-5d7f9b1a3c52", "purpose": "COMMERCIAL_NOTICES", "channel": "EMAIL",
                   "offer": "INTERNET"}
                ]}""";

        static final String CHECK_BATCH_ANSWERS = "{\"items\": [" + CHECK_WITHDRAWN + ",\n" + CHECK_CONTRACT + ",\n"
                + CHECK_SOFT_OPT_IN + "]}";

        static final String NEW_PURCHASE = """
                {"productCategory": "INTERNET", "purchasedAt": "2025-08-02T10:00:00Z", "prepaid": true}""";

        static final String PURCHASE = """
                {
                  "id": "9a4c2e7b-1f36-4d85-b9e0-5c7a3d2f1e64",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "productCategory": "INTERNET",
                  "purchasedAt": "2025-08-02T10:00:00Z",
                  "prepaid": true,
                  "recordedAt": "2026-11-29T08:16:40.227391Z"
                }""";

        static final String PURCHASES = "{\"items\": [" + PURCHASE + "]}";

        static final String NEW_DECISION = """
                {"kind": "CREDIT_CHECK", "outcome": "REJECTED", "inputsSummary": "debt register: 2 unpaid invoices",
                 "basis": "CONSENT"}""";

        static final String DECISION = """
                {
                  "id": "5b7c9e2a-4d1f-4a63-b8e5-2c9f7a1d3e46",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "kind": "CREDIT_CHECK",
                  "outcome": "REJECTED",
                  "inputsSummary": "debt register: 2 unpaid invoices",
                  "basis": "CONSENT",
                  "consentEventId": "77aa3c1e-5b2d-4f9a-8e7c-1d6b4a9f3c20",
                  "decidedAt": "2026-11-29T08:30:00.120433Z",
                  "recordedAt": "2026-11-29T08:30:00.120433Z",
                  "actor": "user:admin",
                  "status": "IN_FORCE"
                }""";

        static final String DECISIONS = "{\"items\": [" + DECISION + "]}";

        static final String CONTEST = """
                {"collectedVia": "EMAIL", "reason": "The invoices are paid."}""";

        static final String REVIEW_OPEN = """
                {
                  "id": "e1d4a7c9-3b2f-4e8a-9c61-5f0b8d2a7e93",
                  "decisionId": "5b7c9e2a-4d1f-4a63-b8e5-2c9f7a1d3e46",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "reason": "The invoices are paid.",
                  "collectedVia": "EMAIL",
                  "status": "OPEN",
                  "openedAt": "2026-11-29T09:12:44.208115Z",
                  "openedBy": "user:ilze.agente",
                  "resolution": null,
                  "note": null,
                  "closedAt": null,
                  "closedBy": null
                }""";

        static final String REVIEWS = "{\"items\": [" + REVIEW_OPEN + "]}";

        static final String RESOLUTION = """
                {"resolution": "CHANGED", "note": "Both invoices were paid on 2026-11-20; the application is approved."}""";

        static final String REVIEW_CLOSED = """
                {
                  "id": "e1d4a7c9-3b2f-4e8a-9c61-5f0b8d2a7e93",
                  "decisionId": "5b7c9e2a-4d1f-4a63-b8e5-2c9f7a1d3e46",
                  "subjectId": "4fbd5153-6f47-457d-b2f5-33fcecacd63c",
                  "reason": "The invoices are paid.",
                  "collectedVia": "EMAIL",
                  "status": "CLOSED",
                  "openedAt": "2026-11-29T09:12:44.208115Z",
                  "openedBy": "user:ilze.agente",
                  "resolution": "CHANGED",
                  "note": "Both invoices were paid on 2026-11-20; the application is approved.",
                  "closedAt": "2026-11-30T07:41:05.662019Z",
                  "closedBy": "user:admin"
                }""";

        static final String OPT_OUT_DELAYS = """
                {
                  "items": [
                    {
                      "eventId": "c8f2a6d4-7e1b-4a93-b5c0-2d9e6f3a1b78",
                      "subjectId": "a3e5c7d9-2b4f-4a61-8c3e-5d7f9b1a3c52",
                      "purpose": "COMMERCIAL_NOTICES",
                      "channel": "POST",
                      "collectedVia": "APPLICATION_FORM",
                      "occurredAt": "2026-11-24T16:40:00Z",
                      "recordedAt": "2026-11-27T09:05:12.447301Z",
                      "delaySeconds": 231912,
                      "beyondPolicyBound": true,
                      "optOutId": "b4d6f8a1-3c5e-4b72-9d0f-1a3c5e7b9d24"
                    },
                    {
                      "eventId": "f1a3c5e7-9b2d-4f64-a8c0-3e5a7c9b1d36",
                      "subjectId": "d2f4b6a8-1c3e-4d57-9a0b-2c4e6a8d0f19",
                      "purpose": "PARTNER_COMMERCIAL_NOTICES",
                      "channel": "PHONE_CALL",
                      "collectedVia": "PHONE",
                      "occurredAt": "2026-11-26T11:00:00Z",
                      "recordedAt": "2026-11-26T12:30:00.118240Z",
                      "delaySeconds": 5400,
                      "beyondPolicyBound": false,
                      "optOutId": null
                    }
                  ],
                  "page": 0,
                  "size": 50,
                  "totalItems": 2
                }""";

        static final String COUNTS = """
                {"items": [
                  {"period": "2026-11-02", "purpose": "COMMERCIAL_NOTICES", "channel": "EMAIL", "granted": 41, "withdrawn": 3},
                  {"period": "2026-11-02", "purpose": "COMMERCIAL_NOTICES", "channel": "SMS", "granted": 17, "withdrawn": 5},
                  {"period": "2026-11-02", "purpose": "USAGE_ANALYSIS", "channel": null, "granted": 12, "withdrawn": 1}
                ]}""";

        // Problem answers, as the platform gives them. Annotation values must be constants: no formatting here.

        private static final String INVALID = "{\"type\": \"https://balticom.lv/privacy-platform/problems/invalid-request\", "
                + "\"title\": \"The request is not valid\", \"status\": 400, ";
        private static final String NOT_FOUND = "{\"type\": \"https://balticom.lv/privacy-platform/problems/not-found\", "
                + "\"title\": \"Not found\", \"status\": 404, ";
        private static final String CONFLICT = "{\"type\": \"https://balticom.lv/privacy-platform/problems/conflict\", "
                + "\"title\": \"Conflict with the current state\", \"status\": 409, ";
        private static final String END = ", \"errors\": null}";

        static final String INVALID_ID = INVALID + "\"detail\": \"must be a UUID\", \"field\": \"id\"" + END;
        static final String INVALID_EVENT_ID = INVALID + "\"detail\": \"must be a UUID\", \"field\": \"eventId\"" + END;
        static final String CHANNEL_REQUIRED = INVALID + "\"detail\": \"is required: COMMERCIAL_NOTICES is given per channel (one of "
                + "EMAIL, SMS, PHONE_CALL, POST, PORTAL, APP_PUSH, WHATSAPP, VIBER, TELEGRAM, MESSENGER)\", \"field\": \"channel\"" + END;
        static final String NOT_ON_CONSENT = INVALID + "\"detail\": \"does not rest on consent (its legal bases: CONTRACT, "
                + "LEGITIMATE_INTEREST)\", \"field\": \"purpose\"" + END;
        static final String OCCURRED_IN_FUTURE = INVALID + "\"detail\": \"must not lie in the future\", \"field\": \"occurredAt\"" + END;
        static final String COLLECTED_VIA_REQUIRED = INVALID + "\"detail\": \"is required\", \"field\": \"collectedVia\"" + END;
        static final String SIZE_TOO_LARGE = INVALID + "\"detail\": \"must be between 1 and 500\", \"field\": \"size\"" + END;
        static final String CHECK_CHANNEL_REQUIRED = INVALID + "\"detail\": \"is required: COMMERCIAL_NOTICES is given per channel\", "
                + "\"field\": \"channel\"" + END;
        static final String CHECK_AT_INVALID = INVALID + "\"detail\": \"must be an instant in ISO 8601 with a zone, such as "
                + "2026-11-29T08:15:00Z\", \"field\": \"at\"" + END;
        static final String BATCH_ITEM_INVALID = INVALID + "\"detail\": \"must be one of EMAIL, SMS, PHONE_CALL, POST, PORTAL, "
                + "APP_PUSH, WHATSAPP, VIBER, TELEGRAM, MESSENGER\", \"field\": \"checks[1].channel\"" + END;
        static final String BATCH_TOO_LARGE = INVALID + "\"detail\": \"must hold at most 10000 checks\", \"field\": \"checks\"" + END;
        static final String PRODUCT_CATEGORY_INVALID = INVALID + "\"detail\": \"is required: 1 to 64 letters, digits, '_' or '-'\", "
                + "\"field\": \"productCategory\"" + END;
        static final String PURCHASED_IN_FUTURE = INVALID + "\"detail\": \"must not lie in the future\", \"field\": \"purchasedAt\"" + END;
        static final String BASIS_INVALID = INVALID + "\"detail\": \"must be CONSENT, CONTRACT or LEGAL_OBLIGATION (POL-10..12)\", "
                + "\"field\": \"basis\"" + END;
        static final String RESOLUTION_INVALID = INVALID + "\"detail\": \"must be one of UPHELD, CHANGED\", \"field\": \"resolution\"" + END;
        static final String STATUS_INVALID = INVALID + "\"detail\": \"must be one of OPEN, CLOSED\", \"field\": \"status\"" + END;
        static final String LONGER_THAN_INVALID = INVALID + "\"detail\": \"must be an ISO 8601 duration, such as PT1H or P2D\", "
                + "\"field\": \"longerThan\"" + END;
        static final String TO_REQUIRED = INVALID + "\"detail\": \"is required: the last day (YYYY-MM-DD)\", \"field\": \"to\"" + END;

        static final String UNKNOWN_EVENT = NOT_FOUND + "\"detail\": \"No consent event has this id.\", \"field\": \"eventId\"" + END;
        static final String UNKNOWN_CHECK_SUBJECT = NOT_FOUND + "\"detail\": \"No data subject has this id.\", \"field\": \"subject\"" + END;
        static final String UNKNOWN_DECISION = NOT_FOUND + "\"detail\": \"The subject has no automated decision with this id.\", "
                + "\"field\": \"decisionId\"" + END;
        static final String UNKNOWN_REVIEW = NOT_FOUND + "\"detail\": \"No review has this id.\", \"field\": \"reviewId\"" + END;

        static final String NO_DECISION_CONSENT = CONFLICT + "\"detail\": \"The subject’s explicit consent to automated decisions is "
                + "not in force (POL-11): record the decision on the contract or the law, or not at all.\", \"field\": \"basis\"" + END;
        static final String CONTESTED_ALREADY = CONFLICT + "\"detail\": \"The decision has been contested already (it is CONTESTED).\", "
                + "\"field\": \"decisionId\"" + END;
        static final String REVIEW_CLOSED_ALREADY = CONFLICT + "\"detail\": \"The review is closed already.\", \"field\": \"reviewId\"" + END;

        private Examples() {
        }
    }
}
