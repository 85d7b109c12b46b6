package vn.citizenhub.channel.requests;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone may see of one ticket in a list of the province's requests (Open311's
 * {@code requests}): the matter, the place at commune level, the agency and the dates. Never the
 * citizen's identity, contact, address or own words.
 *
 * @param trackingCode the stored form (no dash)
 * @param open true while the ticket is being handled (not resolved or closed)
 * @param statusLabel the status as the tracking page names it, Vietnamese; {@code statusLabelEn}
 *     in English
 * @param latitude the point rounded to {@link PublicRequests#POINT_DECIMALS} decimals, or null
 * @param photoPath the hub path of the first photo the citizen allowed in public, or null
 */
public record PublicRequest(
    String trackingCode,
    boolean open,
    String statusLabel,
    String statusLabelEn,
    String categoryCode,
    String categoryName,
    String agencyName,
    String communeName,
    Instant receivedAt,
    Instant updatedAt,
    LocalDate dueDate,
    Double latitude,
    Double longitude,
    String photoPath) {}
