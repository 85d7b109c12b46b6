package vn.citizenhub.core.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.core.lifecycle.ClosureCode;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.ticket.NewTicket;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;
import vn.citizenhub.schema.UtcTime;

/**
 * A matter answered as it was taken in (a hotline operator's first-contact resolution) is kept as
 * a ticket already resolved, closure code ANSWERED, with the answer on its public timeline. It
 * names the competent agency, so a "not fixed" reopens it there, but its on-time flag stays empty:
 * the agency did not resolve it, and the league table does not count it for them.
 */
final class AnsweredOnTheSpot {

  private static final String SYSTEM = "system";

  private AnsweredOnTheSpot() {}

  /**
   * The timeline line, the RESOLVED event and the citizen's receipt with the answer and the
   * {@code feedbackToken} of their private link (the answer can be rated, or said not to help).
   */
  static void announce(long ticketId, IntakeEnvelope envelope, NewTicket t, Instant now,
      String feedbackToken, BatchWrites writes) {
    String answer = ((NewReport) envelope.payload()).answeredOnTheSpot().strip();
    writes.timeline.add(new TimelineEntry(ticketId, now, "RESOLVED", Visibility.PUBLIC,
        PublicTexts.answeredVi(t.channel(), answer),
        PublicTexts.answeredEn(t.channel(), answer), SYSTEM));
    writes.outbox.add(OutboxMessage.of(
        NewReportIntake.event(TicketEventType.RESOLVED, ticketId, t, envelope, now)));
    String code = new TrackingCode(t.trackingCode()).display();
    var citizen = envelope.citizen();
    writes.outbox.addAll(OutboxMessage.notice(new Notification(SchemaId.NOTIFICATION_V1,
        UUID.randomUUID().toString(), NotificationKind.RECEIPT, now, envelope.channel(),
        citizen.identity(), t.trackingCode(), PublicTexts.answeredReceiptVi(code, answer),
        PublicTexts.answeredReceiptEn(code, answer),
        new Notification.Contact(PhoneNumber.normalize(citizen.phone()).orElse(null),
            citizen.email()), feedbackToken)));
  }

  /** Sets the resolution columns the insert leaves empty: answered, and when. */
  static void markResolved(Connection c, List<Long> ids, List<NewTicket> tickets)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("UPDATE ticket SET closure_code = ?,"
        + " resolved_at = ?, first_response_at = ? WHERE id = ?")) {
      for (int i = 0; i < ids.size(); i++) {
        String at = UtcTime.column(tickets.get(i).receivedAt());
        s.setString(1, ClosureCode.ANSWERED.name());
        s.setObject(2, at);
        s.setObject(3, at);
        s.setLong(4, ids.get(i));
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
