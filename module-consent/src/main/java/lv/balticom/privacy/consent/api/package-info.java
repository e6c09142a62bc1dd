/** What the consent module offers other modules: interfaces, records and events. */
package lv.balticom.privacy.consent.api;
