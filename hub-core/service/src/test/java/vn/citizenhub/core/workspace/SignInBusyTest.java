package vn.citizenhub.core.workspace;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.testsupport.HubTestProperties;

/** With every hashing slot taken, a sign-in waits briefly and is then told to come back. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBusyTest implements TestPropertyProvider {

  /** Holds each password check until released, standing in for a slow hash. */
  @Singleton
  @Replaces(PasswordHasher.class)
  @Requires(property = "spec.name", value = "SignInBusyTest")
  static class HeldHasher extends PasswordHasher {
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final AtomicInteger INSIDE = new AtomicInteger();

    @Override
    public boolean matches(String password, String stored) {
      INSIDE.incrementAndGet();
      try {
        RELEASE.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_signin_busy"));
    p.put("spec.name", "SignInBusyTest");
    p.put("hub.staff.sign-in.concurrent-hashes", "1");
    p.put("hub.staff.sign-in.hash-queue-wait", "100ms");
    p.put("hub.staff.sign-in.busy-retry-after", "7s");
    return p;
  }

  private int signIn(String username) {
    try {
      return http.toBlocking().exchange(HttpRequest.POST("/api/staff/token",
          Map.of("username", username, "password", "sai"))).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  @Test
  void aSignInBeyondTheHashingSlotsIsABilingual503WithRetryAfter() throws Exception {
    CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> signIn("canbo.held"));
    await().atMost(Duration.ofSeconds(30)).until(() -> HeldHasher.INSIDE.get() == 1);
    try {
      http.toBlocking().exchange(HttpRequest.POST("/api/staff/token",
          Map.of("username", "canbo.next", "password", "sai")));
      throw new AssertionError("expected 503");
    } catch (HttpClientResponseException e) {
      assertEquals(503, e.getStatus().getCode());
      assertEquals("7", e.getResponse().header("Retry-After"));
      var body = ContractJson.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
      assertEquals("SIGN_IN_BUSY", body.path("error").asText());
      assertEquals("Hệ thống đang bận xử lý nhiều lượt đăng nhập. Vui lòng thử lại sau giây lát.",
          body.path("message").asText());
      assertEquals("Too many sign-ins are being checked right now. Please try again shortly.",
          body.path("messageEn").asText());
    } finally {
      HeldHasher.RELEASE.countDown();
    }
    assertEquals(1, HeldHasher.INSIDE.get(), "the refused sign-in never reached the hasher");
    assertEquals(401, held.get(30, TimeUnit.SECONDS), "the held one ends as an ordinary refusal");
  }
}
