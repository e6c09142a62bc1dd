package lv.balticom.privacy.dsar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("POL-26: a request type for each right of the data subject")
class RequestTypeTest {

    @Test
    @DisplayName("POL-26: access, rectification, erasure, copy, objection, restriction and portability, nothing else")
    void onePerRightThePolicyGrants() {
        assertThat(RequestType.values()).containsExactly(
                RequestType.ACCESS,
                RequestType.RECTIFICATION,
                RequestType.ERASURE,
                RequestType.COPY,
                RequestType.OBJECTION,
                RequestType.RESTRICTION,
                RequestType.PORTABILITY);
    }

    @Test
    @DisplayName("POL-26: each type names the GDPR article that grants the right")
    void namesTheGdprArticle() {
        assertThat(Arrays.stream(RequestType.values()).map(RequestType::gdprArticle))
                .containsExactly("15", "16", "17", "15(3)", "21", "18", "20");
    }

    @Test
    @DisplayName("POL-26: each type has a Latvian and an English name, all different")
    void hasLatvianAndEnglishNames() {
        assertThat(RequestType.ERASURE.localizedName().text(Locale.forLanguageTag("lv"))).isEqualTo("Datu dzēšana");
        assertThat(RequestType.ERASURE.localizedName().text(Locale.ENGLISH)).isEqualTo("Erasure of data");
        assertThat(Arrays.stream(RequestType.values()).map(type -> type.localizedName().lv()))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(Arrays.stream(RequestType.values()).map(type -> type.localizedName().en()))
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).isNotBlank());
    }
}
