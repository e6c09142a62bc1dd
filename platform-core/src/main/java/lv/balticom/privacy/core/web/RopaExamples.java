package lv.balticom.privacy.core.web;

/**
 * The example of the record of processing in the OpenAPI document: a real answer, shortened to one
 * purpose group with one activity, one processor of a plugin with its transfer, and one of each list.
 */
final class RopaExamples {

    static final String RECORD = """
            {
              "version": 3,
              "versionCreatedAt": "2026-11-29T08:14:07.923675Z",
              "generatedAt": "2026-11-29T08:14:11.645336Z",
              "contentHash": "a7d50199e62584ed541b4d701529a7ac5931b01babae4c4e13689acddf732f80",
              "controller": {
                "name": "AS Balticom",
                "registrationNumber": "40003443452",
                "address": {"lv": "Straupes iela 5 k-3, Rīga, LV-1073", "en": "Straupes iela 5 k-3, Riga, LV-1073, Latvia"},
                "privacyEmail": "klients@balticom.info",
                "secretariatEmail": "sekretariats@balticom.info",
                "phone": "+37129333333",
                "website": "https://www.balticom.lv",
                "supervisoryAuthority": {"name": {"lv": "Datu valsts inspekcija", "en": "Data State Inspectorate"},
                                         "website": "https://www.dvi.gov.lv"},
                "privacyPolicy": {"title": {"lv": "AS Balticom privātuma politika", "en": "AS Balticom Privacy Policy"},
                                  "edition": "07.11.2025", "url": "https://balticom.lv/lv/priv%C4%81tuma-politika"}
              },
              "dpo": {
                "name": null,
                "email": "klients@balticom.info",
                "phone": null,
                "note": {"lv": "Politikā norādītā datu aizsardzības speciālista kontaktinformācija (sīkdatņu politikas IX sadaļa)",
                         "en": "The data protection officer’s contact as the policy gives it (cookie policy, section IX)"}
              },
              "policyVersion": {"version": "2025-10-07", "effectiveFrom": "2025-10-07",
                                "document": "https://balticom.lv/assets/pdf/Balticom_privatuma_politika_07102025.pdf"},
              "purposeGroups": [
                {
                  "code": "SERVICES_AND_SALES",
                  "clause": "POL-5.1",
                  "name": {"lv": "Pakalpojumu sniegšanai un preču pārdošanai", "en": "Provision of services and sale of goods"},
                  "activities": [
                    {
                      "code": "CLIENT_IDENTIFICATION",
                      "clause": "POL-5.1",
                      "name": {"lv": "Klienta identificēšanai", "en": "Identifying the client"},
                      "legalBases": [
                        {"code": "CONTRACT", "clause": "POL-6.1", "gdprArticle": "6(1)(b)",
                         "name": {"lv": "Līguma noslēgšana un izpilde", "en": "Conclusion and performance of a contract"}, "known": true},
                        {"code": "LEGITIMATE_INTEREST", "clause": "POL-6.4", "gdprArticle": "6(1)(f)",
                         "name": {"lv": "Balticom leģitīmās intereses", "en": "Legitimate interests of Balticom"}, "known": true}
                      ],
                      "legitimateInterests": [
                        {"code": "VERIFY_IDENTITY", "clause": "POL-7.3",
                         "name": {"lv": "pārbaudīt Klienta identitāti pirms līguma noslēgšanas",
                                  "en": "to verify the Client's identity before concluding a contract"}, "known": true}
                      ],
                      "dataCategories": [
                        {"code": "IDENTIFICATION", "number": 1, "clause": "APP1-1",
                         "name": {"lv": "Personas identifikācijas dati", "en": "Personal identification data"},
                         "sensitive": false, "known": true},
                        {"code": "CONTACT", "number": 2, "clause": "APP1-2",
                         "name": {"lv": "Personas kontaktinformācija", "en": "Personal contact details"},
                         "sensitive": false, "known": true}
                      ],
                      "specialCategories": false,
                      "subjectTypes": [
                        {"code": "CLIENT", "clause": "POL-4.1",
                         "name": {"lv": "Klienti, abonenti un pakalpojumu lietotāji", "en": "Clients, subscribers and service users"},
                         "known": true}
                      ],
                      "allSubjectTypes": true,
                      "recipients": [
                        {"plugin": null, "code": "CONTRACT_PARTIES", "clause": "POL-17.1",
                         "name": {"lv": "Trešās personas līguma izpildes ietvaros", "en": "Third parties involved in performing the contract"}}
                      ],
                      "processors": [
                        {"name": "Acme Cloud Inc.",
                         "country": {"code": "US", "name": {"lv": "Amerikas Savienotās Valstis", "en": "United States"},
                                     "eea": false, "known": true},
                         "relationship": {"code": "PARTNER", "clause": "POL-13",
                                          "name": {"lv": "Sadarbības partneris", "en": "Partner"}, "known": true}}
                      ],
                      "transfers": [
                        {"recipient": "Acme Cloud Inc.",
                         "country": {"code": "US", "name": {"lv": "Amerikas Savienotās Valstis", "en": "United States"},
                                     "eea": false, "known": true},
                         "safeguard": {"code": "STANDARD_CONTRACTUAL_CLAUSES", "clause": "GDPR Art. 46(2)(c)",
                                       "name": {"lv": "Komisijas pieņemtas standarta datu aizsardzības klauzulas (VDAR 46. panta 2. punkta c) apakšpunkts)",
                                                "en": "Standard data protection clauses adopted by the Commission (GDPR Art. 46(2)(c))"},
                                       "known": true}}
                      ],
                      "retention": [
                        {"clause": "POL-20.1", "text": {"lv": "Kamēr ir spēkā ar Klientu noslēgtais līgums",
                                                        "en": "While the contract concluded with the Client is in force"}},
                        {"clause": "POL-20", "text": {"lv": "Kad nepastāv neviens no datu apstrādes tiesiskajiem pamatiem, personas dati tiek dzēsti",
                                                      "en": "When none of the legal grounds for processing remains, the personal data is deleted"}}
                      ]
                    }
                  ]
                }
              ],
              "pluginActivities": [],
              "processors": [
                {
                  "plugin": "processors",
                  "name": "Acme Cloud Inc.",
                  "registrationNumber": "C-4711",
                  "country": {"code": "US", "name": {"lv": "Amerikas Savienotās Valstis", "en": "United States"}, "eea": false, "known": true},
                  "relationship": {"code": "PARTNER", "clause": "POL-13", "name": {"lv": "Sadarbības partneris", "en": "Partner"}, "known": true},
                  "tasks": {"lv": "Zvanu ierakstu glabāšana mākonī", "en": "Storing call recordings in the cloud"},
                  "dataCategories": [
                    {"code": "CALL_RECORDINGS", "number": 26, "clause": "APP1-26",
                     "name": {"lv": "Sarunu ierakstu dati", "en": "Call recording data"}, "sensitive": false, "known": true}
                  ],
                  "contractReference": "DPA-2024-07",
                  "contractFrom": "2024-07-01",
                  "contractUntil": null
                }
              ],
              "transfers": [
                {
                  "plugin": "processors",
                  "recipient": "Acme Cloud Inc.",
                  "country": {"code": "US", "name": {"lv": "Amerikas Savienotās Valstis", "en": "United States"}, "eea": false, "known": true},
                  "safeguard": {"code": "STANDARD_CONTRACTUAL_CLAUSES", "clause": "GDPR Art. 46(2)(c)",
                                "name": {"lv": "Komisijas pieņemtas standarta datu aizsardzības klauzulas (VDAR 46. panta 2. punkta c) apakšpunkts)",
                                         "en": "Standard data protection clauses adopted by the Commission (GDPR Art. 46(2)(c))"},
                                "known": true},
                  "safeguardDetails": {"lv": "Komisijas 2021/914 klauzulas, 2. modulis", "en": "Commission clauses 2021/914, module 2"},
                  "dataCategories": [
                    {"code": "CALL_RECORDINGS", "number": 26, "clause": "APP1-26",
                     "name": {"lv": "Sarunu ierakstu dati", "en": "Call recording data"}, "sensitive": false, "known": true}
                  ],
                  "assessedOn": "2025-01-15",
                  "nextReview": "2026-01-15"
                }
              ],
              "recipients": [
                {"plugin": null, "code": "CONTRACT_PARTIES", "clause": "POL-17.1",
                 "name": {"lv": "Trešās personas līguma izpildes ietvaros", "en": "Third parties involved in performing the contract"},
                 "description": {"lv": "ja attiecīgajai trešajai personai dati jānodod noslēgtā līguma ietvaros ...",
                                 "en": "where data must be passed to the third party concerned under a concluded contract ..."},
                 "dataCategories": []}
              ],
              "subjectTypes": [
                {"code": "CLIENT", "clause": "POL-4.1",
                 "name": {"lv": "Klienti, abonenti un pakalpojumu lietotāji", "en": "Clients, subscribers and service users"},
                 "description": {"lv": "fiziskajām personām - klientiem, abonentiem ...", "en": "natural persons – clients, subscribers ..."}}
              ],
              "securityMeasures": [
                {"clause": "POL-15.1", "text": {"lv": "Datu šifrēšana, pārraidot datus (SSL/TLS šifrēšana)",
                                                "en": "Encryption of data in transit (SSL/TLS encryption)"}}
              ],
              "contributors": [
                {"id": "processors", "name": {"lv": "Apstrādātāju reģistrs", "en": "Processor register"}, "version": "1.0.0"}
              ],
              "warnings": []
            }""";

    private RopaExamples() {
    }
}
