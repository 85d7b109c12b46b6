package vn.citizenhub.channel.app.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a callback, the same scheme as the apps' own requests to the hub, so an app
 * checks both with one function: hex HMAC-SHA256 with the app's secret over
 * {@code METHOD\nPATH_WITH_QUERY\nTIMESTAMP\nNONCE\nhex(SHA-256(body))}.
 */
public final class CallbackSignature {

  private CallbackSignature() {}

  public static String sign(byte[] secret, String method, String pathWithQuery, String timestamp,
      String nonce, byte[] body) {
    String canonical = method + "\n" + pathWithQuery + "\n" + timestamp + "\n" + nonce + "\n"
        + sha256Hex(body);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  public static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
