package vn.citizenhub.deploy.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.citizenhub.deploy.distributed.DistributedDeployment.SECRET_LOOKING;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules for compose.yaml; run through {@link DeploymentManifestsTest}. */
abstract class ComposeFileRules {

  private static final JsonNode COMPOSE =
      ComposeFile.parse(DistributedDeployment.read("compose.yaml"));
  private static final JsonNode SERVICES = COMPOSE.path("services");

  @Test
  void followsTheComposeSpecification() {
    assertEquals(List.of(), ComposeFile.schemaErrors(COMPOSE));
  }

  @Test
  void aMisspeltKeyBreaksTheSchema() {
    JsonNode typo = ComposeFile.parse("services: {web: {image: x, deploy: {replica: 2}}}");
    assertFalse(ComposeFile.schemaErrors(typo).isEmpty());
  }

  @Test
  void kafkaIsThreeKraftBrokersOfOneCluster() {
    Map<String, Map<String, String>> brokers = new LinkedHashMap<>();
    SERVICES.properties().forEach(s -> {
      if (environment(s.getKey()).containsKey("KAFKA_PROCESS_ROLES")) {
        brokers.put(s.getKey(), environment(s.getKey()));
      }
    });
    assertEquals(3, brokers.size(), "brokers: " + brokers.keySet());
    Set<String> nodeIds = new HashSet<>();
    Set<String> clusterIds = new HashSet<>();
    brokers.forEach((name, env) -> {
      assertEquals("apache/kafka:4.1.1", SERVICES.path(name).path("image").asText());
      assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"));
      nodeIds.add(env.get("KAFKA_NODE_ID"));
      clusterIds.add(env.get("CLUSTER_ID"));
      assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").contains("//" + name + ":9092"));
      String voter = env.get("KAFKA_NODE_ID") + "@" + name + ":9093";
      brokers.values().forEach(other ->
          assertTrue(other.get("KAFKA_CONTROLLER_QUORUM_VOTERS").contains(voter), voter));
      assertTrue(mounts(name).stream().anyMatch(m -> m.endsWith(":/var/lib/kafka/data")), name);
      assertEquals("2", env.get("KAFKA_MIN_INSYNC_REPLICAS"));
    });
    assertEquals(3, nodeIds.size(), "one node id each");
    assertEquals(1, clusterIds.size(), "one cluster id for all");
  }

  @Test
  void mysqlIsVersion8WithAVolumeAHealthcheckAndEveryDatabase() {
    JsonNode mysql = SERVICES.path("mysql");
    assertTrue(mysql.path("image").asText().startsWith("mysql:8."));
    assertTrue(COMPOSE.path("volumes").has(mounts("mysql").get(0).split(":")[0]),
        "a named volume for the data");
    assertTrue(mounts("mysql").contains("./mysql-init:/docker-entrypoint-initdb.d:ro"));
    assertFalse(mysql.path("healthcheck").path("test").isMissingNode());
    ourServices().forEach(s ->
        DistributedDeployment.assertInitCreates(environment(s).get("DATASOURCES_DEFAULT_URL")));
  }

  @Test
  void hubCoreAndEveryChannelRunTwoHealthCheckedReplicas() {
    ourServices().forEach(s -> {
      JsonNode service = SERVICES.path(s);
      assertTrue(service.path("deploy").path("replicas").asInt() >= 2, s);
      String check = service.path("healthcheck").path("test").toString();
      assertTrue(check.contains("/health"), s + " healthcheck " + check);
      // The management port, where the endpoints live: never the public one.
      String management = environment(s).get("ENDPOINTS_ALL_PORT");
      assertNotNull(management, s + " sets ENDPOINTS_ALL_PORT");
      assertTrue(check.contains("127.0.0.1:" + management + "/health"), s + " checks " + check);
      assertEquals("citizenhub/" + s + ":${HUB_VERSION:-latest}", service.path("image").asText());
    });
    assertEquals("hub-core", environment("hub-core").get("HUB_INTAKE_CONSUMER_GROUP"));
  }

  @Test
  void everyServiceHasLimitsAndReservationsAndEveryServerAHealthcheck() {
    SERVICES.properties().forEach(s -> {
      JsonNode resources = s.getValue().path("deploy").path("resources");
      for (String kind : List.of("limits", "reservations")) {
        assertTrue(resources.path(kind).has("cpus"), s.getKey() + " " + kind + " cpus");
        assertTrue(resources.path(kind).has("memory"), s.getKey() + " " + kind + " memory");
      }
      boolean oneShot = "no".equals(s.getValue().path("restart").asText());
      assertTrue(oneShot || s.getValue().has("healthcheck"), s.getKey() + " healthcheck");
    });
  }

  @Test
  void secretsComeFromThePlatformNeverFromAFile() {
    COMPOSE.path("secrets").properties().forEach(secret -> {
      JsonNode source = secret.getValue();
      assertFalse(source.has("file"), secret.getKey() + " must not be a file in the repository");
      assertTrue(source.has("environment") || source.path("external").asBoolean(),
          secret.getKey());
    });
    SERVICES.properties().forEach(s -> {
      assertFalse(s.getValue().has("env_file"), s.getKey());
      Set<String> granted = new HashSet<>();
      s.getValue().path("secrets").forEach(n -> granted.add(n.asText()));
      environment(s.getKey()).forEach((name, value) -> {
        if (SECRET_LOOKING.matcher(name).matches()) {
          assertTrue(name.endsWith("_FILE") && value.startsWith("/run/secrets/"),
              s.getKey() + " " + name + " must name a file under /run/secrets");
          assertTrue(granted.contains(value.substring("/run/secrets/".length())),
              s.getKey() + " is not given " + value);
        }
      });
    });
  }

  @Test
  void topicsJobRunsTheScriptBeforeTheServicesStart() {
    JsonNode topics = SERVICES.path("topics");
    assertEquals("apache/kafka:4.1.1", topics.path("image").asText());
    assertTrue(topics.path("command").toString().contains("create-topics.sh"));
    assertTrue(mounts("topics").stream().anyMatch(m -> m.startsWith("./create-topics.sh:")));
    assertEquals("3", environment("topics").get("HUB_TOPIC_REPLICATION"));
    assertEquals("2", environment("topics").get("HUB_TOPIC_MIN_ISR"));
    ourServices().forEach(s -> assertEquals("service_completed_successfully",
        SERVICES.path(s).path("depends_on").path("topics").path("condition").asText(), s));
  }

  @Test
  void servicesSetTheVariablesTheirApplicationReads() {
    ServiceSettings.HUB_CORE.assertConfigures(
        environment("hub-core"), environment("hub-core").keySet());
    ServiceSettings.CHANNEL_WEB.assertConfigures(
        environment("channel-web"), environment("channel-web").keySet());
  }

  /**
   * hub-core signs staff sessions and every service whose application.yml reads the key verifies
   * them: all must get the same secret, or the hotline does not start (or refuses every session).
   */
  @Test
  void everyServiceThatReadsTheStaffTokenKeyGetsHubCoresSecret() throws IOException {
    String key = environment(DistributedDeployment.HUB_CORE).get("HUB_STAFF_TOKEN_SECRET_FILE");
    assertEquals("/run/secrets/hub_staff_token_secret", key);
    Set<String> readers = new HashSet<>();
    for (ServiceModules.Module service : ServiceModules.services()) {
      Path yml = service.folder().resolve("src/main/resources/application.yml");
      if (Files.readString(yml).contains("${HUB_STAFF_TOKEN_SECRET")) {
        readers.add(service.serviceName());
        assertEquals(key, environment(service.serviceName()).get("HUB_STAFF_TOKEN_SECRET_FILE"),
            service.serviceName());
      }
    }
    assertTrue(readers.contains("channel-hotline"), "readers: " + readers);
  }

  @Test
  void photosAreKeptInMinioWhoseBucketEveryServiceNames() {
    JsonNode minio = SERVICES.path("minio");
    assertTrue(minio.path("image").asText().startsWith("quay.io/minio/minio:RELEASE."));
    assertTrue(mounts("minio").stream().anyMatch(m -> m.endsWith(":/data")
        && COMPOSE.path("volumes").has(m.split(":")[0])), "a named volume for the data");
    assertFalse(minio.path("healthcheck").path("test").isMissingNode());
    Map<String, String> init = environment("minio-init");
    assertTrue(SERVICES.path("minio-init").path("entrypoint").toString()
        .contains("minio-init.sh"));
    assertTrue(mounts("minio-init").contains("./minio-init.sh:/hub/minio-init.sh:ro"));
    ourServices().forEach(s -> {
      Map<String, String> env = environment(s);
      assertEquals("s3", env.get("HUB_ATTACHMENTS_STORE"), s);
      assertEquals(init.get("MINIO_URL"), env.get("HUB_ATTACHMENTS_S3_ENDPOINT"), s);
      assertEquals(init.get("HUB_ATTACHMENTS_S3_BUCKET"), env.get("HUB_ATTACHMENTS_S3_BUCKET"),
          s);
      assertEquals(init.get("HUB_ATTACHMENTS_S3_ACCESS_KEY"),
          env.get("HUB_ATTACHMENTS_S3_ACCESS_KEY"), s);
      assertEquals(init.get("HUB_ATTACHMENTS_S3_SECRET_KEY_FILE"),
          env.get("HUB_ATTACHMENTS_S3_SECRET_KEY_FILE"), s);
      assertEquals("service_completed_successfully", SERVICES.path(s).path("depends_on")
          .path("minio-init").path("condition").asText(), s);
    });
  }

  @Test
  void theEdgeLetsPhotosThroughOnTheReportPathOnly() {
    String nginx = DistributedDeployment.read("edge/nginx.conf");
    assertTrue(nginx.contains("\n  client_max_body_size 64k;"), "64 KB everywhere else");
    java.util.regex.Matcher photos = java.util.regex.Pattern.compile(
        "location = /api/web/reports \\{ client_max_body_size (\\d+)m;").matcher(nginx);
    assertTrue(photos.find(), "the report path allows photos");
    assertTrue(Long.parseLong(photos.group(1)) * 1024 * 1024
        >= ServiceSettings.CHANNEL_WEB.maxRequestSize(), "as much as channel-web takes");
  }

  private static Stream<String> ourServices() {
    return DistributedDeployment.SERVICES.stream();
  }

  private static Map<String, String> environment(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    SERVICES.path(service).path("environment").properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    return env;
  }

  private static List<String> mounts(String service) {
    return SERVICES.path(service).path("volumes").valueStream().map(JsonNode::asText).toList();
  }
}
