package vn.citizenhub.channel.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.signing.SignedBody;
import vn.citizenhub.channel.handoff.IntakeAdmission;
import vn.citizenhub.channel.tracking.TicketLookup;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.photos.PhotoRefusal;
import vn.citizenhub.photos.PhotoSettings;

/**
 * An app user's reports: a new one (JSON, or multipart with photos), their own list, and one
 * ticket's public view. Every request here was proven by the signature filter first.
 */
@Controller("/api/app/v1/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Reports")
class AppReportController {

  static final int MAX_IDEMPOTENCY_KEY = 100;
  static final int MY_REPORTS = 50;

  private final AppReportFlow flow;
  private final AppReports reports;
  private final TicketLookup lookup;
  private final HubCorePublic core;
  private final IntakeAdmission admission;
  private final PhotoSettings photos;

  AppReportController(AppReportFlow flow, AppReports reports, TicketLookup lookup,
      HubCorePublic core, IntakeAdmission admission, PhotoSettings photos) {
    this.flow = flow;
    this.reports = reports;
    this.lookup = lookup;
    this.core = core;
    this.admission = admission;
    this.photos = photos;
  }

  @Operation(summary = "Gửi phản ánh mới / Submit a new report",
      description = "JSON (AppReportForm) or multipart/form-data with a part 'report' (the same"
          + " JSON) and up to 5 parts 'photo' (JPEG, PNG or WebP). Needs X-App-User. The"
          + " signature covers the exact bytes of the body. Answers 202 with the tracking code"
          + " once the report is kept; 'RECEIVED_PROCESSING_DELAYED' when the bus is slow.")
  @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> submit(HttpRequest<?> request,
      @Parameter(description = "Makes a resubmission harmless: the same key and content give"
          + " the same tracking code (1 to 100 characters)")
      @Header("Idempotency-Key") @Nullable String idempotencyKey) {
    AppCaller caller = SignedRequest.caller(request);
    if (!SignedRequest.hasUser(caller)) {
      return AppAnswers.userRequired();
    }
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
      return AppAnswers.badKey();
    }
    String scopedKey = AppIntake.scopedKey(caller, idempotencyKey);
    SignedBody body = SignedRequest.body(request);
    Optional<MediaType> type = request.getContentType();
    boolean multipart = type.map(t -> MediaType.MULTIPART_FORM_DATA_TYPE.getName()
        .equals(t.getName())).orElse(false);
    return admission.admit(() -> {
      try {
        if (!multipart) {
          return flow.submit(caller, body.utf8(), null, scopedKey);
        }
        AppMultipart.Upload upload;
        try {
          upload = AppMultipart.parse(body, request.getHeaders().getContentType().orElseThrow(),
              photos.getMaxCount());
        } catch (PhotoRefusal refusal) {
          return HttpResponse.status(refusal.status()).body(refusal.error());
        }
        try (upload) {
          return flow.submit(caller, upload.reportJson(), upload, scopedKey);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("app report not recorded", e);
      }
    });
  }

  /** One of the user's reports in their list: its state as anyone with the code sees it. */
  record MyReport(String trackingCode, String state, String kind, String categoryCode,
      String submittedAt) {}

  record MyReports(List<MyReport> reports) {}

  @Operation(summary = "Phản ánh của tôi / My reports",
      description = "The reports this app's user (X-App-User) sent through the app, newest"
          + " first (at most 50), each OPEN, CLOSED or UNKNOWN (hub-core unreachable, or the"
          + " report is still on its way). No personal data.")
  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> mine(HttpRequest<?> request) throws SQLException {
    AppCaller caller = SignedRequest.caller(request);
    if (!SignedRequest.hasUser(caller)) {
      return AppAnswers.userRequired();
    }
    List<MyReport> list = reports.mine(caller, MY_REPORTS).stream()
        .map(r -> new MyReport(new TrackingCode(r.trackingCode()).display(),
            state(r.trackingCode()), r.kind(), r.categoryCode(), r.submittedAt().toString()))
        .toList();
    return HttpResponse.ok(new MyReports(list));
  }

  @Operation(summary = "Một phản ánh / One ticket",
      description = "The ticket's public view, as the tracking page shows it: status, agency,"
          + " due date, public timeline and answer. No personal data.")
  @Get(uri = "/{trackingCode}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> one(@PathVariable String trackingCode) {
    Optional<TrackingCode> code = TrackingCode.parse(trackingCode);
    if (code.isEmpty()) {
      return AppAnswers.notFound();
    }
    HubCorePublic.Answer answer = core.ticket(code.get().value());
    if (answer.unavailable()) {
      return AppAnswers.hubCoreUnavailable();
    }
    return answer.notFound() ? AppAnswers.notFound() : HttpResponse.ok(answer.json());
  }

  private String state(String code) {
    return switch (lookup.find(code)) {
      case OPEN -> "OPEN";
      case CLOSED -> "CLOSED";
      case NONE, UNAVAILABLE -> "UNKNOWN";
    };
  }
}
