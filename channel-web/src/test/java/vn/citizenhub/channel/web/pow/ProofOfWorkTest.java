package vn.citizenhub.channel.web.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

  private static final byte[] SECRET =
      "a-test-secret-of-at-least-thirty-two-chars".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final HandClock clock = new HandClock();

  private ProofOfWork work(int difficulty) {
    return new ProofOfWork(SECRET, difficulty, Duration.ofMinutes(5), 1_000, clock);
  }

  @Test
  void leadingZeroBitsAreCountedAcrossBytes() {
    assertEquals(0, LeadingZeroBits.count(new byte[] {(byte) 0x80, 0}));
    assertEquals(7, LeadingZeroBits.count(new byte[] {1, 0}));
    assertEquals(12, LeadingZeroBits.count(new byte[] {0, 0x0F}));
    assertEquals(16, LeadingZeroBits.count(new byte[] {0, 0}));
  }

  @Test
  void aSolvedChallengeIsValidOnceThenReused() {
    ProofOfWork pow = work(12);
    ProofOfWork.Challenge c = pow.issue();
    assertEquals(12, c.difficulty());
    assertEquals(NOW.plus(Duration.ofMinutes(5)), c.expiresAt());
    String header = ProofOfWorkSolver.header(c.challenge(), c.difficulty());
    assertTrue(LeadingZeroBits.of(c.challenge(), header.substring(header.lastIndexOf(':') + 1))
        >= 12);
    assertEquals(ProofOfWork.Verdict.VALID, pow.verify(header));
    assertEquals(ProofOfWork.Verdict.REUSED, pow.verify(header));
  }

  @Test
  void aNonceWithTooLittleWorkIsRefusedAndDoesNotSpendTheChallenge() {
    ProofOfWork pow = work(12);
    String challenge = pow.issue().challenge();
    int n = 0;
    while (LeadingZeroBits.of(challenge, Integer.toString(n)) >= 12) {
      n++;
    }
    assertEquals(ProofOfWork.Verdict.WRONG_NONCE, pow.verify(challenge + ":" + n));
    assertEquals(ProofOfWork.Verdict.VALID,
        pow.verify(ProofOfWorkSolver.header(challenge, 12)));
  }

  @Test
  void missingMalformedAndForgedProofsAreRefused() {
    ProofOfWork pow = work(8);
    assertEquals(ProofOfWork.Verdict.MISSING, pow.verify(null));
    assertEquals(ProofOfWork.Verdict.MISSING, pow.verify(" "));
    assertEquals(ProofOfWork.Verdict.MALFORMED, pow.verify("no-colon"));
    assertEquals(ProofOfWork.Verdict.MALFORMED, pow.verify("1.2.3:4"));
    String challenge = pow.issue().challenge();
    assertEquals(ProofOfWork.Verdict.MALFORMED, pow.verify(challenge + ":bad nonce"));
    // The sender lowers the difficulty it was given: the signature no longer matches.
    String[] parts = challenge.split("\\.");
    String easier = parts[0] + "." + parts[1] + ".1." + parts[3] + "." + parts[4];
    assertEquals(ProofOfWork.Verdict.MALFORMED, pow.verify(ProofOfWorkSolver.header(easier, 1)));
    // A challenge signed with another key.
    ProofOfWork other = new ProofOfWork("another-secret-of-thirty-two-characters!"
        .getBytes(StandardCharsets.UTF_8), 8, Duration.ofMinutes(5), 10, clock);
    String foreign = other.issue().challenge();
    assertEquals(ProofOfWork.Verdict.MALFORMED, pow.verify(ProofOfWorkSolver.header(foreign, 8)));
  }

  @Test
  void anExpiredChallengeIsRefused() {
    ProofOfWork pow = work(8);
    String header = ProofOfWorkSolver.header(pow.issue().challenge(), 8);
    clock.now = NOW.plus(Duration.ofMinutes(6));
    assertEquals(ProofOfWork.Verdict.EXPIRED, pow.verify(header));
  }

  @Test
  void raisingTheDifficultyRetiresEasierChallengesAtOnce() {
    String header = ProofOfWorkSolver.header(work(4).issue().challenge(), 4);
    assertEquals(ProofOfWork.Verdict.EXPIRED, work(10).verify(header));
  }

  @Test
  void anImpossibleDifficultyIsAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> work(0));
    assertThrows(IllegalArgumentException.class, () -> work(33));
  }
}
