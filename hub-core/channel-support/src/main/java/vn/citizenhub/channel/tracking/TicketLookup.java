package vn.citizenhub.channel.tracking;

/**
 * Whether a tracking code names a ticket and whether it is still open, as anyone holding the code
 * may know it (the public tracking page): what a channel checks before it takes intake about an
 * existing ticket and answers "received". hub-core owns tickets; a channel running beside it
 * asks in process, a channel on its own asks hub-core's public API.
 */
public interface TicketLookup {

  /** What the lookup found. */
  enum Found {
    /** A ticket still being handled. */
    OPEN,
    /** A ticket with an outcome (resolved or closed). */
    CLOSED,
    /** No ticket has this code. */
    NONE,
    /** hub-core could not be asked right now. */
    UNAVAILABLE
  }

  /** The ticket with this code (in its stored form, no dash). */
  Found find(String trackingCode);
}
