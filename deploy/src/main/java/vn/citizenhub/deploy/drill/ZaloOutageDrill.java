package vn.citizenhub.deploy.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.citizenhub.channel.zalo.webhook.EventSignature;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.deploy.bench.LoadDriver;

/**
 * The Zalo outage drill's driver; {@code deploy/drill-zalo.sh} starts the hub, then this. Zalo
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
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final long start = System.currentTimeMillis();
  private String token;

  private ZaloOutageDrill(Map<String, String> args) {
    this.a = args;
  }

  public static void main(String[] args) throws Exception {
    boolean passed = new ZaloOutageDrill(LoadDriver.Args.parse(args)).run();
    System.exit(passed ? 0 : 1);
  }

  /** A citizen of the drill: their Zalo user id and their ticket. */
  private record Citizen(String userId, String code, long ticketId) {}

  private boolean run() throws Exception {
    int citizens = number("citizens", 40);
    int outage = number("outage-seconds", 600);
    try (FakeOaApi zalo = new FakeOaApi(number("fake-zalo-port", 28299))) {
      List<String> users = new ArrayList<>();
      for (int i = 0; i < citizens; i++) {
        String user = String.valueOf(8_400_000_000_000_000_000L + i);
        users.add(user);
        writeToOa(user, "alo");
      }
      await("the hub knows every citizen", 120,
          () -> users.stream().allMatch(u -> !zalo.sentTo(u, "").isEmpty()));
      List<Citizen> people = ticketsFor(users);
      signIn();
      int before = Math.max(1, citizens / 10);
      int after = Math.max(1, citizens / 10);
      int during = citizens - before - after;
      answer(people.subList(0, before));
      await("the notices before the outage are delivered", 120,
          () -> tally(people.subList(0, before), zalo).settled());
      zalo.takeDown();
      long downAt = System.currentTimeMillis();
      say("Zalo's API is down for %d s; answering %d tickets meanwhile", outage, during);
      for (int i = 0; i < during; i++) {
        sleepUntil(downAt + (long) outage * 1000 * i / during);
        answer(people.subList(before + i, before + i + 1));
      }
      sleepUntil(downAt + outage * 1000L);
      zalo.bringBack();
      long backAt = System.currentTimeMillis();
      say("Zalo's API is back");
      answer(people.subList(before + during, citizens));
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
    try (Connection c = database();
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

  /** A signed user_send_text event from the citizen, as Zalo posts it to the webhook. */
  private void writeToOa(String user, String text) throws Exception {
    String timestamp = String.valueOf(System.currentTimeMillis());
    String body = "{\"app_id\":\"" + a.get("app-id") + "\",\"sender\":{\"id\":\"" + user
        + "\"},\"user_id_by_app\":\"552177279717587730\",\"recipient\":{\"id\":\""
        + a.get("oa-id") + "\"},\"event_name\":\"user_send_text\",\"message\":{\"text\":\""
        + text + "\",\"msg_id\":\"drill-" + UUID.randomUUID() + "\"},\"timestamp\":\""
        + timestamp + "\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(a.get("url")
            + "/zalo/webhook")).header("Content-Type", "application/json")
        .header("X-ZEvent-Signature", EventSignature.sign(a.get("app-id"), bytes, timestamp,
            a.get("secret")))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("webhook answered " + r.statusCode() + ": " + r.body());
    }
  }

  /** One ticket per citizen, through the intake channel-zalo would publish. */
  private List<Citizen> ticketsFor(List<String> users) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, a.get("kafka"));
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    List<String> codes = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      for (String user : users) {
        String code = TrackingCode.generate(Channel.ZALO).value();
        codes.add(code);
        Instant now = Instant.now();
        IntakeEnvelope envelope = IntakeEnvelope.v1(UUID.randomUUID().toString(), now,
            Channel.ZALO, "drill-" + code, new CitizenRef(Channel.ZALO.identity(user), null,
                null, null), code, new NewReport(ItemKind.REPORT, "STREET_LIGHT",
                "Đèn đường trước nhà tắt ba đêm liền (diễn tập Zalo).",
                new Location("27712", null, null, "12 Hùng Vương"), List.of(),
                new Consent(true, "zalo-2025-07", now)));
        producer.send(new ProducerRecord<>(Topics.INTAKE, envelope.key(),
            ContractJson.write(envelope))).get();
      }
    }
    Map<String, Long> ids = new HashMap<>();
    await("every ticket is made", 120, () -> {
      try (Connection c = database();
          PreparedStatement s = c.prepareStatement("SELECT tracking_code, id FROM ticket"
              + " WHERE channel = 'ZALO'");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(1), rs.getLong(2));
        }
      }
      return ids.keySet().containsAll(codes);
    });
    List<Citizen> people = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      people.add(new Citizen(users.get(i), codes.get(i), ids.get(codes.get(i))));
    }
    say("%d Zalo citizens, each with a ticket", people.size());
    return people;
  }

  private void signIn() throws Exception {
    JsonNode answer = staff(HttpRequest.newBuilder(URI.create(a.get("url") + "/api/staff/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(Map.of(
            "username", a.getOrDefault("staff-user", "dieuphoi"),
            "password", a.get("staff-password"))))));
    token = answer.path("accessToken").asText();
  }

  /** The coordinator answers each ticket publicly: hub-core tells the citizen on Zalo. */
  private void answer(List<Citizen> people) throws Exception {
    for (Citizen c : people) {
      int version = staff(HttpRequest.newBuilder(URI.create(a.get("url")
          + "/api/staff/tickets/" + c.ticketId())).GET()).path("version").asInt();
      staff(HttpRequest.newBuilder(URI.create(a.get("url") + "/api/staff/tickets/"
              + c.ticketId() + "/actions")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(Map.of(
              "action", "REPLY", "version", version,
              "text", "Đã báo điện lực phường Tân An; đèn sẽ được sửa trong tuần.")))));
    }
  }

  private JsonNode staff(HttpRequest.Builder request) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("staff API answered " + r.statusCode() + ": " + r.body());
    }
    return ContractJson.mapper().readTree(r.body());
  }

  private Connection database() throws Exception {
    return DriverManager.getConnection(a.get("db"), a.getOrDefault("db-user", "root"),
        a.getOrDefault("db-password", ""));
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
