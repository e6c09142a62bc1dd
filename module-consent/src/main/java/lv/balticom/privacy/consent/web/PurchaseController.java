package lv.balticom.privacy.consent.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import lv.balticom.privacy.consent.api.NewPurchase;
import lv.balticom.privacy.consent.api.Purchase;
import lv.balticom.privacy.consent.api.Purchases;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;

/** A subject's purchases of product categories, for soft opt-in (POL-43, POL-7.10). */
@Controller("/api/v1/subjects/{id}/purchases")
public class PurchaseController {

    private final Purchases purchases;
    private final JsonBodies bodies;

    PurchaseController(Purchases purchases, JsonBodies bodies) {
        this.purchases = purchases;
        this.bodies = bodies;
    }

    /**
     * A purchase as sent.
     *
     * @param productCategory the product category's code
     * @param purchasedAt when (ISO 8601)
     * @param prepaid whether the subject is a registered prepaid client
     */
    @Serdeable
    public record PurchaseBody(@Nullable String productCategory, @Nullable String purchasedAt, @Nullable Boolean prepaid) {
    }

    @Post
    @RequiresPermission(Permission.CONSENT_WRITE)
    public HttpResponse<Purchase> record(@PathVariable UUID id, @Body String body,
                                         @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        PurchaseBody sent = bodies.read(body, PurchaseBody.class);
        return HttpResponse.created(purchases.record(actor, id, new NewPurchase(sent.productCategory(),
                Inputs.instant(sent.purchasedAt(), "purchasedAt"), sent.prepaid())));
    }

    @Get
    @RequiresPermission(Permission.CONSENT_READ)
    public ItemList<Purchase> list(@PathVariable UUID id) {
        return new ItemList<>(purchases.of(id));
    }
}
