package vn.citizenhub.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft broker inside the launcher's JVM, Apache's own server code, with its log
 * under the data folder so that a restart keeps every record. For one machine and for newcomers;
 * production points KAFKA_BOOTSTRAP_SERVERS at a real cluster instead.
 */
final class EmbeddedKafka implements AutoCloseable {

  private final Path logDir;
  private final int port;
  private final int controllerPort;
  private KafkaRaftServer server;

  EmbeddedKafka(Path logDir, int port, int controllerPort) {
    this.logDir = logDir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  void start() {
    try {
      Files.createDirectories(logDir);
      Path config = logDir.resolve("server.properties");
      Properties properties = properties();
      try (var out = Files.newBufferedWriter(config)) {
        properties.store(out, "embedded broker of the all-in-one hub");
      }
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(config);
      }
      server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
      server.startup();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void format(Path config) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = StorageTool$.MODULE$.execute(new String[] {"format", "--standalone",
        "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
        new PrintStream(output, true, StandardCharsets.UTF_8));
    if (status != 0) {
      throw new IllegalStateException("Kafka storage format failed: "
          + output.toString(StandardCharsets.UTF_8));
    }
  }

  private Properties properties() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    p.put("log.dirs", logDir.toAbsolutePath().toString());
    p.put("num.partitions", "4");
    p.put("offsets.topic.replication.factor", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    return p;
  }

  @Override
  public void close() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }
}
