package vn.citizenhub.contract.event;

/** The kinds of change a ticket event reports. Readers ignore types they do not know. */
public enum TicketEventType {
  CREATED,
  ROUTED,
  SENT_TO_TRIAGE,
  CITIZEN_FOLLOWED_UP,
  RATED,
  REPORTED_NOT_FIXED,
  ASSIGNED,
  ACKNOWLEDGED,
  NOTE_ADDED,
  REPLIED,
  INFO_REQUESTED,
  CLOCK_RESUMED,
  TRANSFER_REQUESTED,
  TRANSFER_REJECTED,
  TRANSFERRED,
  EXTENDED,
  RESOLVED,
  MERGED,
  REOPENED,
  CLOSED,
  ESCALATED_DUE_SOON,
  ESCALATED_OVERDUE
}
