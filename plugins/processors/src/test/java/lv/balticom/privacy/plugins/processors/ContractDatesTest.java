package lv.balticom.privacy.plugins.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.register.FieldProblem;
import lv.balticom.privacy.spi.register.InvalidRecordException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import lv.balticom.privacy.testkit.InMemoryPluginContext;

class ContractDatesTest {

    private final InMemoryPluginContext context = new InMemoryPluginContext(new ProcessorsPlugin());

    private static Map<String, Object> processor(LocalDate from, LocalDate until) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "Balticom Installations SIA");
        values.put("country", "LV");
        values.put("relationship", "GROUP_COMPANY");
        values.put("tasks", "Installing services at clients’ homes");
        values.put("dataCategories", List.of("IDENTIFICATION", "CONTACT", "LOCATION"));
        values.put("contractReference", "DPA-2024-07");
        values.put("contractFrom", from);
        values.put("contractUntil", until);
        return values;
    }

    @Test
    @DisplayName("POL-13, POL-14: a data processing agreement cannot end before it takes effect")
    void anAgreementCannotEndBeforeItBegins() {
        List<FieldProblem> problems = ProcessorRegister.DEFINITION.validator()
                .validate(processor(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 30)), context);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("contractUntil");
            assertThat(problem.message().lv()).isNotBlank();
            assertThat(problem.message().en()).contains("cannot end before");
        });
        assertThatThrownBy(() -> context.records("processors").create(processor(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 6, 30))))
                .isInstanceOf(InvalidRecordException.class);
    }

    @Test
    @DisplayName("POL-13: an agreement may end on the day it begins, later, or never")
    void anAgreementMayEndOnItsFirstDayOrLaterOrNever() {
        assertThat(ProcessorRegister.DEFINITION.validator().validate(processor(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 1)), context))
                .isEmpty();
        assertThat(ProcessorRegister.DEFINITION.validator().validate(processor(LocalDate.of(2024, 7, 1), LocalDate.of(2027, 6, 30)), context))
                .isEmpty();
        Map<String, Object> openEnded = processor(LocalDate.of(2024, 7, 1), null);
        openEnded.remove("contractUntil");
        assertThat(context.records("processors").create(openEnded).version()).isEqualTo(1);
    }
}
