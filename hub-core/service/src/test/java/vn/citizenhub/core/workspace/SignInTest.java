package vn.citizenhub.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;

/** Sign-in, lockout and sign-out, for the console's cookie and the API's bearer token. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  StaffAccounts accounts;

  @Inject
  PasswordHasher hasher;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_signin");
  }

  @Test
  void theConsoleGetsAnHttpOnlySameSiteCookieAndSigningOutRefusesItsToken() throws Exception {
    StaffApi.createAccount(accounts, hasher, "canbo.cookie", StaffRole.AGENCY_OFFICER,
        "UBND-27712", "đúng-mật-khẩu");
    HttpResponse<String> signedIn = http.toBlocking().exchange(HttpRequest.POST(
        "/api/staff/session", Map.of("username", "canbo.cookie", "password", "đúng-mật-khẩu")),
        String.class);
    String setCookie = signedIn.getHeaders().get("Set-Cookie");
    assertTrue(setCookie.startsWith("HUB_STAFF="), setCookie);
    assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertTrue(signedIn.body().contains("Cán bộ xử lý"));
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));

    StaffApi api = new StaffApi(http);
    assertEquals(200, api.call(HttpRequest.GET("/api/staff/me").header("Cookie", cookie), null)
        .status());
    assertEquals(204, api.call(HttpRequest.DELETE("/api/staff/session").header("Cookie", cookie),
        null).status());
    int after = api.call(HttpRequest.GET("/api/staff/me").header("Cookie", cookie), null).status();
    assertTrue(after == 401 || after == 403, "a signed-out session's token is refused: " + after);
    StaffApi.Answer anonymous = api.get("/api/staff/tickets", null);
    assertEquals(401, anonymous.status(), "no token, no inbox");
    assertEquals("SIGN_IN_REQUIRED", anonymous.body().path("error").asText());
    assertTrue(anonymous.body().path("message").asText().contains("đăng nhập"));
  }

  @Test
  void unknownUserWrongPasswordAndLockedAccountReadTheSameAndAllHash() throws Exception {
    StaffApi.createAccount(accounts, hasher, "canbo.lock", StaffRole.AGENCY_OFFICER,
        "UBND-27712", "đúng-mật-khẩu");
    StaffApi api = new StaffApi(http);
    StaffApi.Answer wrong = api.signIn("canbo.lock", "sai");
    assertEquals(401, wrong.status());
    assertEquals("SIGN_IN_REFUSED", wrong.body().path("error").asText());
    assertTrue(wrong.body().path("message").asText()
        .startsWith("Tên đăng nhập hoặc mật khẩu không đúng"), wrong.body().toString());
    assertTrue(wrong.body().path("messageEn").asText().startsWith("Wrong username or password"));

    long before = hasher.checksSoFar();
    StaffApi.Answer unknown = api.signIn("không-có-ai", "sai");
    assertEquals(before + 1, hasher.checksSoFar(), "an unknown user costs a (decoy) hash too");
    assertEquals(wrong, unknown, "an unknown username reads the same");
    for (int i = 0; i < 4; i++) {
      assertEquals(wrong, api.signIn("canbo.lock", "sai"), "the fifth failure locks, silently");
    }
    before = hasher.checksSoFar();
    StaffApi.Answer locked = api.signIn("canbo.lock", "đúng-mật-khẩu");
    assertEquals(before + 1, hasher.checksSoFar(), "a locked account's password is still hashed");
    assertEquals(wrong, locked, "locked, even with the right password, reads the same");
    assertTrue(accounts.byUsername("canbo.lock").orElseThrow().lockedAt(Instant.now()),
        "the account is locked all the same");
  }

  @Test
  void theStaffApiIsDescribedWithOpenApi() {
    String yaml = http.toBlocking().retrieve("/swagger/hub-core.yml");
    for (String path : new String[] {"/api/staff/tickets:", "/api/staff/tickets/{id}:",
        "/api/staff/tickets/{id}/actions:", "/api/staff/token:", "/api/staff/triage:",
        "/api/staff/league:", "/api/public/tickets/{trackingCode}:"}) {
      assertTrue(yaml.contains(path), path + " is documented");
    }
    assertTrue(yaml.contains("bearer"), "the bearer token scheme is documented");
  }

  @Test
  void malformedSignInJsonIsABilingual400() {
    StaffApi api = new StaffApi(http);
    StaffApi.Answer a = api.call(HttpRequest.POST("/api/staff/token", "{not json")
        .contentType(MediaType.APPLICATION_JSON_TYPE), null);
    assertEquals(400, a.status());
    assertEquals("MALFORMED_JSON", a.body().path("error").asText());
    assertTrue(a.body().path("message").asText().contains("JSON"));
  }
}
