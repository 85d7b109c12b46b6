package vn.citizenhub.deploy.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.citizenhub.contract.Topics;

/**
 * The rules for create-topics.sh; run through {@link DeploymentManifestsTest}. The script runs
 * for real in bash, against a stand-in for Kafka's command-line tools that records what it is
 * asked, so the flags are checked as the script passes them.
 */
abstract class TopicScriptRules {

  private static final Path SCRIPT = DistributedDeployment.FOLDER.resolve("create-topics.sh");
  private static final List<String> WORKING_TOPICS =
      List.of(Topics.INTAKE, Topics.TICKET_EVENTS, Topics.NOTIFY);

  @TempDir
  Path kafkaBin;

  @Test
  void isValidBash() throws Exception {
    assertEquals("", run(List.of("bash", "-n", SCRIPT.toString()), Map.of()));
  }

  @Test
  void createsEveryTopicWithReplicationThreeAndMinIsrTwo() throws Exception {
    String calls = runAgainstStandInKafka(Map.of());
    for (String topic : WORKING_TOPICS) {
      assertTrue(calls.contains("kafka-topics.sh --bootstrap-server kafka-1:9092,kafka-2:9092,"
          + "kafka-3:9092 --create --if-not-exists --topic " + topic + " --partitions 12"
          + " --replication-factor 3 --config min.insync.replicas=2"
          + " --config retention.ms=1209600000"), topic + " in:\n" + calls);
    }
    // The dead letters wait for people: kept until deleted, in one partition for arrival order.
    assertTrue(calls.contains("--topic " + Topics.INTAKE_DLQ + " --partitions 1"
        + " --replication-factor 3 --config min.insync.replicas=2 --config retention.ms=-1"));
  }

  @Test
  void bringsTopicsThatAlreadyExistToTheSameSettings() throws Exception {
    String calls = runAgainstStandInKafka(Map.of());
    for (String topic : WORKING_TOPICS) {
      assertTrue(calls.contains("kafka-configs.sh --bootstrap-server kafka-1:9092,kafka-2:9092,"
          + "kafka-3:9092 --alter --entity-type topics --entity-name " + topic
          + " --add-config min.insync.replicas=2,retention.ms=1209600000"), topic);
    }
  }

  @Test
  void takesPartitionsAndBrokersFromTheEnvironment() throws Exception {
    String calls = runAgainstStandInKafka(Map.of(
        "HUB_TOPIC_PARTITIONS", "24", "KAFKA_BOOTSTRAP_SERVERS", "kafka-0.kafka:9092"));
    assertTrue(calls.contains("--bootstrap-server kafka-0.kafka:9092 --create --if-not-exists"
        + " --topic " + Topics.INTAKE + " --partitions 24"), calls);
  }

  /** Runs the script with KAFKA_BIN pointing at stand-ins that log their arguments. */
  private String runAgainstStandInKafka(Map<String, String> environment) throws Exception {
    Path log = kafkaBin.resolve("calls.log");
    standIn("kafka-topics.sh", "echo \"kafka-topics.sh $*\" >> " + log);
    standIn("kafka-configs.sh", "echo \"kafka-configs.sh $*\" >> " + log);
    // What kafka-broker-api-versions.sh prints per broker, shortened.
    standIn("kafka-broker-api-versions.sh",
        "for id in 1 2 3; do echo \"kafka-$id:9092 (id: $id rack: null) -> (\"; done");
    Map<String, String> env = new HashMap<>(environment);
    env.put("KAFKA_BIN", kafkaBin.toString());
    env.put("HUB_KAFKA_WAIT_SECONDS", "5");
    run(List.of("bash", SCRIPT.toString()), env);
    return Files.readString(log);
  }

  private void standIn(String tool, String body) throws IOException {
    Path file = kafkaBin.resolve(tool);
    Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
    assertTrue(file.toFile().setExecutable(true));
  }

  /** Runs a command; fails on a non-zero exit; returns what it printed on stderr. */
  private static String run(List<String> command, Map<String, String> environment)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // The script's defaults are under test: settings of the machine running the build stay out.
    builder.environment().keySet().removeIf(k -> k.startsWith("HUB_") || k.startsWith("KAFKA_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "finished in time: " + command);
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), command + " failed:\n" + errors);
    return errors;
  }
}
