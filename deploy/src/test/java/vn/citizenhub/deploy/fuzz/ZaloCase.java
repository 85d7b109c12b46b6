package vn.citizenhub.deploy.fuzz;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One Zalo user's events, in order, each a JSON body in which {@link #USER} stands for the
 * user's id and {@link #TIME} for the event's timestamp (filled in when sent), and whether it
 * goes out correctly signed.
 */
record ZaloCase(List<Event> events) {

  static final String USER = "@USER@";
  static final String TIME = "@TIME@";

  record Event(String json, Signing signing) {}

  /** How an event is signed: as Zalo does, wrongly, or not at all. */
  enum Signing { SIGNED, WRONG, NONE }

  @Override
  public String toString() {
    return events.stream().map(e -> e.signing() + " " + Shown.of(e.json()))
        .collect(Collectors.joining(" | ", "ZaloCase[", "]"));
  }
}
