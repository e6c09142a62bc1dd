/**
 * The cookies module's own workings; other modules never use it. Not exported while it holds no
 * beans: Micronaut needs a package with beans exported (STACK-NOTES.md), so export it when it gets one.
 */
package lv.balticom.privacy.cookies.internal;
