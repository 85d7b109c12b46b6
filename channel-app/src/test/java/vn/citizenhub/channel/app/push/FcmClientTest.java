package vn.citizenhub.channel.app.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.testsupport.fcm.FakeFcm;

/**
 * The FCM client against the local fake FCM, without the rest of the hub: how many tries a 503
 * gets in place, that a long Retry-After ends the attempt at once, and how each documented error
 * is read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FcmClientTest {

  private final FakeFcm fcm = new FakeFcm("client-test");

  @AfterAll
  void stop() {
    fcm.close();
  }

  @Test
  void a503IsTriedAgainInPlaceUpToTheLimitThenThrownWithItsRetryAfter() throws Exception {
    FcmClient client = client(3);
    String token = token();
    fcm.unavailableFor(2, 0);
    assertEquals(FcmResult.Kind.SENT, client.send(message(token)).kind());
    assertEquals(3, fcm.attempts(token));
    assertEquals(1, fcm.sentTo(token).size());

    String other = token();
    fcm.unavailableFor(3, 0);
    FcmUnavailable down = assertThrows(FcmUnavailable.class, () -> client.send(message(other)));
    assertEquals(null, down.retryAfter(), "FCM gave no Retry-After");
    assertEquals(3, fcm.attempts(other));
    assertEquals(0, fcm.sentTo(other).size());
  }

  @Test
  void aRetryAfterLongerThanTheLimitEndsTheAttemptAtOnce() throws Exception {
    FcmClient client = client(3);
    String token = token();
    fcm.unavailableFor(1, 120);
    FcmUnavailable down = assertThrows(FcmUnavailable.class, () -> client.send(message(token)));
    assertEquals(Duration.ofSeconds(120), down.retryAfter());
    assertEquals(1, fcm.attempts(token));
    fcm.unavailableFor(0, 0);
  }

  @Test
  void unregisteredAndInvalidTokensAreGoneAndABadPayloadIsRejected() throws Exception {
    FcmClient client = client(3);
    String gone = token();
    fcm.unregister(gone);
    FcmResult unregistered = client.send(message(gone));
    assertEquals(FcmResult.Kind.TOKEN_GONE, unregistered.kind());
    assertEquals("UNREGISTERED", unregistered.errorCode());

    String invalid = token();
    fcm.rejectAsInvalid(invalid);
    assertEquals(FcmResult.Kind.TOKEN_GONE, client.send(message(invalid)).kind());

    var badData = message(token());
    badData.putObject("data").put("count", 12); // FCM wants strings
    FcmResult rejected = client.send(badData);
    assertEquals(FcmResult.Kind.REJECTED, rejected.kind());
    assertEquals("INVALID_ARGUMENT", rejected.errorCode());
  }

  private FcmClient client(int maxTries) throws Exception {
    PushSettings settings = new PushSettings() {
      @Override public boolean isEnabled() {
        return true;
      }

      @Override public String getServiceAccountFile() {
        return fcm.serviceAccount().file().toString();
      }

      @Override public String getProjectId() {
        return null;
      }

      @Override public String getFcmBaseUrl() {
        return fcm.baseUrl() + "/";
      }

      @Override public String getTokenUrl() {
        return null;
      }

      @Override public int getMaxTries() {
        return maxTries;
      }

      @Override public Duration getRetryWait() {
        return Duration.ofMillis(5);
      }

      @Override public Duration getMaxRetryAfter() {
        return Duration.ofSeconds(10);
      }

      @Override public Duration getCallTimeout() {
        return Duration.ofSeconds(15);
      }
    };
    return new FcmClient(settings, new FcmCredentials(settings));
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode message(String token) {
    NoticeContent content = new NoticeContent("Tiêu đề / Title", "Nội dung\nBody",
        java.util.Map.of("notificationId", "n-1"));
    return PushDelivery.message(token, content);
  }

  private static String token() {
    return UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", "");
  }
}
