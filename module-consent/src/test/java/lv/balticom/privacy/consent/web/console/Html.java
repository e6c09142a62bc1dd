package lv.balticom.privacy.consent.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small readings of a console page's HTML for the tests. */
final class Html {

    private Html() {
    }

    /** The element that starts with the tag holding this attribute text, to its closing tag (not nested in its like). */
    static String element(String page, String tag, String attribute) {
        Matcher opening = Pattern.compile("<" + tag + "\\b[^>]*" + Pattern.quote(attribute) + "[^>]*>").matcher(page);
        int start = opening.find() ? opening.start() : -1;
        assertThat(start).as("<" + tag + " … " + attribute + "> in the page").isNotNegative();
        int end = page.indexOf("</" + tag + ">", start);
        assertThat(end).isPositive();
        return page.substring(start, end + tag.length() + 3);
    }

    /** A table row by an attribute such as {@code data-channel="EMAIL"}. */
    static String row(String page, String attribute) {
        return element(page, "tr", attribute);
    }

    /** The rows of a table's body. */
    static List<String> rows(String table) {
        String body = table.substring(table.indexOf("<tbody>"));
        return Pattern.compile("(?s)<tr\\b.*?</tr>").matcher(body).results().map(java.util.regex.MatchResult::group).toList();
    }

    /** The texts of a row's cells, tags removed and spaces collapsed. */
    static List<String> cells(String row) {
        return Pattern.compile("(?s)<t[dh]\\b[^>]*>(.*?)</t[dh]>").matcher(row).results()
                .map(match -> text(match.group(1))).toList();
    }

    /** Text without tags, spaces collapsed. */
    static String text(String html) {
        return html.replaceAll("(?s)<[^>]+>", " ").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }

    /** How many times a text occurs. */
    static int count(String page, String text) {
        return (page.length() - page.replace(text, "").length()) / text.length();
    }
}
