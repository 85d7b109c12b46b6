package vn.citizenhub.channel.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.handoff.HandoffStoreException;
import vn.citizenhub.channel.handoff.InvalidIntakeException;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.FollowUp;
import vn.citizenhub.contract.intake.IntakePayload;
import vn.citizenhub.contract.intake.NotFixedVerdict;
import vn.citizenhub.contract.intake.Rating;

/**
 * What an app user says about one of their own tickets: more information, a rating, "not
 * fixed". Only the user who reported the ticket through this app may (another user's ticket is
 * refused, 403, and nothing is sent); hub-core decides whether the ticket is in a state to take it.
 */
@Controller("/api/app/v1/reports/{trackingCode}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reports")
class AppTicketController {

  private final AppIntake intake;
  private final AppReports reports;

  AppTicketController(AppIntake intake, AppReports reports) {
    this.intake = intake;
    this.reports = reports;
  }

  record FollowUpForm(String message) {}

  record RatingForm(Integer score, String comment) {}

  record VerdictForm(String comment) {}

  @Operation(summary = "Bổ sung thông tin / Follow-up",
      description = "Body {\"message\": \"...\"}: more information for the agency.")
  @Post(uri = "/follow-ups", consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> followUp(HttpRequest<?> request, @PathVariable String trackingCode,
      @Header("Idempotency-Key") @Nullable String idempotencyKey) throws SQLException {
    return about(request, trackingCode, idempotencyKey, FollowUpForm.class,
        f -> new FollowUp(f.message(), List.of()), "thông tin bổ sung", "follow-up");
  }

  @Operation(summary = "Đánh giá / Rating",
      description = "Body {\"score\": 1-5, \"comment\": \"...\"} about a resolved ticket.")
  @Post(uri = "/rating", consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> rating(HttpRequest<?> request, @PathVariable String trackingCode,
      @Header("Idempotency-Key") @Nullable String idempotencyKey) throws SQLException {
    return about(request, trackingCode, idempotencyKey, RatingForm.class,
        f -> new Rating(f.score() == null ? 0 : f.score(), f.comment()), "đánh giá", "rating");
  }

  @Operation(summary = "Chưa được xử lý / Not fixed",
      description = "Body {\"comment\": \"...\"}: the resolved ticket is not fixed; it reopens.")
  @Post(uri = "/not-fixed", consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> notFixed(HttpRequest<?> request, @PathVariable String trackingCode,
      @Header("Idempotency-Key") @Nullable String idempotencyKey) throws SQLException {
    return about(request, trackingCode, idempotencyKey, VerdictForm.class,
        f -> new NotFixedVerdict(f.comment()), "ý kiến chưa được xử lý", "not-fixed verdict");
  }

  private <F> HttpResponse<?> about(HttpRequest<?> request, String trackingCode, String key,
      Class<F> form, Function<F, IntakePayload> payload, String what, String whatEn)
      throws SQLException {
    AppCaller caller = SignedRequest.caller(request);
    if (!SignedRequest.hasUser(caller)) {
      return AppAnswers.userRequired();
    }
    if (key != null && (key.isBlank() || key.length() > AppReportController.MAX_IDEMPOTENCY_KEY)) {
      return AppAnswers.badKey();
    }
    Optional<TrackingCode> code = TrackingCode.parse(trackingCode);
    if (code.isEmpty()) {
      return AppAnswers.notFound();
    }
    if (!reports.owns(caller, code.get().value())) {
      return AppAnswers.notYours();
    }
    F parsed;
    try {
      parsed = ContractJson.mapper().readValue(SignedRequest.body(request).utf8(), form);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return AppAnswers.malformedJson();
    }
    if (parsed == null) {
      return AppAnswers.malformedJson();
    }
    try {
      return AppAnswers.handedOff(intake.aboutTicket(caller, code.get().value(),
          payload.apply(parsed), AppIntake.scopedKey(caller, key)), what, whatEn);
    } catch (InvalidIntakeException e) {
      return AppAnswers.invalid(e.errors());
    } catch (HandoffStoreException e) {
      return AppAnswers.notStored();
    }
  }
}
