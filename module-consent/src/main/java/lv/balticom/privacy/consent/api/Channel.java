package lv.balticom.privacy.consent.api;

import static java.util.Objects.requireNonNull;

import lv.balticom.privacy.core.api.Localized;

/**
 * A communication channel the company may use to reach a subject (POL-38..40). A consent to commercial
 * notices is given and withdrawn per channel, so a subject can accept e-mail offers and refuse calls.
 * Integrators send these names over the API, so they are spelled exactly as issue 5 gives them.
 */
public enum Channel {
    /** POL-38: the e-mail address the client gave. */
    EMAIL(new Localized("E-pasts", "E-mail")),
    /** POL-38: the phone number the client gave, for text messages. */
    SMS(new Localized("Īsziņa (SMS)", "Text message (SMS)")),
    /** POL-38: the phone number the client gave, for calls by a person or an automatic dialler. */
    PHONE_CALL(new Localized("Tālruņa zvans", "Phone call")),
    /** POL-38: the postal address the client gave. */
    POST(new Localized("Pasts", "Post")),
    /** POL-38: messages in the self-service portal. */
    PORTAL(new Localized("Pašapkalpošanās portāls Mans Balticom", "Self-service portal Mans Balticom")),
    /** POL-40: notifications of the company's apps the client installed. */
    APP_PUSH(new Localized("Lietotnes paziņojumi", "App notifications")),
    /** POL-39: a third-party messaging platform with its own privacy policy. */
    WHATSAPP(new Localized("WhatsApp", "WhatsApp")),
    /** POL-39: a third-party messaging platform with its own privacy policy. */
    VIBER(new Localized("Viber", "Viber")),
    /** POL-39: a third-party messaging platform with its own privacy policy. */
    TELEGRAM(new Localized("Telegram", "Telegram")),
    /** POL-39: a third-party messaging platform with its own privacy policy. */
    MESSENGER(new Localized("Facebook Messenger", "Facebook Messenger"));

    private final Localized name;

    Channel(Localized name) {
        this.name = requireNonNull(name, "name is null");
    }

    /** What people read in the console, on receipts and in the portal. */
    public Localized localizedName() {
        return name;
    }
}
