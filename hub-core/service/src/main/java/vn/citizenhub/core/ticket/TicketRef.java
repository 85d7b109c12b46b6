package vn.citizenhub.core.ticket;

import java.time.Instant;
import java.time.LocalDate;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;

/** The fields of an existing ticket that intake about it needs. */
public record TicketRef(
    long id,
    String trackingCode,
    String status,
    ItemKind kind,
    String categoryCode,
    String communeCode,
    String agencyCode,
    Channel channel,
    Instant receivedAt,
    LocalDate dueDate,
    long citizenId) {}
