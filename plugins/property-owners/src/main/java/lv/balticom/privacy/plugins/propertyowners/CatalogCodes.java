package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import java.util.Map;
import lv.balticom.privacy.spi.CatalogLookup;

/**
 * The policy catalogue's codes this plugin refers to (platform-core's {@code policy/policy-pack.yml}).
 * Officers may edit the catalogue; the plugin warns at start when a code is missing.
 */
final class CatalogCodes {

    /** POL-4.5: owners of the real estate where the network runs. */
    static final String PROPERTY_OWNER = "PROPERTY_OWNER";

    /** POL-5.6: agreeing network works with land or building owners. */
    static final String NETWORK_WORKS_WITH_OWNERS = "NETWORK_WORKS_WITH_OWNERS";

    /** APP1-1: an owner's name and registration number. */
    static final String IDENTIFICATION = "IDENTIFICATION";
    /** APP1-2: an owner's address, e-mail and phone. */
    static final String CONTACT = "CONTACT";
    /** APP1-29: where the network runs: the property's cadastral number and address. */
    static final String LOCATION = "LOCATION";
    /** APP1-30: the network elements on a property. */
    static final String NETWORK = "NETWORK";
    /**
     * APP1-12 ("activity number, type, date, category"): a coordination of works with an owner. Not
     * COMMUNICATION (APP1-13): its six-month rule (POL-22) is for service and billing correspondence, and an
     * agreement on works on someone's land must outlive that.
     */
    static final String CRM_ACTIVITY = "CRM_ACTIVITY";

    /** POL-16.6: owners' data comes from public registers (Land Register, State Cadastre, Lursoft). */
    static final String PUBLIC_REGISTERS = "PUBLIC_REGISTERS";

    /** Every code, by kind. */
    static final Map<CatalogLookup.Kind, List<String>> ALL = Map.of(
            CatalogLookup.Kind.SUBJECT_TYPE, List.of(PROPERTY_OWNER),
            CatalogLookup.Kind.PURPOSE, List.of(NETWORK_WORKS_WITH_OWNERS),
            CatalogLookup.Kind.DATA_CATEGORY, List.of(IDENTIFICATION, CONTACT, LOCATION, NETWORK, CRM_ACTIVITY),
            CatalogLookup.Kind.SOURCE, List.of(PUBLIC_REGISTERS));

    private CatalogCodes() {
    }
}
