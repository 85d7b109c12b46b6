package vn.citizenhub.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * The one real Kafka broker a test JVM shares: the one named by {@code KAFKA_BOOTSTRAP_SERVERS},
 * else an in-process KRaft cluster from Apache's own test kit, started on first use and stopped
 * when the JVM ends.
 */
public final class TestKafka {

  private static String bootstrapServers;
  private static KafkaClusterTestKit cluster;

  private TestKafka() {}

  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      String given = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
      bootstrapServers = given != null && !given.isBlank() ? given : startInProcess();
      createHubTopics(bootstrapServers);
    }
    return bootstrapServers;
  }

  private static String startInProcess() {
    // Kafka's broker halts its JVM on a fault it deems fatal (a log directory gone while the
    // shutdown hooks run, say); in-process, that JVM is the test run's, and Surefire then fails
    // the module although every test passed. A fault is printed instead; the tests still judge.
    Exit.Procedure report = (code, message) ->
        System.err.println("In-process Kafka asked to end the JVM (" + code + "): " + message);
    Exit.setExitProcedure(report);
    Exit.setHaltProcedure(report);
    try {
      cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
              .setCombined(true)
              .setNumBrokerNodes(1)
              .setNumControllerNodes(1)
              .build())
          .setConfigProp("offsets.topic.replication.factor", "1")
          .setConfigProp("transaction.state.log.replication.factor", "1")
          .setConfigProp("transaction.state.log.min.isr", "1")
          .setConfigProp("group.initial.rebalance.delay.ms", "0")
          .setConfigProp("auto.create.topics.enable", "true")
          .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::stop, "test-kafka-stop"));
      return cluster.bootstrapServers();
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the in-process Kafka cluster."
          + " Set KAFKA_BOOTSTRAP_SERVERS to a running broker instead.", e);
    }
  }

  /**
   * The hub's topics with several partitions, so tests see the partitioning production has; also
   * for a test's own broker ({@link KafkaBrokerProcess}), so no first send waits for a topic to
   * be created.
   */
  public static void createHubTopics(String servers) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    try (Admin admin = Admin.create(p)) {
      for (NewTopic topic : List.of(
          new NewTopic("hub.intake.v1", 4, (short) 1),
          new NewTopic("hub.ticket-events.v1", 4, (short) 1),
          new NewTopic("hub.notify.v1", 4, (short) 1),
          new NewTopic("hub.intake.dlq.v1", 1, (short) 1))) {
        try {
          admin.createTopics(List.of(topic.configs(Map.of("min.insync.replicas", "1"))))
              .all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("Kafka at " + servers + " is not usable: " + e, e);
    }
  }

  /** Closes the cluster, but never holds the JVM's exit for more than ten seconds. */
  private static void stop() {
    if (cluster == null) {
      return;
    }
    Thread closing = new Thread(() -> {
      try {
        cluster.close();
      } catch (Exception ignored) {
        // the JVM is ending anyway
      }
    }, "test-kafka-close");
    closing.setDaemon(true);
    closing.start();
    try {
      closing.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
