package lv.balticom.privacy.plugins.propertyowners;

import java.util.List;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;

/**
 * The plugin's processing activity in the record of processing (GDPR Art. 30(1)): coordinating network
 * works with property owners (POL-4.5, POL-5.6, POL-16.6). Fixed: immutable and thread-safe.
 */
final class OwnersActivityContributor implements ProcessingContributor {

    static final ProcessingContribution.Activity ACTIVITY = new ProcessingContribution.Activity(
            Text.of("Darbu saskaņošana ar nekustamo īpašumu īpašniekiem", "Coordination of works with property owners"),
            Text.of("Balticom uztur to nekustamo īpašumu īpašnieku reģistru, kuros atrodas tā elektronisko sakaru tīkls (politikas 4.5. "
                            + "punkts), un saskaņo ar viņiem tīkla uzturēšanas, ierīkošanas un uzlabošanas darbus, aptaujas veidā vai bez "
                            + "tās (5.6. punkts). Īpašnieku dati iegūti no publiskiem reģistriem: Zemesgrāmatas, Kadastra un Lursoft "
                            + "(16.6. punkts).",
                    "Balticom keeps a register of the owners of the properties where its electronic communications network runs "
                            + "(policy clause 4.5) and agrees network maintenance, installation and improvement works with them, by a "
                            + "survey or without one (clause 5.6). The owners’ data comes from public registers: the Land Register, the "
                            + "State Cadastre and Lursoft (clause 16.6)."),
            List.of(CatalogCodes.NETWORK_WORKS_WITH_OWNERS),
            List.of(CatalogCodes.IDENTIFICATION, CatalogCodes.CONTACT, CatalogCodes.LOCATION, CatalogCodes.NETWORK, CatalogCodes.CRM_ACTIVITY),
            List.of(CatalogCodes.PROPERTY_OWNER),
            Text.of("Īpašnieka un īpašuma dati tiek glabāti, kamēr īpašumā atrodas Balticom tīkls; pēc dzēšanas pieprasījuma tikmēr dzēš "
                            + "tikai e-pastu un tālruni. Darbu saskaņojumi tiek glabāti saskaņā ar datu kategorijas “CRM aktivitātes dati” "
                            + "glabāšanas noteikumu, skaitot no saskaņojuma datuma.",
                    "Owner and property data is kept while the Balticom network runs on the property; until then an erasure request "
                            + "erases only the e-mail and phone. Coordinations of works are kept under the retention rule of the data "
                            + "category “CRM activity data”, counted from the coordination’s date."));

    @Override
    public ProcessingContribution contribution() {
        return new ProcessingContribution(List.of(), List.of(), List.of(), List.of(ACTIVITY));
    }
}
