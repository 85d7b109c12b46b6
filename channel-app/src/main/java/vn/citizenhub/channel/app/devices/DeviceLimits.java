package vn.citizenhub.channel.app.devices;

import java.util.regex.Pattern;

/**
 * The limits of a device registration, matching the columns of {@code app_device} (channel-app
 * V3); a test holds them to what the database reports.
 */
public final class DeviceLimits {

  /** {@code app_device.app_id}. */
  public static final int MAX_APP_ID = 64;
  /** {@code app_device.app_user_id}. */
  public static final int MAX_APP_USER_ID = 128;
  /**
   * {@code app_device.fcm_token}. FCM does not publish a maximum; today's tokens are about 150 to
   * 200 characters, so 512 leaves room for growth while keeping the unique index small.
   */
  public static final int MAX_TOKEN = 512;
  /** Shorter than any token FCM issues: a placeholder or a truncated copy. */
  public static final int MIN_TOKEN = 20;
  /**
   * The characters FCM registration tokens are made of (URL-safe base64 and the ':' between the
   * instance id and the rest). Anything else is not a token and would only fail at FCM later.
   */
  public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_:\\-]+");
  /**
   * Installs kept per app user; registering one more forgets the one seen longest ago (a phone
   * sold, an app reinstalled many times), so one user cannot grow the table without end.
   */
  public static final int MAX_DEVICES_PER_USER = 10;

  private DeviceLimits() {}

  /** Whether {@code token} can be an FCM registration token this table holds. */
  public static boolean validToken(String token) {
    return token != null && token.length() >= MIN_TOKEN && token.length() <= MAX_TOKEN
        && TOKEN.matcher(token).matches();
  }
}
