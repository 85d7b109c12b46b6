package vn.citizenhub.channel.web.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.web.abuse.WebReportLimits;
import vn.citizenhub.photos.CleanPhoto;
import vn.citizenhub.photos.PhotoCleaner;
import vn.citizenhub.photos.PhotoMetadata;
import vn.citizenhub.photos.PhotoRefusal;
import vn.citizenhub.photos.PhotoSettings;
import vn.citizenhub.channel.web.photo.PhotoUploads;
import vn.citizenhub.photos.StoredPhotos;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * One web report from its text to its answer, with or without photos: the key and the form are
 * checked, the photos cleaned (their GPS point pins a report that has none), the whole checked
 * against the contract, the citizen's budget counted; then the photos are stored and the report
 * handed off. Every refusal comes before anything is stored; a hand-off that fails after the
 * photos were stored deletes them again.
 */
@Singleton
class ReportFlow {

  private static final Logger LOG = LoggerFactory.getLogger(ReportFlow.class);
  private static final int MAX_IDEMPOTENCY_KEY = 100;

  private final WebReportValidator validator;
  private final WebIntake intake;
  private final WebReportLimits limits;
  private final PhotoCleaner cleaner;
  private final StoredPhotos stored;
  private final PhotoSettings photoSettings;

  ReportFlow(WebReportValidator validator, WebIntake intake, WebReportLimits limits,
      PhotoCleaner cleaner, StoredPhotos stored, PhotoSettings photoSettings) {
    this.validator = validator;
    this.intake = intake;
    this.limits = limits;
    this.cleaner = cleaner;
    this.stored = stored;
    this.photoSettings = photoSettings;
  }

  /** A report sent as JSON: no photos. */
  HttpResponse<?> json(String body, String idempotencyKey) {
    return submit(body, null, idempotencyKey);
  }

  /** A report sent as multipart form data; its photo parts are released whatever happens. */
  HttpResponse<?> multipart(PhotoUploads.Upload upload, String idempotencyKey) {
    try {
      return submit(upload.reportJson(), upload, idempotencyKey);
    } finally {
      upload.discard();
    }
  }

  private HttpResponse<?> submit(String body, PhotoUploads.Upload upload, String key) {
    if (key != null && (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY)) {
      return badRequest(List.of(new FieldError("Idempotency-Key", "INVALID_IDEMPOTENCY_KEY",
          "Khóa Idempotency-Key phải có từ 1 đến 100 ký tự",
          "Idempotency-Key must have 1 to 100 characters")));
    }
    Optional<WebReportForm> parsed = parse(body);
    if (parsed.isEmpty()) {
      return HttpResponse.badRequest(ApiError.of("MALFORMED_JSON",
          "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON."));
    }
    WebReportForm form = parsed.get();
    List<CleanPhoto> photos;
    try {
      photos = clean(upload);
    } catch (PhotoRefusal refusal) {
      LOG.info("Web report refused: its photos ({})", refusal.error().error());
      return HttpResponse.status(refusal.status()).body(refusal.error());
    }
    NewReport report = WebIntake.report(form, pinned(form.location(), photos));
    List<FieldError> errors = validator.validate(form, report);
    if (!errors.isEmpty()) {
      LOG.info("Web report refused: {}", errors.stream().map(FieldError::code).toList());
      return badRequest(errors);
    }
    KeyedRateLimiter.Decision fromCitizen = limits.citizenAttempt(form.phone(), form.citizenRef());
    if (!fromCitizen.allowed()) {
      LOG.info("Web report refused: the citizen is over their limit");
      return TooManyRequests.answer(fromCitizen.retryAfterSeconds(),
          "Bạn đã gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau.",
          "Too many reports in a short time. Please try again later.");
    }
    String hash = requestHash(body, photos);
    if (photos.isEmpty()) {
      return answer(intake.submit(form, report, key, hash));
    }
    Optional<HandoffResult> earlier = intake.earlier(key, hash);
    if (earlier.isPresent()) {
      return answer(earlier.get()); // the photos are stored already, or were never to be
    }
    return withPhotos(form, report, photos, key, hash);
  }

  private HttpResponse<?> withPhotos(WebReportForm form, NewReport report,
      List<CleanPhoto> photos, String key, String hash) {
    List<Attachment> kept;
    try {
      kept = stored.store("web", photos, key, hash, form.photosMayBePublic());
    } catch (PhotoRefusal refusal) {
      return HttpResponse.status(refusal.status()).body(refusal.error());
    }
    HandoffResult result;
    try {
      result = intake.submit(form, new NewReport(report.kind(), report.categoryCode(),
          report.description(), report.location(), kept, report.consent()), key, hash);
    } catch (RuntimeException e) {
      stored.forget(kept); // refused or not stored: the report was not taken, nor its photos
      throw e;
    }
    if (result.outcome() == HandoffResult.Outcome.KEY_REUSED) {
      stored.forget(kept);
    }
    return answer(result);
  }

  private List<CleanPhoto> clean(PhotoUploads.Upload upload) {
    List<CleanPhoto> clean = new ArrayList<>();
    if (upload != null) {
      for (int i = 0; i < upload.photos().size(); i++) {
        clean.add(cleaner.clean(upload.photoBytes(i, photoSettings.getMaxBytes()), i));
      }
    }
    return clean;
  }

  /** The report's own point when it has one; else the first photo's GPS point in Vietnam. */
  static Location pinned(Location given, List<CleanPhoto> photos) {
    if (given != null && (given.latitude() != null || given.longitude() != null)) {
      return given;
    }
    Optional<PhotoMetadata.Point> gps = photos.stream().flatMap(p -> p.gps().stream())
        .findFirst();
    if (gps.isEmpty()) {
      return given;
    }
    return new Location(given == null ? null : given.communeCode(), gps.get().latitude(),
        gps.get().longitude(), given == null ? null : given.address());
  }

  /** A JSON report is known by its body (as before photos); photos add their own digests. */
  private static String requestHash(String body, List<CleanPhoto> photos) {
    if (photos.isEmpty()) {
      return WebIntake.sha256(body);
    }
    StringBuilder all = new StringBuilder(body);
    photos.forEach(p -> all.append('\n').append(p.originalSha256()));
    return WebIntake.sha256(all.toString());
  }

  private static Optional<WebReportForm> parse(String body) {
    try {
      return Optional.ofNullable(ContractJson.mapper().readValue(body == null ? "" : body,
          WebReportForm.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.info("Web report refused: the body is not valid JSON ({})",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static HttpResponse<?> answer(HandoffResult result) {
    return switch (result.outcome()) {
      case KEY_REUSED -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiError.of(
          "IDEMPOTENCY_KEY_REUSED",
          "Khóa Idempotency-Key này đã được dùng cho một phản ánh khác.",
          "This Idempotency-Key was already used for a different report."));
      case DUPLICATE -> HttpResponse.accepted().header("Idempotent-Replayed", "true")
          .body(WebAnswers.received(result.trackingCode()));
      case DELIVERED -> HttpResponse.accepted().body(WebAnswers.received(result.trackingCode()));
      case DELAYED -> HttpResponse.accepted().body(WebAnswers.delayed(result.trackingCode()));
    };
  }

  private static HttpResponse<ApiError> badRequest(List<FieldError> errors) {
    return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
        "Phản ánh chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
        "The report is not valid; please check the fields listed.", errors));
  }
}
