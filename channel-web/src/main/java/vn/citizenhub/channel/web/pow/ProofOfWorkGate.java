package vn.citizenhub.channel.web.pow;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.ApiError;

/** Whether the portal must show work, and the bilingual refusal when it did not. */
@Singleton
public class ProofOfWorkGate {

  public static final String HEADER = "X-Pow";
  private static final int MIN_SECRET_LENGTH = 32;
  private static final Logger LOG = LoggerFactory.getLogger(ProofOfWorkGate.class);

  private final boolean enabled;
  private final ProofOfWork work;

  ProofOfWorkGate(ProofOfWorkSettings settings) {
    this.enabled = settings.isEnabled();
    this.work = new ProofOfWork(secret(settings), settings.getDifficulty(),
        settings.getLifetime(), settings.getMaxRemembered(), Clock.systemUTC());
  }

  public boolean enabled() {
    return enabled;
  }

  public ProofOfWork.Challenge issue() {
    return work.issue();
  }

  /** Empty when the report may go on; else the answer that refuses it. */
  public Optional<HttpResponse<ApiError>> refusal(String header) {
    if (!enabled) {
      return Optional.empty();
    }
    ProofOfWork.Verdict verdict = work.verify(header);
    if (verdict == ProofOfWork.Verdict.VALID) {
      return Optional.empty();
    }
    LOG.info("Web report refused: proof of work {}", verdict);
    ApiError error = switch (verdict) {
      case MISSING -> ApiError.of("PROOF_OF_WORK_REQUIRED",
          "Vui lòng tải lại trang và gửi lại phản ánh (thiếu mã xác minh chống gửi tự động).",
          "Please reload the page and send the report again (the anti-automation proof is missing).");
      case EXPIRED -> ApiError.of("PROOF_OF_WORK_EXPIRED",
          "Mã xác minh chống gửi tự động đã hết hạn. Vui lòng gửi lại phản ánh.",
          "The anti-automation proof has expired. Please send the report again.");
      case REUSED -> ApiError.of("PROOF_OF_WORK_REUSED",
          "Mã xác minh chống gửi tự động đã được dùng. Vui lòng gửi lại phản ánh.",
          "The anti-automation proof was already used. Please send the report again.");
      default -> ApiError.of("PROOF_OF_WORK_INVALID",
          "Mã xác minh chống gửi tự động không hợp lệ. Vui lòng tải lại trang và gửi lại.",
          "The anti-automation proof is not valid. Please reload the page and try again.");
    };
    return Optional.of(HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(error));
  }

  private static byte[] secret(ProofOfWorkSettings settings) {
    String configured = settings.getSecret();
    if (configured != null && !configured.isBlank()) {
      if (configured.length() < MIN_SECRET_LENGTH) {
        throw new IllegalArgumentException(
            "hub.web.proof-of-work.secret must have at least 32 characters");
      }
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    if (settings.isEnabled()) {
      LOG.warn("Proof of work on without hub.web.proof-of-work.secret: this instance signs with"
          + " a key of its own, so other replicas refuse its challenges");
    }
    byte[] random = new byte[MIN_SECRET_LENGTH];
    new SecureRandom().nextBytes(random);
    return random;
  }
}
