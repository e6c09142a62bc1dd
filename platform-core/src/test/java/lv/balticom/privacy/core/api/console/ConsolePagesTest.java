package lv.balticom.privacy.core.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.core.api.ProblemException;
import org.junit.jupiter.api.Test;

/** The page helpers a module's console controller uses. */
class ConsolePagesTest {

    @Test
    void aPageIsATemplateUnderViewsConsole() {
        ModelAndView<Map<String, Object>> page = ConsolePages.page("consent/consents", Map.of("count", 3));
        assertThat(page.getView()).hasValue("console/consent/consents");
        assertThat(page.getModel()).hasValueSatisfying(model -> assertThat(model).containsEntry("count", 3));
        page.getModel().orElseThrow().put("more", 1); // the core adds the layout's model to it
        for (String wrong : List.of("../layout", "/consent/x", "consent/../../x", "Consent/X", "consent//x", "")) {
            assertThatThrownBy(() -> ConsolePages.page(wrong, Map.of())).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void afterAFormTheBrowserIsSentOnWithTheNotice() {
        MutableHttpResponse<?> done = ConsolePages.done("/console/subjects/5", "consent-recorded");
        assertThat(done.code()).isEqualTo(303);
        assertThat(done.getHeaders().get("Location")).isEqualTo("/console/subjects/5?done=consent-recorded");
        assertThat(ConsolePages.done("/console/consents?page=2", "opted-out").getHeaders().get("Location"))
                .isEqualTo("/console/consents?page=2&done=opted-out");
        assertThatThrownBy(() -> ConsolePages.done("https://example.com/", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsolePages.done("/console//example.com", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsolePages.done("/console/x", "Recorded!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedFormIsItsPageAgainWithTheProblemAndItsStatus() {
        HttpResponse<ModelAndView<Map<String, Object>>> refused = ConsolePages.refused("consent/record",
                Map.of("purpose", "USAGE_ANALYSIS"), ProblemException.invalid("channel", "USAGE_ANALYSIS has no channels."));
        assertThat(refused.code()).isEqualTo(400);
        Map<String, Object> model = refused.body().getModel().orElseThrow();
        assertThat(model).containsEntry("purpose", "USAGE_ANALYSIS").containsEntry("errorField", "channel")
                .containsEntry("errorDetail", "USAGE_ANALYSIS has no channels.");
        assertThat(ConsolePages.refused("consent/record", Map.of(), ProblemException.conflict(null, "Changed meanwhile.")).code())
                .isEqualTo(409);
        assertThat(ConsolePages.withError(Map.of(), ProblemException.notFound(null, "None.")))
                .containsEntry("errorField", "");
    }

    @Test
    void aReturnPathIsAConsolePageOrTheFallback() {
        assertThat(ConsolePages.safeReturn("/console/consents", "/console")).isEqualTo("/console/consents");
        assertThat(ConsolePages.safeReturn("/api-docs", "/console")).isEqualTo("/api-docs");
        for (String wrong : java.util.Arrays.asList(null, "https://evil.example/", "//evil.example/console", "/console\\x", "/consoles")) {
            assertThat(ConsolePages.safeReturn(wrong, "/console")).as(String.valueOf(wrong)).isEqualTo("/console");
        }
    }
}
