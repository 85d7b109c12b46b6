package vn.citizenhub.channel.app.partner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals an app's signing secret with AES-256-GCM before it is stored, and opens it again: the
 * hub must know the secret itself to check an HMAC, so it cannot keep a hash; sealed, a dump of
 * the partner table alone does not let anyone sign as the app. The app id is the associated data,
 * so a sealed secret copied onto another app's row does not open.
 */
final class SecretSeal {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String PREFIX = "v1:";

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  SecretSeal(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the sealing key has 32 bytes (64 hex digits)");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  String seal(String appId, byte[] secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, appId, secret);
    byte[] all = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, all, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, all, NONCE_BYTES, sealed.length);
    return PREFIX + Base64.getEncoder().encodeToString(all);
  }

  /** The secret, or an exception when the key is not the one it was sealed with. */
  byte[] open(String appId, String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("unknown sealed secret format");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    byte[] nonce = Arrays.copyOfRange(all, 0, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
    return run(Cipher.DECRYPT_MODE, nonce, appId, sealed);
  }

  private byte[] run(int mode, byte[] nonce, String appId, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(appId.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // No detail: the message of a failed tag check says nothing useful and nothing secret.
      throw new IllegalStateException("an app secret could not be "
          + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened (wrong sealing key?)"));
    }
  }
}
