/** What the retention module offers other modules: interfaces, records and events. */
package lv.balticom.privacy.retention.api;
