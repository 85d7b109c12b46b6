package vn.citizenhub.channel.web.pow;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless challenges signed with HMAC-SHA256: {@code 1.<expires>.<difficulty>.<random>.<mac>}.
 * The server keeps nothing when it issues one; it checks the signature, the expiry and the work
 * when one comes back, and remembers it as used until it expires, so each buys one report.
 */
public final class ProofOfWork {

  /** What the portal is given: solve {@code challenge} to {@code difficulty} bits by then. */
  public record Challenge(String challenge, int difficulty, Instant expiresAt) {}

  public enum Verdict { VALID, MISSING, MALFORMED, EXPIRED, WRONG_NONCE, REUSED }

  private static final String VERSION = "1";
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int RANDOM_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final SecretKeySpec key;
  private final int difficulty;
  private final Duration lifetime;
  private final Clock clock;
  private final Cache<String, Boolean> used;

  public ProofOfWork(byte[] secret, int difficulty, Duration lifetime, int maxRemembered,
      Clock clock) {
    if (difficulty < 1 || difficulty > ProofOfWorkSettings.MAX_DIFFICULTY) {
      throw new IllegalArgumentException("proof-of-work difficulty must be 1 to "
          + ProofOfWorkSettings.MAX_DIFFICULTY + " bits, was " + difficulty);
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.difficulty = difficulty;
    this.lifetime = lifetime;
    this.clock = clock;
    this.used = Caffeine.newBuilder().maximumSize(maxRemembered).expireAfterWrite(lifetime)
        .build();
  }

  public Challenge issue() {
    Instant expiresAt = clock.instant().plus(lifetime);
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    String body = VERSION + "." + expiresAt.getEpochSecond() + "." + difficulty + "."
        + B64.encodeToString(random);
    return new Challenge(body + "." + mac(body), difficulty, expiresAt);
  }

  /** Checks an {@code X-Pow} header ({@code challenge:nonce}); a valid one is spent. */
  public Verdict verify(String header) {
    if (header == null || header.isBlank()) {
      return Verdict.MISSING;
    }
    int colon = header.lastIndexOf(':');
    if (colon <= 0 || !NONCE.matcher(header.substring(colon + 1)).matches()) {
      return Verdict.MALFORMED;
    }
    String challenge = header.substring(0, colon);
    String[] parts = challenge.split("\\.", -1);
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      return Verdict.MALFORMED;
    }
    String body = challenge.substring(0, challenge.lastIndexOf('.'));
    if (!MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
        parts[4].getBytes(StandardCharsets.US_ASCII))) {
      return Verdict.MALFORMED;
    }
    long expires;
    int bits;
    try {
      expires = Long.parseLong(parts[1]);
      bits = Integer.parseInt(parts[2]);
    } catch (NumberFormatException e) {
      return Verdict.MALFORMED;
    }
    // A challenge issued before the difficulty was raised is as good as expired.
    if (clock.instant().getEpochSecond() > expires || bits < difficulty) {
      return Verdict.EXPIRED;
    }
    if (LeadingZeroBits.of(challenge, header.substring(colon + 1)) < bits) {
      return Verdict.WRONG_NONCE;
    }
    return used.asMap().putIfAbsent(challenge, Boolean.TRUE) == null
        ? Verdict.VALID : Verdict.REUSED;
  }

  private String mac(String body) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(key);
      return B64.encodeToString(hmac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
