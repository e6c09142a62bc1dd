package lv.balticom.privacy.core.internal.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Details of an entry as a flat JSON object of strings, keys in order. Written by hand rather than by a
 * JSON library so that the stored text, and so the hash input, never changes with a library upgrade.
 */
final class AuditDetails {

    private AuditDetails() {
    }

    static String encode(Map<String, String> details) {
        if (details.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        details.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, key);
            json.append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    /** Reads what {@link #encode} wrote. */
    static Map<String, String> decode(String json) {
        Map<String, String> details = new LinkedHashMap<>();
        if (json == null || json.isEmpty()) {
            return details;
        }
        int[] at = {1};
        while (at[0] < json.length() && json.charAt(at[0]) != '}') {
            String key = unquote(json, at);
            at[0]++; // ':'
            String value = unquote(json, at);
            details.put(key, value);
            if (json.charAt(at[0]) == ',') {
                at[0]++;
            }
        }
        return details;
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static String unquote(String json, int[] at) {
        StringBuilder text = new StringBuilder();
        int i = at[0] + 1; // opening quote
        while (json.charAt(i) != '"') {
            char c = json.charAt(i);
            if (c == '\\') {
                char next = json.charAt(++i);
                switch (next) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> text.append(next);
                }
            } else {
                text.append(c);
            }
            i++;
        }
        at[0] = i + 1;
        return text.toString();
    }
}
