package lv.balticom.privacy.core.api;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a request body into its type and, when it does not fit, says which field is wrong: an unknown
 * field, a value of the wrong kind, a list where an object belongs. Controllers take the body as text
 * and pass it here, so that every module answers a bad body the same way (400 naming the field) and no
 * parser message, which may quote what was sent, reaches the caller.
 *
 * <p>Thread-safe.
 */
@Singleton
public final class JsonBodies {

    private final JsonMapper mapper;

    JsonBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The body as the given type.
     *
     * @throws ProblemException 400 naming the offending field when the body is not JSON of that shape
     */
    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid((String) null, "A JSON body is required.");
        }
        JsonNode tree;
        try {
            tree = mapper.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid((String) null, "The body is not valid JSON.");
        }
        if (tree == null || !tree.isObject()) {
            throw ProblemException.invalid((String) null, "The body must be a JSON object.");
        }
        Optional<ProblemException> mismatch = mismatch(tree, Argument.of(type), "");
        if (mismatch.isPresent()) {
            throw mismatch.get();
        }
        try {
            return mapper.readValueFromTree(tree, type);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid((String) null, "The body does not have the expected shape.");
        }
    }

    /** The first place where the tree does not fit the type, if any. */
    private static Optional<ProblemException> mismatch(JsonNode node, Argument<?> type, String path) {
        if (node.isNull()) {
            return Optional.empty(); // absent and null are the same; the caller checks required fields
        }
        Class<?> raw = type.getType();
        if (raw == String.class || raw.isEnum() || raw == UUID.class || Temporal.class.isAssignableFrom(raw)) {
            return node.isString() ? Optional.empty() : wrong(path, "must be a string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean() ? Optional.empty() : wrong(path, "must be true or false");
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return node.isNumber() ? Optional.empty() : wrong(path, "must be a number");
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return wrong(path, "must be a list");
            }
            Argument<?> item = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            int index = 0;
            for (JsonNode value : node.values()) {
                Optional<ProblemException> inner = mismatch(value, item, path + "[" + index++ + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return node.isObject() ? Optional.empty() : wrong(path, "must be an object");
        }
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(raw);
        if (introspection.isEmpty()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            return wrong(path, "must be an object");
        }
        for (Map.Entry<String, JsonNode> field : node.entries()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            Optional<? extends BeanProperty<?, Object>> property = introspection.get().getProperty(field.getKey());
            if (property.isEmpty()) {
                return wrong(fieldPath, "is not a known field");
            }
            Optional<ProblemException> inner = mismatch(field.getValue(), property.get().asArgument(), fieldPath);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    private static Optional<ProblemException> wrong(String path, String detail) {
        return Optional.of(ProblemException.invalid(path.isEmpty() ? null : path, detail));
    }
}
