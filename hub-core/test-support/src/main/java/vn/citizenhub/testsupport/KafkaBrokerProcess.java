package vn.citizenhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker in a child JVM on a fixed port, for tests that must stop Kafka
 * (SIGKILL) and start it again on the same address with the same log. Built from Apache's own
 * artifacts on the test classpath; nothing is downloaded.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

  private final Path dir;
  private final int port;
  private final int controllerPort;
  private ChildJvm process;

  private KafkaBrokerProcess(Path dir, int port, int controllerPort) {
    this.dir = dir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /** Formats a fresh log folder on free ports; call {@link #start()} to run it. */
  public static KafkaBrokerProcess create() {
    try {
      Path dir = Files.createTempDirectory("hub-kafka-");
      KafkaBrokerProcess broker = new KafkaBrokerProcess(dir, freePort(), freePort());
      broker.writeConfig();
      // StorageTool exits its JVM when done, so it runs in one of its own.
      ChildJvm format = ChildJvm.start("kafka.tools.StorageTool", Map.of(), Map.of(),
          dir.resolve("format.log"), "format", "--standalone", "-t",
          Uuid.randomUuid().toString(), "-c", broker.config().toString());
      if (format.awaitExit(60) != 0) {
        throw new IllegalStateException("Kafka storage format failed; see " + format.log());
      }
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Starts the broker and waits until it accepts connections. */
  public void start() {
    process = ChildJvm.start("kafka.Kafka", Map.of(), Map.of(), dir.resolve("broker.log"),
        config().toString());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Kafka broker exited; see " + dir.resolve("broker.log"));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        sleep(200);
      }
    }
    throw new IllegalStateException("Kafka broker did not start within 60 s");
  }

  /** Kills the broker at once, as a crash or an operator's kill -9 would. */
  public void kill() {
    if (process != null) {
      process.kill();
      process = null;
    }
  }

  @Override
  public void close() {
    kill();
  }

  private Path config() {
    return dir.resolve("server.properties");
  }

  private void writeConfig() throws IOException {
    String properties = String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs=" + dir.resolve("log"),
        "num.partitions=4",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
    Files.writeString(config(), properties);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
