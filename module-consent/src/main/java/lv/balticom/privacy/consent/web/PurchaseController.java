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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import lv.balticom.privacy.consent.api.NewPurchase;
import lv.balticom.privacy.consent.api.Purchase;
import lv.balticom.privacy.consent.api.Purchases;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Examples;
import lv.balticom.privacy.consent.web.ConsentApiDocumentation.Lists;
import lv.balticom.privacy.core.api.Actor;
import lv.balticom.privacy.core.api.ItemList;
import lv.balticom.privacy.core.api.JsonBodies;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;
import lv.balticom.privacy.core.api.TextValues;
import lv.balticom.privacy.core.api.openapi.ApiProblems;

/** A subject's purchases of product categories, for soft opt-in (POL-43, POL-7.10). */
@Controller("/api/v1/subjects/{id}/purchases")
@Tag(name = ConsentApiDocumentation.CHECKS)
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
    @Schema(name = "NewPurchase", description = "A purchase of a product category, as sent.")
    public record PurchaseBody(@Nullable @Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String productCategory,
                               @Nullable @Schema(format = "date-time", requiredMode = Schema.RequiredMode.REQUIRED, nullable = false) String purchasedAt,
                               @Nullable Boolean prepaid) {
    }

    @Post
    @RequiresPermission(Permission.CONSENT_WRITE)
    @Operation(operationId = "recordPurchase", summary = "Record a purchase (soft opt-in)",
            description = "Needs the permission `consent:write`. What soft opt-in rests on (POL-43, POL-7.10): the subject "
                    + "bought or used a product category, so e-mail offers about that category are permitted on legitimate "
                    + "interest for two years unless the subject withdrew e-mail notices. `productCategory` is 1 to 64 "
                    + "letters, digits, `_` or `-`, stored in upper case; `purchasedAt` is required and not in the future; "
                    + "`prepaid` (false when left out) marks a registered prepaid client. One audit entry "
                    + "`purchase.recorded`.",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE),
            requestBody = @RequestBody(required = true, description = "The product category and when it was bought.",
                    content = @Content(mediaType = "application/json", schema = @Schema(implementation = PurchaseBody.class),
                            examples = @ExampleObject(name = "internet", value = Examples.NEW_PURCHASE))))
    @ApiResponse(responseCode = "201", description = "Recorded; checks with `offer` answer by it from now on.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Purchase.class),
                    examples = @ExampleObject(name = "internet", value = Examples.PURCHASE)))
    @ApiResponse(responseCode = "400", description = "`productCategory` or `purchasedAt` is missing or not valid, or the id "
            + "is not a UUID (`field` names it). Nothing is recorded.",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = {@ExampleObject(name = "invalid-category", value = Examples.PRODUCT_CATEGORY_INVALID),
                                @ExampleObject(name = "in-the-future", value = Examples.PURCHASED_IN_FUTURE)}))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public HttpResponse<Purchase> record(@PathVariable UUID id, @Body String body,
                                         @RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor actor) {
        PurchaseBody sent = bodies.read(body, PurchaseBody.class);
        return HttpResponse.created(purchases.record(actor, id, new NewPurchase(sent.productCategory(),
                TextValues.instant(sent.purchasedAt(), "purchasedAt"), sent.prepaid())));
    }

    @Get
    @RequiresPermission(Permission.CONSENT_READ)
    @Operation(operationId = "listPurchases", summary = "A subject's purchases",
            description = "Needs the permission `consent:read`. The product categories the subject bought or used, newest "
                    + "first: what soft opt-in rests on (POL-43, POL-7.10).",
            parameters = @Parameter(name = "id", description = ConsentApiDocumentation.SUBJECT_ID,
                    schema = @Schema(type = "string", format = "uuid"), example = ConsentApiDocumentation.SUBJECT_EXAMPLE))
    @ApiResponse(responseCode = "200", description = "The purchases, newest first.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Lists.Purchases.class),
                    examples = @ExampleObject(name = "internet", value = Examples.PURCHASES)))
    @ApiResponse(responseCode = "400", description = "The id is not a UUID (`field` is `id`).",
            content = @Content(mediaType = ApiProblems.PROBLEM_JSON, schema = @Schema(ref = ConsentApiDocumentation.PROBLEM),
                    examples = @ExampleObject(name = "invalid-id", value = Examples.INVALID_ID)))
    @ApiProblems.SignInRequired
    @ApiProblems.NotFound
    public ItemList<Purchase> list(@PathVariable UUID id) {
        return new ItemList<>(purchases.of(id));
    }
}
