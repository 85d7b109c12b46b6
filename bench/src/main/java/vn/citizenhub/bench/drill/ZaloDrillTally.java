package vn.citizenhub.bench.drill;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Zalo drill's verdict: each ticket's notices as the hub kept them (channel_notification)
 * against the messages the stand-in Zalo API received for that ticket. Passed when every notice
 * was delivered (SENT) and each citizen got exactly one message per delivered notice.
 */
final class ZaloDrillTally {

  private final Map<String, List<String>> statesByCode = new HashMap<>();
  private final Map<String, List<FakeOaApi.Message>> messagesByCode = new HashMap<>();

  void notice(String code, String state) {
    statesByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(state);
  }

  void messages(String code, List<FakeOaApi.Message> received) {
    messagesByCode.put(code, received);
  }

  private long count(String state) {
    return statesByCode.values().stream().flatMap(List::stream).filter(state::equals).count();
  }

  private long notices() {
    return statesByCode.values().stream().mapToLong(List::size).sum();
  }

  /** Every ticket has notices and none is still waiting. */
  boolean settled() {
    return statesByCode.size() == messagesByCode.size() && count("PENDING") == 0
        && notices() > 0;
  }

  /** Messages beyond one per delivered notice. */
  long doubled() {
    return messagesByCode.entrySet().stream().mapToLong(e -> Math.max(0,
        e.getValue().size() - sent(e.getKey()))).sum();
  }

  /** Delivered notices whose message never arrived, and notices not delivered at all. */
  long lost() {
    long missing = messagesByCode.entrySet().stream().mapToLong(e -> Math.max(0,
        sent(e.getKey()) - e.getValue().size())).sum();
    return missing + notices() - count("SENT");
  }

  private long sent(String code) {
    return statesByCode.getOrDefault(code, List.of()).stream().filter("SENT"::equals).count();
  }

  boolean passed() {
    return settled() && lost() == 0 && doubled() == 0;
  }

  /** {@code duringOutage}: codes answered while Zalo was down; told after {@code backAt}. */
  void print(PrintStream out, long backAt, List<String> duringOutage) {
    out.println();
    out.println("Zalo outage drill");
    row(out, "citizens (tickets)", "%d", messagesByCode.size());
    row(out, "notices kept by the hub", "%d (SENT %d, PENDING %d, other %d)", notices(),
        count("SENT"), count("PENDING"), notices() - count("SENT") - count("PENDING"));
    row(out, "messages Zalo received", "%d",
        messagesByCode.values().stream().mapToLong(List::size).sum());
    row(out, "lost", "%d", lost());
    row(out, "doubled", "%d", doubled());
    List<Long> after = new ArrayList<>();
    for (String code : duringOutage) {
      messagesByCode.getOrDefault(code, List.of()).stream()
          .filter(m -> m.atMillis() >= backAt).forEach(m -> after.add(m.atMillis() - backAt));
    }
    after.sort(Long::compare);
    if (!after.isEmpty()) {
      row(out, "notices held by the outage", "%d, told %.1f s (median) and %.1f s (last)"
          + " after Zalo was back", after.size(), after.get(after.size() / 2) / 1000.0,
          after.get(after.size() - 1) / 1000.0);
    }
    out.println(passed() ? "PASS: every notice told exactly once"
        : "FAIL: lost " + lost() + ", doubled " + doubled() + ", settled " + settled());
  }

  private static void row(PrintStream out, String label, String format, Object... args) {
    out.printf("  %-30s %s%n", label, String.format(format, args));
  }
}
