package vn.citizenhub.contract.event;

/** The kinds of change a ticket event reports. Readers ignore types they do not know. */
public enum TicketEventType {
  CREATED,
  ROUTED,
  SENT_TO_TRIAGE,
  CITIZEN_FOLLOWED_UP,
  RATED,
  REPORTED_NOT_FIXED
}
