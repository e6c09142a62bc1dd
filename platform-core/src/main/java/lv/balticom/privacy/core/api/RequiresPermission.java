package lv.balticom.privacy.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a route needs. Every {@code /api/**} route and every console page carries one; the
 * security filters answer 403 when the signed-in actor lacks it, and 403 for a route that declares
 * none (a forgotten annotation closes a route rather than opening it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** The permission. */
    Permission value();
}
