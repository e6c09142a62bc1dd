package lv.balticom.privacy.core.internal.policypack;

/**
 * The company's policy as data, read and checked from the policy pack file. Only
 * {@link PolicyPackReader} makes one, so a pack is always valid.
 *
 * @param packVersion the pack's own version number
 * @param contents the catalogue it seeds
 */
public record PolicyPack(int packVersion, CatalogContents contents) {
}
