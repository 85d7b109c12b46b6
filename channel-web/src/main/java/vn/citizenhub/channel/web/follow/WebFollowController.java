package vn.citizenhub.channel.web.follow;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.IntakeAdmission;
import vn.citizenhub.channel.tracking.TicketLookup;
import vn.citizenhub.channel.web.abuse.WebReportLimits;
import vn.citizenhub.channel.web.pow.ProofOfWorkGate;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * {@code POST /api/web/follow}: a citizen follows an open ticket instead of reporting it again.
 * Guarded as a report is (the sender's limits, the proof of work, admission control), checked,
 * the ticket looked up (unknown: 404, with an outcome already: 409), handed off durably, answered.
 * Whatever is refused is refused before anything is stored.
 */
@Controller("/api/web/follow")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebFollowController {

  private static final Logger LOG = LoggerFactory.getLogger(WebFollowController.class);
  private static final int MAX_IDEMPOTENCY_KEY = 100;

  private final WebFollowValidator validator;
  private final WebFollowIntake intake;
  private final TicketLookup tickets;
  private final WebReportLimits limits;
  private final ClientAddresses addresses;
  private final ProofOfWorkGate proofOfWork;
  private final IntakeAdmission admission;

  WebFollowController(WebFollowValidator validator, WebFollowIntake intake, TicketLookup tickets,
      WebReportLimits limits, ClientAddresses addresses, ProofOfWorkGate proofOfWork,
      IntakeAdmission admission) {
    this.validator = validator;
    this.intake = intake;
    this.tickets = tickets;
    this.limits = limits;
    this.addresses = addresses;
    this.proofOfWork = proofOfWork;
    this.admission = admission;
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> follow(HttpRequest<?> request, @Body @Nullable String body,
      @Header("Idempotency-Key") @Nullable String idempotencyKey,
      @Header(ProofOfWorkGate.HEADER) @Nullable String proof) {
    KeyedRateLimiter.Decision fromAddress = limits.addressAttempt(addresses.of(request));
    if (!fromAddress.allowed()) {
      LOG.info("Web follow refused: the client address is over its limit");
      return tooMany(fromAddress);
    }
    var powRefusal = proofOfWork.refusal(proof);
    if (powRefusal.isPresent()) {
      return powRefusal.get();
    }
    return admission.admit(() -> handle(body, idempotencyKey));
  }

  private HttpResponse<?> handle(String body, String idempotencyKey) {
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
      return badRequest(List.of(new FieldError("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
          "Khóa Idempotency-Key phải có từ 1 đến 100 ký tự",
          "Idempotency-Key must have 1 to 100 characters")));
    }
    WebFollowForm form;
    try {
      form = ContractJson.mapper().readValue(body == null ? "" : body, WebFollowForm.class);
      if (form == null) {
        throw new IllegalArgumentException("empty body");
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.info("Web follow refused: the body is not valid JSON ({})",
          e.getClass().getSimpleName());
      return HttpResponse.badRequest(ApiError.of("MALFORMED_JSON",
          "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON."));
    }
    List<FieldError> errors = validator.validate(form);
    if (!errors.isEmpty()) {
      LOG.info("Web follow refused: {}", errors.stream().map(FieldError::code).toList());
      return badRequest(errors);
    }
    KeyedRateLimiter.Decision fromCitizen = limits.citizenAttempt(form.phone(), form.citizenRef());
    if (!fromCitizen.allowed()) {
      LOG.info("Web follow refused: the citizen is over their limit");
      return tooMany(fromCitizen);
    }
    String code = TrackingCode.parse(form.trackingCode()).orElseThrow().value();
    switch (tickets.find(code)) {
      case NONE -> {
        LOG.info("Web follow refused: no such ticket");
        return FollowAnswers.unknown(code);
      }
      case CLOSED -> {
        LOG.info("Web follow refused: the ticket has an outcome");
        return FollowAnswers.closed(code);
      }
      case UNAVAILABLE -> {
        return FollowAnswers.cannotCheck();
      }
      case OPEN -> { }
    }
    HandoffResult result = intake.submit(form, idempotencyKey);
    return switch (result.outcome()) {
      case KEY_REUSED -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiError.of(
          "IDEMPOTENCY_KEY_REUSED",
          "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.",
          "This Idempotency-Key was already used for a different request."));
      case DUPLICATE -> HttpResponse.accepted().header("Idempotent-Replayed", "true")
          .body(FollowAnswers.following(result.trackingCode(), false));
      case DELIVERED -> HttpResponse.accepted()
          .body(FollowAnswers.following(result.trackingCode(), false));
      case DELAYED -> HttpResponse.accepted()
          .body(FollowAnswers.following(result.trackingCode(), true));
    };
  }

  private static HttpResponse<ApiError> tooMany(KeyedRateLimiter.Decision decision) {
    return TooManyRequests.answer(decision.retryAfterSeconds(),
        "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau.",
        "Too many requests in a short time. Please try again later.");
  }

  private static HttpResponse<ApiError> badRequest(List<FieldError> errors) {
    return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
        "Yêu cầu theo dõi chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
        "The follow request is not valid; please check the fields listed.", errors));
  }
}
