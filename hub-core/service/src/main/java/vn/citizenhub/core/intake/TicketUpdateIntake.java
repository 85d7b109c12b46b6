package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.event.TicketEvent;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakePayload;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.ticket.TicketRef;
import vn.citizenhub.core.lifecycle.Actor;
import vn.citizenhub.core.lifecycle.TicketLifecycle;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.workspace.LifecycleService;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * Applies what a citizen says about an existing ticket: more information, a rating, a "not fixed"
 * verdict. The citizen's own words stay internal (they may hold personal data); the public
 * timeline says only that they spoke. What the workspace does next (resume a paused clock, reopen)
 * belongs to the ticket lifecycle.
 */
final class TicketUpdateIntake {

  private final TicketStore tickets;
  private final LifecycleService lifecycle;

  TicketUpdateIntake(TicketStore tickets, LifecycleService lifecycle) {
    this.tickets = tickets;
    this.lifecycle = lifecycle;
  }

  void apply(Connection c, List<IntakeEnvelope> updates, Map<String, Long> citizenIds,
      Instant now, BatchWrites writes) throws SQLException {
    Map<String, TicketRef> targets = tickets.findByCodes(c, updates.stream()
        .map(IntakeEnvelope::trackingCode).toList());
    for (IntakeEnvelope envelope : updates) {
      TicketRef ticket = targets.get(envelope.trackingCode());
      if (ticket == null) {
        writes.reject(envelope, DeadLetterReason.unknownTicket(envelope.trackingCode()));
        continue;
      }
      Long speaker = citizenIds.get(envelope.citizen().identity());
      if (envelope.payload() instanceof FollowUp && speaker != null
          && speaker != ticket.citizenId()) {
        tickets.addFollower(c, ticket.id(), speaker, envelope.channel(), now);
      }
      apply(c, envelope, ticket, now, writes);
      writes.ticketByIntake.put(envelope.id(), ticket.id());
      writes.ticketsUpdated++;
    }
  }

  private void apply(Connection c, IntakeEnvelope envelope, TicketRef ticket, Instant now,
      BatchWrites writes) throws SQLException {
    IntakePayload payload = envelope.payload();
    String actor = "citizen";
    if (payload instanceof FollowUp followUp) {
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_FOLLOW_UP",
          Visibility.PUBLIC, PublicTexts.FOLLOW_UP_VI, PublicTexts.FOLLOW_UP_EN, actor));
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_MESSAGE",
          Visibility.INTERNAL, followUp.message(), followUp.message(), actor));
      IntakeAttachments.record(ticket.id(), envelope, followUp.attachments(), now, writes);
      writes.outbox.add(event(TicketEventType.CITIZEN_FOLLOWED_UP, ticket, envelope, now));
      // An answer to the agency's question restarts the paused clock.
      if (TicketStatus.WAITING_FOR_CITIZEN.name().equals(ticket.status())) {
        flushTimeline(c, writes);
        lifecycle.actInside(c, ticket.id(), TicketLifecycle.CITIZEN_ANSWERED, Actor.CITIZEN,
            envelope.id(), now);
      }
    } else if (payload instanceof Rating rating) {
      tickets.recordRating(c, ticket.id(), rating.score(), now);
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_RATING", Visibility.PUBLIC,
          PublicTexts.ratedVi(rating.score()), PublicTexts.ratedEn(rating.score()), actor));
      writes.outbox.add(event(TicketEventType.RATED, ticket, envelope, now));
    } else if (payload instanceof DeliveryReport report) {
      DeliveryLine line = DeliveryLine.of(envelope.channel(), report);
      writes.timeline.add(new TimelineEntry(ticket.id(), now, line.type(), Visibility.INTERNAL,
          line.textVi(), line.textEn(), envelope.channel().name().toLowerCase()));
      writes.outbox.add(event(report.status() == DeliveryReport.DeliveryStatus.FAILED
          ? TicketEventType.NOTIFICATION_FAILED : TicketEventType.CITIZEN_NOTIFIED,
          ticket, envelope, now));
    } else if (payload instanceof NotFixedVerdict verdict) {
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_NOT_FIXED",
          Visibility.PUBLIC, PublicTexts.NOT_FIXED_VI, PublicTexts.NOT_FIXED_EN, actor));
      if (verdict.comment() != null && !verdict.comment().isBlank()) {
        writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_MESSAGE",
            Visibility.INTERNAL, verdict.comment(), verdict.comment(), actor));
      }
      writes.outbox.add(event(TicketEventType.REPORTED_NOT_FIXED, ticket, envelope, now));
      // A resolved ticket that is not fixed opens again (a no-op in any other state).
      flushTimeline(c, writes);
      lifecycle.actInside(c, ticket.id(), TicketLifecycle.CITIZEN_NOT_FIXED, Actor.CITIZEN,
          envelope.id(), now);
    }
  }

  /** Writes the citizen's own lines first, so the timeline reads in the order things happened. */
  private void flushTimeline(Connection c, BatchWrites writes) throws SQLException {
    tickets.insertTimeline(c, writes.timeline);
    writes.timeline.clear();
  }

  private static OutboxMessage event(TicketEventType type, TicketRef t, IntakeEnvelope envelope,
      Instant now) {
    return OutboxMessage.of(new TicketEvent(SchemaId.TICKET_EVENT_V1, UUID.randomUUID().toString(),
        type, now, t.id(), t.trackingCode(), t.status(), t.kind(), t.categoryCode(),
        t.communeCode(), t.agencyCode(), t.channel(), t.receivedAt(), t.dueDate(), envelope.id()));
  }
}
