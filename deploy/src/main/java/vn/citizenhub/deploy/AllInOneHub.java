package vn.citizenhub.deploy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every module in one JVM on one public port (HUB_HTTP_PORT), with the operational endpoints on
 * a management port of their own (HUB_MANAGEMENT_PORT). On the embedded default it brings its own Kafka broker and
 * an H2 database (MySQL mode) under HUB_DATA_DIR; DATASOURCES_DEFAULT_URL and
 * KAFKA_BOOTSTRAP_SERVERS point it at real ones instead. Same code and migrations either way.
 * Citizens' photos are kept in HUB_DATA_DIR/attachments (HUB_ATTACHMENTS_FOLDER names another).
 */
public final class AllInOneHub {

  private static final Logger LOG = LoggerFactory.getLogger(AllInOneHub.class);

  private AllInOneHub() {}

  public static void main(String[] args) {
    Path dataDir = Path.of(env("HUB_DATA_DIR", "./data")).toAbsolutePath().normalize();
    Map<String, Object> properties = new HashMap<>();
    properties.put("micronaut.server.port", env("HUB_HTTP_PORT", "8080"));
    // Links in e-mails point at this hub itself unless the public address is given.
    properties.put("hub.public-url", env("HUB_PUBLIC_URL",
        "http://localhost:" + env("HUB_HTTP_PORT", "8080")));
    // /health, /prometheus and /metrics answer only here, never on the public port.
    properties.put("endpoints.all.port", env("HUB_MANAGEMENT_PORT", "8090"));
    // Citizens' photos beside the embedded database and broker, unless a folder or a bucket is named.
    // A demo app to sign partner API requests with at once (channel-app prints its secret at
    // first start, or uses HUB_DEMO_APP_SECRET); left out with the demo staff accounts.
    if (!"false".equalsIgnoreCase(env("HUB_DEMO_ENABLED", "true"))) {
      properties.put("hub.app.partners.demo-app-id", "demo-app");
    }
    if (System.getenv("HUB_ATTACHMENTS_FOLDER") == null) {
      properties.put("hub.attachments.folder", dataDir.resolve("attachments").toString());
    }

    EmbeddedKafka kafka = null;
    if (System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null) {
      kafka = new EmbeddedKafka(dataDir.resolve("kafka"),
          Integer.parseInt(env("HUB_KAFKA_PORT", "19092")),
          Integer.parseInt(env("HUB_KAFKA_CONTROLLER_PORT", "19093")));
      kafka.start();
      properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
      LOG.info("Embedded Kafka broker on {} (log in {})", kafka.bootstrapServers(),
          dataDir.resolve("kafka"));
    }
    if (System.getenv("DATASOURCES_DEFAULT_URL") == null) {
      properties.putAll(EmbeddedDatabase.properties(dataDir.resolve("db")));
      LOG.info("Embedded H2 database in {}", dataDir.resolve("db"));
    }

    ApplicationContext context = Micronaut.build(args)
        .mainClass(AllInOneHub.class)
        .properties(properties)
        .start();
    if (kafka != null) {
      EmbeddedKafka broker = kafka;
      // Micronaut's own shutdown hook stops the hub; the broker goes after it, so that nothing
      // is sent to a broker that is already gone and consumers leave their group cleanly.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        awaitStopped(context);
        broker.close();
      }, "embedded-kafka-shutdown"));
    }
  }

  private static void awaitStopped(ApplicationContext context) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (context.isRunning() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
