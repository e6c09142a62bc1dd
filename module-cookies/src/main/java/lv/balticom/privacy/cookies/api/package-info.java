/** What the cookies module offers other modules: interfaces, records and events. */
package lv.balticom.privacy.cookies.api;
