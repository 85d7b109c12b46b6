package vn.citizenhub.core.lifecycle;

import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.event.TicketEventType;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * What one action does to a ticket: its next state, the timeline lines, the events, and what the
 * citizen (and every reporter merged into it) is told. Written together in one transaction.
 */
public final class Change {

  /** A timeline line about this ticket, or about another one the action touches (a merge). */
  public record Line(Long otherTicketId, String type, Visibility visibility, String textVi,
      String textEn) {}

  /** A message for the citizen, sent on the channel they used; {@code %s} is their code. */
  public record CitizenMessage(String textVi, String textEn) {}

  private final TicketState next;
  private final List<Line> lines = new ArrayList<>();
  private final List<TicketEventType> events = new ArrayList<>();
  private final List<CitizenMessage> messages = new ArrayList<>();
  private Long otherTicketVersionBump;

  Change(TicketState next) {
    this.next = next;
  }

  Change line(String type, Visibility visibility, String textVi, String textEn) {
    lines.add(new Line(null, type, visibility, textVi, textEn));
    return this;
  }

  Change lineOn(long otherTicketId, String type, Visibility visibility, String textVi,
      String textEn) {
    lines.add(new Line(otherTicketId, type, visibility, textVi, textEn));
    otherTicketVersionBump = otherTicketId;
    return this;
  }

  Change event(TicketEventType type) {
    events.add(type);
    return this;
  }

  Change tell(String textVi, String textEn) {
    messages.add(new CitizenMessage(textVi, textEn));
    return this;
  }

  public TicketState next() {
    return next;
  }

  public List<Line> lines() {
    return lines;
  }

  public List<TicketEventType> events() {
    return events;
  }

  public List<CitizenMessage> messages() {
    return messages;
  }

  /** Another ticket this change touched, whose version must move too (the merge target). */
  public Long otherTicketTouched() {
    return otherTicketVersionBump;
  }
}
