package vn.citizenhub.contract.event;

import java.time.Instant;
import java.time.LocalDate;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.SchemaId;

/**
 * One state change of a ticket, published to {@code hub.ticket-events.v1} keyed by ticket id.
 * Anyone may read this topic (statistics, exports), so it carries no personal data.
 *
 * @param id unique event id: readers drop an event they have seen (the relay is at-least-once)
 * @param intakeId the intake envelope that caused the change, when an intake did
 */
public record TicketEvent(
    SchemaId schema,
    String id,
    TicketEventType type,
    Instant occurredAt,
    long ticketId,
    String trackingCode,
    String status,
    ItemKind kind,
    String categoryCode,
    String communeCode,
    String agencyCode,
    Channel channel,
    Instant receivedAt,
    LocalDate dueDate,
    String intakeId) {}
