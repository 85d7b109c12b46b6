package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.event.TicketEvent;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.core.feedback.FeedbackTokens;
import vn.citizenhub.core.identity.ConsentLedger.ConsentGiven;
import vn.citizenhub.core.interactions.InteractionEvent;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.NewTicket;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/** Makes tickets of new reports: planned, written, announced, and the citizen given a receipt. */
final class NewReportIntake {

  private static final String SYSTEM = "system";

  private final TicketStore tickets;
  private final TicketPlanner planner;
  private final FeedbackTokens tokens;

  NewReportIntake(TicketStore tickets, TicketPlanner planner, FeedbackTokens tokens) {
    this.tickets = tickets;
    this.planner = planner;
    this.tokens = tokens;
  }

  void apply(Connection c, List<IntakeEnvelope> reports, Map<String, Long> citizenIds,
      ReferenceSnapshot ref, Instant now, BatchWrites writes) throws SQLException {
    Map<String, ?> taken = tickets.findByCodes(c, reports.stream()
        .map(IntakeEnvelope::trackingCode).toList());
    List<TicketPlanner.Plan> plans = new ArrayList<>();
    List<IntakeEnvelope> planned = new ArrayList<>();
    for (IntakeEnvelope envelope : reports) {
      if (taken.containsKey(envelope.trackingCode())) {
        writes.reject(envelope, DeadLetterReason.trackingCodeTaken());
        continue;
      }
      NewReport report = (NewReport) envelope.payload();
      long citizenId = citizenIds.get(envelope.citizen().identity());
      plans.add(planner.plan(envelope, report, citizenId, ref, envelope.occurredAt()));
      planned.add(envelope);
    }
    long[] ids = tickets.insertAll(c, plans.stream().map(TicketPlanner.Plan::ticket).toList(), now);
    List<NewTicket> answered = new ArrayList<>();
    List<Long> answeredIds = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      announce(ids[i], planned.get(i), plans.get(i), now, writes);
      if (plans.get(i).ticket().status() == TicketStatus.RESOLVED) {
        answered.add(plans.get(i).ticket());
        answeredIds.add(ids[i]);
      }
    }
    AnsweredOnTheSpot.markResolved(c, answeredIds, answered);
    writes.ticketsCreated += ids.length;
  }

  private void announce(long ticketId, IntakeEnvelope envelope, TicketPlanner.Plan plan,
      Instant now, BatchWrites writes) {
    NewTicket t = plan.ticket();
    NewReport report = (NewReport) envelope.payload();
    writes.ticketByIntake.put(envelope.id(), ticketId);
    writes.consents.add(new ConsentGiven(t.citizenId(), envelope.id(), envelope.channel().name(),
        report.consent().textVersion(),
        report.consent().givenAt() != null ? report.consent().givenAt() : envelope.occurredAt()));

    writes.timeline.add(new TimelineEntry(ticketId, now, "RECEIVED", Visibility.PUBLIC,
        PublicTexts.receivedVi(t.channel()), PublicTexts.receivedEn(t.channel()), SYSTEM));
    IntakeAttachments.record(ticketId, envelope, report.attachments(), now, writes);
    writes.outbox.add(OutboxMessage.of(event(TicketEventType.CREATED, ticketId, t, envelope, now)));
    if (envelope.channel() == Channel.WEB) {
      writes.count(InteractionEvent.REPORT_SENT);
    }
    if (report.answered()) {
      // Resolved as it is taken in: the receipt is an outcome, so it carries a feedback link.
      FeedbackTokens.Minted token = tokens.mint(ticketId, t.citizenId());
      writes.tokens.add(token);
      AnsweredOnTheSpot.announce(ticketId, envelope, t, now, token.token(), writes);
      return;
    }
    if (plan.agency().isPresent()) {
      var agency = plan.agency().get();
      writes.timeline.add(new TimelineEntry(ticketId, now, "ROUTED", Visibility.PUBLIC,
          PublicTexts.routedVi(agency.nameVi(), t.dueDate()),
          PublicTexts.routedEn(agency.nameEn(), t.dueDate()), SYSTEM));
      writes.outbox.add(OutboxMessage.of(event(TicketEventType.ROUTED, ticketId, t, envelope, now)));
    } else {
      writes.timeline.add(new TimelineEntry(ticketId, now, "SENT_TO_TRIAGE", Visibility.PUBLIC,
          PublicTexts.TRIAGE_VI, PublicTexts.TRIAGE_EN, SYSTEM));
      writes.timeline.add(new TimelineEntry(ticketId, now, "TRIAGE_REASON", Visibility.INTERNAL,
          plan.triageReason(), plan.triageReason(), SYSTEM));
      writes.outbox.add(OutboxMessage.of(
          event(TicketEventType.SENT_TO_TRIAGE, ticketId, t, envelope, now)));
    }
    writes.outbox.addAll(OutboxMessage.notice(receipt(envelope, t, now)));
  }

  static TicketEvent event(TicketEventType type, long ticketId, NewTicket t,
      IntakeEnvelope envelope, Instant now) {
    return new TicketEvent(SchemaId.TICKET_EVENT_V1, UUID.randomUUID().toString(), type, now,
        ticketId, t.trackingCode(), type == TicketEventType.CREATED ? "RECEIVED" : t.status().name(),
        t.kind(), t.categoryCode(), t.communeCode(), t.agencyCode(), t.channel(), t.receivedAt(),
        t.dueDate(), envelope.id());
  }

  private static Notification receipt(IntakeEnvelope envelope, NewTicket t, Instant now) {
    String code = new TrackingCode(t.trackingCode()).display();
    var citizen = envelope.citizen();
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.RECEIPT, now, envelope.channel(), citizen.identity(), t.trackingCode(),
        PublicTexts.receiptVi(code, t.dueDate()), PublicTexts.receiptEn(code, t.dueDate()),
        new Notification.Contact(PhoneNumber.normalize(citizen.phone()).orElse(null),
            citizen.email()));
  }
}
