package vn.citizenhub.channel.hotline.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.hotline.Api;
import vn.citizenhub.channel.hotline.PhoneSystem;
import vn.citizenhub.channel.hotline.RecordedCatalogServer;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * The hotline as its own service, as in the distributed deployment: hub-core is not in this JVM
 * (the build takes it off the class path for this test), so the hotline verifies hub-core's staff
 * tokens itself with the shared HS256 secret, from the HUB_STAFF cookie or a bearer header, while
 * the phone system's endpoint stays open to signed events only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneHotlineTest implements TestPropertyProvider {

  static final String STAFF_SECRET = "bi-mat-ky-phieu-can-bo-dung-chung-voi-hub-core-2025";

  private final RecordedCatalogServer catalog = new RecordedCatalogServer();

  @Inject
  @Client("/")
  HttpClient http;
  @Inject
  @Client("/")
  io.micronaut.http.client.sse.SseClient sse;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("hotline_alone"));
    p.put("hub.hotline.staff-token-secret", STAFF_SECRET);
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    p.put("hub.core.url", catalog.url());
    return p;
  }

  @AfterAll
  void stop() {
    catalog.close();
  }

  /** A token as hub-core's sign-in makes it: subject, role, display name, staff id, session. */
  static String token(String secret, String role, Instant expires) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .subject("op-" + UUID.randomUUID().toString().substring(0, 8))
        .claim("roles", List.of(role)).claim("name", "Nguyễn Thị Lan").claim("staffId", 7)
        .claim("sid", UUID.randomUUID().toString())
        .issueTime(new Date()).expirationTime(Date.from(expires)).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(secret));
    return jwt.serialize();
  }

  static String token(String role) throws Exception {
    return token(STAFF_SECRET, role, Instant.now().plus(Duration.ofHours(1)));
  }

  @Inject io.micronaut.runtime.server.EmbeddedServer server;
  @Inject io.micronaut.management.endpoint.EndpointDefaultConfiguration endpoints;

  @Test
  void operationalEndpointsAreOffThePublicPort() throws Exception {
    vn.citizenhub.testsupport.ManagementPort.assertOnlyThere(server.getURL().toString(),
        vn.citizenhub.testsupport.ManagementPort.base(endpoints.getPort().orElseThrow()));
  }

  @Test
  void hubCoreIsNotInThisJvm() {
    assertThrows(ClassNotFoundException.class,
        () -> Class.forName("vn.citizenhub.core.HubCoreApplication"));
  }

  @Test
  void theScreenAndTheCodeItSharesWithTheConsoleAreServedWithoutSignIn() {
    Api api = new Api(http);
    // Without hub-core in the JVM the hotline serves the shared files itself.
    for (String path : List.of("/hotline/app.js", "/web-shared/dom.js", "/web-shared/api.js",
        "/web-shared/signin.js", "/web-shared/base.css")) {
      assertEquals(200, api.get(path, null).status(), path);
    }
    for (String path : List.of("/web-shared/application.yml", "/web-shared/nothing.js")) {
      assertEquals(404, api.get(path, null).status(), path);
    }
  }

  @Test
  void anOperatorsTokenFromHubCoreIsAcceptedAsBearerOrCookie() throws Exception {
    Api api = new Api(http);
    String operator = token("HOTLINE_OPERATOR");
    Api.Answer started = api.post("/api/hotline/calls", Map.of("caller", "0912 345 678"),
        operator);
    assertEquals(201, started.status(), started.toString());
    Api.Answer viaCookie = api.call(HttpRequest.GET("/api/hotline/desk")
        .cookie(io.micronaut.http.cookie.Cookie.of("HUB_STAFF", operator)), null);
    assertEquals(200, viaCookie.status(), viaCookie.toString());
    assertEquals("Nguyễn Thị Lan", viaCookie.text("displayName"));
  }

  @Test
  void theKnowledgeLookupSaysSoWhenHubCoresSearchCannotBeAsked() throws Exception {
    // The recorded hub-core here has no search: the panel is told "unavailable", not an error.
    Api.Answer found = new Api(http).get("/api/hotline/knowledge?q=den%20duong",
        token("HOTLINE_OPERATOR"));
    assertEquals(200, found.status(), found.toString());
    assertTrue(found.body().path("unavailable").asBoolean(), found.toString());
    assertTrue(found.body().path("articles").isEmpty(), found.toString());
  }

  @Test
  void aForgedExpiredOrWrongRoleTokenIsRefused() throws Exception {
    Api api = new Api(http);
    String forged = token("x".repeat(48), "HOTLINE_OPERATOR", Instant.now().plusSeconds(600));
    assertEquals(401, api.get("/api/hotline/desk", forged).status());
    String expired = token(STAFF_SECRET, "HOTLINE_OPERATOR", Instant.now().minusSeconds(60));
    assertEquals(401, api.get("/api/hotline/desk", expired).status());
    assertEquals(403, api.get("/api/hotline/desk", token("AGENCY_OFFICER")).status());
    assertEquals(401, api.get("/api/hotline/desk", null).status());
    assertEquals(403, api.get("/api/hotline/supervisor/figures", token("HOTLINE_OPERATOR"))
        .status());
    assertEquals(200, api.get("/api/hotline/supervisor/figures", token("COORDINATOR"))
        .status());
  }

  @Test
  void aSessionSignedOutInHubCoreIsRefusedHereToo() throws Exception {
    Api api = new Api(http);
    String operator = token("HOTLINE_OPERATOR");
    assertEquals(200, api.get("/api/hotline/desk", operator).status());
    catalog.signOut(operator);
    String fresh = token("HOTLINE_OPERATOR");
    catalog.signOut(fresh);
    // Refused as hub-core refuses an ended session's token (403), before any other rule allows.
    assertEquals(403, api.get("/api/hotline/desk", fresh).status(),
        "a session not seen before is asked about at once");
  }

  @Test
  void aTokenWithoutASessionIdIsRefusedThoughSignedWithTheSharedKey() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("op-nosid")
        .claim("roles", List.of("HOTLINE_OPERATOR")).claim("name", "Nguyễn Thị Lan")
        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(STAFF_SECRET));
    assertEquals(403, new Api(http).get("/api/hotline/desk", jwt.serialize()).status());
  }

  @Test
  void theScreenStreamEndsOnceHubCoreSaysTheSessionEnded() throws Exception {
    String operator = token("HOTLINE_OPERATOR");
    List<io.micronaut.http.sse.Event<com.fasterxml.jackson.databind.JsonNode>> seen =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
    reactor.core.Disposable screen = reactor.core.publisher.Flux.from(sse.eventStream(
        HttpRequest.GET("/api/hotline/screen").bearerAuth(operator),
        com.fasterxml.jackson.databind.JsonNode.class))
        .doOnComplete(() -> ended.set(true)).subscribe(seen::add);
    try {
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> seen.stream().anyMatch(e -> "ready".equals(e.getName())));
      catalog.signOut(operator);
      // Within hub-core's cached answer (hub.hotline.session-cache, 300 ms here, 60 s by default).
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilTrue(ended);
      assertEquals("end", seen.get(seen.size() - 1).getName());
    } finally {
      screen.dispose();
    }
  }

  @Test
  void hubCoreAsksWhetherANumberIsOnTheOperatorsLine() throws Exception {
    Api api = new Api(http);
    String operator = token("HOTLINE_OPERATOR");
    assertEquals(201, api.post("/api/hotline/calls", Map.of("caller", "0912 345 999"), operator)
        .status());
    Api.Answer mine = api.post("/api/hotline/lines/check", Map.of("phone", "+84912345999"),
        operator);
    assertEquals(200, mine.status(), mine.toString());
    assertTrue(mine.body().path("onLine").asBoolean());
    Api.Answer notMine = api.post("/api/hotline/lines/check", Map.of("phone", "0912 345 999"),
        token("HOTLINE_OPERATOR"));
    assertEquals(false, notMine.body().path("onLine").asBoolean(), "another operator's caller");
    assertEquals(false, api.post("/api/hotline/lines/check", Map.of("phone", "0977 000 001"),
        operator).body().path("onLine").asBoolean(), "a number never on the line");
  }

  @Test
  void thePhoneSystemNeedsNoSignInButItsSignature() {
    PhoneSystem phone = new PhoneSystem(http);
    assertEquals(202, phone.send("ringing", "pbx-" + UUID.randomUUID(), "0912345678", "101"));
    assertEquals(401, phone.post(PhoneSystem.event("ringing", "pbx-x", "0912345678", "101",
        Instant.now()), null));
  }

  @Test
  void aReportIsCheckedAgainstHubCoresCatalogAndHandedToKafka() throws Exception {
    Api api = new Api(http);
    String operator = token("HOTLINE_OPERATOR");
    String callId = api.post("/api/hotline/calls", Map.of("caller", "0987 000 111"), operator)
        .text("callId");
    Map<String, Object> form = new HashMap<>(Map.of("kind", "REPORT",
        "categoryCode", "NO_SUCH_CATEGORY", "communeCode", "27712",
        "description", "Cống thoát nước trước chợ bị tắc, nước tràn lên đường.",
        "consent", true));
    Api.Answer refused = api.post("/api/hotline/calls/" + callId + "/report", form, operator);
    assertEquals(400, refused.status());
    assertTrue(refused.body().toString().contains("UNKNOWN_CATEGORY"), refused.toString());

    form.put("categoryCode", "FLOOD_DRAINAGE");
    Api.Answer made = api.post("/api/hotline/calls/" + callId + "/report", form, operator);
    assertEquals(200, made.status(), made.toString());
    String code = made.text("trackingCode").replace("-", "");
    var seen = KafkaProbe.readUntil(Topics.INTAKE, records -> records.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(code)), Duration.ofSeconds(20));
    String envelope = seen.stream().map(KafkaProbe::text).filter(t -> t.contains(code))
        .findFirst().orElseThrow();
    assertTrue(envelope.contains("\"identity\":\"phone:+84987000111\""), envelope);
    assertTrue(envelope.contains("\"channel\":\"HOTLINE\""), envelope);
    assertTrue(envelope.contains("\"textVersion\":\"hotline-2025-07\""), envelope);
  }
}
