package lv.balticom.privacy.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The check's hand-written product category test agrees with the rule as a regular expression. */
class ProductCategoryTest {

    @Property
    void agreesWithThePattern(@ForAll @StringLength(min = 0, max = 70) String text) {
        assertThat(PermissionRules.isProductCategory(text)).isEqualTo(PermissionRules.PRODUCT_CATEGORY.matcher(text).matches());
    }

    @Property
    void agreesOnLikelyCategories(@ForAll("categories") String text) {
        assertThat(PermissionRules.isProductCategory(text)).isEqualTo(PermissionRules.PRODUCT_CATEGORY.matcher(text).matches());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> categories() {
        return net.jqwik.api.Arbitraries.strings().withChars("AZaz09_- .").ofMinLength(0).ofMaxLength(66);
    }
}
