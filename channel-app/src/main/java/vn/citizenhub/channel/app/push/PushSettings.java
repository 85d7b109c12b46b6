package vn.citizenhub.channel.app.push;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Push through Firebase Cloud Messaging ({@code hub.app.push.*}; docs/push.md says how to get
 * each value for a province's Firebase project). Off by default: without it, notices go to the
 * app's signed callback URL when it registered one, and otherwise back to SMS.
 */
@ConfigurationProperties("hub.app.push")
public interface PushSettings {

  /** {@code hub.app.push.enabled} (env {@code HUB_APP_PUSH_ENABLED}). */
  String ENABLED = "hub.app.push.enabled";

  @Bindable(defaultValue = "false")
  boolean isEnabled();

  /**
   * The service account's JSON key file, as downloaded from the Firebase console (Project
   * settings, Service accounts). Its {@code token_uri} is where access tokens are fetched.
   */
  @Nullable
  String getServiceAccountFile();

  /** The Firebase project id; empty: the {@code project_id} in the service account file. */
  @Nullable
  String getProjectId();

  /** FCM's base URL; a local fake in tests. */
  @Bindable(defaultValue = "https://fcm.googleapis.com")
  String getFcmBaseUrl();

  /** Overrides the service account's {@code token_uri} (a proxy, a fake); empty: use it. */
  @Nullable
  String getTokenUrl();

  /** Tries of one message within one delivery attempt, for 429 and 5xx answers. */
  @Bindable(defaultValue = "3")
  int getMaxTries();

  /** The first wait between those tries, doubled each time. */
  @Bindable(defaultValue = "500ms")
  Duration getRetryWait();

  /**
   * The longest {@code Retry-After} waited for in place; a longer one ends the attempt and the
   * notice waits for its next try on the dispatcher's schedule instead of holding a thread.
   */
  @Bindable(defaultValue = "10s")
  Duration getMaxRetryAfter();

  /** The longest one call to FCM may take. */
  @Bindable(defaultValue = "15s")
  Duration getCallTimeout();
}
