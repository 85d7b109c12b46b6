package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.testsupport.ChildJvm;
import vn.citizenhub.testsupport.KafkaBrokerProcess;
import vn.citizenhub.testsupport.TestDatabase;

/**
 * hub-core is killed with SIGKILL while it works through a stream of intake: after a restart,
 * every envelope Kafka acknowledged is exactly one ticket, none lost, none twice.
 */
class HubCoreCrashEndToEndTest {

  private static final int REPORTS = 3000;

  @Test
  void aKilledHubCoreLosesNothingAndDuplicatesNothingAfterRestart(@TempDir Path dir)
      throws Exception {
    String url = TestDatabase.freshDatabase("e2e_crash");
    TestDatabase.Server server = TestDatabase.server();
    try (KafkaBrokerProcess broker = KafkaBrokerProcess.create()) {
      broker.start();
      Map<String, String> props = new HashMap<>();
      props.put("datasources.default.url", url);
      props.put("datasources.default.username", server.username());
      props.put("datasources.default.password", server.password());
      props.put("kafka.bootstrap.servers", broker.bootstrapServers());
      props.put("micronaut.server.port", "-1");
      props.put("hub.intake-handoff.enabled", "false");
      props.put("hub.intake.consumer.max-batch", "100");

      ChildJvm first = ChildJvm.start("vn.citizenhub.core.HubCoreApplication", props, Map.of(),
          dir.resolve("hub-core-1.log"));
      publish(broker.bootstrapServers());
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
          .until(() -> tickets(url) >= 200);
      first.kill();
      long atKill = tickets(url);
      assertTrue(atKill < REPORTS, "hub-core was killed mid-stream, after " + atKill);

      try (ChildJvm second = ChildJvm.start("vn.citizenhub.core.HubCoreApplication", props,
          Map.of(), dir.resolve("hub-core-2.log"))) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
            .until(() -> tickets(url) >= REPORTS);
        assertEquals(REPORTS, tickets(url), "no ticket twice");
        assertEquals(REPORTS, count(url, "SELECT COUNT(DISTINCT tracking_code) FROM ticket"));
        assertEquals(REPORTS, count(url, "SELECT COUNT(*) FROM processed_intake"));
        assertEquals(REPORTS, count(url,
            "SELECT COUNT(*) FROM timeline_entry WHERE type = 'RECEIVED'"));
      } finally {
        System.out.println(Files.readString(dir.resolve("hub-core-1.log")).lines()
            .filter(l -> l.contains("ERROR")).limit(5).reduce("", (a, b) -> a + b + "\n"));
      }
    }
  }

  private static void publish(String bootstrap) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      Future<?> last = null;
      for (int i = 0; i < REPORTS; i++) {
        IntakeEnvelope e = vn.citizenhub.deploy.CrashEnvelopes.report(i);
        last = producer.send(new ProducerRecord<>(Topics.INTAKE, e.key(), ContractJson.write(e)));
      }
      producer.flush();
      last.get();
    }
  }

  private static long tickets(String url) throws Exception {
    return count(url, "SELECT COUNT(*) FROM ticket");
  }

  private static long count(String url, String sql) throws Exception {
    TestDatabase.Server s = TestDatabase.server();
    try (var c = DriverManager.getConnection(url, s.username(), s.password());
        var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLSyntaxErrorException tableNotYetCreated) {
      return 0;
    }
  }
}
