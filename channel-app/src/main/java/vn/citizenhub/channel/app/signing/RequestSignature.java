package vn.citizenhub.channel.app.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of an app's request: hex HMAC-SHA256, keyed with the app's secret, over
 * {@code METHOD\nPATH_WITH_QUERY\nTIMESTAMP\nNONCE\nhex(SHA-256(body))}, the body's hash taken
 * over the exact bytes sent (an empty body hashes the empty string). Plain Java, so an app's
 * developer can read exactly what to compute, and so can the tests.
 */
public final class RequestSignature {

  /** hex(SHA-256("")): the body hash of a request without a body. */
  public static final String EMPTY_BODY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private RequestSignature() {}

  /** The text that is signed. */
  public static String canonical(String method, String pathWithQuery, String timestamp,
      String nonce, String bodySha256Hex) {
    return method.toUpperCase(Locale.ROOT) + "\n" + pathWithQuery + "\n" + timestamp + "\n"
        + nonce + "\n" + bodySha256Hex;
  }

  /**
   * The whole signature of a request (or of a callback the hub sends an app: the same scheme, so
   * an app checks both with one function).
   */
  public static String sign(byte[] secret, String method, String pathWithQuery, String timestamp,
      String nonce, byte[] body) {
    return sign(secret, canonical(method, pathWithQuery, timestamp, nonce, sha256Hex(body)));
  }

  /** Hex HMAC-SHA256 of {@code canonical} under {@code secret}. */
  public static String sign(byte[] secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * True when {@code given} (hex, either case) is the signature of {@code canonical}; compared in
   * constant time, so the time taken tells nothing of how much of a guess was right.
   */
  public static boolean matches(byte[] secret, String canonical, String given) {
    byte[] expected = sign(secret, canonical).getBytes(StandardCharsets.US_ASCII);
    byte[] offered = given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, offered);
  }

  /** Hex SHA-256 of some bytes. */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
