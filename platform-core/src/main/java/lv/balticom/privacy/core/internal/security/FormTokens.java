package lv.balticom.privacy.core.internal.security;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.type.MutableArgumentValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.core.api.console.ConsolePages;
import lv.balticom.privacy.core.api.console.FormTokenChecked;

/**
 * Checks the form token of console forms (CSRF). Signed in, the token belongs to the session; on the
 * sign-in page, to a cookie set with the form (double submit), so that another site cannot sign a
 * browser in either. The check runs where the controller already has the form, so the request body is
 * read once.
 */
@Singleton
@InterceptorBean(FormTokenChecked.class)
public final class FormTokens implements MethodInterceptor<Object, Object> {

    /** The form field that carries the token. */
    public static final String FIELD = ConsolePages.FORM_TOKEN_FIELD;
    /** The cookie that carries the sign-in form's token. */
    public static final String SIGN_IN_COOKIE = "bpp_csrf";

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        if (context.hasAnnotation(Post.class)) {
            HttpRequest<?> request = ServerRequestContext.currentRequest()
                    .orElseThrow(() -> new IllegalStateException("a console form outside a request"));
            Optional<String> expected = request.getPath().equals("/console/sign-in")
                    ? request.getCookies().findCookie(SIGN_IN_COOKIE).map(Cookie::getValue)
                    : request.getAttribute(ConsoleAccess.CSRF, String.class);
            if (expected.isEmpty() || expected.get().isEmpty() || !matches(sentToken(context), expected.get())) {
                throw new FormTokenRejected();
            }
        }
        return context.proceed();
    }

    private static Object sentToken(MethodInvocationContext<Object, Object> context) {
        for (MutableArgumentValue<?> argument : context.getParameters().values()) {
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class) && argument.getValue() instanceof Map<?, ?> form) {
                return form.get(FIELD);
            }
        }
        return null;
    }

    private static boolean matches(Object sent, String expected) {
        Object value = sent instanceof Collection<?> values && values.size() == 1 ? values.iterator().next() : sent;
        return value instanceof CharSequence text && MessageDigest.isEqual(
                text.toString().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
