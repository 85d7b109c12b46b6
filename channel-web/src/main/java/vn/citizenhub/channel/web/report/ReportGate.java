package vn.citizenhub.channel.web.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.web.abuse.WebReportLimits;
import vn.citizenhub.channel.web.pow.ProofOfWorkGate;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * What every report passes before its body is looked at: its sender's address budget, then the
 * proof of work when the province asks for one. In memory only, so it may run on the thread that
 * received the request.
 */
@Singleton
class ReportGate {

  private static final Logger LOG = LoggerFactory.getLogger(ReportGate.class);

  private final WebReportLimits limits;
  private final ClientAddresses addresses;
  private final ProofOfWorkGate proofOfWork;

  ReportGate(WebReportLimits limits, ClientAddresses addresses, ProofOfWorkGate proofOfWork) {
    this.limits = limits;
    this.addresses = addresses;
    this.proofOfWork = proofOfWork;
  }

  /** Empty when the report may go on; else the answer that refuses it. */
  Optional<HttpResponse<?>> refusal(HttpRequest<?> request, String proof) {
    KeyedRateLimiter.Decision fromAddress = limits.addressAttempt(addresses.of(request));
    if (!fromAddress.allowed()) {
      LOG.info("Web report refused: the client address is over its limit");
      return Optional.of(TooManyRequests.answer(fromAddress.retryAfterSeconds(),
          "Bạn đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau.",
          "Too many reports in a short time. Please try again later."));
    }
    return proofOfWork.refusal(proof).map(r -> r);
  }
}
