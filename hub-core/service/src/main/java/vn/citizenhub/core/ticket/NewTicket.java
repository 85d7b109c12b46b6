package vn.citizenhub.core.ticket;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;

/** A ticket about to be written, as intake planned it. */
public record NewTicket(
    String trackingCode,
    String intakeId,
    ItemKind kind,
    String categoryCode,
    String communeCode,
    BigDecimal latitude,
    BigDecimal longitude,
    String address,
    String description,
    long citizenId,
    Channel channel,
    TicketStatus status,
    String agencyCode,
    String clockCode,
    Instant receivedAt,
    LocalDate firstResponseDue,
    LocalDate dueDate) {}
