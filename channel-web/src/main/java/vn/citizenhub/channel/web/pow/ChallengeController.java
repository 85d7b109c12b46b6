package vn.citizenhub.channel.web.pow;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /api/web/challenge}: a fresh proof-of-work challenge for the portal's next report,
 * and whether one is required at all.
 */
@Controller("/api/web/challenge")
class ChallengeController {

  record ChallengeAnswer(boolean required, String challenge, int difficulty, String expiresAt,
      String algorithm, String header) {}

  private final ProofOfWorkGate gate;

  ChallengeController(ProofOfWorkGate gate) {
    this.gate = gate;
  }

  @Get
  HttpResponse<ChallengeAnswer> challenge() {
    ProofOfWork.Challenge c = gate.issue();
    return HttpResponse.ok(new ChallengeAnswer(gate.enabled(), c.challenge(), c.difficulty(),
        c.expiresAt().toString(), "SHA-256", ProofOfWorkGate.HEADER))
        .header("Cache-Control", "no-store");
  }
}
