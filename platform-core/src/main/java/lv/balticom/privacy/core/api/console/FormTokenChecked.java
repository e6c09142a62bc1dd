package lv.balticom.privacy.core.api.console;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a console controller (the core's or a module's): every form it takes ({@code @Post} with a
 * {@code @Body Map<String, Object>}) must carry the token that only the console's own pages carry in
 * the field {@value ConsolePages#FORM_TOKEN_FIELD} (CSRF), or the person gets the 403 page "the form
 * has expired" and the method does not run. Every console page's model holds the token as
 * {@code csrf}; a form carries it with {@code <input th:replace="~{console/fragments :: csrf}">}.
 *
 * <p>A test in the core checks that every {@code POST} route under {@code /console} carries this
 * annotation, a module's routes included. It is an AOP advice: a module that uses it needs
 * Micronaut's annotation processor (as for any bean) and reads {@code io.micronaut.micronaut_aop},
 * which the core requires transitively.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface FormTokenChecked {
}
