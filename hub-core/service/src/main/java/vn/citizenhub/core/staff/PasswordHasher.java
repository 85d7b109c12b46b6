package vn.citizenhub.core.staff;

import jakarta.inject.Singleton;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords under PBKDF2-HMAC-SHA256 with a per-password salt: deliberately slow (OWASP's 600,000
 * iterations), and in the JDK, so no native library is needed. The stored form names its own
 * iteration count, so raising it later leaves old hashes verifiable.
 */
@Singleton
public class PasswordHasher {

  static final int ITERATIONS = 600_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  // Counts password checks, so tests can prove a throttled sign-in never reached the hash.
  private final AtomicLong checks = new AtomicLong();

  public String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
  }

  /**
   * A stored form that no password matches (its key is random bytes, not a derivation), with
   * the real salt size and iteration count, so checking against it costs exactly a real check.
   * Made without hashing, so it adds nothing to a sign-in's time.
   */
  public String decoy() {
    byte[] salt = new byte[16];
    byte[] key = new byte[32];
    RANDOM.nextBytes(salt);
    RANDOM.nextBytes(key);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
  }

  public boolean matches(String password, String stored) {
    checks.incrementAndGet();
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** How many passwords were checked since start (hashes of new passwords not counted). */
  public long checksSoFar() {
    return checks.get();
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    }
  }
}
