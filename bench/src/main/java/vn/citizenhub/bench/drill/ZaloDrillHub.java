package vn.citizenhub.bench.drill;

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

/**
 * The Zalo outage drill's hands on the hub: Zalo's signed webhook events, the intake
 * channel-zalo would publish, the coordinator's staff API and the hub's database. The drill's
 * plot ({@link ZaloOutageDrill}) says when each is used.
 */
final class ZaloDrillHub {

  private final Map<String, String> a;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private String token;

  ZaloDrillHub(Map<String, String> args) {
    this.a = args;
  }

  /** A signed user_send_text event from the citizen, as Zalo posts it to the webhook. */
  void writeToOa(String user, String text) throws Exception {
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

  /**
   * Publishes one new report per citizen, as channel-zalo would at the end of its conversation;
   * answers the tracking codes in the users' order.
   */
  List<String> publishReports(List<String> users) throws Exception {
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
    return codes;
  }

  /** Adds the ids of the Zalo tickets made so far to {@code ids}, by tracking code. */
  void zaloTicketIds(Map<String, Long> ids) throws Exception {
    try (Connection c = database();
        PreparedStatement s = c.prepareStatement("SELECT tracking_code, id FROM ticket"
            + " WHERE channel = 'ZALO'");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
  }

  void signIn() throws Exception {
    JsonNode answer = staff(HttpRequest.newBuilder(URI.create(a.get("url") + "/api/staff/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ContractJson.writeString(Map.of(
            "username", a.getOrDefault("staff-user", "dieuphoi"),
            "password", a.get("staff-password"))))));
    token = answer.path("accessToken").asText();
  }

  /** The coordinator answers each ticket publicly: hub-core tells the citizen on Zalo. */
  void answer(List<ZaloOutageDrill.Citizen> people) throws Exception {
    for (ZaloOutageDrill.Citizen c : people) {
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

  Connection database() throws Exception {
    return DriverManager.getConnection(a.get("db"), a.getOrDefault("db-user", "root"),
        a.getOrDefault("db-password", ""));
  }
}
