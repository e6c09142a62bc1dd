package lv.balticom.privacy.distribution;

/** Placeholder replaced by the real main class. */
public final class PrivacyPlatform {
    private PrivacyPlatform() {
    }
}
