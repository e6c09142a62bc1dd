package lv.balticom.privacy.plugins.propertyowners;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.balticom.privacy.spi.CatalogLookup;
import lv.balticom.privacy.spi.Text;

/**
 * The catalogue codes of the platform's policy pack ({@code platform-core/src/main/resources/policy/policy-pack.yml}
 * in this repository), read without a YAML library: the {@code - code: X} lines of each top-level section.
 * Names are the codes themselves: tests only need to know which codes exist.
 */
final class PolicyPackCatalog {

    static final Path POLICY_PACK = Path.of("../../platform-core/src/main/resources/policy/policy-pack.yml");

    private static final Map<String, CatalogLookup.Kind> SECTIONS = Map.of(
            "dataCategories", CatalogLookup.Kind.DATA_CATEGORY,
            "purposes", CatalogLookup.Kind.PURPOSE,
            "legalBases", CatalogLookup.Kind.LEGAL_BASIS,
            "subjectTypes", CatalogLookup.Kind.SUBJECT_TYPE,
            "recipientCategories", CatalogLookup.Kind.RECIPIENT_CATEGORY,
            "sources", CatalogLookup.Kind.SOURCE);

    private static final Pattern SECTION = Pattern.compile("^([A-Za-z]+):.*");
    private static final Pattern CODE = Pattern.compile("^  - code: ([A-Z][A-Z0-9_]*)\\s*$");

    private PolicyPackCatalog() {
    }

    static List<CatalogLookup.Entry> entries() throws IOException {
        List<CatalogLookup.Entry> entries = new ArrayList<>();
        CatalogLookup.Kind kind = null;
        for (String line : Files.readAllLines(POLICY_PACK, StandardCharsets.UTF_8)) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                kind = SECTIONS.get(section.group(1));
                continue;
            }
            Matcher code = CODE.matcher(line);
            if (kind != null && code.matches()) {
                entries.add(new CatalogLookup.Entry(kind, code.group(1), Text.of(code.group(1), code.group(1)), "policy-pack"));
            }
        }
        return entries;
    }
}
