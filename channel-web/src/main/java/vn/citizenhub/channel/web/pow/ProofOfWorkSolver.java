package vn.citizenhub.channel.web.pow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Finds a nonce for a challenge, as the portal's {@code pow-solver.js} does in the browser: the
 * decimal counter 0, 1, 2... until SHA-256(challenge + nonce) has the leading zero bits asked
 * for. For tests, load drivers and scripted clients the province itself runs.
 */
public final class ProofOfWorkSolver {

  private ProofOfWorkSolver() {}

  public static String solve(String challenge, int difficulty) {
    MessageDigest sha = LeadingZeroBits.sha256();
    byte[] prefix = challenge.getBytes(StandardCharsets.UTF_8);
    for (long n = 0; ; n++) {
      String nonce = Long.toString(n);
      sha.update(prefix);
      if (LeadingZeroBits.count(sha.digest(nonce.getBytes(StandardCharsets.UTF_8)))
          >= difficulty) {
        return nonce;
      }
    }
  }

  /** The {@code X-Pow} header value for a solved challenge. */
  public static String header(String challenge, int difficulty) {
    return challenge + ":" + solve(challenge, difficulty);
  }
}
