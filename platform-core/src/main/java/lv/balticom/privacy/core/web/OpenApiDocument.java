package lv.balticom.privacy.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@code GET /openapi.yml}: the core's OpenAPI document with the feature modules' operations added.
 *
 * <p>micronaut-openapi writes one document per Maven module at compile time: the core's
 * {@value #CORE} (title, security schemes, tags) and each feature module's {@value #MODULE}, which holds
 * only that module's paths, schemas and tags. This reads them all once, on the first request, and
 * serves one document. {@code META-INF} is not a package, so the class loader finds every module's copy
 * on the module path as well as on the class path. A path or schema that two documents both define
 * keeps the first (the core's), and is logged when the two differ in more than their descriptions.
 *
 * <p>{@code ConsoleAccess} guards the address: a console session, HTTP Basic or an API key.
 */
@Controller
@Hidden
public class OpenApiDocument {

    /** The core's document. */
    static final String CORE = "META-INF/swagger/openapi.yml";

    /** Each feature module's document (its {@code openapi.properties}: {@code micronaut.openapi.filename=module-openapi}). */
    static final String MODULE = "META-INF/swagger/module-openapi.yml";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);
    private static final MediaType YAML = MediaType.of("text/yaml;charset=utf-8");

    private volatile String document;

    @Get("/openapi.yml")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> document() {
        String served = document;
        if (served == null) {
            served = merged(getClass().getClassLoader());
            document = served;
        }
        return HttpResponse.ok(served).contentType(YAML);
    }

    /** The core's document with every module's added, as YAML. */
    static String merged(ClassLoader loader) {
        try {
            URL core = loader.getResource(CORE);
            if (core == null) {
                throw new IllegalStateException(CORE + " is missing: the core was built without micronaut-openapi");
            }
            Map<String, Object> document = read(core);
            for (URL module : Collections.list(loader.getResources(MODULE))) {
                add(document, read(module), module.toString());
            }
            return dump(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a module's paths, component entries and tags to the document. */
    @SuppressWarnings("unchecked")
    static void add(Map<String, Object> document, Map<String, Object> module, String origin) {
        mergeEntries(section(document, "paths"), (Map<String, Object>) module.getOrDefault("paths", Map.of()), "path", origin);
        Map<String, Object> moduleComponents = (Map<String, Object>) module.getOrDefault("components", Map.of());
        Map<String, Object> components = section(document, "components");
        moduleComponents.forEach((kind, entries) -> {
            if (entries instanceof Map<?, ?> map) {
                mergeEntries(section(components, kind), (Map<String, Object>) map, kind, origin);
            }
        });
        if (module.get("tags") instanceof List<?> tags) {
            List<Object> known = (List<Object>) document.computeIfAbsent("tags", key -> new ArrayList<>());
            for (Object tag : tags) {
                Object name = tag instanceof Map<?, ?> map ? map.get("name") : null;
                boolean present = known.stream().anyMatch(existing -> existing instanceof Map<?, ?> map && map.get("name").equals(name));
                if (!present) {
                    known.add(tag);
                }
            }
        }
    }

    private static void mergeEntries(Map<String, Object> into, Map<String, Object> entries, String kind, String origin) {
        entries.forEach((name, value) -> {
            Object kept = into.putIfAbsent(name, value);
            if (kept != null && differs(kept, value)) {
                LOG.warn("OpenAPI: {} {} of {} is defined already; the first one is kept", kind, name, origin);
            }
        });
    }

    /**
     * Whether two definitions of one entry differ in more than their descriptions. A module that uses a core
     * type (the {@code Problem} of {@code ApiProblems}, {@code Localized}) gets a schema of its own for it: the
     * same shape, but without the descriptions, which the processor takes from the Javadoc of the sources it
     * compiles. That is no clash.
     */
    static boolean differs(Object kept, Object offered) {
        return !withoutDescriptions(kept).equals(withoutDescriptions(offered));
    }

    private static Object withoutDescriptions(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                // A text; a property named "description" is a schema (a map) and stays.
                if (!("description".equals(key) && value instanceof String)) {
                    copy.put(key, withoutDescriptions(value));
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(OpenApiDocument::withoutDescriptions).toList();
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(key, created);
        return created;
    }

    private static Map<String, Object> read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            LoaderOptions options = new LoaderOptions();
            DumperOptions unused = new DumperOptions();
            Object loaded = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new TimesAsText())
                    .load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalStateException(url + " is not an OpenAPI document");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> document = new LinkedHashMap<>((Map<String, Object>) map);
            return document;
        }
    }

    /**
     * Reads the examples' times and days as the text they are. YAML 1.1 would read {@code 2026-11-29T08:15:03.512877Z}
     * and {@code 2025-10-07} as timestamps, and writing those back would cut the microseconds and turn days into
     * instants. Written back, such texts are quoted, so that no reader takes them for timestamps either.
     */
    private static final class TimesAsText extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    private static String dump(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(new Representer(options), options).dump(document);
    }
}
