package vn.citizenhub.attachments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.testsupport.FakeS3;

/** The S3 store against a local server that answers as S3 does, path-style. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3AttachmentStoreTest extends AttachmentStoreContract {

  private static final String BUCKET = "hub-attachments";
  private final FakeS3 s3 = new FakeS3("hub-test-key", BUCKET);
  private final S3AttachmentStore store = new S3AttachmentStore(settings("hub-test-key", BUCKET));

  /** The settings a deployment gives, with quick retries. */
  record Settings(String getEndpoint, String getAccessKey, String getBucket,
      Duration getBreakerOpenFor) implements S3Settings {
    @Override public String getRegion() { return "us-east-1"; }
    @Override public String getSecretKey() { return "hub-test-secret"; }
    @Override public boolean isPathStyle() { return true; }
    @Override public Duration getConnectTimeout() { return Duration.ofSeconds(2); }
    @Override public Duration getCallTimeout() { return Duration.ofSeconds(5); }
    @Override public int getAttempts() { return 3; }
    @Override public Duration getRetryWait() { return Duration.ofMillis(10); }
  }

  private Settings settings(String accessKey, String bucket) {
    return new Settings(s3.endpoint(), accessKey, bucket, Duration.ofMinutes(5));
  }

  @AfterAll
  void stop() {
    store.close();
    s3.close();
  }

  @Override
  AttachmentStore store() {
    return store;
  }

  @Test
  void objectsGoToTheBucketPathStyleWithTheirTypeAndASigV4Signature() {
    int before = s3.requests().size();
    store.put("web/2025-07/p.jpg", new byte[] {1, 2, 3, 4}, "image/jpeg");
    FakeS3.StoredObject stored = s3.object(BUCKET, "web/2025-07/p.jpg");
    assertArrayEquals(new byte[] {1, 2, 3, 4}, stored.bytes());
    assertEquals("image/jpeg", stored.contentType());
    List<FakeS3.Request> sent = s3.requests().subList(before, s3.requests().size());
    assertEquals(1, sent.size());
    assertEquals("PUT", sent.get(0).method());
    assertEquals("/" + BUCKET + "/web/2025-07/p.jpg", sent.get(0).path());
    var sig = FakeS3.SIGV4.matcher(sent.get(0).authorization());
    assertTrue(sig.matches(), sent.get(0).authorization());
    assertEquals("hub-test-key", sig.group(1));
    assertEquals("us-east-1", sig.group(3));
  }

  @Test
  void aBucketThatStumblesIsRetriedWithinTheAttempts() {
    s3.failNext(2);
    store.put("web/retried.jpg", new byte[] {5}, "image/jpeg");
    assertArrayEquals(new byte[] {5}, store.get("web/retried.jpg").orElseThrow());
  }

  @Test
  void aRefusalIsNotRetriedAndSaysWhatTheBucketSaid() {
    S3AttachmentStore wrongKey = new S3AttachmentStore(settings("not-the-key", BUCKET));
    int before = s3.requests().size();
    var e = assertThrows(AttachmentStoreException.class,
        () -> wrongKey.put("web/x.jpg", new byte[] {1}, "image/jpeg"));
    assertTrue(e.getMessage().contains("403 InvalidAccessKeyId"), e.getMessage());
    assertEquals(before + 1, s3.requests().size(), "a 4xx is final: one request");
    S3AttachmentStore noBucket = new S3AttachmentStore(settings("hub-test-key", "no-such"));
    var missing = assertThrows(AttachmentStoreException.class, () -> noBucket.get("web/x.jpg"));
    assertTrue(missing.getMessage().contains("404 NoSuchBucket"), missing.getMessage());
    wrongKey.close();
    noBucket.close();
  }

  @Test
  void aBucketThatKeepsFailingOpensTheBreakerAndIsThenRefusedAtOnce() {
    S3AttachmentStore own = new S3AttachmentStore(settings("hub-test-key", BUCKET));
    s3.failNext(1000);
    try {
      for (int i = 0; i < 3; i++) {
        assertThrows(AttachmentStoreException.class, () -> own.get("web/any.jpg"));
      }
      assertEquals(CircuitBreaker.State.OPEN, own.breakerState());
      int before = s3.requests().size();
      var refused = assertThrows(AttachmentStoreException.class, () -> own.get("web/any.jpg"));
      assertTrue(refused.getMessage().contains("breaker open"), refused.getMessage());
      assertEquals(before, s3.requests().size(), "an open breaker sends nothing");
    } finally {
      s3.failNext(0);
      own.close();
    }
  }
}
