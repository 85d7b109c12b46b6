package vn.citizenhub.contract.notify;

/** Why the citizen is being told something. */
public enum NotificationKind {
  /** The report was received and given a tracking code. */
  RECEIPT,
  /** An agency answered publicly, resolved, asked for information or the ticket moved. */
  UPDATE
}
