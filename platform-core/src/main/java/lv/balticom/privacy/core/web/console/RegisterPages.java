package lv.balticom.privacy.core.web.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.ProblemType;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.catalog.Catalog;
import lv.balticom.privacy.core.internal.console.ConsoleLocaleResolver;
import lv.balticom.privacy.core.internal.plugins.ActivePlugin;
import lv.balticom.privacy.core.internal.registers.CatalogEntries;
import lv.balticom.privacy.core.internal.registers.PluginRecords;
import lv.balticom.privacy.core.internal.registers.PluginRegister;
import lv.balticom.privacy.core.internal.registers.PluginRegisters;
import lv.balticom.privacy.core.api.console.FormTokenChecked;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.FieldType;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * A plugin's register in the console, drawn from its field list: the records (search, pages), one record
 * with its values labelled in the person's language, and the forms to create, change and delete one.
 * The plugins page links here; there is no menu item of its own.
 */
@FormTokenChecked
@Controller("/console/plugins/{pluginId}/registers/{registerId}")
public class RegisterPages {

    private static final int PAGE_SIZE = 50;
    /** The notices of this page, as {@code ?done=} values, and their texts. */
    private static final Map<String, String> NOTICES = Map.of("record-created", "register.done.created",
            "record-updated", "register.done.updated", "record-deleted", "register.done.deleted");

    private final PluginRegisters registers;
    private final PluginRecords records;
    private final Catalog catalog;
    private final ConsoleLocaleResolver locales;

    RegisterPages(PluginRegisters registers, PluginRecords records, Catalog catalog, ConsoleLocaleResolver locales) {
        this.registers = registers;
        this.records = records;
        this.catalog = catalog;
        this.locales = locales;
    }

    /**
     * An option of a select or a check box.
     *
     * @param value what the form sends
     * @param label what the person reads
     */
    public record Option(String value, String label) {
    }

    /**
     * One input of a record's form, as the field's type asks.
     *
     * @param id the field's id: the input's name
     * @param label the field's label in the person's language
     * @param help its explanation, if any
     * @param input text, textarea, number, checkbox, date, email, select, checkboxes, multiselect or subject
     * @param required whether the field must have a value
     * @param step a number input's step ({@code 1} or {@code any})
     * @param min a number input's smallest value, if any
     * @param max a number input's largest value, if any
     * @param maxLength the longest text, for text inputs
     * @param pattern the pattern the whole text must match, if any
     * @param options the choices of a select or of check boxes
     * @param value the value now (as typed, or as stored)
     * @param values the values now, for a field that holds several
     * @param problem what is wrong with it, in the person's language
     */
    public record Input(String id, String label, @Nullable String help, String input, boolean required, @Nullable String step,
                        @Nullable String min, @Nullable String max, @Nullable Integer maxLength, @Nullable String pattern,
                        List<Option> options, String value, List<String> values, @Nullable String problem) {
    }

    /**
     * One value shown on a record's page.
     *
     * @param text what it says
     * @param href where it leads, if anywhere
     * @param key a message key to show instead of the text (yes, no)
     */
    public record Shown(String text, @Nullable String href, @Nullable String key) {

        /** The text's lines (a long text keeps them). */
        public List<String> lines() {
            return List.of(text.split("\\R", -1));
        }
    }

    /**
     * A field of a record as its page shows it.
     *
     * @param id the field's id
     * @param label its label in the person's language
     * @param items its value or values (none when it has no value)
     * @param multiline whether the text keeps its lines
     * @param multiple whether the field holds several values
     */
    public record Labelled(String id, String label, List<Shown> items, boolean multiline, boolean multiple) {
    }

    /**
     * A record in the list.
     *
     * @param record the record
     * @param title its title
     * @param subjectId the data subject it is about, if any
     */
    public record Row(PluginRecord record, String title, @Nullable String subjectId) {
    }

    @Get
    @RequiresPermission(Permission.REGISTER_READ)
    public ModelAndView<Map<String, Object>> list(@PathVariable String pluginId, @PathVariable String registerId,
                                                  @Nullable @QueryValue String q, @QueryValue(defaultValue = "0") int page,
                                                  @Nullable @QueryValue String done, HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        Map<String, Object> model = base(pluginId, register, locales.resolveOrDefault(request), done);
        int from = Math.max(0, page);
        PageView<PluginRecord> found = records.list(register, q, from, PAGE_SIZE);
        model.put("q", q == null ? "" : q);
        String titleField = register.definition().titleField();
        model.put("rows", found.items().stream().map(record -> new Row(record, record.text(titleField).orElse(record.id()),
                record.subjectId().map(Object::toString).orElse(null))).toList());
        model.put("total", found.totalItems());
        model.put("page", from);
        model.put("pages", Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.put("hasSubject", register.definition().subjectField().isPresent());
        return Pages.page("register-records", model);
    }

    @Get("/new")
    @RequiresPermission(Permission.REGISTER_WRITE)
    public ModelAndView<Map<String, Object>> newRecord(@PathVariable String pluginId, @PathVariable String registerId,
                                                       HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        Locale locale = locales.resolveOrDefault(request);
        return Pages.page("register-form", form(pluginId, register, locale, null, stored(register, Map.of()), List.of()));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.REGISTER_WRITE)
    public HttpResponse<?> create(@PathVariable String pluginId, @PathVariable String registerId, @Body Map<String, Object> fields,
                                  @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor, HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        Map<String, Object> typed = typed(register, new Form(fields));
        try {
            PluginRecord created = records.create(actor, register, typed);
            return Pages.done(recordPath(pluginId, register.id(), created.id()), "record-created");
        } catch (InvalidRecordException invalid) {
            Locale locale = locales.resolveOrDefault(request);
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            return page.body(Pages.page("register-form", form(pluginId, register, locale, null, typed, invalid.problems())));
        }
    }

    @Get("/{recordId}")
    @RequiresPermission(Permission.REGISTER_READ)
    public ModelAndView<Map<String, Object>> record(@PathVariable String pluginId, @PathVariable String registerId,
                                                    @PathVariable String recordId, @Nullable @QueryValue String done,
                                                    HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        return Pages.page("register-record", recordModel(pluginId, register, existing(register, recordId),
                locales.resolveOrDefault(request), done));
    }

    @Get("/{recordId}/edit")
    @RequiresPermission(Permission.REGISTER_WRITE)
    public ModelAndView<Map<String, Object>> editForm(@PathVariable String pluginId, @PathVariable String registerId,
                                                      @PathVariable String recordId, HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        PluginRecord record = existing(register, recordId);
        return Pages.page("register-form", form(pluginId, register, locales.resolveOrDefault(request), record,
                stored(register, record.values()), List.of()));
    }

    @Post("/{recordId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.REGISTER_WRITE)
    public HttpResponse<?> edit(@PathVariable String pluginId, @PathVariable String registerId, @PathVariable String recordId,
                                @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor,
                                HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        PluginRecord record = existing(register, recordId);
        Form form = new Form(fields);
        Map<String, Object> typed = typed(register, form);
        Locale locale = locales.resolveOrDefault(request);
        long version;
        try {
            version = Long.parseLong(form.text("version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            records.update(actor, register, recordId, version, typed);
            return Pages.done(recordPath(pluginId, register.id(), recordId), "record-updated");
        } catch (InvalidRecordException invalid) {
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.BAD_REQUEST);
            Map<String, Object> model = form(pluginId, register, locale, record, typed, invalid.problems());
            model.put("version", version);
            return page.body(Pages.page("register-form", model));
        } catch (ProblemException problem) {
            if (problem.type() != ProblemType.CONFLICT) {
                throw problem;
            }
            // Someone changed the record meanwhile: show what they saved beside what this person typed.
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.CONFLICT);
            Map<String, Object> model = form(pluginId, register, locale, record, typed, List.of());
            model.put("stale", true);
            return page.body(Pages.page("register-form", model));
        }
    }

    @Post("/{recordId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RequiresPermission(Permission.REGISTER_WRITE)
    public HttpResponse<?> delete(@PathVariable String pluginId, @PathVariable String registerId, @PathVariable String recordId,
                                  @Body Map<String, Object> fields, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor,
                                  HttpRequest<?> request) {
        PluginRegister register = registers.register(pluginId, registerId);
        PluginRecord record = existing(register, recordId);
        Form form = new Form(fields);
        try {
            records.delete(actor, register, recordId, form.text("reason"));
            return Pages.done(listPath(pluginId, register.id()), "record-deleted");
        } catch (ProblemException problem) {
            MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.status(HttpStatus.valueOf(problem.type().status()));
            Map<String, Object> model = recordModel(pluginId, register, record, locales.resolveOrDefault(request), null);
            model.put("reasonProblem", true);
            model.put("reason", form.text("reason"));
            return page.body(Pages.page("register-record", model));
        }
    }

    /** What every page of a register shows: the plugin, the register and the notice of what was just done. */
    private Map<String, Object> base(String pluginId, PluginRegister register, Locale locale, @Nullable String done) {
        ActivePlugin plugin = registers.plugin(pluginId);
        Map<String, Object> model = new HashMap<>();
        model.put("pluginId", pluginId);
        model.put("pluginName", plugin.plugin().name().in(locale));
        model.put("registerId", register.id());
        model.put("registerName", register.definition().name().in(locale));
        model.put("registerDescription", register.definition().description().in(locale));
        model.put("listPath", listPath(pluginId, register.id()));
        if (done != null && NOTICES.containsKey(done)) {
            model.put("notice", NOTICES.get(done));
        }
        return model;
    }

    private Map<String, Object> recordModel(String pluginId, PluginRegister register, PluginRecord record, Locale locale,
                                            @Nullable String done) {
        Map<String, Object> model = base(pluginId, register, locale, done);
        model.put("record", record);
        model.put("recordTitle", record.text(register.definition().titleField()).orElse(record.id()));
        model.put("recordPath", recordPath(pluginId, register.id(), record.id()));
        List<Labelled> shown = new ArrayList<>();
        for (FieldDefinition field : register.definition().fields()) {
            Object value = record.values().get(field.id());
            List<?> items = value == null ? List.of() : value instanceof List<?> list ? list : List.of(value);
            shown.add(new Labelled(field.id(), field.label().in(locale), items.stream()
                    .map(item -> shown(pluginId, register, field, item, locale)).toList(), field.type() == FieldType.LONG_TEXT,
                    field.isMultiple()));
        }
        model.put("fields", shown);
        model.put("reason", "");
        return model;
    }

    /** A stored value as a person reads it: choices and countries by name, catalogue codes with their names, links. */
    private Shown shown(String pluginId, PluginRegister register, FieldDefinition field, Object value, Locale locale) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        return switch (field.type()) {
            case BOOLEAN -> new Shown(text, null, Boolean.TRUE.equals(value) ? "register.yes" : "register.no");
            case CHOICE -> new Shown(field.choices().stream().filter(choice -> choice.code().equals(text)).findFirst()
                    .map(choice -> choice.label().in(locale)).orElse(text), null, null);
            case COUNTRY -> new Shown(country(text, locale) + " (" + text + ")", null, null);
            case CATALOG -> new Shown(CatalogEntries.find(catalog, field.catalogKind().orElseThrow(), text)
                    .map(entry -> entry.name().text(locale) + " (" + text + ")").orElse(text), null, null);
            case REFERENCE -> {
                String target = field.referencedRegister().orElseThrow();
                Optional<PluginRecord> referenced = register.sibling(target).flatMap(definition -> records.find(
                        new PluginRegister(register.pluginId(), register.registers(), definition), text));
                yield referenced.map(found -> new Shown(found.text(register.sibling(target).orElseThrow().titleField()).orElse(text),
                        recordPath(pluginId, target, text), null)).orElse(new Shown(text, null, null));
            }
            case SUBJECT -> new Shown(text, "/console/subjects/" + text, null);
            default -> new Shown(text, null, null);
        };
    }

    /**
     * A record's form.
     *
     * @param record the record being changed, or null for a new one
     * @param values the values to show, by field id: text, or a list of texts for a field with several
     * @param problems what is wrong, when the form was refused
     */
    private Map<String, Object> form(String pluginId, PluginRegister register, Locale locale, @Nullable PluginRecord record,
                                     Map<String, Object> values, List<FieldProblem> problems) {
        Map<String, Object> model = base(pluginId, register, locale, null);
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (FieldProblem problem : problems) {
            if (register.definition().field(problem.field()).isPresent()) {
                byField.merge(problem.field(), problem.message().in(locale), (first, more) -> first + " " + more);
            } else {
                others.add(problem.message().in(locale));
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (FieldDefinition field : register.definition().fields()) {
            inputs.add(input(register, field, locale, values.get(field.id()), byField.get(field.id())));
        }
        model.put("inputs", inputs);
        model.put("refused", !problems.isEmpty());
        model.put("otherProblems", others);
        model.put("stale", false);
        if (record == null) {
            model.put("action", listPath(pluginId, register.id()) + "/new");
            model.put("cancel", listPath(pluginId, register.id()));
        } else {
            model.put("record", record);
            model.put("recordTitle", record.text(register.definition().titleField()).orElse(record.id()));
            model.put("version", record.version());
            model.put("action", recordPath(pluginId, register.id(), record.id()) + "/edit");
            model.put("cancel", recordPath(pluginId, register.id(), record.id()));
        }
        return model;
    }

    private Input input(PluginRegister register, FieldDefinition field, Locale locale, @Nullable Object value, @Nullable String problem) {
        String label = field.label().in(locale);
        String help = field.help().map(text -> text.in(locale)).orElse(null);
        String single = value instanceof List<?> list ? (list.isEmpty() ? "" : String.valueOf(list.get(0))) : value == null ? "" : value.toString();
        List<String> several = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : single.isEmpty() ? List.of() : List.of(single);
        String min = field.min().map(BigDecimal::toPlainString).orElse(null);
        String max = field.max().map(BigDecimal::toPlainString).orElse(null);
        return switch (field.type()) {
            case TEXT -> new Input(field.id(), label, help, "text", field.isRequired(), null, null, null, field.maxLength(),
                    field.pattern().orElse(null), List.of(), single, several, problem);
            case LONG_TEXT -> new Input(field.id(), label, help, "textarea", field.isRequired(), null, null, null, field.maxLength(),
                    null, List.of(), single, several, problem);
            case EMAIL -> new Input(field.id(), label, help, "email", field.isRequired(), null, null, null, field.maxLength(),
                    null, List.of(), single, several, problem);
            case INTEGER -> new Input(field.id(), label, help, "number", field.isRequired(), "1", min, max, null, null, List.of(),
                    single, several, problem);
            case DECIMAL -> new Input(field.id(), label, help, "number", field.isRequired(), "any", min, max, null, null, List.of(),
                    single, several, problem);
            case BOOLEAN -> new Input(field.id(), label, help, "checkbox", false, null, null, null, null, null, List.of(),
                    single, several, problem);
            case DATE -> new Input(field.id(), label, help, "date", field.isRequired(), null, null, null, null, null, List.of(),
                    single, several, problem);
            case CHOICE -> new Input(field.id(), label, help, field.isMultiple() ? "checkboxes" : "select", field.isRequired(),
                    null, null, null, null, null, field.choices().stream().map(choice -> new Option(choice.code(),
                    choice.label().in(locale))).toList(), single, several, problem);
            case COUNTRY -> new Input(field.id(), label, help, field.isMultiple() ? "multiselect" : "select", field.isRequired(),
                    null, null, null, null, null, countries(locale), single, several, problem);
            case CATALOG -> new Input(field.id(), label, help, field.isMultiple() ? "checkboxes" : "select", field.isRequired(),
                    null, null, null, null, null, CatalogEntries.all(catalog, field.catalogKind().orElseThrow()).stream()
                    .map(entry -> new Option(entry.code(), entry.name().text(locale) + " (" + entry.code() + ")")).toList(),
                    single, several, problem);
            case REFERENCE -> new Input(field.id(), label, help, "select", field.isRequired(), null, null, null, null, null,
                    referenceOptions(register, field.referencedRegister().orElseThrow(), locale), single, several, problem);
            case SUBJECT -> new Input(field.id(), label, help, "subject", field.isRequired(), null, null, null, 36,
                    null, List.of(), single, several, problem);
        };
    }

    /** The records a reference may point to, by title. */
    private List<Option> referenceOptions(PluginRegister register, String target, Locale locale) {
        Optional<RegisterDefinition> definition = register.sibling(target);
        if (definition.isEmpty()) {
            return List.of();
        }
        Collator collator = Collator.getInstance(locale);
        return records.all(new PluginRegister(register.pluginId(), register.registers(), definition.get())).stream()
                .map(record -> new Option(record.id(), record.text(definition.get().titleField()).orElse(record.id())))
                .sorted(Comparator.comparing(Option::label, collator)).toList();
    }

    /** Every ISO 3166-1 country, named in the person's language, in its alphabetical order. */
    private static List<Option> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries()).map(code -> new Option(code, country(code, locale)))
                .sorted(Comparator.comparing(Option::label, collator)).toList();
    }

    private static String country(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    /** The form's values of the register's fields, as typed: a check box is true or false, several values a list. */
    private static Map<String, Object> typed(PluginRegister register, Form form) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (FieldDefinition field : register.definition().fields()) {
            if (field.isMultiple()) {
                typed.put(field.id(), form.all(field.id()));
            } else if (field.type() == FieldType.BOOLEAN) {
                typed.put(field.id(), form.checked(field.id()) ? "true" : "false");
            } else {
                typed.put(field.id(), form.raw(field.id()));
            }
        }
        return typed;
    }

    /** A record's values as a form shows them: text, or a list of texts. */
    private static Map<String, Object> stored(PluginRegister register, Map<String, Object> values) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (FieldDefinition field : register.definition().fields()) {
            Object value = values.get(field.id());
            if (value instanceof List<?> list) {
                shown.put(field.id(), list.stream().map(RegisterPages::text).toList());
            } else if (value != null) {
                shown.put(field.id(), text(value));
            }
        }
        return shown;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : Objects.toString(value);
    }

    private PluginRecord existing(PluginRegister register, String recordId) {
        return records.find(register, recordId)
                .orElseThrow(() -> ProblemException.notFound("recordId", "The register has no record with this id."));
    }

    private static String listPath(String pluginId, String registerId) {
        return "/console/plugins/" + pluginId + "/registers/" + registerId;
    }

    private static String recordPath(String pluginId, String registerId, String recordId) {
        return listPath(pluginId, registerId) + "/" + recordId;
    }
}
