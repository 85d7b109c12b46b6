package vn.citizenhub.core.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret behind a citizen's private feedback link: 160 bits from {@link SecureRandom}, written
 * as 27 characters of URL-safe Base64 (it travels in the link's fragment, {@code #k=…}). The hub
 * keeps only its SHA-256: a token is random enough that no slow hash is needed against guessing,
 * and a copy of the table opens no link.
 */
public final class FeedbackToken {

  /** 160 bits: more than the 128 the design asks for, and a whole number of Base64 characters. */
  static final int BYTES = 20;
  /** The length of a token as the hub writes it. */
  public static final int LENGTH = 27;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_-]{" + LENGTH + "}$");

  private FeedbackToken() {}

  /** A new token. */
  public static String mint() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** True when {@code token} could be one the hub wrote; anything else is not looked up at all. */
  public static boolean wellFormed(String token) {
    return token != null && FORM.matcher(token).matches();
  }

  /** The SHA-256 of the token, in hex: what the table keeps. */
  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
