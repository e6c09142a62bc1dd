package lv.balticom.privacy.core.api.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A version of the privacy policy (POL-53..55).
 *
 * @param version its label, by convention the date it takes effect ({@code 2025-10-07})
 * @param effectiveFrom the day it takes effect
 * @param document where the version is published
 */
@Serdeable
public record PolicyVersion(String version, LocalDate effectiveFrom, @Nullable String document) {
}
