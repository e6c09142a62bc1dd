package lv.balticom.privacy.core.internal.policypack;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import lv.balticom.privacy.core.api.LocalizedList;
import lv.balticom.privacy.core.api.catalog.ControllerProfile;
import lv.balticom.privacy.core.api.catalog.DataCategory;
import lv.balticom.privacy.core.api.catalog.LegalBasis;
import lv.balticom.privacy.core.api.catalog.LegitimateInterest;
import lv.balticom.privacy.core.api.catalog.PolicyNote;
import lv.balticom.privacy.core.api.catalog.PolicyVersion;
import lv.balticom.privacy.core.api.catalog.Purpose;
import lv.balticom.privacy.core.api.catalog.PurposeGroup;
import lv.balticom.privacy.core.api.catalog.RecipientCategory;
import lv.balticom.privacy.core.api.catalog.Source;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks a policy pack (the YAML file described in {@code docs/policy-pack.md}). Every
 * problem is reported with its line and field; a pack is returned only when there are none.
 *
 * <p>Stateless and thread-safe.
 */
public final class PolicyPackReader {

    /** Legal bases the platform's own logic refers to (POL-6): a pack must define them all. */
    static final List<String> REQUIRED_LEGAL_BASES =
            List.of("CONTRACT", "LEGAL_OBLIGATION", "CONSENT", "LEGITIMATE_INTEREST", "VITAL_INTEREST");

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");
    private static final Pattern CLAUSE = Pattern.compile("^(POL|APP1|COOKIE)-[0-9IVX]+(\\.[0-9]+)*$");
    private static final Pattern VERSION = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}$");
    private static final String CODE_RULE = "an UPPER_SNAKE code (A-Z, 0-9, _)";
    private static final String CLAUSE_RULE = "a clause id such as POL-7.10, APP1-26 or COOKIE-IV";
    /** Column sizes of the catalogue (db/changelog/core/001-catalogue.xml). */
    private static final int SHORT_NAME = 300;
    private static final int LONG_NAME = 500;
    private static final int ORGANISATION = 200;

    /**
     * Reads a pack.
     *
     * @param source names the file in error messages
     * @throws PolicyPackException listing every problem found
     */
    public PolicyPack read(Reader reader, String source) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new PolicyPackException(source, List.of(new PolicyPackException.Problem(line, "", "not valid YAML: " + e.getProblem())));
        } catch (YAMLException e) {
            throw new PolicyPackException(source, List.of(new PolicyPackException.Problem(0, "", "not valid YAML: " + e.getMessage())));
        }
        if (root == null) {
            throw new PolicyPackException(source, List.of(new PolicyPackException.Problem(0, "", "the file is empty")));
        }
        List<PolicyPackException.Problem> problems = new ArrayList<>();
        PolicyPack pack = new Parse(new PackNode(root, "", problems)).pack();
        if (!problems.isEmpty()) {
            throw new PolicyPackException(source, problems);
        }
        return pack;
    }

    /** One parse: the sections, then the references between them. */
    private static final class Parse {

        private final PackNode root;

        Parse(PackNode root) {
            this.root = root;
        }

        PolicyPack pack() {
            root.allowOnly("packVersion", "policy", "controller", "subjectTypes", "legalBases", "legitimateInterests",
                    "sources", "recipientCategories", "dataCategories", "purposeGroups", "purposes", "policyVersions", "notes");
            int packVersion = root.required("packVersion").integer(1);
            ControllerProfile controller = controller(root.required("controller"), root.required("policy"));
            List<SubjectType> subjectTypes = coded(root.required("subjectTypes"), this::subjectType, SubjectType::code);
            Map<String, PackNode> bases = new HashMap<>();
            List<LegalBasis> legalBases = coded(root.required("legalBases"), node -> {
                LegalBasis basis = legalBasis(node);
                bases.put(basis.code(), node);
                return basis;
            }, LegalBasis::code);
            for (String required : REQUIRED_LEGAL_BASES) {
                if (!bases.isEmpty() && !bases.containsKey(required)) {
                    root.required("legalBases").problem("must define " + required + " (the platform relies on it)");
                }
            }
            List<LegitimateInterest> interests = coded(root.required("legitimateInterests"), this::interest, LegitimateInterest::code);
            uniqueNumbers(root.required("legitimateInterests"), interests.stream().map(LegitimateInterest::number).toList());
            List<Source> sources = coded(root.required("sources"), this::source, Source::code);
            List<RecipientCategory> recipients = coded(root.required("recipientCategories"), this::recipient, RecipientCategory::code);
            List<DataCategory> categories = coded(root.required("dataCategories"), this::dataCategory, DataCategory::code);
            uniqueNumbers(root.required("dataCategories"), categories.stream().map(DataCategory::number).toList());
            List<PurposeGroup> groups = coded(root.required("purposeGroups"), this::purposeGroup, PurposeGroup::code);

            References references = new References(
                    codes(groups, PurposeGroup::code), bases.keySet(),
                    codes(interests, LegitimateInterest::code), codes(categories, DataCategory::code));
            List<Purpose> purposes = coded(root.required("purposes"), node -> purpose(node, references), Purpose::code);
            List<PolicyVersion> versions = policyVersions(root.required("policyVersions"));
            List<PolicyNote> notes = root.optional("notes").map(node -> node.list().stream().map(this::note).toList()).orElse(List.of());
            return new PolicyPack(packVersion, new CatalogContents(controller, subjectTypes, legalBases, interests, sources,
                    recipients, categories, groups, purposes, versions, notes));
        }

        private ControllerProfile controller(PackNode node, PackNode policy) {
            node.allowOnly("name", "registrationNumber", "address", "privacyEmail", "secretariatEmail", "phone",
                    "website", "supervisoryAuthority");
            policy.allowOnly("title", "edition", "url");
            PackNode authority = node.required("supervisoryAuthority").allowOnly("name", "website");
            return new ControllerProfile(
                    node.required("name").text(ORGANISATION),
                    node.required("registrationNumber").text(Pattern.compile("^[0-9]{11}$"), "the 11-digit register number"),
                    node.required("address").localized(LONG_NAME),
                    node.required("privacyEmail").email(),
                    node.optional("secretariatEmail").map(PackNode::email).orElse(null),
                    node.optional("phone").map(phone -> phone.text(Pattern.compile("^\\+?[0-9 ]{5,20}$"), "a phone number")).orElse(null),
                    node.optional("website").map(PackNode::url).orElse(null),
                    new ControllerProfile.SupervisoryAuthority(
                            authority.required("name").localized(ORGANISATION),
                            authority.optional("website").map(PackNode::url).orElse(null)),
                    new ControllerProfile.PrivacyPolicyDocument(
                            policy.required("title").localized(LONG_NAME),
                            policy.optional("edition").map(edition -> edition.text(50)).orElse(null),
                            policy.optional("url").map(PackNode::url).orElse(null)));
        }

        private SubjectType subjectType(PackNode node) {
            node.allowOnly("code", "clause", "name", "description");
            return new SubjectType(code(node), clause(node), node.required("name").localized(SHORT_NAME), node.required("description").localized());
        }

        private LegalBasis legalBasis(PackNode node) {
            node.allowOnly("code", "clause", "gdprArticle", "name", "description");
            return new LegalBasis(code(node), clause(node),
                    node.required("gdprArticle").text(Pattern.compile("^6\\(1\\)\\([a-f]\\)$"), "a point of GDPR Art. 6(1), such as 6(1)(b)"),
                    node.required("name").localized(SHORT_NAME), node.required("description").localized());
        }

        private LegitimateInterest interest(PackNode node) {
            node.allowOnly("code", "number", "clause", "text");
            return new LegitimateInterest(code(node), node.required("number").integer(1), clause(node), node.required("text").localized());
        }

        private Source source(PackNode node) {
            node.allowOnly("code", "clause", "name", "examples");
            return new Source(code(node), clause(node), node.required("name").localized(SHORT_NAME),
                    node.optional("examples").map(PackNode::localizedList).orElse(LocalizedList.EMPTY));
        }

        private RecipientCategory recipient(PackNode node) {
            node.allowOnly("code", "clause", "name", "description");
            return new RecipientCategory(code(node), clause(node), node.required("name").localized(SHORT_NAME),
                    node.required("description").localized());
        }

        private DataCategory dataCategory(PackNode node) {
            node.allowOnly("code", "number", "clause", "name", "examples", "sensitive");
            return new DataCategory(code(node), node.required("number").integer(1), clause(node),
                    node.required("name").localized(SHORT_NAME), node.required("examples").localizedList(),
                    node.required("sensitive").bool());
        }

        private PurposeGroup purposeGroup(PackNode node) {
            node.allowOnly("code", "clause", "name");
            return new PurposeGroup(code(node), clause(node), node.required("name").localized(LONG_NAME));
        }

        private Purpose purpose(PackNode node, References references) {
            node.allowOnly("code", "group", "clause", "name", "legalBases", "legitimateInterests", "dataCategories", "channels");
            PackNode group = node.required("group");
            String groupCode = group.text();
            if (!groupCode.isEmpty() && !references.groups().contains(groupCode)) {
                group.problem("no purpose group has the code " + groupCode);
            }
            List<String> bases = referenceList(node.required("legalBases"), references.bases(), "legal basis");
            List<String> interests = node.optional("legitimateInterests")
                    .map(list -> referenceList(list, references.interests(), "legitimate interest"))
                    .orElse(List.of());
            if (bases.contains("LEGITIMATE_INTEREST") && interests.isEmpty()) {
                node.required("legalBases").problem("a purpose resting on LEGITIMATE_INTEREST must name its legitimateInterests (POL-7)");
            }
            if (!bases.contains("LEGITIMATE_INTEREST") && !interests.isEmpty()) {
                node.required("legitimateInterests").problem("only a purpose resting on LEGITIMATE_INTEREST names legitimate interests");
            }
            List<String> categories = referenceList(node.required("dataCategories"), references.categories(), "data category");
            boolean channels = node.optional("channels").map(PackNode::bool).orElse(false);
            return new Purpose(code(node), groupCode, clause(node), node.required("name").localized(LONG_NAME),
                    bases, interests, categories, channels);
        }

        private List<PolicyVersion> policyVersions(PackNode node) {
            List<PackNode> items = node.list();
            if (items.isEmpty()) {
                node.problem("must name at least one version");
            }
            List<PolicyVersion> versions = new ArrayList<>();
            Set<String> labels = new HashSet<>();
            Set<LocalDate> days = new HashSet<>();
            for (PackNode item : items) {
                item.allowOnly("version", "effectiveFrom", "document");
                PackNode label = item.required("version");
                PackNode from = item.required("effectiveFrom");
                PolicyVersion version = new PolicyVersion(
                        label.text(VERSION, "a short label such as 2025-10-07"), from.date(),
                        item.optional("document").map(PackNode::url).orElse(null));
                if (!labels.add(version.version())) {
                    label.problem("another version has the label " + version.version());
                }
                if (!days.add(version.effectiveFrom())) {
                    from.problem("another version takes effect the same day");
                }
                versions.add(version);
            }
            return versions;
        }

        private PolicyNote note(PackNode node) {
            node.allowOnly("clause", "text");
            return new PolicyNote(clause(node), node.required("text").localized());
        }

        private static String code(PackNode node) {
            return node.required("code").text(CODE, CODE_RULE);
        }

        private static String clause(PackNode node) {
            return node.required("clause").text(CLAUSE, CLAUSE_RULE);
        }

        /** Reads a list section whose items carry codes, recording duplicates where they occur. */
        private static <T> List<T> coded(PackNode section, Function<PackNode, T> read, Function<T, String> code) {
            List<T> items = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (PackNode node : section.list()) {
                T item = read.apply(node);
                String itemCode = code.apply(item);
                if (!itemCode.isEmpty() && !seen.add(itemCode)) {
                    node.required("code").problem("another item in this list has the code " + itemCode);
                }
                items.add(item);
            }
            if (items.isEmpty()) {
                section.problem("must not be empty");
            }
            return items;
        }

        private static void uniqueNumbers(PackNode section, List<Integer> numbers) {
            List<PackNode> nodes = section.list();
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < numbers.size() && i < nodes.size(); i++) {
                if (!seen.add(numbers.get(i))) {
                    nodes.get(i).required("number").problem("another item in this list has the number " + numbers.get(i));
                }
            }
        }

        private static List<String> referenceList(PackNode list, Set<String> known, String what) {
            List<String> codes = new ArrayList<>();
            for (PackNode item : list.list()) {
                String value = item.text();
                if (value.isEmpty()) {
                    continue;
                }
                if (!known.contains(value)) {
                    item.problem("no " + what + " has the code " + value);
                } else if (codes.contains(value)) {
                    item.problem(value + " is listed twice");
                } else {
                    codes.add(value);
                }
            }
            if (list.list().isEmpty()) {
                list.problem("must name at least one " + what);
            }
            return codes;
        }

        private static <T> Set<String> codes(List<T> items, Function<T, String> code) {
            Set<String> codes = new HashSet<>();
            items.forEach(item -> codes.add(code.apply(item)));
            return codes;
        }
    }

    private record References(Set<String> groups, Set<String> bases, Set<String> interests, Set<String> categories) {
    }
}
