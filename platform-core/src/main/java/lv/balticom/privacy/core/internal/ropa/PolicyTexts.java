package lv.balticom.privacy.core.internal.ropa;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.RetentionRule;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.SecurityMeasure;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the record of processing takes from the policy's text where the catalogue has no field yet:
 * the security measures of POL-15 ({@code ropa/security-measures.yml}) and the retention clauses
 * POL-20..23 ({@code ropa/retention.yml}). Read once at start-up; a file that does not parse stops the
 * start with its name. Thread-safe (immutable).
 */
@Singleton
public final class PolicyTexts {

    static final String SECURITY_MEASURES = "/ropa/security-measures.yml";
    static final String RETENTION = "/ropa/retention.yml";

    private final List<SecurityMeasure> securityMeasures;
    private final Map<String, RetentionRule> byLegalBasis;
    private final Map<String, RetentionRule> byDataCategory;
    private final RetentionRule end;
    private final RetentionRule otherwise;

    PolicyTexts() {
        Map<String, Object> security = read(SECURITY_MEASURES);
        List<SecurityMeasure> measures = new ArrayList<>();
        for (Object item : list(security.get("securityMeasures"), SECURITY_MEASURES + ": securityMeasures")) {
            RetentionRule rule = rule(item, SECURITY_MEASURES + ": securityMeasures[" + measures.size() + "]");
            measures.add(new SecurityMeasure(rule.clause(), rule.text()));
        }
        this.securityMeasures = List.copyOf(measures);

        Map<String, Object> retention = read(RETENTION);
        this.byLegalBasis = rules(retention.get("byLegalBasis"), RETENTION + ": byLegalBasis");
        this.byDataCategory = rules(retention.get("byDataCategory"), RETENTION + ": byDataCategory");
        this.end = rule(retention.get("end"), RETENTION + ": end");
        this.otherwise = rule(retention.get("otherwise"), RETENTION + ": otherwise");
    }

    /** The security measures, in the file's order. */
    public List<SecurityMeasure> securityMeasures() {
        return securityMeasures;
    }

    /** The retention criterion of POL-20 that goes with a legal basis, if there is one. */
    public Optional<RetentionRule> retentionForLegalBasis(String legalBasis) {
        return Optional.ofNullable(byLegalBasis.get(legalBasis));
    }

    /** The specific retention period of POL-21..23 for a data category, if there is one. */
    public Optional<RetentionRule> retentionForDataCategory(String dataCategory) {
        return Optional.ofNullable(byDataCategory.get(dataCategory));
    }

    /**
     * An activity's retention: the criteria of its legal bases (or the general one when none has a
     * criterion), the specific periods of its data categories, and deletion at the end.
     */
    public List<RetentionRule> retention(List<String> legalBases, List<String> dataCategories) {
        List<RetentionRule> rules = new ArrayList<>();
        legalBases.stream().map(byLegalBasis::get).filter(rule -> rule != null && !rules.contains(rule)).forEach(rules::add);
        if (rules.isEmpty()) {
            rules.add(otherwise);
        }
        dataCategories.stream().map(byDataCategory::get).filter(rule -> rule != null && !rules.contains(rule)).forEach(rules::add);
        rules.add(end);
        return List.copyOf(rules);
    }

    private static Map<String, RetentionRule> rules(Object node, String where) {
        Map<String, RetentionRule> rules = new LinkedHashMap<>();
        map(node, where).forEach((code, rule) -> rules.put(code, rule(rule, where + "." + code)));
        return Map.copyOf(rules);
    }

    private static RetentionRule rule(Object node, String where) {
        Map<String, Object> rule = map(node, where);
        Map<String, Object> text = map(rule.get("text"), where + ".text");
        return new RetentionRule(string(rule.get("clause"), where + ".clause"),
                new Localized(string(text.get("lv"), where + ".text.lv"), string(text.get("en"), where + ".text.en")));
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream in = PolicyTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the platform");
            }
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " cannot be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + " must be a mapping");
        }
        return (Map<String, Object>) map;
    }

    private static List<?> list(Object node, String where) {
        if (!(node instanceof List<?> list)) {
            throw new IllegalStateException(where + " must be a list");
        }
        return list;
    }

    private static String string(Object node, String where) {
        if (!(node instanceof String text) || text.isBlank()) {
            throw new IllegalStateException(where + " must be a text");
        }
        return text.strip();
    }
}
