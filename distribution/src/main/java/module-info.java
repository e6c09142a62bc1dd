module lv.balticom.privacy.distribution {
    requires lv.balticom.privacy.core;
}
