package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.event.TicketEvent;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.Follow;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakePayload;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;
import vn.citizenhub.core.interactions.InteractionEvent;
import vn.citizenhub.core.lifecycle.Actor;
import vn.citizenhub.core.lifecycle.TicketLifecycle;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.ticket.TicketRef;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;
import vn.citizenhub.core.workspace.LifecycleService;

/**
 * Applies what a citizen says about an existing ticket: more information, a rating, a "not fixed"
 * verdict, a wish to follow it. The citizen's own words stay internal (they may hold personal
 * data); the public timeline says only that they spoke. What the workspace does next (resume a
 * paused clock, reopen) belongs to the ticket lifecycle; ratings and verdicts to
 * {@link CitizenVerdicts}, which the private feedback link shares.
 */
final class TicketUpdateIntake {

  private final TicketStore tickets;
  private final LifecycleService lifecycle;
  private final CitizenVerdicts verdicts;
  private final FollowIntake follows;

  TicketUpdateIntake(TicketStore tickets, LifecycleService lifecycle, CitizenVerdicts verdicts,
      FollowIntake follows) {
    this.tickets = tickets;
    this.lifecycle = lifecycle;
    this.verdicts = verdicts;
    this.follows = follows;
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
      apply(c, envelope, ticket, speaker, now, writes);
      writes.ticketByIntake.put(envelope.id(), ticket.id());
      writes.ticketsUpdated++;
    }
  }

  private void apply(Connection c, IntakeEnvelope envelope, TicketRef ticket, Long speaker,
      Instant now, BatchWrites writes) throws SQLException {
    IntakePayload payload = envelope.payload();
    String actor = "citizen";
    if (payload instanceof FollowUp followUp) {
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_FOLLOW_UP",
          Visibility.PUBLIC, PublicTexts.FOLLOW_UP_VI, PublicTexts.FOLLOW_UP_EN, actor));
      writes.timeline.add(new TimelineEntry(ticket.id(), now, "CITIZEN_MESSAGE",
          Visibility.INTERNAL, followUp.message(), followUp.message(), actor));
      IntakeAttachments.record(ticket.id(), envelope, followUp.attachments(), now, writes);
      writes.outbox.add(event(TicketEventType.CITIZEN_FOLLOWED_UP, ticket, envelope.id(), now));
      // An answer to the agency's question restarts the paused clock.
      if (TicketStatus.WAITING_FOR_CITIZEN.name().equals(ticket.status())) {
        flushTimeline(c, writes);
        lifecycle.actInside(c, ticket.id(), TicketLifecycle.CITIZEN_ANSWERED, Actor.CITIZEN,
            envelope.id(), now);
      }
    } else if (payload instanceof Rating rating) {
      verdicts.rate(c, ticket, speaker, envelope.channel(), rating, envelope.id(), now, writes);
    } else if (payload instanceof DeliveryReport report) {
      DeliveryLine line = DeliveryLine.of(envelope.channel(), report);
      writes.timeline.add(new TimelineEntry(ticket.id(), now, line.type(), Visibility.INTERNAL,
          line.textVi(), line.textEn(), envelope.channel().name().toLowerCase()));
      writes.outbox.add(event(report.status() == DeliveryReport.DeliveryStatus.FAILED
          ? TicketEventType.NOTIFICATION_FAILED : TicketEventType.CITIZEN_NOTIFIED,
          ticket, envelope.id(), now));
    } else if (payload instanceof NotFixedVerdict verdict) {
      verdicts.notFixed(c, ticket, verdict, envelope.id(), now, writes);
    } else if (payload instanceof Follow) {
      follows.apply(c, envelope, ticket, speaker, now, writes);
      if (envelope.channel() == Channel.WEB) {
        writes.count(InteractionEvent.DUPLICATE_AVOIDED);
      }
    }
  }

  /** Writes the citizen's own lines first, so the timeline reads in the order things happened. */
  private void flushTimeline(Connection c, BatchWrites writes) throws SQLException {
    tickets.insertTimeline(c, writes.timeline);
    writes.timeline.clear();
  }

  static OutboxMessage event(TicketEventType type, TicketRef t, String intakeId, Instant now) {
    return OutboxMessage.of(new TicketEvent(SchemaId.TICKET_EVENT_V1, UUID.randomUUID().toString(),
        type, now, t.id(), t.trackingCode(), t.status(), t.kind(), t.categoryCode(),
        t.communeCode(), t.agencyCode(), t.channel(), t.receivedAt(), t.dueDate(), intakeId));
  }
}
