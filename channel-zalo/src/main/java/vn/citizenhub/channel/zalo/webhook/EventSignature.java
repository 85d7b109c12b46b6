package vn.citizenhub.channel.zalo.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Zalo's webhook signature: {@code X-ZEvent-Signature: mac=<hex>} where the mac is the plain
 * SHA-256 (not an HMAC) of app_id, the raw body byte for byte, the timestamp and the OA secret
 * key. The raw bytes are hashed as received: re-serialised JSON would not match.
 */
public final class EventSignature {

  private static final String PREFIX = "mac=";

  private EventSignature() {}

  /** The header value Zalo would send for this body. */
  public static String sign(String appId, byte[] rawBody, String timestamp, String oaSecretKey) {
    MessageDigest sha256 = sha256();
    sha256.update(appId.getBytes(StandardCharsets.UTF_8));
    sha256.update(rawBody);
    sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
    sha256.update(oaSecretKey.getBytes(StandardCharsets.UTF_8));
    return PREFIX + HexFormat.of().formatHex(sha256.digest());
  }

  /** Whether the header carries the right mac; compared in constant time. */
  public static boolean verify(String header, String appId, byte[] rawBody, String timestamp,
      String oaSecretKey) {
    if (header == null || appId == null || timestamp == null || oaSecretKey == null) {
      return false;
    }
    String given = header.strip().toLowerCase(Locale.ROOT);
    String expected = sign(appId, rawBody, timestamp, oaSecretKey);
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
        expected.getBytes(StandardCharsets.US_ASCII));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
