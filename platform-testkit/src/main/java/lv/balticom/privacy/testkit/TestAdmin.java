package lv.balticom.privacy.testkit;

import io.micronaut.http.MutableHttpRequest;

/**
 * The administrator every test context signs in as: the test configuration
 * ({@code application-test.yml}) sets this password for the first start.
 */
public final class TestAdmin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD = "test-admin-password";

    private TestAdmin() {
    }

    /** The request, signed in as the test administrator with HTTP Basic. */
    public static <T> MutableHttpRequest<T> signedIn(MutableHttpRequest<T> request) {
        return request.basicAuth(USERNAME, PASSWORD);
    }
}
