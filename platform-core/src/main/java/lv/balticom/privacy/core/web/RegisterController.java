package lv.balticom.privacy.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.PageView;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.ProblemException;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.openapi.ApiProblems;
import lv.balticom.privacy.core.internal.http.Problem;
import lv.balticom.privacy.core.internal.registers.PluginRecords;
import lv.balticom.privacy.core.internal.registers.PluginRegister;
import lv.balticom.privacy.core.internal.registers.PluginRegisters;
import lv.balticom.privacy.core.internal.registers.RecordValues;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.Choice;
import lv.balticom.privacy.spi.register.FieldDefinition;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.register.RegisterDefinition;

/**
 * The records of plugins' registers: the registers' definitions, and their records to list, read,
 * create, change and delete. Records are checked against the register's fields and the plugin's own
 * rules, and every change is audited ({@link PluginRecords}).
 */
@Controller("/api/v1/plugins/{pluginId}/registers")
@Tag(name = RegisterController.TAG, description = "The records that plugins keep in the platform (a processor register, "
        + "property owners, ...): each register's fields, and its records to list, read, create, change and delete.")
public class RegisterController {

    static final String TAG = "Plugin registers";

    private static final String PLUGIN = "The plugin's id.";
    private static final String REGISTER = "The register's id within the plugin.";
    private static final String RECORD = "The record's id.";
    private static final String NOT_FOUND = "No running plugin has this id (`field` is `pluginId`), the plugin has no register "
            + "with this id (`registerId`) or the register no record with this id (`recordId`).";
    private static final String VALUES = "The values by field id, in the types of the register's fields: text, e-mail, "
            + "choice, country, catalogue and reference fields as strings; INTEGER as a whole number; DECIMAL as a string "
            + "(`\"12.50\"`, so that no digit is lost) or a number; BOOLEAN as true or false; DATE as `YYYY-MM-DD`; "
            + "SUBJECT as a data subject's id; a field with several values as a list. A field without a value is left "
            + "out (null and blank text mean the same).";

    private final PluginRegisters registers;
    private final PluginRecords records;
    private final JsonBodies bodies;

    RegisterController(PluginRegisters registers, PluginRecords records, JsonBodies bodies) {
        this.registers = registers;
        this.records = records;
        this.bodies = bodies;
    }

    /**
     * A register as the API shows it.
     *
     * @param id the register's id within the plugin
     * @param name its name
     * @param description what it is for
     * @param titleField the field that names a record
     * @param subjectField the field that says which data subject a record is about, if any
     * @param fields its fields, in the order a form shows them
     */
    @Serdeable
    @Schema(name = "PluginRegister", description = "A register of a plugin and its fields.")
    public record RegisterView(String id, Localized name, Localized description, String titleField, @Nullable String subjectField,
                               List<FieldView> fields) {
        static RegisterView of(RegisterDefinition register) {
            return new RegisterView(register.id(), localized(register.name()), localized(register.description()),
                    register.titleField(), register.subjectField().orElse(null), register.fields().stream().map(FieldView::of).toList());
        }
    }

    /**
     * A field of a register.
     *
     * @param id the field's key in a record's values
     * @param label what a person reads beside it
     * @param help a longer explanation, if any
     * @param type TEXT, LONG_TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, CHOICE, COUNTRY, EMAIL, CATALOG, REFERENCE or SUBJECT
     * @param required whether a record must have a value
     * @param multiple whether the field holds a list of values
     * @param maxLength the longest text (text, long text and e-mail fields)
     * @param pattern a regular expression the whole text must match, if any
     * @param min the smallest number, if any
     * @param max the largest number, if any
     * @param choices the codes a CHOICE field takes, with their labels
     * @param catalogKind the catalogue a CATALOG field's codes come from (DATA_CATEGORY, PURPOSE, LEGAL_BASIS,
     *        SUBJECT_TYPE, RECIPIENT_CATEGORY or SOURCE)
     * @param referencedRegister the register of the same plugin a REFERENCE field points into
     */
    @Serdeable
    @Schema(name = "PluginRegisterField", description = "A field of a plugin's register.")
    public record FieldView(String id, Localized label, @Nullable Localized help, String type, boolean required, boolean multiple,
                            int maxLength, @Nullable String pattern, @Nullable BigDecimal min, @Nullable BigDecimal max,
                            List<ChoiceView> choices, @Nullable String catalogKind, @Nullable String referencedRegister) {
        static FieldView of(FieldDefinition field) {
            return new FieldView(field.id(), localized(field.label()), field.help().map(RegisterController::localized).orElse(null),
                    field.type().name(), field.isRequired(), field.isMultiple(), field.maxLength(), field.pattern().orElse(null),
                    field.min().orElse(null), field.max().orElse(null), field.choices().stream().map(ChoiceView::of).toList(),
                    field.catalogKind().map(Enum::name).orElse(null), field.referencedRegister().orElse(null));
        }
    }

    /**
     * One value a CHOICE field may take.
     *
     * @param code what is stored
     * @param label what a person reads
     */
    @Serdeable
    @Schema(name = "PluginRegisterChoice", description = "A value a choice field may take.")
    public record ChoiceView(String code, Localized label) {
        static ChoiceView of(Choice choice) {
            return new ChoiceView(choice.code(), localized(choice.label()));
        }
    }

    /**
     * A record as the API shows it.
     *
     * @param id the record's id
     * @param registerId its register
     * @param title the title field's text
     * @param values the values by field id
     * @param subjectId the data subject it is about, if the register has a subject field and it is set
     * @param createdAt when it was stored
     * @param updatedAt when it last changed
     * @param version 1 when created, one more with each change: what a change names
     */
    @Serdeable
    @Schema(name = "PluginRecord", description = "A record of a plugin's register.")
    public record RecordView(String id, String registerId, String title,
                             @Schema(implementation = Object.class, type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = "The values by field id (see the register's fields); a "
                                     + "field without a value is absent. DECIMAL values are strings.") JsonNode values,
                             @Nullable UUID subjectId, Instant createdAt, Instant updatedAt, long version) {
    }

    /**
     * A new record.
     *
     * @param values the values by field id
     */
    @Serdeable
    @Schema(name = "NewPluginRecord", description = "A new record of a plugin's register.")
    public record NewRecord(@Nullable @Schema(implementation = Object.class, type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = VALUES) JsonNode values) {
    }

    /**
     * A record's new values.
     *
     * @param version the version the change is based on (the record's version as last read)
     * @param values all of the record's values: fields left out lose their value
     */
    @Serdeable
    @Schema(name = "PluginRecordChange", description = "A record's new values, and the version they change.")
    public record RecordChange(@Nullable Long version, @Nullable @Schema(implementation = Object.class, type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE, description = VALUES) JsonNode values) {
    }

    @Get
    @RequiresPermission(Permission.REGISTER_READ)
    @Operation(operationId = "listPluginRegisters", summary = "A plugin's registers",
            description = "Needs the permission `register:read`. The registers a running plugin keeps its records in, each "
                    + "with its fields: id, label, type, whether required or multiple, and their limits (longest text, "
                    + "pattern, smallest and largest number, choices, catalogue kind, referenced register).",
            parameters = @Parameter(name = "pluginId", description = PLUGIN, example = "processors"))
    @ApiResponse(responseCode = "200", description = "The registers, in the plugin's order.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterList.class),
                    examples = @ExampleObject(name = "processors", value = Examples.REGISTERS)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = "No running plugin has this id (`field` is `pluginId`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-plugin", value = Examples.NO_PLUGIN)))
    public ItemList<RegisterView> registers(@PathVariable String pluginId) {
        return new ItemList<>(registers.plugin(pluginId).registers().stream().map(RegisterView::of).toList());
    }

    @Get("/{registerId}")
    @RequiresPermission(Permission.REGISTER_READ)
    @Operation(operationId = "getPluginRegister", summary = "One register of a plugin",
            description = "Needs the permission `register:read`. The register and its fields, as the list shows it.",
            parameters = {@Parameter(name = "pluginId", description = PLUGIN, example = "processors"),
                    @Parameter(name = "registerId", description = REGISTER, example = "processors")})
    @ApiResponse(responseCode = "200", description = "The register.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegisterView.class),
                    examples = @ExampleObject(name = "processors", value = Examples.REGISTER)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-register", value = Examples.NO_REGISTER)))
    public RegisterView register(@PathVariable String pluginId, @PathVariable String registerId) {
        return RegisterView.of(registers.register(pluginId, registerId).definition());
    }

    @Get("/{registerId}/records")
    @RequiresPermission(Permission.REGISTER_READ)
    @Operation(operationId = "listPluginRecords", summary = "A register's records",
            description = "Needs the permission `register:read`. The register's records, newest first, one page at a time; "
                    + "with `q`, only those whose title contains that text, regardless of case.",
            parameters = {@Parameter(name = "pluginId", description = PLUGIN, example = "processors"),
                    @Parameter(name = "registerId", description = REGISTER, example = "processors"),
                    @Parameter(name = "q", description = "Only records whose title contains this text.", example = "Baltic"),
                    @Parameter(name = "page", description = "The page number, from 0.",
                            schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")),
                    @Parameter(name = "size", description = "Records per page.", schema = @Schema(type = "integer",
                            format = "int32", minimum = "1", maximum = "500", defaultValue = "50"))})
    @ApiResponse(responseCode = "200", description = "A page of records.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.RECORD_PAGE)))
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-register", value = Examples.NO_REGISTER)))
    public PageView<RecordView> records(@PathVariable String pluginId, @PathVariable String registerId, @Nullable @QueryValue String q,
                                        @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        PluginRegister register = registers.register(pluginId, registerId);
        PageView<PluginRecord> found = records.list(register, q, page, size);
        return new PageView<>(found.items().stream().map(record -> view(register, record)).toList(), found.page(), found.size(),
                found.totalItems());
    }

    @Get("/{registerId}/records/{recordId}")
    @RequiresPermission(Permission.REGISTER_READ)
    @Operation(operationId = "getPluginRecord", summary = "Read one record of a register",
            description = "Needs the permission `register:read`. The record with its values and version.",
            parameters = {@Parameter(name = "pluginId", description = PLUGIN, example = "processors"),
                    @Parameter(name = "registerId", description = REGISTER, example = "processors"),
                    @Parameter(name = "recordId", description = RECORD, example = "0b9f3c55-2a47-4c8e-9d61-7c3f5b0e2a18")})
    @ApiResponse(responseCode = "200", description = "The record.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordView.class),
                    examples = @ExampleObject(name = "processor", value = Examples.RECORD)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-record", value = Examples.NO_RECORD)))
    public RecordView record(@PathVariable String pluginId, @PathVariable String registerId, @PathVariable String recordId) {
        PluginRegister register = registers.register(pluginId, registerId);
        return view(register, records.find(register, recordId).orElseThrow(RegisterController::noSuchRecord));
    }

    @Post("/{registerId}/records")
    @RequiresPermission(Permission.REGISTER_WRITE)
    @Operation(operationId = "createPluginRecord", summary = "Create a record in a register",
            description = "Needs the permission `register:write`. Checks every value against its field (required, type, "
                    + "longest text, pattern, smallest and largest number, choices; a country is an ISO 3166-1 alpha-2 code, "
                    + "an e-mail address is stored in lower case, a catalogue code must exist in the catalogue, a reference "
                    + "must name a record of the referenced register, a subject an existing data subject) and then the "
                    + "plugin's own rules across fields. Every problem is listed in `errors`, each naming `values.<field>`, "
                    + "the first in `field`; nothing is stored then. The audit ledger records `plugin-record.created` with the "
                    + "ids of the fields that have a value (never the values), about the data subject when there is one.",
            parameters = {@Parameter(name = "pluginId", description = PLUGIN, example = "processors"),
                    @Parameter(name = "registerId", description = REGISTER, example = "processors")},
            requestBody = @RequestBody(required = true, description = "The record's values.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = NewRecord.class),
                            examples = @ExampleObject(name = "processor", value = Examples.NEW_RECORD))))
    @ApiResponse(responseCode = "201", description = "Created; `Location` is the record's address.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordView.class),
                    examples = @ExampleObject(name = "processor", value = Examples.RECORD_CREATED)))
    @ApiResponse(responseCode = "400", description = "A value does not fit its field, or the plugin's rules refuse the record: "
            + "`errors` lists every problem, each naming `values.<field>`. Nothing is stored.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-values", value = Examples.INVALID_VALUES)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-register", value = Examples.NO_REGISTER)))
    public HttpResponse<RecordView> create(@PathVariable String pluginId, @PathVariable String registerId, @Body String body,
                                           @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        PluginRegister register = registers.register(pluginId, registerId);
        NewRecord sent = bodies.read(body, NewRecord.class);
        PluginRecord created;
        try {
            created = records.create(actor, register, values(sent.values()));
        } catch (InvalidRecordException invalid) {
            throw problem(invalid);
        }
        return HttpResponse.created(view(register, created), UriBuilder.of("/api/v1/plugins").path(pluginId).path("registers")
                .path(registerId).path("records").path(created.id()).build());
    }

    @Put("/{registerId}/records/{recordId}")
    @RequiresPermission(Permission.REGISTER_WRITE)
    @Operation(operationId = "updatePluginRecord", summary = "Change a record of a register",
            description = "Needs the permission `register:write`. Replaces all of the record's values (a field left out "
                    + "loses its value), checked as on creation, provided the record is still at `version`: otherwise "
                    + "409 and nothing changes (read the record again). A change that changes no value answers the record "
                    + "as it is and records nothing; otherwise the version goes up by one and the audit ledger records "
                    + "`plugin-record.updated` with the ids of the changed fields (never the values).",
            parameters = {@Parameter(name = "pluginId", description = PLUGIN, example = "processors"),
                    @Parameter(name = "registerId", description = REGISTER, example = "processors"),
                    @Parameter(name = "recordId", description = RECORD, example = "0b9f3c55-2a47-4c8e-9d61-7c3f5b0e2a18")},
            requestBody = @RequestBody(required = true, description = "The version read and the new values.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordChange.class),
                            examples = @ExampleObject(name = "processor", value = Examples.RECORD_CHANGE))))
    @ApiResponse(responseCode = "200", description = "The record as it is now.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RecordView.class),
                    examples = @ExampleObject(name = "processor", value = Examples.RECORD_CHANGED)))
    @ApiResponse(responseCode = "400", description = "`version` is missing, a value does not fit its field, or the plugin's "
            + "rules refuse the record: `errors` lists every problem, each naming `values.<field>`. Nothing changes.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-values", value = Examples.INVALID_VALUES)))
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-record", value = Examples.NO_RECORD)))
    @ApiResponse(responseCode = "409", description = "The record has changed since `version` (`field` is `version`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale-version", value = Examples.STALE)))
    public RecordView update(@PathVariable String pluginId, @PathVariable String registerId, @PathVariable String recordId,
                             @Body String body, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        PluginRegister register = registers.register(pluginId, registerId);
        RecordChange sent = bodies.read(body, RecordChange.class);
        if (sent.version() == null) {
            throw ProblemException.invalid("version", "is required: the record's version as last read");
        }
        try {
            return view(register, records.update(actor, register, recordId, sent.version(), values(sent.values())));
        } catch (InvalidRecordException invalid) {
            throw problem(invalid);
        }
    }

    @Delete("/{registerId}/records/{recordId}")
    @RequiresPermission(Permission.REGISTER_WRITE)
    @Operation(operationId = "deletePluginRecord", summary = "Delete a record of a register",
            description = "Needs the permission `register:write`. Deletes the record for the reason given, which the audit "
                    + "ledger records with `plugin-record.deleted` (1 to 200 characters; no personal data in it).",
            parameters = {@Parameter(name = "pluginId", description = PLUGIN, example = "processors"),
                    @Parameter(name = "registerId", description = REGISTER, example = "processors"),
                    @Parameter(name = "recordId", description = RECORD, example = "0b9f3c55-2a47-4c8e-9d61-7c3f5b0e2a18"),
                    @Parameter(name = "reason", description = "Why the record is deleted.", required = true,
                            example = "The agreement ended on 2026-10-31.")})
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiProblems.BadRequest
    @ApiProblems.SignInRequired
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-such-record", value = Examples.NO_RECORD)))
    public HttpResponse<Void> delete(@PathVariable String pluginId, @PathVariable String registerId, @PathVariable String recordId,
                                     @Nullable @QueryValue String reason, @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        PluginRegister register = registers.register(pluginId, registerId);
        if (!records.delete(actor, register, recordId, reason)) {
            throw noSuchRecord();
        }
        return HttpResponse.noContent();
    }

    /** The values object as sent, field by field; 400 naming {@code values} when it is not an object. */
    private static Map<String, JsonNode> values(@Nullable JsonNode values) {
        if (values == null || values.isNull()) {
            throw ProblemException.invalid("values", "is required: an object holding the values by field id");
        }
        if (!values.isObject()) {
            throw ProblemException.invalid("values", "must be an object holding the values by field id");
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        values.entries().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }

    /** 400 with every problem, each under {@code values.<field>}, in English. */
    static ProblemException problem(InvalidRecordException invalid) {
        if (invalid.problems().isEmpty()) {
            return ProblemException.invalid("values", "The register refuses the record.");
        }
        return ProblemException.invalid(invalid.problems().stream()
                .map(problem -> new ProblemException.FieldError("values." + problem.field(), problem.message().en())).toList());
    }

    private static RecordView view(PluginRegister register, PluginRecord record) {
        return new RecordView(record.id(), record.registerId(), record.text(register.definition().titleField()).orElse(""),
                RecordValues.toJson(register.definition(), record.values()), record.subjectId().orElse(null), record.createdAt(),
                record.updatedAt(), record.version());
    }

    private static ProblemException noSuchRecord() {
        return ProblemException.notFound("recordId", "The register has no record with this id.");
    }

    private static Localized localized(Text text) {
        return new Localized(text.lv(), text.en());
    }

    /** The shape of the register list, for the OpenAPI document only. */
    @Schema(name = "PluginRegisterList", description = "A plugin's registers.")
    record RegisterList(List<RegisterView> items) {
    }

    /** The shape of a page of records, for the OpenAPI document only. */
    @Schema(name = "PluginRecordPage", description = "One page of a register's records, newest first.")
    record RecordPage(List<RecordView> items,
                      @Schema(description = "The page number, from 0.") int page,
                      @Schema(description = "The page size asked for.") int size,
                      @Schema(description = "How many records match in all.") long totalItems) {
    }

    /** Examples for the OpenAPI document: the processors plugin's register of processors (POL-13, POL-14). */
    static final class Examples {

        static final String REGISTER = """
                {
                  "id": "processors",
                  "name": {"lv": "Apstrādātāji", "en": "Processors"},
                  "description": {"lv": "Uzņēmumi, kas apstrādā personas datus Balticom uzdevumā (POL-13, POL-14).",
                                  "en": "Companies that process personal data on Balticom's instructions (POL-13, POL-14)."},
                  "titleField": "name",
                  "subjectField": null,
                  "fields": [
                    {"id": "name", "label": {"lv": "Nosaukums", "en": "Name"}, "help": null, "type": "TEXT", "required": true,
                     "multiple": false, "maxLength": 200, "pattern": null, "min": null, "max": null, "choices": [],
                     "catalogKind": null, "referencedRegister": null},
                    {"id": "country", "label": {"lv": "Valsts", "en": "Country"}, "help": null, "type": "COUNTRY", "required": true,
                     "multiple": false, "maxLength": 2, "pattern": null, "min": null, "max": null, "choices": [],
                     "catalogKind": null, "referencedRegister": null},
                    {"id": "relation", "label": {"lv": "Attiecības", "en": "Relation"}, "help": null, "type": "CHOICE",
                     "required": true, "multiple": false, "maxLength": 64, "pattern": null, "min": null, "max": null,
                     "choices": [{"code": "GROUP_COMPANY", "label": {"lv": "Grupas uzņēmums", "en": "Group company"}},
                                 {"code": "PARTNER", "label": {"lv": "Sadarbības partneris", "en": "Partner"}}],
                     "catalogKind": null, "referencedRegister": null},
                    {"id": "dataCategories", "label": {"lv": "Datu kategorijas", "en": "Data categories"}, "help": null,
                     "type": "CATALOG", "required": true, "multiple": true, "maxLength": 64, "pattern": null, "min": null,
                     "max": null, "choices": [], "catalogKind": "DATA_CATEGORY", "referencedRegister": null},
                    {"id": "contractFrom", "label": {"lv": "Līgums no", "en": "Agreement from"}, "help": null, "type": "DATE",
                     "required": false, "multiple": false, "maxLength": 10, "pattern": null, "min": null, "max": null,
                     "choices": [], "catalogKind": null, "referencedRegister": null}
                  ]
                }""";

        static final String REGISTERS = "{\"items\": [" + REGISTER + "]}";

        static final String NEW_RECORD = """
                {
                  "values": {
                    "name": "SIA Baltic Install",
                    "country": "lv",
                    "relation": "PARTNER",
                    "dataCategories": ["IDENTIFICATION", "CONTACT"],
                    "contractFrom": "2024-07-01"
                  }
                }""";

        static final String RECORD_CREATED = """
                {
                  "id": "0b9f3c55-2a47-4c8e-9d61-7c3f5b0e2a18",
                  "registerId": "processors",
                  "title": "SIA Baltic Install",
                  "values": {
                    "name": "SIA Baltic Install",
                    "country": "LV",
                    "relation": "PARTNER",
                    "dataCategories": ["IDENTIFICATION", "CONTACT"],
                    "contractFrom": "2024-07-01"
                  },
                  "subjectId": null,
                  "createdAt": "2026-11-29T08:12:40.120431Z",
                  "updatedAt": "2026-11-29T08:12:40.120431Z",
                  "version": 1
                }""";

        static final String RECORD = RECORD_CREATED;

        static final String RECORD_PAGE = "{\"items\": [" + RECORD + "], \"page\": 0, \"size\": 50, \"totalItems\": 1}";

        static final String RECORD_CHANGE = """
                {
                  "version": 1,
                  "values": {
                    "name": "SIA Baltic Install",
                    "country": "LV",
                    "relation": "PARTNER",
                    "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT"],
                    "contractFrom": "2024-07-01"
                  }
                }""";

        static final String RECORD_CHANGED = """
                {
                  "id": "0b9f3c55-2a47-4c8e-9d61-7c3f5b0e2a18",
                  "registerId": "processors",
                  "title": "SIA Baltic Install",
                  "values": {
                    "name": "SIA Baltic Install",
                    "country": "LV",
                    "relation": "PARTNER",
                    "dataCategories": ["IDENTIFICATION", "CONTACT", "CLIENT"],
                    "contractFrom": "2024-07-01"
                  },
                  "subjectId": null,
                  "createdAt": "2026-11-29T08:12:40.120431Z",
                  "updatedAt": "2026-11-29T09:03:11.502877Z",
                  "version": 2
                }""";

        static final String INVALID_VALUES = """
                {
                  "type": "https://balticom.lv/privacy-platform/problems/invalid-request",
                  "title": "The request is not valid",
                  "status": 400,
                  "detail": "must be a country’s two-letter ISO 3166-1 code (such as LV)",
                  "field": "values.country",
                  "errors": [
                    {"field": "values.country", "detail": "must be a country’s two-letter ISO 3166-1 code (such as LV)"},
                    {"field": "values.relation", "detail": "must be one of GROUP_COMPANY, PARTNER"},
                    {"field": "values.dataCategories", "detail": "is required"}
                  ]
                }""";

        static final String STALE = """
                {
                  "type": "https://balticom.lv/privacy-platform/problems/conflict",
                  "title": "Conflict with the current state",
                  "status": 409,
                  "detail": "The record has changed since: it is at version 2. Read it again and repeat the change.",
                  "field": "version",
                  "errors": null
                }""";

        static final String NO_PLUGIN = """
                {
                  "type": "https://balticom.lv/privacy-platform/problems/not-found",
                  "title": "Not found",
                  "status": 404,
                  "detail": "No running plugin has this id.",
                  "field": "pluginId",
                  "errors": null
                }""";

        static final String NO_REGISTER = """
                {
                  "type": "https://balticom.lv/privacy-platform/problems/not-found",
                  "title": "Not found",
                  "status": 404,
                  "detail": "The plugin has no register with this id.",
                  "field": "registerId",
                  "errors": null
                }""";

        static final String NO_RECORD = """
                {
                  "type": "https://balticom.lv/privacy-platform/problems/not-found",
                  "title": "Not found",
                  "status": 404,
                  "detail": "The register has no record with this id.",
                  "field": "recordId",
                  "errors": null
                }""";

        private Examples() {
        }
    }
}
