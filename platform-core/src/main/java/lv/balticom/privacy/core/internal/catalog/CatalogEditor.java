package lv.balticom.privacy.core.internal.catalog;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.AuditLedger;
import lv.balticom.privacy.core.api.AuditRecord;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.LocalizedList;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.Source;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.DataCategories;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.LegalBases;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.LegitimateInterests;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.Purposes;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.RecipientCategories;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.Sources;
import lv.balticom.privacy.core.internal.catalog.CatalogRepositories.SubjectTypes;
import lv.balticom.privacy.core.internal.policypack.CatalogContents;

/**
 * Officers' edits of the catalogue (issue 3): the texts of each entry, whether a data category is
 * sensitive, and what a purpose rests on and uses. Codes, numbers, clauses and a purpose's group never
 * change, because other modules and integrators refer to them; entries are neither added nor removed here.
 *
 * <p>An edit is a full replacement of an entry's editable fields. It is checked by the rules a policy pack
 * obeys ({@code PolicyPackReader}, with the same column sizes), so the edited catalogue could have been
 * imported as it is; every wrong field is reported, by its JSON path. An edit that changes nothing writes
 * nothing: no revision, no audit entry. Otherwise, in one transaction, the entry's row is locked (so that
 * edits of one entry follow one another), the tables are updated, a revision holding the entry before and
 * after is appended ({@link CatalogRevisions}) and an audit entry {@code catalog.edited}. The in-memory
 * catalogue ({@link CatalogService}) is refreshed only once that transaction commits, so that an edit
 * that is rolled back is never served.
 *
 * <p>Other instances keep their snapshot until they restart: invalidation between instances comes later.
 * Thread-safe.
 */
@Singleton
public class CatalogEditor {

    /** Column sizes of the catalogue (db/changelog/core/001-catalogue.xml), as the pack reader applies them. */
    private static final int SHORT_NAME = 300;
    private static final int LONG_NAME = 500;
    private static final int MAX_TEXT = 2000;

    /** The legal basis whose purposes must name the interests they serve (POL-7). */
    private static final String LEGITIMATE_INTEREST = "LEGITIMATE_INTEREST";
    /** Example lists are stored one item a line, as {@link CatalogTables} reads them. */
    private static final String LINE = "\n";

    private final JdbcOperations jdbc;
    private final CatalogTables tables;
    private final DataCategories categories;
    private final Purposes purposes;
    private final PurposeLinks links;
    private final LegalBases legalBases;
    private final LegitimateInterests interests;
    private final Sources sources;
    private final RecipientCategories recipients;
    private final SubjectTypes subjectTypes;
    private final CatalogRevisions revisions;
    private final AuditLedger ledger;
    private final CatalogService catalog;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    CatalogEditor(JdbcOperations jdbc, CatalogTables tables, DataCategories categories, Purposes purposes,
                  PurposeLinks links, LegalBases legalBases, LegitimateInterests interests, Sources sources,
                  RecipientCategories recipients, SubjectTypes subjectTypes, CatalogRevisions revisions,
                  AuditLedger ledger, CatalogService catalog, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.categories = categories;
        this.purposes = purposes;
        this.links = links;
        this.legalBases = legalBases;
        this.interests = interests;
        this.sources = sources;
        this.recipients = recipients;
        this.subjectTypes = subjectTypes;
        this.revisions = revisions;
        this.ledger = ledger;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A text in Latvian and English as sent. Either may be missing: the editor says which.
     *
     * @param lv the Latvian text
     * @param en the English text
     */
    @Serdeable
    public record LocalizedEdit(@Nullable String lv, @Nullable String en) {
    }

    /**
     * A list of one-line texts in Latvian and English as sent, item for item.
     *
     * @param lv the Latvian items
     * @param en the English items, as many as the Latvian ones
     */
    @Serdeable
    public record LocalizedListEdit(@Nullable List<String> lv, @Nullable List<String> en) {
    }

    /**
     * The editable fields of a data category (APP1).
     *
     * @param name the category, at most 300 characters
     * @param examples the appendix's examples
     * @param sensitive whether it is special-category data
     */
    @Serdeable
    public record DataCategoryEdit(@Nullable LocalizedEdit name, @Nullable LocalizedListEdit examples,
                                   @Nullable Boolean sensitive) {
    }

    /**
     * The editable fields of a purpose (POL-5); its group stays.
     *
     * @param name the purpose, at most 500 characters
     * @param legalBases codes of the legal bases it may rest on, at least one (POL-6)
     * @param legitimateInterests codes of the interests it serves: at least one when it rests on
     *     {@code LEGITIMATE_INTEREST}, none otherwise (POL-7)
     * @param dataCategories codes of the data categories it uses, at least one
     * @param channels whether consents for it are given per communication channel
     */
    @Serdeable
    public record PurposeEdit(@Nullable LocalizedEdit name, @Nullable List<String> legalBases,
                              @Nullable List<String> legitimateInterests, @Nullable List<String> dataCategories,
                              @Nullable Boolean channels) {
    }

    /**
     * The editable fields of a legal basis (POL-6); its point of GDPR Art. 6(1) stays.
     *
     * @param name short name, at most 300 characters
     * @param description the clause's text
     */
    @Serdeable
    public record LegalBasisEdit(@Nullable LocalizedEdit name, @Nullable LocalizedEdit description) {
    }

    /**
     * The editable field of a legitimate interest (POL-7).
     *
     * @param text the clause's text
     */
    @Serdeable
    public record LegitimateInterestEdit(@Nullable LocalizedEdit text) {
    }

    /**
     * The editable fields of a source of personal data (POL-16).
     *
     * @param name the source, at most 300 characters
     * @param examples examples named by the policy (may be empty)
     */
    @Serdeable
    public record SourceEdit(@Nullable LocalizedEdit name, @Nullable LocalizedListEdit examples) {
    }

    /**
     * The editable fields of a recipient category (POL-17).
     *
     * @param name short name, at most 300 characters
     * @param description the clause's text
     */
    @Serdeable
    public record RecipientCategoryEdit(@Nullable LocalizedEdit name, @Nullable LocalizedEdit description) {
    }

    /**
     * The editable fields of a subject type (POL-4).
     *
     * @param name short name, at most 300 characters
     * @param description the clause's text
     */
    @Serdeable
    public record SubjectTypeEdit(@Nullable LocalizedEdit name, @Nullable LocalizedEdit description) {
    }

    /**
     * Edits a data category.
     *
     * @return the category as it now is
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public DataCategory edit(Actor actor, String code, DataCategoryEdit edit) {
        requireNonNull(edit, "edit is null");
        DataCategory before = entry(lockAndRead(actor, CatalogKind.DATA_CATEGORIES, code).dataCategories(),
                DataCategory::code, code);
        Checks checks = new Checks();
        DataCategory after = new DataCategory(code, before.number(), before.clause(),
                checks.localized("name", edit.name(), SHORT_NAME), checks.lines("examples", edit.examples()),
                checks.required("sensitive", edit.sensitive()));
        checks.throwIfAny();
        return save(actor, CatalogKind.DATA_CATEGORIES, code, before, after, () -> categories.update(code,
                after.name().lv(), after.name().en(), String.join(LINE, after.examples().lv()),
                String.join(LINE, after.examples().en()), after.sensitive()));
    }

    /**
     * Edits a purpose and replaces its links to legal bases, interests and data categories.
     *
     * @return the purpose as it now is, its links in the catalogue's order
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public Purpose edit(Actor actor, String code, PurposeEdit edit) {
        requireNonNull(edit, "edit is null");
        CatalogContents current = lockAndRead(actor, CatalogKind.PURPOSES, code);
        Purpose before = entry(current.purposes(), Purpose::code, code);
        Checks checks = new Checks();
        Localized name = checks.localized("name", edit.name(), LONG_NAME);
        List<String> bases = checks.codes("legalBases", edit.legalBases(),
                current.legalBases().stream().map(LegalBasis::code).toList(), "legal basis", true);
        List<String> served = checks.codes("legitimateInterests", edit.legitimateInterests(),
                current.legitimateInterests().stream().map(LegitimateInterest::code).toList(), "legitimate interest", false);
        // Judged only on lists that are right in themselves, so that one mistake is not reported twice.
        if (checks.noneAt("legalBases") && checks.noneAt("legitimateInterests")) {
            if (bases.contains(LEGITIMATE_INTEREST) && served.isEmpty()) {
                checks.problem("legitimateInterests",
                        "must name at least one legitimate interest, because the purpose rests on LEGITIMATE_INTEREST (POL-7)");
            } else if (!bases.contains(LEGITIMATE_INTEREST) && !served.isEmpty()) {
                checks.problem("legitimateInterests",
                        "must be empty: only a purpose resting on LEGITIMATE_INTEREST names legitimate interests (POL-7)");
            }
        }
        List<String> used = checks.codes("dataCategories", edit.dataCategories(),
                current.dataCategories().stream().map(DataCategory::code).toList(), "data category", true);
        boolean channels = checks.required("channels", edit.channels());
        checks.throwIfAny();
        Purpose after = new Purpose(code, before.group(), before.clause(), name, bases, served, used, channels);
        return save(actor, CatalogKind.PURPOSES, code, before, after, () -> {
            purposes.update(code, name.lv(), name.en(), channels);
            links.replace(PurposeLinks.Kind.LEGAL_BASIS, code, bases);
            links.replace(PurposeLinks.Kind.LEGITIMATE_INTEREST, code, served);
            links.replace(PurposeLinks.Kind.DATA_CATEGORY, code, used);
        });
    }

    /**
     * Edits a legal basis.
     *
     * @return the legal basis as it now is
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public LegalBasis edit(Actor actor, String code, LegalBasisEdit edit) {
        requireNonNull(edit, "edit is null");
        LegalBasis before = entry(lockAndRead(actor, CatalogKind.LEGAL_BASES, code).legalBases(),
                LegalBasis::code, code);
        Checks checks = new Checks();
        LegalBasis after = new LegalBasis(code, before.clause(), before.gdprArticle(),
                checks.localized("name", edit.name(), SHORT_NAME), checks.localized("description", edit.description(), MAX_TEXT));
        checks.throwIfAny();
        return save(actor, CatalogKind.LEGAL_BASES, code, before, after, () -> legalBases.update(code,
                after.name().lv(), after.name().en(), after.description().lv(), after.description().en()));
    }

    /**
     * Edits a legitimate interest.
     *
     * @return the interest as it now is
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public LegitimateInterest edit(Actor actor, String code, LegitimateInterestEdit edit) {
        requireNonNull(edit, "edit is null");
        LegitimateInterest before = entry(lockAndRead(actor, CatalogKind.LEGITIMATE_INTERESTS, code).legitimateInterests(),
                LegitimateInterest::code, code);
        Checks checks = new Checks();
        LegitimateInterest after = new LegitimateInterest(code, before.number(), before.clause(),
                checks.localized("text", edit.text(), MAX_TEXT));
        checks.throwIfAny();
        return save(actor, CatalogKind.LEGITIMATE_INTERESTS, code, before, after,
                () -> interests.update(code, after.text().lv(), after.text().en()));
    }

    /**
     * Edits a source of personal data.
     *
     * @return the source as it now is
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public Source edit(Actor actor, String code, SourceEdit edit) {
        requireNonNull(edit, "edit is null");
        Source before = entry(lockAndRead(actor, CatalogKind.SOURCES, code).sources(), Source::code, code);
        Checks checks = new Checks();
        Source after = new Source(code, before.clause(), checks.localized("name", edit.name(), SHORT_NAME),
                checks.lines("examples", edit.examples()));
        checks.throwIfAny();
        return save(actor, CatalogKind.SOURCES, code, before, after, () -> sources.update(code, after.name().lv(),
                after.name().en(), String.join(LINE, after.examples().lv()), String.join(LINE, after.examples().en())));
    }

    /**
     * Edits a recipient category.
     *
     * @return the category as it now is
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public RecipientCategory edit(Actor actor, String code, RecipientCategoryEdit edit) {
        requireNonNull(edit, "edit is null");
        RecipientCategory before = entry(lockAndRead(actor, CatalogKind.RECIPIENT_CATEGORIES, code).recipientCategories(),
                RecipientCategory::code, code);
        Checks checks = new Checks();
        RecipientCategory after = new RecipientCategory(code, before.clause(), checks.localized("name", edit.name(), SHORT_NAME),
                checks.localized("description", edit.description(), MAX_TEXT));
        checks.throwIfAny();
        return save(actor, CatalogKind.RECIPIENT_CATEGORIES, code, before, after, () -> recipients.update(code,
                after.name().lv(), after.name().en(), after.description().lv(), after.description().en()));
    }

    /**
     * Edits a subject type.
     *
     * @return the subject type as it now is
     * @throws ProblemException 404 naming {@code code}; 400 naming the first wrong field
     */
    @Transactional
    public SubjectType edit(Actor actor, String code, SubjectTypeEdit edit) {
        requireNonNull(edit, "edit is null");
        SubjectType before = entry(lockAndRead(actor, CatalogKind.SUBJECT_TYPES, code).subjectTypes(),
                SubjectType::code, code);
        Checks checks = new Checks();
        SubjectType after = new SubjectType(code, before.clause(), checks.localized("name", edit.name(), SHORT_NAME),
                checks.localized("description", edit.description(), MAX_TEXT));
        checks.throwIfAny();
        return save(actor, CatalogKind.SUBJECT_TYPES, code, before, after, () -> subjectTypes.update(code,
                after.name().lv(), after.name().en(), after.description().lv(), after.description().en()));
    }

    /**
     * Locks the entry's row, then reads the catalogue from the tables rather than the snapshot, so that
     * "before" is what the previous edit committed, even one made on another instance.
     */
    private CatalogContents lockAndRead(Actor actor, CatalogKind kind, String code) {
        requireNonNull(actor, "actor is null");
        if (code != null) {
            // Only the lock matters here; whether the entry exists is decided on what is read next.
            jdbc.prepareStatement("SELECT code FROM " + kind.table() + " WHERE code = ? FOR UPDATE", statement -> {
                statement.setString(1, code);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            });
        }
        return tables.read();
    }

    /** The entry with exactly this code (MariaDB compares codes without regard to case; codes are upper case). */
    private static <T> T entry(List<T> entries, Function<T, String> codeOf, String code) {
        return entries.stream().filter(entry -> codeOf.apply(entry).equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("code", "This list of the catalogue has no entry with this code."));
    }

    /** Writes a changed entry with its revision and audit entry; an unchanged one is answered as it is. */
    private <T> T save(Actor actor, CatalogKind kind, String code, T before, T after, Runnable write) {
        if (after.equals(before)) {
            return before;
        }
        write.run();
        CatalogRevisions.Revision revision = revisions.append(kind, code, actor,
                clock.instant().truncatedTo(ChronoUnit.MICROS), before, after);
        List<String> changed = revision.after().keySet().stream()
                .filter(field -> !Objects.equals(revision.before().get(field), revision.after().get(field)))
                .sorted()
                .toList();
        ledger.append(AuditRecord.about(actor, "catalog.edited", kind.pathName(), code, Map.of(
                "revision", Integer.toString(revision.revision()),
                "fields", String.join(",", changed))));
        refreshAfterCommit();
        return after;
    }

    private void refreshAfterCommit() {
        transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("a catalogue edit runs outside a transaction"))
                .registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        catalog.refresh();
                    }
                });
    }

    /** The problems of one edit, each under the JSON path of its field, in the order the fields are checked. */
    private static final class Checks {

        private final List<ProblemException.FieldError> errors = new ArrayList<>();

        void problem(String field, String detail) {
            errors.add(new ProblemException.FieldError(field, detail));
        }

        /** Whether no problem was found at the field or inside it. */
        boolean noneAt(String field) {
            return errors.stream().map(ProblemException.FieldError::field)
                    .noneMatch(at -> at.equals(field) || at.startsWith(field + "[") || at.startsWith(field + "."));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }

        boolean required(String field, @Nullable Boolean sent) {
            if (sent == null) {
                problem(field, "is required");
                return false;
            }
            return sent;
        }

        /** Both languages, trimmed, non-empty and within the column's size. */
        Localized localized(String field, @Nullable LocalizedEdit sent, int maxLength) {
            if (sent == null) {
                problem(field, "is required");
                return new Localized("", "");
            }
            return new Localized(text(field + ".lv", sent.lv(), maxLength), text(field + ".en", sent.en(), maxLength));
        }

        private String text(String field, @Nullable String sent, int maxLength) {
            if (sent == null) {
                problem(field, "is required");
                return "";
            }
            String value = sent.strip();
            if (value.isEmpty()) {
                problem(field, "must not be empty");
            } else if (value.length() > maxLength) {
                problem(field, "must be at most " + maxLength + " characters long (it has " + value.length() + ")");
            }
            return value;
        }

        /** Both languages item for item; each item one line, the items together within one column. */
        LocalizedList lines(String field, @Nullable LocalizedListEdit sent) {
            if (sent == null) {
                problem(field, "is required");
                return LocalizedList.EMPTY;
            }
            List<String> lv = lines(field + ".lv", sent.lv());
            List<String> en = lines(field + ".en", sent.en());
            if (lv.size() != en.size()) {
                if (sent.lv() != null && sent.en() != null) {
                    problem(field, "lv has " + lv.size() + " items and en " + en.size() + ": give each item in both languages");
                }
                return LocalizedList.EMPTY;
            }
            return new LocalizedList(lv, en);
        }

        private List<String> lines(String field, @Nullable List<String> sent) {
            if (sent == null) {
                problem(field, "is required");
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                String at = field + "[" + i + "]";
                String line = text(at, sent.get(i), MAX_TEXT);
                if (line.contains("\n") || line.contains("\r")) {
                    problem(at, "must be one line");
                }
                lines.add(line);
            }
            // Stored one item a line in a column of MAX_TEXT characters.
            if (lines.stream().mapToInt(line -> line.length() + 1).sum() > MAX_TEXT) {
                problem(field, "the items together must be at most " + MAX_TEXT + " characters long");
            }
            return lines;
        }

        /**
         * Codes that must exist in the catalogue, each once, answered in the catalogue's order (the order
         * in which the catalogue lists a purpose's links).
         */
        List<String> codes(String field, @Nullable List<String> sent, List<String> known, String what, boolean atLeastOne) {
            if (sent == null) {
                problem(field, "is required");
                return List.of();
            }
            Set<String> chosen = new HashSet<>();
            for (int i = 0; i < sent.size(); i++) {
                String at = field + "[" + i + "]";
                String code = sent.get(i);
                if (code == null || code.isBlank()) {
                    problem(at, "must not be empty");
                } else if (!known.contains(code)) {
                    problem(at, "no " + what + " has this code");
                } else if (!chosen.add(code)) {
                    problem(at, "is listed twice");
                }
            }
            if (sent.isEmpty() && atLeastOne) {
                problem(field, "must name at least one " + what);
            }
            return known.stream().filter(chosen::contains).toList();
        }
    }
}
