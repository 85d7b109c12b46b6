package vn.citizenhub.core.workspace;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.event.TicketEvent;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.core.feedback.FeedbackTokens;
import vn.citizenhub.core.lifecycle.Change;
import vn.citizenhub.core.lifecycle.LifecycleTexts;
import vn.citizenhub.core.lifecycle.TicketState;
import vn.citizenhub.core.outbox.OutboxMessage;
import vn.citizenhub.core.outbox.OutboxStore;
import vn.citizenhub.core.ticket.TicketStore;
import vn.citizenhub.core.ticket.TimelineEntry;

/**
 * Writes one lifecycle change in the caller's transaction: the ticket (if its version still
 * matches), the timeline, the ticket events and the citizens' notifications, the last two through
 * the outbox. No event without its change, no change without its event. A notice sent while the
 * ticket has an outcome carries each citizen's private feedback token, stored (hashed) here too.
 */
@Singleton
public class ChangeWriter {

  private final TicketStates states;
  private final TicketStore tickets;
  private final OutboxStore outbox;
  private final FeedbackTokens tokens;

  ChangeWriter(TicketStates states, TicketStore tickets, OutboxStore outbox,
      FeedbackTokens tokens) {
    this.states = states;
    this.tickets = tickets;
    this.outbox = outbox;
    this.tokens = tokens;
  }

  /** Thrown when the ticket moved on since the caller read it. */
  public static class StaleTicket extends RuntimeException {
    StaleTicket(long id) {
      super("ticket " + id + " changed meanwhile");
    }
  }

  /** Writes {@code change} to the ticket last read as {@code current}. */
  public void write(Connection c, TicketState current, Change change, String actorName,
      String intakeId, Instant now) throws SQLException {
    TicketState next = change.next();
    if (!states.store(c, current, next, now)) {
      throw new StaleTicket(next.id);
    }
    if (change.otherTicketTouched() != null) {
      states.touch(c, change.otherTicketTouched(), now);
    }
    List<TimelineEntry> lines = new ArrayList<>();
    for (Change.Line line : change.lines()) {
      long ticketId = line.otherTicketId() != null ? line.otherTicketId() : next.id;
      lines.add(new TimelineEntry(ticketId, now, line.type(), line.visibility(), line.textVi(),
          line.textEn(), actorName));
    }
    tickets.insertTimeline(c, lines);
    List<OutboxMessage> messages = new ArrayList<>();
    for (TicketEventType type : change.events()) {
      messages.add(OutboxMessage.of(event(type, next, intakeId, now)));
    }
    if (!change.messages().isEmpty()) {
      List<Recipient> recipients = recipients(c, next.id);
      // A notice that leaves the ticket with an outcome gives each citizen their own private
      // link to rate it or say it is not fixed; one token per citizen for the whole change.
      boolean withLink = FeedbackTokens.invitesFeedback(next.status, next.mergedIntoId);
      List<FeedbackTokens.Minted> minted = new ArrayList<>();
      for (Recipient r : recipients) {
        minted.add(withLink ? tokens.mint(next.id, r.citizenId()) : null);
      }
      for (Change.CitizenMessage message : change.messages()) {
        for (int i = 0; i < recipients.size(); i++) {
          FeedbackTokens.Minted token = minted.get(i);
          messages.addAll(OutboxMessage.notice(notification(recipients.get(i), message,
              token == null ? null : token.token(), now)));
        }
      }
      tokens.store(c, minted.stream().filter(t -> t != null).toList(), now);
    }
    outbox.append(c, messages, now);
  }

  private static TicketEvent event(TicketEventType type, TicketState t, String intakeId,
      Instant now) {
    return new TicketEvent(SchemaId.TICKET_EVENT_V1, UUID.randomUUID().toString(), type, now,
        t.id, t.trackingCode, t.status.name(), t.kind, t.categoryCode, t.communeCode,
        t.agencyCode, t.channel, t.receivedAt, t.dueDate, intakeId);
  }

  /**
   * A citizen to tell: the ticket's own reporter, every reporter merged into it, and everyone who
   * followed up on it from elsewhere (a caller attached to it at the hotline), each on their own
   * channel.
   */
  private record Recipient(String trackingCode, Channel channel, long citizenId, String identity,
      String phone, String email) {}

  private static List<Recipient> recipients(Connection c, long ticketId) throws SQLException {
    List<Recipient> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT t.tracking_code, t.channel,"
        + " c.id AS citizen_id, c.channel AS identity_channel, c.external_id, c.phone, c.email"
        + " FROM ticket t JOIN citizen c ON c.id = t.citizen_id"
        + " WHERE t.id = ? OR t.duplicate_of_id = ?"
        + " UNION ALL SELECT t.tracking_code, f.channel, c.id, c.channel, c.external_id, c.phone,"
        + " c.email FROM ticket_follower f JOIN ticket t ON t.id = f.ticket_id"
        + " JOIN citizen c ON c.id = f.citizen_id WHERE f.ticket_id = ?")) {
      s.setLong(1, ticketId);
      s.setLong(2, ticketId);
      s.setLong(3, ticketId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Recipient(rs.getString("tracking_code"),
              Channel.valueOf(rs.getString("channel")), rs.getLong("citizen_id"),
              rs.getString("identity_channel") + ":" + rs.getString("external_id"),
              rs.getString("phone"), rs.getString("email")));
        }
      }
    }
    return found;
  }

  private static Notification notification(Recipient r, Change.CitizenMessage message,
      String feedbackToken, Instant now) {
    String code = new TrackingCode(r.trackingCode()).display();
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.UPDATE, now, r.channel(), r.identity(), r.trackingCode(),
        message.textVi().replace(LifecycleTexts.CODE, code),
        message.textEn().replace(LifecycleTexts.CODE, code),
        new Notification.Contact(r.phone(), r.email()), feedbackToken);
  }
}
