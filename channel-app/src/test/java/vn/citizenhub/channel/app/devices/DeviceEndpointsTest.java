package vn.citizenhub.channel.app.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.app.FixedAppPartners;
import vn.citizenhub.channel.app.SignedRequests;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.ColumnSizes;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The device endpoints on the real database: registration is idempotent on the token, moves a
 * token to the user now signed in on the install, refuses another app's token, and bad input
 * gets a bilingual error and stores nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceEndpointsTest implements TestPropertyProvider {

  private static final String PATH = "/api/app/v1/devices";

  @Inject @Client("/") HttpClient client;
  @Inject FixedAppPartners partners;
  @Inject JdbcDatabase database;
  private SqlProbe db;
  private AppPartner app;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_devices"));
    p.put("test.app-partners", "fixed");
    return p;
  }

  @BeforeAll
  void setUp() {
    db = new SqlProbe(database.pool());
    app = partners.add("Tây Ninh Smart", null);
  }

  @Test
  void registeringATokenTwiceKeepsOneDeviceAndTheSecondAnswerSaysSo() {
    String token = token();
    Answer first = call(SignedRequests.post(PATH, app, "user-1", registration(token, "android")));
    assertEquals(201, first.status);
    assertEquals(token, first.json.path("token").asText());
    assertEquals("android", first.json.path("platform").asText());
    assertTrue(first.json.path("created").asBoolean());

    Answer again = call(SignedRequests.post(PATH, app, "user-1", registration(token, "ANDROID")));
    assertEquals(200, again.status);
    assertEquals(false, again.json.path("created").asBoolean());
    assertEquals(1, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", token));
    assertEquals("user-1", db.string("SELECT app_user_id FROM app_device WHERE fcm_token = ?",
        token));
  }

  @Test
  void aTokenSignedInToByAnotherUserOfTheSameAppMovesToThem() {
    String token = token();
    call(SignedRequests.post(PATH, app, "user-a", registration(token, "ios")));
    Answer moved = call(SignedRequests.post(PATH, app, "user-b", registration(token, "ios")));
    assertEquals(200, moved.status);
    assertEquals("user-b", db.string("SELECT app_user_id FROM app_device WHERE fcm_token = ?",
        token));
  }

  @Test
  void anotherAppCannotTakeOverARegisteredToken() {
    String token = token();
    call(SignedRequests.post(PATH, app, "user-c", registration(token, "web")));
    AppPartner other = partners.add("Huế-S", null);
    Answer refused = call(SignedRequests.post(PATH, other, "user-x", registration(token, "web")));
    assertEquals(409, refused.status);
    assertEquals("TOKEN_OF_ANOTHER_APP", refused.json.path("error").asText());
    assertEquals(app.appId(), db.string("SELECT app_id FROM app_device WHERE fcm_token = ?",
        token));
    assertEquals("user-c", db.string("SELECT app_user_id FROM app_device WHERE fcm_token = ?",
        token));
  }

  @Test
  void badRegistrationsAreRefusedInBothLanguagesAndNothingIsStored() {
    long before = db.count("SELECT COUNT(*) FROM app_device");
    String tooLong = "a".repeat(DeviceLimits.MAX_TOKEN + 1);
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {registration("short", "android"), "token"});
    cases.add(new String[] {registration(tooLong, "android"), "token"});
    cases.add(new String[] {registration(token() + "<script>", "android"), "token"});
    cases.add(new String[] {registration(token(), "symbian"), "platform"});
    cases.add(new String[] {"{\"token\": \"" + token() + "\"}", "platform"});
    cases.add(new String[] {"{\"token\": 12345678901234567890123, \"platform\": \"ios\"}",
        "token"});
    for (String[] c : cases) {
      Answer refused = call(SignedRequests.post(PATH, app, "user-d", c[0]));
      assertEquals(400, refused.status, c[0]);
      assertEquals("VALIDATION_FAILED", refused.json.path("error").asText());
      assertEquals(c[1], refused.json.path("fields").get(0).path("field").asText());
      assertTrue(refused.json.path("message").asText().contains("thiết bị"), refused.json
          .toString());
      assertTrue(refused.json.path("messageEn").asText().contains("device"));
      assertTrue(refused.json.path("fields").get(0).path("messageVi").asText().length() > 10);
    }
    Answer malformed = call(SignedRequests.post(PATH, app, "user-d", "{\"token\": "));
    assertEquals(400, malformed.status);
    assertEquals("MALFORMED_JSON", malformed.json.path("error").asText());
    assertEquals("Nội dung gửi lên không phải JSON hợp lệ.", malformed.json.path("message")
        .asText());
    Answer tooLarge = call(SignedRequests.post(PATH, app, "user-d", registration(token(),
        "android" + " ".repeat(DeviceController.MAX_BODY_CHARS))));
    assertEquals(413, tooLarge.status);
    assertEquals("BODY_TOO_LARGE", tooLarge.json.path("error").asText());
    assertEquals(before, db.count("SELECT COUNT(*) FROM app_device"));
  }

  @Test
  void aTokenOfTheLongestLengthTheColumnHoldsIsStored() {
    String start = token();
    String longest = start + "x".repeat(DeviceLimits.MAX_TOKEN - start.length());
    assertEquals(DeviceLimits.MAX_TOKEN, longest.length());
    assertEquals(201, call(SignedRequests.post(PATH, app, "user-e",
        registration(longest, "android"))).status);
    assertEquals(1, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", longest));
  }

  @Test
  void withoutAProvenCallerNothingIsDone() {
    String token = token();
    MutableHttpRequest<String> unsigned = HttpRequest.POST(PATH, registration(token, "ios"))
        .contentType("application/json");
    Answer refused = call(unsigned);
    // The signature filter refuses it before the device endpoint runs, in both languages.
    assertEquals(401, refused.status);
    assertEquals("SIGNATURE_HEADERS_MISSING", refused.json.path("error").asText());
    assertTrue(refused.json.path("message").asText().startsWith("Thiếu hoặc sai định dạng"));
    assertTrue(refused.json.path("messageEn").asText().length() > 0);
    assertEquals(0, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", token));
    assertEquals(401, call(HttpRequest.DELETE(PATH + "/" + token)).status);
  }

  @Test
  void aUserForgetsOnlyTheirOwnDevice() {
    String mine = token();
    call(SignedRequests.post(PATH, app, "user-f", registration(mine, "android")));
    assertEquals(204, call(SignedRequests.delete(PATH + "/" + mine, app, "user-g")).status);
    assertEquals(1, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", mine),
        "another user's DELETE leaves the device");
    assertEquals(204, call(SignedRequests.delete(PATH + "/" + mine, app, "user-f")).status);
    assertEquals(0, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?", mine));
    assertEquals(204, call(SignedRequests.delete(PATH + "/" + mine, app, "user-f")).status,
        "forgetting twice is harmless");
    Answer bad = call(SignedRequests.delete(PATH + "/short", app, "user-f"));
    assertEquals(400, bad.status);
    assertEquals("token", bad.json.path("fields").get(0).path("field").asText());
  }

  @Test
  void aUserKeepsAtMostTheLimitOfDevicesTheOneSeenLongestAgoIsForgotten() {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i <= DeviceLimits.MAX_DEVICES_PER_USER; i++) {
      String token = token();
      tokens.add(token);
      call(SignedRequests.post(PATH, app, "user-h", registration(token, "android")));
      db.update("UPDATE app_device SET last_seen_at = TIMESTAMPADD(MINUTE, ?, last_seen_at)"
          + " WHERE fcm_token = ?", i, token);
    }
    assertEquals(DeviceLimits.MAX_DEVICES_PER_USER, db.count(
        "SELECT COUNT(*) FROM app_device WHERE app_id = ? AND app_user_id = 'user-h'",
        app.appId()));
    assertEquals(0, db.count("SELECT COUNT(*) FROM app_device WHERE fcm_token = ?",
        tokens.get(0)));
  }

  @Test
  void theLimitsAreTheColumns() {
    ColumnSizes columns = ColumnSizes.of(database.pool());
    assertEquals(DeviceLimits.MAX_TOKEN, columns.of("app_device.fcm_token").characters());
    assertEquals(DeviceLimits.MAX_APP_ID, columns.of("app_device.app_id").characters());
    assertEquals(DeviceLimits.MAX_APP_USER_ID,
        columns.of("app_device.app_user_id").characters());
  }

  private static String token() {
    return UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String registration(String token, String platform) {
    return "{\"token\": \"" + token + "\", \"platform\": \"" + platform + "\"}";
  }

  private Answer call(MutableHttpRequest<?> request) {
    try {
      HttpResponse<String> response = client.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), parse(response.getBody().orElse("")));
    } catch (HttpClientResponseException e) {
      return new Answer(e.getStatus().getCode(), parse(e.getResponse().getBody(String.class)
          .orElse("")));
    }
  }

  private static JsonNode parse(String body) {
    try {
      return body.isEmpty() ? ContractJson.mapper().createObjectNode()
          : ContractJson.mapper().readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private record Answer(int status, JsonNode json) {}
}
