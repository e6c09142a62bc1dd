package lv.balticom.privacy.cookies.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import lv.balticom.privacy.core.api.Localized;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CookieCategoryTest {

    @Test
    @DisplayName("COOKIE-IV: three categories, named as the cookie policy names them")
    void threeCategoriesWithThePolicysNames() {
        assertThat(CookieCategory.values()).containsExactly(
                CookieCategory.NECESSARY, CookieCategory.ANALYTICS, CookieCategory.MARKETING);
        assertThat(CookieCategory.NECESSARY.localizedName()).isEqualTo(new Localized("Nepieciešamās", "Necessary"));
        assertThat(CookieCategory.ANALYTICS.localizedName()).isEqualTo(new Localized("Analītiskās", "Analytics"));
        assertThat(CookieCategory.MARKETING.localizedName())
                .isEqualTo(new Localized("Mērķētās (komerciālās)", "Targeted (marketing)"));
    }

    @Test
    @DisplayName("COOKIE-III, COOKIE-IV, COOKIE-VI: consent is asked for two categories; necessary cookies need none")
    void onlyNecessaryCookiesNeedNoConsent() {
        assertThat(CookieCategory.NECESSARY.needsConsent()).isFalse();
        assertThat(Arrays.stream(CookieCategory.values()).filter(CookieCategory::needsConsent))
                .containsExactly(CookieCategory.ANALYTICS, CookieCategory.MARKETING);
    }

    @Test
    void namesAreDistinctAndNotBlank() {
        assertThat(Arrays.stream(CookieCategory.values()).map(CookieCategory::localizedName).map(Localized::lv))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(Arrays.stream(CookieCategory.values()).map(CookieCategory::localizedName).map(Localized::en))
                .doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).isNotBlank());
    }
}
