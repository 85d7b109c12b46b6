package vn.citizenhub.attachments;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The S3-compatible bucket of the {@code s3} attachment store ({@code hub.attachments.s3.*}),
 * addressed path-style ({@code <endpoint>/<bucket>/<key>}) as MinIO serves it.
 */
@ConfigurationProperties("hub.attachments.s3")
public interface S3Settings {

  /** The server, e.g. {@code http://minio:9000}; required with the {@code s3} store. */
  @Nullable
  String getEndpoint();

  /** The signing region; MinIO accepts any, {@code us-east-1} is its default. */
  @Bindable(defaultValue = "us-east-1")
  String getRegion();

  /** The bucket, created beforehand (the deployment's init job does). */
  @Bindable(defaultValue = "hub-attachments")
  String getBucket();

  @Nullable
  String getAccessKey();

  @Nullable
  String getSecretKey();

  /** Path-style addressing; virtual-host style needs DNS for every bucket, which MinIO lacks. */
  @Bindable(defaultValue = "true")
  boolean isPathStyle();

  @Bindable(defaultValue = "2s")
  Duration getConnectTimeout();

  /** The longest one request may take, a photo's upload included. */
  @Bindable(defaultValue = "10s")
  Duration getCallTimeout();

  /** Attempts of one operation before it fails (retried with backoff on network and 5xx). */
  @Bindable(defaultValue = "3")
  int getAttempts();

  /** The wait before the first retry; doubled before each further one. */
  @Bindable(defaultValue = "200ms")
  Duration getRetryWait();

  /** How long the breaker refuses calls after the bucket kept failing. */
  @Bindable(defaultValue = "10s")
  Duration getBreakerOpenFor();
}
