package lv.balticom.privacy.consent.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import lv.balticom.privacy.core.api.Localized;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CollectionMethodTest {

    @Test
    @DisplayName("POL-34, POL-44: the ways of giving consent of issue 5, in its order")
    void methodsAreTheIssuesList() {
        assertThat(Arrays.stream(CollectionMethod.values()).map(CollectionMethod::name)).containsExactly(
                "PORTAL", "APPLICATION_FORM", "BANNER", "APP", "PHONE", "EMAIL", "IN_PERSON", "SHOP", "CALL_CENTRE");
    }

    @Test
    @DisplayName("POL-34, POL-44: every way has its own non-blank name in Latvian and in English")
    void namesAreDistinctAndNotBlank() {
        assertThat(Arrays.stream(CollectionMethod.values()).map(CollectionMethod::localizedName).map(Localized::lv))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(Arrays.stream(CollectionMethod.values()).map(CollectionMethod::localizedName).map(Localized::en))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    @DisplayName("POL-34, POL-44: shops and the call centre come from POL-44, every other way from POL-34")
    void clauses() {
        assertThat(Arrays.stream(CollectionMethod.values()).filter(method -> method.clause().equals("POL-44")))
                .containsExactly(CollectionMethod.SHOP, CollectionMethod.CALL_CENTRE);
        assertThat(CollectionMethod.values()).allSatisfy(method -> assertThat(method.clause()).isIn("POL-34", "POL-44"));
    }
}
