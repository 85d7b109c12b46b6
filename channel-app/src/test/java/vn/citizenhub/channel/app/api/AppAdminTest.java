package vn.citizenhub.channel.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * An administrator registers an app and is shown its secret once; the app signs with it at once;
 * the secret is sealed in the database; a deactivated app is refused. The OpenAPI document is
 * served unsigned and names only routes that exist.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppAdminTest implements TestPropertyProvider {

  static final FakeHubCore CORE = new FakeHubCore();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject Router router;

  final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("app_admin"));
    p.put("hub.core.url", CORE.url());
    return p;
  }

  @AfterAll
  void stop() {
    CORE.close();
  }

  HttpResponse<String> admin(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAdministratorRegistersAnAppThatSignsAtOnceAndCanBeStopped() throws Exception {
    String appId = "district-" + UUID.randomUUID().toString().substring(0, 8);
    String form = "{\"appId\": \"" + appId + "\", \"name\": \"Ứng dụng phường Tân An\","
        + " \"callbackUrl\": \"https://app.example.vn/hub-callback\"}";
    HttpResponse<String> made = admin("POST", "/api/app/admin/v1/apps",
        FakeHubCore.ADMIN_TOKEN, form);
    assertEquals(201, made.statusCode(), made.body());
    JsonNode registered = ContractJson.mapper().readTree(made.body());
    String secret = registered.path("secret").asText();
    assertEquals(64, secret.length());

    String sealed = new SqlProbe(database.pool()).string(
        "SELECT sealed_secret FROM app_partner WHERE app_id = ?", appId);
    assertFalse(sealed.contains(secret), "the secret is sealed, not stored as given");

    AppSigner signer = new AppSigner(server.getURL().toString());
    assertEquals(200, signer.as(appId, secret, "u1").get("/api/app/v1/reports").send()
        .statusCode());

    HttpResponse<String> again = admin("POST", "/api/app/admin/v1/apps",
        FakeHubCore.ADMIN_TOKEN, form);
    assertEquals(409, again.statusCode());

    assertEquals(204, admin("DELETE", "/api/app/admin/v1/apps/" + appId,
        FakeHubCore.ADMIN_TOKEN, null).statusCode());
    HttpResponse<String> refused = signer.as(appId, secret, "u1").get("/api/app/v1/reports")
        .send();
    assertEquals(401, refused.statusCode());
    assertEquals("APP_NOT_ALLOWED",
        ContractJson.mapper().readTree(refused.body()).path("error").asText());
  }

  @Test
  void onlyAnAdministratorRegistersAndBadFormsAreRefused() throws Exception {
    String form = "{\"appId\": \"officers-app\", \"name\": \"Không được\"}";
    for (String token : new String[] {FakeHubCore.OFFICER_TOKEN, "forged", null}) {
      HttpResponse<String> answer = admin("POST", "/api/app/admin/v1/apps", token, form);
      assertEquals(403, answer.statusCode());
      assertEquals("ADMINISTRATOR_REQUIRED",
          ContractJson.mapper().readTree(answer.body()).path("error").asText());
    }
    assertEquals(0, new SqlProbe(database.pool()).count(
        "SELECT COUNT(*) FROM app_partner WHERE app_id = 'officers-app'"));
    HttpResponse<String> bad = admin("POST", "/api/app/admin/v1/apps", FakeHubCore.ADMIN_TOKEN,
        "{\"appId\": \"Bad Id!\", \"name\": \"\", \"callbackUrl\": \"ftp://x\"}");
    assertEquals(400, bad.statusCode());
    JsonNode fields = ContractJson.mapper().readTree(bad.body()).path("fields");
    assertEquals(3, fields.size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOpenApiDocumentIsServedUnsignedAndEveryRouteInItExists() throws Exception {
    HttpResponse<String> doc = http.send(HttpRequest.newBuilder(
        URI.create(server.getURL() + "/api/app/v1/openapi.yml")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, doc.statusCode());
    Map<String, Object> openApi = new Yaml().load(doc.body());
    Map<String, Map<String, Object>> paths =
        (Map<String, Map<String, Object>>) openApi.get("paths");
    assertTrue(paths.containsKey("/api/app/v1/reports"), paths.keySet().toString());
    assertTrue(paths.containsKey("/api/app/v1/reports/{trackingCode}/rating"));
    int operations = 0;
    for (var path : paths.entrySet()) {
      String concrete = path.getKey().replaceAll("\\{[^}]+}", "ABCD2345");
      for (String method : path.getValue().keySet()) {
        HttpMethod m = HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
        assertTrue(router.find(m, concrete, null).findAny().isPresent(),
            method + " " + path.getKey() + " is a route");
        operations++;
      }
    }
    assertTrue(operations >= 9, "every operation of the API is documented: " + operations);
  }
}
