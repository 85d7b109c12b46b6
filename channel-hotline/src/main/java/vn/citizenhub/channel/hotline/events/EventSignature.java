package vn.citizenhub.channel.hotline.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The phone system's signature: {@code X-Hotline-Signature: sha256=<hex>}, the HMAC-SHA256 of the
 * raw body, byte for byte as sent, with the shared secret. The timestamp is inside the body, so it
 * is signed too and cannot be replaced to replay an old event.
 */
public final class EventSignature {

  public static final String HEADER = "X-Hotline-Signature";
  private static final String PREFIX = "sha256=";
  /** Shorter secrets are guessable; the phone system's admin generates one of 32+ characters. */
  public static final int MIN_SECRET_LENGTH = 32;

  private EventSignature() {}

  /** The header value the phone system sends for this body. */
  public static String sign(String secret, byte[] rawBody) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return PREFIX + HexFormat.of().formatHex(mac.doFinal(rawBody));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether the header carries the right HMAC; compared in constant time. */
  public static boolean verify(String header, String secret, byte[] rawBody) {
    if (header == null || secret == null || secret.length() < MIN_SECRET_LENGTH) {
      return false;
    }
    String given = header.strip().toLowerCase(Locale.ROOT);
    if (!given.startsWith(PREFIX)) {
      given = PREFIX + given; // a bare hex digest is accepted too
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII),
        sign(secret, rawBody).getBytes(StandardCharsets.US_ASCII));
  }
}
