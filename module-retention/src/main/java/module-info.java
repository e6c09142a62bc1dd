/**
 * The retention module: rules per data category, sweeps, legal holds and evidence of deletion
 * (POL-20..23).
 *
 * <p>Other modules use only {@code lv.balticom.privacy.retention.api}.
 */
module lv.balticom.privacy.retention {
    requires transitive lv.balticom.privacy.core;

    exports lv.balticom.privacy.retention.api;
}
