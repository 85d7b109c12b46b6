package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.citizenhub.testsupport.ChildJvm;
import vn.citizenhub.testsupport.PersonalDataLogScan;
import vn.citizenhub.testsupport.TestPhotos;

/**
 * The newcomer's path: the all-in-one hub on its embedded default (its own Kafka broker and an H2
 * file) starts, takes a report, tracks it, stops on SIGTERM, and after a restart still knows it.
 */
class StandaloneLauncherTest {

  @Test
  void startSubmitTrackRestartTrackAgain(@TempDir Path dataDir) throws Exception {
    int port = freePort();
    int management = freePort();
    Map<String, String> env = Map.of(
        "HUB_DATA_DIR", dataDir.toString(),
        "HUB_HTTP_PORT", Integer.toString(port),
        "HUB_MANAGEMENT_PORT", Integer.toString(management),
        "HUB_KAFKA_PORT", Integer.toString(freePort()),
        "HUB_KAFKA_CONTROLLER_PORT", Integer.toString(freePort()),
        "KAFKA_BOOTSTRAP_SERVERS", "",
        "DATASOURCES_DEFAULT_URL", "");
    WebReports citizen = new WebReports("http://127.0.0.1:" + port);
    String code;
    try (ChildJvm hub = ChildJvm.start("vn.citizenhub.deploy.AllInOneHub", Map.of(), env,
        dataDir.resolve("first-run.log"))) {
      // A first start migrates two schemas and starts a broker: over a minute on a busy 2-core box.
      await().atMost(Duration.ofSeconds(180)).ignoreExceptions()
          .until(() -> citizen.post("{", null).status() == 400);
      code = citizen.post(WebReports.form("STREET_LIGHT", "Hẻm 7, phường Long An"), "k-1").code();
      JsonNode ticket = await().atMost(Duration.ofSeconds(20))
          .until(() -> citizen.track(code), t -> t != null);
      assertEquals("ROUTED", ticket.path("status").asText());
      assertEquals("UBND-27694", ticket.path("agency").path("code").asText());
      // A report with a photo: kept in the attachment folder under HUB_DATA_DIR.
      assertEquals(202, citizen.postWithPhotos(WebReports.form("STREET_LIGHT",
          "Hẻm 7, phường Long An"), null, TestPhotos.jpeg(320, 240)).status());
      try (var kept = Files.walk(dataDir.resolve("attachments"))) {
        assertEquals(1, kept.filter(f -> f.toString().endsWith(".jpg")).count());
      }
      // The demo app signs partner API requests with the secret printed at the first start.
      AppPartnerCalls demoApp = new AppPartnerCalls("http://127.0.0.1:" + port, "demo-app",
          demoAppSecret(dataDir.resolve("first-run.log")));
      assertEquals(200, demoApp.get("user-1", "/api/app/v1/catalog").statusCode());
      assertEquals(202, demoApp.send(demoApp.sign("user-1", "POST", "/api/app/v1/reports",
          "application/json", WebReports.form("STREET_LIGHT", "Hẻm 7, phường Long An")
              .replace("\"web-2025-07\"", "\"app-2026-01\"")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8))).statusCode());
      vn.citizenhub.testsupport.ManagementPort.assertOnlyThere("http://127.0.0.1:" + port, "http://127.0.0.1:" + management);
      hub.stop();
    }
    String coordinatorPassword = demoPassword(dataDir.resolve("first-run.log"), "dieuphoi");
    try (ChildJvm hub = ChildJvm.start("vn.citizenhub.deploy.AllInOneHub", Map.of(), env,
        dataDir.resolve("second-run.log"))) {
      JsonNode again = await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
          .until(() -> citizen.track(code), t -> t != null);
      assertEquals("ROUTED", again.path("status").asText());
      assertEquals(code, citizen.post(WebReports.form("STREET_LIGHT", "Hẻm 7, phường Long An"),
          "k-1").code(), "the idempotency key is remembered across restarts");
      String next = citizen.post(WebReports.form("ROAD_DAMAGE", "phường Long An"), null).code();
      await().atMost(Duration.ofSeconds(20)).until(() -> citizen.track(next), t -> t != null);
      StaffSession coordinator = StaffSession.signIn("http://127.0.0.1:" + port, "dieuphoi",
          coordinatorPassword);
      assertEquals(1, coordinator.get("/api/staff/tickets?q=" + code).path("total").asInt(),
          "the demo coordinator finds the report in the console's inbox");
      assertTrue(coordinator.page("/console").contains("Bàn làm việc cán bộ"), "the console is served");
      hub.stop();
    }
    assertFalse(Files.readString(dataDir.resolve("second-run.log")).contains("dieuphoi "),
        "demo passwords are printed once, at the first start only");
    assertFalse(Files.readString(dataDir.resolve("second-run.log")).contains("X-App-Id demo-app"),
        "the demo app's secret is printed once, at the first start only");
    for (String run : new String[] {"first-run.log", "second-run.log"}) {
      assertEquals(List.of(), PersonalDataLogScan.leaks(
          Files.readAllLines(dataDir.resolve(run)), PersonalDataLogScan.forms(Set.of(
              WebReports.NAME, WebReports.PHONE, WebReports.EMAIL, "Hẻm 7, phường Long An"))),
          "the hub's own log holds no personal data");
    }
  }

  /** The demo app's secret, printed at the first start. */
  private static String demoAppSecret(Path log) throws IOException {
    Matcher m = Pattern.compile("^\\s+secret\\s+(\\S+)$", Pattern.MULTILINE)
        .matcher(Files.readString(log));
    assertTrue(m.find(), "the first start prints the demo app's secret");
    return m.group(1);
  }

  /** The password printed for {@code username} in the first start's table of demo accounts. */
  private static String demoPassword(Path log, String username) throws IOException {
    Matcher m = Pattern.compile("^\\s+" + Pattern.quote(username) + "\\s.*\\s(\\S+)$",
        Pattern.MULTILINE).matcher(Files.readString(log));
    assertTrue(m.find(), "the first start prints the demo accounts");
    return m.group(1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
