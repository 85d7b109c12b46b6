package vn.citizenhub.channel.web.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.stream.IntStream;
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
import vn.citizenhub.testsupport.TestKafka;

/**
 * A channel's outside API is down long enough for its notices to back off far (here their next
 * try is 10 minutes away); when it is back, the dispatcher's probe notices, and every waiting
 * notice is delivered at once, each exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageRecoveryTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject SwitchableAppSender gateway;
  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_recovery"));
    p.put("hub.core.url", CATALOG.url());
    p.put("spec.name", "OutageRecoveryTest");
    p.put("hub.notify.retry-base", "10m");
    p.put("hub.notify.probe-interval", "500ms");
    return p;
  }

  private long count(String sql, String... args) throws Exception {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void noticesWaitingOutAnOutageAreDeliveredOnceSoonAfterItEnds() throws Exception {
    gateway.down = true;
    List<Notification> notices = IntStream.range(0, 5).mapToObj(i -> new Notification(
        SchemaId.NOTIFICATION_V1, UUID.randomUUID().toString(), NotificationKind.UPDATE,
        Instant.now(), Channel.APP, "app:smartcity:" + UUID.randomUUID(),
        TrackingCode.generate(Channel.APP).value(), "Phản ánh đã được trả lời.", "Answered.",
        null)).toList();
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
    // Every notice failed and waits for a retry minutes away.
    String waiting = "SELECT COUNT(*) FROM channel_notification WHERE state = 'PENDING'"
        + " AND awaiting_retry = TRUE AND next_attempt_at > UTC_TIMESTAMP() + INTERVAL 5 MINUTE";
    await().atMost(Duration.ofSeconds(30)).until(() -> count(waiting) == notices.size());
    int refusedBefore = gateway.refused.get();
    // Probes keep trying one notice early while the gateway is still down.
    await().atMost(Duration.ofSeconds(20)).until(() -> gateway.refused.get() > refusedBefore);

    gateway.down = false;
    await().atMost(Duration.ofSeconds(30)).until(() -> count(
        "SELECT COUNT(*) FROM channel_notification WHERE state = 'SENT'") == notices.size());
    for (Notification n : notices) {
      assertEquals(1, gateway.delivered.get(n.id()).get(), "told exactly once");
    }
  }
}
