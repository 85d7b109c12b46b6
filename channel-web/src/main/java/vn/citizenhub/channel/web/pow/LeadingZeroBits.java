package vn.citizenhub.channel.web.pow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The work itself: SHA-256 of challenge + nonce (UTF-8), counted in leading zero bits. */
public final class LeadingZeroBits {

  private LeadingZeroBits() {}

  public static int of(String challenge, String nonce) {
    return count(sha256().digest((challenge + nonce).getBytes(StandardCharsets.UTF_8)));
  }

  static int count(byte[] hash) {
    int bits = 0;
    for (byte b : hash) {
      if (b == 0) {
        bits += 8;
        continue;
      }
      return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
    }
    return bits;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
