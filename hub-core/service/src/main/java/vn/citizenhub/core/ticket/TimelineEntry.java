package vn.citizenhub.core.ticket;

import java.time.Instant;

/**
 * One line of a ticket's history. Public entries are shown to anyone holding the tracking code, so
 * their texts never carry personal data; internal ones are for staff.
 */
public record TimelineEntry(
    long ticketId, Instant occurredAt, String type, Visibility visibility,
    String textVi, String textEn, String actor) {

  public enum Visibility {
    PUBLIC,
    INTERNAL
  }
}
