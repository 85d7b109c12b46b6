package vn.citizenhub.channel.web.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.TestKafka;

/**
 * The shared outbound plumbing through a real broker and database: a channel's notices are kept
 * once, delivered once, retried after transient failures, handed back for SMS, and every outcome
 * is reported to hub-core as intake.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDeliveryTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject RecordingAppSender sender;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_notify"));
    p.put("hub.core.url", CATALOG.url());
    p.put("spec.name", "NotificationDeliveryTest");
    p.put("hub.notify.retry-base", "200ms");
    return p;
  }

  private static Notification notice(String identity, String textEn, String phone) {
    return new Notification(SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(),
        NotificationKind.UPDATE, Instant.now(), Channel.APP, identity,
        TrackingCode.generate(Channel.APP).value(), "Phản ánh đã được giải quyết.", textEn,
        new Notification.Contact(phone, null));
  }

  private static void publish(Notification... notices) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      for (Notification n : notices) {
        producer.send(new ProducerRecord<>(Topics.NOTIFY, n.citizenIdentity(),
            ContractJson.write(n))).get();
      }
    }
  }

  private String state(String id) throws Exception {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT state FROM channel_notification WHERE notification_id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : "ABSENT";
      }
    }
  }

  @Test
  void aNoticeIsDeliveredOnceRetriedWhenTheGatewayFailsAndEveryOutcomeReported()
      throws Exception {
    String citizen = "app:smartcity:" + UUID.randomUUID();
    Notification plain = notice(citizen, "resolved", null);
    Notification flaky = notice(citizen, "flaky gateway", null);
    Notification otherChannel = new Notification(plain.schema(), UUID.randomUUID().toString(),
        plain.kind(), plain.occurredAt(), Channel.ZALO, "zalo:123", plain.trackingCode(), "x",
        "y", null);
    publish(plain, plain, flaky, otherChannel);

    await().atMost(Duration.ofSeconds(20)).until(() -> state(plain.id()).equals("SENT")
        && state(flaky.id()).equals("SENT"));
    assertEquals(1, sender.attempts.get(plain.id()).get(), "a redelivered record is sent once");
    assertEquals(3, sender.attempts.get(flaky.id()).get(), "two transient failures, then sent");
    assertEquals("ABSENT", state(otherChannel.id()), "another channel's notice is not ours");

    var reports = KafkaProbe.readUntil(Topics.INTAKE, seen -> seen.stream()
        .filter(r -> KafkaProbe.text(r).contains("DELIVERY_REPORT")
            && r.key().equals(citizen)).count() >= 2, Duration.ofSeconds(20));
    List<String> mine = reports.stream().map(KafkaProbe::text)
        .filter(t -> t.contains("DELIVERY_REPORT") && t.contains(citizen)).toList();
    assertEquals(2, mine.size(), mine.toString());
    assertTrue(mine.stream().allMatch(t -> t.contains("\"status\":\"SENT\"")
        && t.contains("Đã gửi thông báo đẩy.")));
  }

  @Test
  void aNoticeTheAppCannotDeliverIsHandedBackForSmsWhenThePhoneIsKnown() throws Exception {
    Notification withPhone = notice("app:smartcity:" + UUID.randomUUID(), "uninstalled",
        "+84912345678");
    Notification withoutPhone = notice("app:smartcity:" + UUID.randomUUID(), "uninstalled",
        null);
    publish(withPhone, withoutPhone);
    await().atMost(Duration.ofSeconds(20)).until(() -> state(withPhone.id()).equals("HANDED_BACK")
        && state(withoutPhone.id()).equals("FAILED"));
    var sms = KafkaProbe.readUntil(Topics.NOTIFY, seen -> seen.stream()
        .anyMatch(r -> r.key().equals("phone:+84912345678")
            && KafkaProbe.text(r).contains(withPhone.trackingCode())), Duration.ofSeconds(20));
    String handedBack = sms.stream().filter(r -> r.key().equals("phone:+84912345678"))
        .map(KafkaProbe::text).filter(t -> t.contains(withPhone.trackingCode()))
        .findFirst().orElseThrow();
    assertTrue(handedBack.contains("\"channel\":\"HOTLINE\""), handedBack);
    assertTrue(handedBack.contains("Phản ánh đã được giải quyết."), handedBack);
  }
}
