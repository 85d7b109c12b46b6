package vn.citizenhub.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.testsupport.HubTestProperties;

/** Sign-in is throttled per username and per address before any password is hashed. */
@MicronautTest(transactional = false)
// Every test signs in from the same peer, so the address's budget is spent last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  StaffAccounts accounts;

  @Inject
  PasswordHasher hasher;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_signin_throttle"));
    p.put("hub.staff.sign-in.per-username-limit", "3");
    p.put("hub.staff.sign-in.per-username-period", "1h");
    p.put("hub.staff.sign-in.per-address-limit", "12");
    p.put("hub.staff.sign-in.per-address-period", "1h");
    return p;
  }

  private StaffApi.Answer signIn(String username, String password, String forwardedFor) {
    return new StaffApi(http).call(HttpRequest.POST("/api/staff/token",
        Map.of("username", username, "password", password))
        .header("X-Forwarded-For", forwardedFor), null);
  }

  @Test
  @Order(1)
  void theUsernameThrottleBitesBeforeAnyHashAndForgedAddressesDoNotHelp() throws Exception {
    StaffApi.createAccount(accounts, hasher, "canbo.throttle", StaffRole.AGENCY_OFFICER,
        "UBND-27712", "đúng-mật-khẩu");
    for (int i = 0; i < 3; i++) {
      assertEquals(401, signIn("canbo.throttle", "sai-" + i, "198.51.100." + i).status());
    }
    long hashesBefore = hasher.checksSoFar();
    StaffApi.Answer throttled = signIn(" CanBo.Throttle", "đúng-mật-khẩu", "198.51.100.50");
    assertEquals(429, throttled.status(), "the same username, however written, from any address");
    assertEquals(hashesBefore, hasher.checksSoFar(), "refused before the password was hashed");
    assertEquals("RATE_LIMITED", throttled.body().path("error").asText());
    assertEquals("Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.",
        throttled.body().path("message").asText());
    assertEquals("Too many sign-in attempts. Please try again in a few minutes.",
        throttled.body().path("messageEn").asText());

    // Another username from the same client still gets through, until the address's own limit.
    StaffApi.createAccount(accounts, hasher, "canbo.other", StaffRole.AGENCY_OFFICER,
        "UBND-27712", "mật-khẩu-khác");
    assertEquals(200, signIn("canbo.other", "mật-khẩu-khác", "203.0.113.1").status());
  }

  @Test
  @Order(3)
  void theAddressThrottleCountsTheTcpPeerWhateverHeaderItSends() {
    int refused = 0;
    long hashesAtRefusal = -1;
    for (int i = 0; i < 14 && refused == 0; i++) {
      long before = hasher.checksSoFar();
      StaffApi.Answer a = signIn("không-có-ai-" + i, "sai", "192.0.2." + i);
      if (a.status() == 429) {
        refused++;
        hashesAtRefusal = hasher.checksSoFar() - before;
      }
    }
    assertEquals(1, refused, "one client, twelve attempts an hour, whatever it claims to be");
    assertEquals(0, hashesAtRefusal);
  }

  @Test
  @Order(2)
  void theThrottleAnswerCarriesRetryAfter() {
    StaffApi api = new StaffApi(http);
    for (int i = 0; i < 3; i++) {
      api.signIn("canbo.retry", "sai");
    }
    try {
      http.toBlocking().exchange(HttpRequest.POST("/api/staff/token",
          Map.of("username", "canbo.retry", "password", "sai")));
      throw new AssertionError("expected 429");
    } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
      assertEquals(429, e.getStatus().getCode());
      long retryAfter = Long.parseLong(e.getResponse().header("Retry-After"));
      assertTrue(retryAfter > 0 && retryAfter <= 3600, "within the hour: " + retryAfter);
    }
  }
}
