/**
 * The cookies module: the cookie inventory, the consent banner, visitor consent and the cookie policy
 * page (COOKIE-I..IX).
 *
 * <p>Other modules use only {@code lv.balticom.privacy.cookies.api}.
 */
module lv.balticom.privacy.cookies {
    requires transitive lv.balticom.privacy.core;

    exports lv.balticom.privacy.cookies.api;
}
