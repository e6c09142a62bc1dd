/** What the dsar module offers other modules: interfaces, records and events. */
package lv.balticom.privacy.dsar.api;
