package vn.citizenhub.core.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.core.ticket.TicketStatus;

/**
 * A ticket's lifecycle fields. Actions work on a copy and the writer stores the copy, guarded by
 * {@link #version}: two staff acting at once cannot both win.
 */
public final class TicketState {

  // Fixed at intake.
  public long id;
  public String trackingCode;
  public ItemKind kind;
  public String categoryCode;
  public String communeCode;
  public Channel channel;
  public String clockCode;
  public Instant receivedAt;
  public long citizenId;
  public int version;

  // Moved by the lifecycle.
  public TicketStatus status;
  public String agencyCode;
  public Long assigneeId;
  public LocalDate firstResponseDue;
  public LocalDate dueDate;
  public Instant firstResponseAt;
  public Instant resolvedAt;
  public Instant closedAt;
  public String closureCode;
  public Boolean onTime;
  public LocalDate pausedSince;
  public boolean extended;
  public int escalation;
  public Long mergedIntoId;
  public String transferTo;
  public String transferReason;

  // Moved by the citizens' ratings (a citizen's rating replaces their own earlier one).
  public int ratings;
  public int ratingsSatisfied;

  public TicketState copy() {
    TicketState c = new TicketState();
    c.id = id;
    c.trackingCode = trackingCode;
    c.kind = kind;
    c.categoryCode = categoryCode;
    c.communeCode = communeCode;
    c.channel = channel;
    c.clockCode = clockCode;
    c.receivedAt = receivedAt;
    c.citizenId = citizenId;
    c.version = version;
    c.status = status;
    c.agencyCode = agencyCode;
    c.assigneeId = assigneeId;
    c.firstResponseDue = firstResponseDue;
    c.dueDate = dueDate;
    c.firstResponseAt = firstResponseAt;
    c.resolvedAt = resolvedAt;
    c.closedAt = closedAt;
    c.closureCode = closureCode;
    c.onTime = onTime;
    c.pausedSince = pausedSince;
    c.extended = extended;
    c.escalation = escalation;
    c.mergedIntoId = mergedIntoId;
    c.transferTo = transferTo;
    c.transferReason = transferReason;
    c.ratings = ratings;
    c.ratingsSatisfied = ratingsSatisfied;
    return c;
  }

  /** Open: someone still owes the citizen an answer. */
  public boolean isOpen() {
    return status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
  }

  /** The first response counts once: acknowledging, replying or asking the citizen. */
  void markFirstResponse(Instant now) {
    if (firstResponseAt == null) {
      firstResponseAt = now;
    }
  }
}
