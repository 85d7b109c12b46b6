package vn.citizenhub.bench;

/**
 * Signed events an outside system posts to the hub (Zalo's webhook, the phone system), for
 * {@link EventFlood}: request {@code i} of a run is always the same event, with its own key, so the
 * audit finds it in the hub's database without trusting any answer.
 */
interface EventSource {

  /** The path events are posted to. */
  String path();

  /** Request {@code i}'s body, byte for byte as signed. */
  byte[] body(int i);

  /** Extra header lines for that body (its signature), each ending in CRLF. */
  String headers(int i, byte[] body);

  /** The key request {@code i} is stored under (an inbox dedupe key, a call id). */
  String key(int i);

  /** A LIKE pattern matching the keys of this run's events and no others. */
  String keyPattern();

  /** The statuses that mean "kept": Zalo's 200, the phone system's 202. */
  boolean accepted(int status);
}
