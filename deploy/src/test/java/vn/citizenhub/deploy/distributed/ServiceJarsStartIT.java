package vn.citizenhub.deploy.distributed;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.deploy.HubTopics;
import vn.citizenhub.deploy.distributed.ServiceModules.Module;
import vn.citizenhub.testsupport.ChildJvm;
import vn.citizenhub.testsupport.KafkaBrokerProcess;
import vn.citizenhub.testsupport.ManagementPort;
import vn.citizenhub.testsupport.TestDatabase;

/**
 * Every service module's runnable jar, the very file `mvn package` made and the Dockerfile
 * copies, starts with `java -jar` on the real MariaDB (a database of its own) and a real Kafka
 * broker (test-support's, in a process of its own); its management port's /health answers UP and
 * its public port does not serve /health. All start at once, as compose starts them. The module
 * list comes from the poms ({@link ServiceModules}), so a new module with a main is started here
 * without an edit.
 *
 * <p>An integration test (Failsafe, `verify` phase): it builds nothing and needs every module's
 * jar packaged first, which `./mvnw verify` does for the modules listed before deploy.
 */
class ServiceJarsStartIT {

  /** Five JVMs migrating their schemas at once on two busy cores. */
  private static final Duration START_LIMIT = Duration.ofMinutes(5);
  /** A test key, 48 characters; compose and Kubernetes take theirs from the platform's secrets. */
  private static final String STAFF_TOKEN_SECRET =
      "service-jars-start-it-staff-token-key-0123456789";

  private record Running(Module module, int httpPort, int managementPort, ChildJvm jvm) {}

  @Test
  void everyServiceJarStartsAndReportsUpOnItsManagementPort(@TempDir Path work)
      throws Exception {
    List<Module> services = ServiceModules.services();
    assertFalse(services.isEmpty(), "the poms name no service module");
    TestDatabase.Server database = TestDatabase.server();
    Map<String, Integer> httpPorts = new HashMap<>();
    for (Module service : services) {
      httpPorts.put(service.serviceName(), freePort());
    }
    // A broker of its own, fresh: no record another test left in hub.intake.v1 can park as a
    // dead letter and turn hub-core's health DEGRADED. Topics as the launcher makes them.
    try (KafkaBrokerProcess broker = KafkaBrokerProcess.create()) {
      broker.start();
      HubTopics.main(new String[] {broker.bootstrapServers(), "4", "1", "1"});
      List<Running> running = new ArrayList<>();
      try {
        for (Module service : services) {
          running.add(start(service, httpPorts, broker.bootstrapServers(), database, work));
        }
        for (Running service : running) {
          awaitUp(service);
          ManagementPort.assertOnlyThere(ManagementPort.base(service.httpPort()),
              ManagementPort.base(service.managementPort()));
        }
      } finally {
        running.forEach(service -> service.jvm().stop());
      }
    }
  }

  /** java -jar with the variables compose and Kubernetes set (distributed/README.md), local. */
  private static Running start(Module service, Map<String, Integer> httpPorts, String kafka,
      TestDatabase.Server database, Path work) throws IOException {
    Path jar = service.jar(ServiceModules.version());
    assertTrue(Files.isRegularFile(jar), service.dir() + ": no jar at " + jar
        + "; run `./mvnw verify` (package comes before it), and list the module before"
        + " deploy in the root pom");
    Path folder = Files.createDirectories(work.resolve(service.serviceName()));
    int http = httpPorts.get(service.serviceName());
    int management = freePort();
    Map<String, String> env = new HashMap<>();
    env.put("MICRONAUT_SERVER_PORT", Integer.toString(http));
    env.put("ENDPOINTS_ALL_PORT", Integer.toString(management));
    env.put("DATASOURCES_DEFAULT_URL",
        TestDatabase.freshDatabase("jar_" + service.serviceName().replace('-', '_')));
    env.put("DATASOURCES_DEFAULT_USERNAME", database.username());
    env.put("DATASOURCES_DEFAULT_PASSWORD", database.password());
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
    env.put("HUB_CORE_URL", "http://127.0.0.1:" + httpPorts.get(DistributedDeployment.HUB_CORE));
    // hub-core signs staff sessions with it; channel-hotline does not start without it.
    env.put("HUB_STAFF_TOKEN_SECRET", STAFF_TOKEN_SECRET);
    return new Running(service, http, management,
        ChildJvm.startJar(jar, folder, env, folder.resolve("service.log")));
  }

  private static void awaitUp(Running service) throws IOException {
    String health = ManagementPort.base(service.managementPort()) + "/health";
    try {
      HttpResponse<String> answer = await().atMost(START_LIMIT)
          .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
          .failFast(service.module().dir() + " exited", () -> !service.jvm().isAlive())
          .until(() -> ManagementPort.get(health), r -> r.statusCode() == 200);
      JsonNode body = ContractJson.mapper().readTree(answer.body());
      assertEquals("UP", body.path("status").asText(), service.module().dir() + ": " + body);
    } catch (ConditionTimeoutException | TerminalFailureException e) {
      throw new AssertionError(service.module().dir() + " did not report UP on " + health
          + "; the end of its log:\n" + tail(service.jvm().log()), e);
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
