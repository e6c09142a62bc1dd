package lv.balticom.privacy.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a route needs, as a Shiro permission string ({@code subject:read},
 * {@code catalog:edit}, ...). Every {@code /api/**} route carries one; the security filter answers 403
 * when the signed-in actor lacks it, and a test fails when a route has none.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** The permission, for example {@code subject:read}. */
    String value();
}
