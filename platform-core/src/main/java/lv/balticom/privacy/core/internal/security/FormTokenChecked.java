package lv.balticom.privacy.core.internal.security;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a console controller: every form it takes ({@code @Post} with a {@code @Body} map) must carry the
 * token that only the console's own pages carry (CSRF), or the person gets a 403 page and nothing is
 * done. A test checks that every console form route has it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface FormTokenChecked {
}
