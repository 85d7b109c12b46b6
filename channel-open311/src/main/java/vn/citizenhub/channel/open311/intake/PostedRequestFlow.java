package vn.citizenhub.channel.open311.intake;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.handoff.HandoffStoreException;
import vn.citizenhub.channel.handoff.IntakeAdmission;
import vn.citizenhub.channel.handoff.InvalidIntakeException;
import vn.citizenhub.channel.open311.Open311Settings;
import vn.citizenhub.channel.open311.keys.ApiKeys;
import vn.citizenhub.channel.open311.wire.Answer;
import vn.citizenhub.channel.open311.wire.Fields;
import vn.citizenhub.channel.open311.wire.Format;
import vn.citizenhub.channel.open311.wire.Items;
import vn.citizenhub.channel.open311.wire.Open311Error;
import vn.citizenhub.channel.open311.wire.Open311Writer;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;

/**
 * {@code POST requests}: the key first (403), then every rule (400, or 404 for an unknown
 * service), then the durable hand-off; only then the answer with the request's id, which is its
 * tracking code. Every refusal comes before anything is stored. Refusals of the hand-off are
 * answered here, in Open311's errors, not by the hub's shared exception handlers.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class PostedRequestFlow {

  private static final Logger LOG = LoggerFactory.getLogger(PostedRequestFlow.class);

  private final ApiKeys keys;
  private final RequestRules rules;
  private final Open311Intake intake;
  private final IntakeAdmission admission;
  /** Per API key: one broken client cannot flood the hub, nor crowd out the other keys. */
  private final KeyedRateLimiter perKey;

  PostedRequestFlow(ApiKeys keys, RequestRules rules, Open311Intake intake,
      IntakeAdmission admission, Open311Settings settings) {
    this.keys = keys;
    this.rules = rules;
    this.intake = intake;
    this.admission = admission;
    this.perKey = new KeyedRateLimiter("open311-posts", settings.getPostsPerMinute(),
        Duration.ofMinutes(1), 10_000);
  }

  public HttpResponse<String> post(Format format, Optional<PostedParameters> parsed,
      String clientKey) throws SQLException {
    if (parsed.isEmpty()) {
      return Open311Error.answer(HttpStatus.BAD_REQUEST, format, "400",
          "Không đọc được nội dung gửi lên (application/x-www-form-urlencoded, UTF-8)",
          "The body cannot be read (application/x-www-form-urlencoded, UTF-8)");
    }
    PostedParameters p = parsed.get();
    Optional<Long> keyId = keys.idOf(p.get("api_key"));
    if (keyId.isEmpty()) {
      LOG.info("Open311 post refused: api_key missing or not valid");
      return Open311Error.answer(HttpStatus.FORBIDDEN, format, "403",
          "api_key thiếu hoặc không hợp lệ", "api_key is missing or not valid");
    }
    KeyedRateLimiter.Decision budget = perKey.acquire("key:" + keyId.get());
    if (!budget.allowed()) {
      LOG.info("Open311 post refused: key {} over its limit", keyId.get());
      return Open311Error.tooManyRequests(format, budget.retryAfterSeconds(), "Khóa API này",
          "This API key");
    }
    if (clientKey != null && (clientKey.isBlank()
        || clientKey.length() > Open311Intake.MAX_IDEMPOTENCY_KEY)) {
      return Open311Error.answer(HttpStatus.BAD_REQUEST, format, "400",
          "Idempotency-Key phải có từ 1 đến 100 ký tự",
          "Idempotency-Key must have 1 to 100 characters");
    }
    RequestForm.Result typed = RequestForm.of(p);
    if (typed.form().isEmpty()) {
      return Open311Error.answer(HttpStatus.BAD_REQUEST, format, typed.errors());
    }
    RequestForm form = typed.form().get();
    NewReport report = intake.report(form);
    Optional<RequestRules.Refusal> refusal = rules.check(form, report);
    if (refusal.isPresent()) {
      LOG.info("Open311 post refused: {} errors", refusal.get().errors().size());
      return Open311Error.answer(refusal.get().unknownService() ? HttpStatus.NOT_FOUND
          : HttpStatus.BAD_REQUEST, format, refusal.get().errors());
    }
    try {
      HandoffResult result = admission.admit(() ->
          intake.submit(keyId.get(), form, report, p, clientKey));
      return answer(format, result);
    } catch (InvalidIntakeException e) {
      LOG.warn("Open311 post refused at the hand-off: {}",
          e.errors().stream().map(FieldError::code).toList());
      return Open311Error.answer(HttpStatus.BAD_REQUEST, format,
          e.errors().stream().map(RequestRules::of).toList());
    } catch (HandoffStoreException e) {
      LOG.warn("Open311 post not stored, answered 503");
      return Open311Error.answer(HttpStatus.SERVICE_UNAVAILABLE, format, "503",
          "Hệ thống tạm thời chưa nhận được yêu cầu; vui lòng gửi lại sau ít phút",
          "The request could not be received right now; please send it again in a few minutes");
    }
  }

  private static HttpResponse<String> answer(Format format, HandoffResult result) {
    if (result.outcome() == HandoffResult.Outcome.KEY_REUSED) {
      return Open311Error.answer(HttpStatus.BAD_REQUEST, format, "400",
          "Idempotency-Key này đã được dùng cho một yêu cầu khác",
          "This Idempotency-Key was already used for a different request");
    }
    String id = new TrackingCode(result.trackingCode()).display();
    String notice = result.outcome() == HandoffResult.Outcome.DELAYED
        ? "Đã nhận yêu cầu, mã " + id + "; việc xử lý đang chậm hơn thường lệ. / Received as "
            + id + "; processing is delayed."
        : "Đã nhận yêu cầu, mã " + id + ". / Received as " + id + ".";
    Fields request = new Fields().put("service_request_id", id).put("token", null)
        .put("service_notice", notice).put("account_id", null);
    MutableHttpResponse<String> response = Open311Writer.response(HttpStatus.OK, format,
        Answer.list("service_requests", new Items("request", List.of(request))));
    return result.outcome() == HandoffResult.Outcome.DUPLICATE
        ? response.header("Idempotent-Replayed", "true") : response;
  }
}
