package vn.citizenhub.bench.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.bench.LoadDriver;

/**
 * The Zalo outage drill's driver; {@code bench/drill-zalo.sh} starts the hub, then this. Zalo
 * citizens write to the OA (so the hub knows them and may message them for 7 days) and each has
 * a ticket; the province's coordinator answers them one after another while Zalo's API is
 * down for {@code --outage-seconds}, so the hub keeps notices it cannot deliver. When the API is
 * back, every notice must reach its citizen exactly once, soon: the figures say how soon.
 *
 * <p>Tickets are made by publishing the intake envelope channel-zalo would publish at the end
 * of its conversation (the conversation itself is the Zalo channel's tests' business).
 */
public final class ZaloOutageDrill {

  private final Map<String, String> a;
  private final ZaloDrillHub hub;
  private final long start = System.currentTimeMillis();

  private ZaloOutageDrill(Map<String, String> args) {
    this.a = args;
    this.hub = new ZaloDrillHub(args);
  }

  public static void main(String[] args) throws Exception {
    boolean passed = new ZaloOutageDrill(LoadDriver.Args.parse(args)).run();
    System.exit(passed ? 0 : 1);
  }

  /** A citizen of the drill: their Zalo user id and their ticket. */
  record Citizen(String userId, String code, long ticketId) {}

  private boolean run() throws Exception {
    int citizens = number("citizens", 40);
    int outage = number("outage-seconds", 600);
    try (FakeOaApi zalo = new FakeOaApi(number("fake-zalo-port", 28299))) {
      List<String> users = new ArrayList<>();
      for (int i = 0; i < citizens; i++) {
        String user = String.valueOf(8_400_000_000_000_000_000L + i);
        users.add(user);
        hub.writeToOa(user, "alo");
      }
      await("the hub knows every citizen", 120,
          () -> users.stream().allMatch(u -> !zalo.sentTo(u, "").isEmpty()));
      List<Citizen> people = ticketsFor(users);
      hub.signIn();
      int before = Math.max(1, citizens / 10);
      int after = Math.max(1, citizens / 10);
      int during = citizens - before - after;
      hub.answer(people.subList(0, before));
      await("the notices before the outage are delivered", 120,
          () -> tally(people.subList(0, before), zalo).settled());
      zalo.takeDown();
      long downAt = System.currentTimeMillis();
      say("Zalo's API is down for %d s; answering %d tickets meanwhile", outage, during);
      for (int i = 0; i < during; i++) {
        sleepUntil(downAt + (long) outage * 1000 * i / during);
        hub.answer(people.subList(before + i, before + i + 1));
      }
      sleepUntil(downAt + outage * 1000L);
      zalo.bringBack();
      long backAt = System.currentTimeMillis();
      say("Zalo's API is back");
      hub.answer(people.subList(before + during, citizens));
      ZaloDrillTally tally = await(number("drain-seconds", 300), people, zalo);
      tally.print(System.out, backAt, people.subList(before, before + during).stream()
          .map(Citizen::code).toList());
      return tally.passed();
    }
  }

  private ZaloDrillTally await(int seconds, List<Citizen> people, FakeOaApi zalo)
      throws Exception {
    long until = System.currentTimeMillis() + seconds * 1000L;
    ZaloDrillTally tally = tally(people, zalo);
    while (!tally.settled() && System.currentTimeMillis() < until) {
      Thread.sleep(1000);
      tally = tally(people, zalo);
    }
    return tally;
  }

  private ZaloDrillTally tally(List<Citizen> people, FakeOaApi zalo) throws Exception {
    ZaloDrillTally tally = new ZaloDrillTally();
    Map<String, Citizen> byCode = new HashMap<>();
    people.forEach(c -> byCode.put(c.code(), c));
    try (Connection c = hub.database();
        PreparedStatement s = c.prepareStatement(
            "SELECT payload, state FROM channel_notification WHERE channel = 'ZALO'");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        JsonNode n = ContractJson.mapper().readTree(rs.getString("payload"));
        if (byCode.containsKey(n.path("trackingCode").asText())) {
          tally.notice(n.path("trackingCode").asText(), rs.getString("state"));
        }
      }
    }
    for (Citizen citizen : people) {
      String shown = new TrackingCode(citizen.code()).display();
      tally.messages(citizen.code(), zalo.sentTo(citizen.userId(), shown));
    }
    return tally;
  }

  /** One ticket per citizen, through the intake channel-zalo would publish. */
  private List<Citizen> ticketsFor(List<String> users) throws Exception {
    List<String> codes = hub.publishReports(users);
    Map<String, Long> ids = new HashMap<>();
    await("every ticket is made", 120, () -> {
      hub.zaloTicketIds(ids);
      return ids.keySet().containsAll(codes);
    });
    List<Citizen> people = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      people.add(new Citizen(users.get(i), codes.get(i), ids.get(codes.get(i))));
    }
    say("%d Zalo citizens, each with a ticket", people.size());
    return people;
  }

  private interface Condition {
    boolean met() throws Exception;
  }

  private void await(String what, int seconds, Condition condition) throws Exception {
    long until = System.currentTimeMillis() + seconds * 1000L;
    while (!condition.met()) {
      if (System.currentTimeMillis() > until) {
        throw new IllegalStateException("not within " + seconds + " s: " + what);
      }
      Thread.sleep(500);
    }
    say(what);
  }

  private static void sleepUntil(long epochMillis) throws InterruptedException {
    long wait = epochMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  private void say(String format, Object... args) {
    System.out.printf("[+%5.1f s] %s%n", (System.currentTimeMillis() - start) / 1000.0,
        String.format(format, args));
  }

  private int number(String name, int fallback) {
    return a.containsKey(name) ? Integer.parseInt(a.get(name)) : fallback;
  }
}
