package vn.citizenhub.attachments;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * The attachment store as an S3-compatible bucket (MinIO), through the AWS SDK v2 with path-style
 * addresses. The bucket is outside the hub, so every call goes through Resilience4j as the hub's
 * other outside calls do: a few retries with backoff on network failures, 5xx, 408 and 429 (the
 * SDK's own retries are off, so attempts are counted once), and a circuit breaker that answers at
 * once while the bucket keeps failing, instead of making each citizen wait out the timeouts.
 */
@Singleton
@Requires(property = AttachmentSettings.STORE, value = AttachmentSettings.S3)
public class S3AttachmentStore implements AttachmentStore {

  private final S3Client s3;
  private final String bucket;
  private final Retry retry;
  private final CircuitBreaker breaker;

  public S3AttachmentStore(S3Settings settings) {
    if (settings.getEndpoint() == null || settings.getEndpoint().isBlank()
        || settings.getAccessKey() == null || settings.getSecretKey() == null) {
      throw new IllegalStateException("the s3 attachment store needs hub.attachments.s3.endpoint,"
          + " access-key and secret-key (HUB_ATTACHMENTS_S3_ENDPOINT, ..._ACCESS_KEY,"
          + " ..._SECRET_KEY)");
    }
    this.bucket = settings.getBucket();
    this.s3 = S3Client.builder()
        .endpointOverride(URI.create(settings.getEndpoint()))
        .region(Region.of(settings.getRegion()))
        .forcePathStyle(settings.isPathStyle())
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(settings.getAccessKey(), settings.getSecretKey())))
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(settings.getConnectTimeout())
            .socketTimeout(settings.getCallTimeout()))
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallAttemptTimeout(settings.getCallTimeout()))
        // Checksums only where S3 requires them: older S3-compatible servers refuse the
        // trailing checksums the SDK adds by default.
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .build();
    Predicate<Throwable> worthRetrying = S3AttachmentStore::transientFailure;
    this.retry = Retry.of("attachments-s3", RetryConfig.custom()
        .maxAttempts(Math.max(1, settings.getAttempts()))
        .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.getRetryWait(), 2))
        .retryOnException(worthRetrying)
        .build());
    this.breaker = CircuitBreaker.of("attachments-s3", CircuitBreakerConfig.custom()
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .failureRateThreshold(50)
        .waitDurationInOpenState(settings.getBreakerOpenFor())
        .recordException(worthRetrying)
        .build());
  }

  @PreDestroy
  void close() {
    s3.close();
  }

  /** Open while the bucket keeps failing: calls are then refused at once. */
  public CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  @Override
  public void put(String key, byte[] bytes, String mediaType) {
    checked(key);
    call("put", () -> s3.putObject(r -> r.bucket(bucket).key(key).contentType(mediaType)
        .contentLength((long) bytes.length), RequestBody.fromBytes(bytes)));
  }

  @Override
  public Optional<byte[]> get(String key) {
    checked(key);
    return call("get", () -> {
      try {
        return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
      } catch (NoSuchKeyException e) {
        return Optional.<byte[]>empty();
      }
    });
  }

  @Override
  public boolean exists(String key) {
    checked(key);
    return call("head", () -> {
      try {
        s3.headObject(r -> r.bucket(bucket).key(key));
        return true;
      } catch (NoSuchKeyException e) {
        return false;
      }
    });
  }

  @Override
  public void delete(String key) {
    checked(key);
    // S3 answers 204 whether or not the key was there.
    call("delete", () -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
  }

  private <T> T call(String what, Supplier<T> operation) {
    try {
      return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, operation))
          .get();
    } catch (CallNotPermittedException e) {
      throw new AttachmentStoreException("attachment store unavailable (breaker open)", e);
    } catch (S3Exception e) {
      // The service's code and status only: a message may echo the key.
      throw new AttachmentStoreException("attachment " + what + " refused by the bucket: "
          + e.statusCode() + " " + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails()
          .errorCode()), e);
    } catch (SdkClientException e) {
      throw new AttachmentStoreException("attachment " + what + " failed: bucket unreachable", e);
    }
  }

  private static boolean transientFailure(Throwable e) {
    if (e instanceof S3Exception s) {
      int status = s.statusCode();
      return status >= 500 || status == 408 || status == 429;
    }
    return e instanceof SdkClientException;
  }

  private static void checked(String key) {
    if (!IntakeValidator.isStoreKey(key)) {
      throw new IllegalArgumentException("not an attachment store key");
    }
  }
}
