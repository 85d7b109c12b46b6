package vn.citizenhub.channel.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.signing.RequestSignature;
import vn.citizenhub.channel.catalog.Catalog;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.channel.handoff.HandoffStoreException;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;
import vn.citizenhub.photos.CleanPhoto;
import vn.citizenhub.photos.PhotoCleaner;
import vn.citizenhub.photos.PhotoRefusal;
import vn.citizenhub.photos.PhotoSettings;
import vn.citizenhub.photos.StoredPhotos;

/**
 * One app report from its checked body to its answer, as the web channel's: parsed, photos
 * cleaned (re-encoded, no metadata kept), checked against the contract and the catalog, photos
 * stored, handed off, and only then recorded as the user's and answered "received". Every
 * refusal comes before anything is stored; photos of a report not taken are deleted again.
 */
@Singleton
class AppReportFlow {

  private static final Logger LOG = LoggerFactory.getLogger(AppReportFlow.class);

  private final AppIntake intake;
  private final AppReports reports;
  private final Catalog catalog;
  private final PhotoCleaner cleaner;
  private final StoredPhotos stored;
  private final PhotoSettings photoSettings;
  private final AppReportLimits limits;
  private final KeyedRateLimiter perUser;

  AppReportFlow(AppIntake intake, AppReports reports, Catalog catalog, PhotoCleaner cleaner,
      StoredPhotos stored, PhotoSettings photoSettings, AppReportLimits limits) {
    this.limits = limits;
    this.perUser = new KeyedRateLimiter("app-user-reports", limits.getPerUserLimit(),
        limits.getPeriod(), limits.getMaxTracked());
    this.intake = intake;
    this.reports = reports;
    this.catalog = catalog;
    this.cleaner = cleaner;
    this.stored = stored;
    this.photoSettings = photoSettings;
  }

  HttpResponse<?> submit(AppCaller caller, String json, AppMultipart.Upload upload,
      String scopedKey) throws SQLException {
    Optional<AppReportForm> parsed = parse(json);
    if (parsed.isEmpty()) {
      return AppAnswers.malformedJson();
    }
    AppReportForm form = parsed.get();
    List<CleanPhoto> photos;
    try {
      photos = clean(upload);
    } catch (PhotoRefusal refusal) {
      LOG.info("App report refused: its photos ({})", refusal.error().error());
      return HttpResponse.status(refusal.status()).body(refusal.error());
    }
    NewReport report = report(form, List.of());
    List<FieldError> errors = validate(form, report);
    if (!errors.isEmpty()) {
      LOG.info("App report refused: {}", errors.stream().map(FieldError::code).toList());
      return AppAnswers.invalid(errors);
    }
    String hash = requestHash(json, photos);
    Optional<HandoffResult> earlier = intake.earlier(scopedKey, hash);
    if (earlier.isPresent()) {
      return AppAnswers.handedOff(earlier.get(), "phản ánh", "report");
    }
    if (limits.isEnabled()) {
      KeyedRateLimiter.Decision decision = perUser.acquire(AppIntake.identity(caller));
      if (!decision.allowed()) {
        LOG.info("App report refused: the app user is over their limit (app {})",
            caller.appId());
        return TooManyRequests.answer(decision.retryAfterSeconds(),
            "Người dùng này đã gửi quá nhiều phản ánh trong thời gian ngắn."
                + " Vui lòng thử lại sau.",
            "This user sent too many reports in a short time. Please try again later.");
      }
    }
    List<Attachment> kept = List.of();
    if (!photos.isEmpty()) {
      try {
        kept = stored.store("app", photos, scopedKey, hash, form.photosMayBePublic());
      } catch (PhotoRefusal refusal) {
        return HttpResponse.status(refusal.status()).body(refusal.error());
      }
    }
    HandoffResult result;
    try {
      result = intake.newReport(caller, form, report(form, kept), scopedKey, hash);
    } catch (HandoffStoreException e) {
      stored.forget(kept);
      return AppAnswers.notStored();
    } catch (RuntimeException e) {
      stored.forget(kept);
      throw e;
    }
    if (result.outcome() == HandoffResult.Outcome.KEY_REUSED) {
      stored.forget(kept);
    } else {
      reports.record(caller, result.trackingCode(), form.kind().name(), form.categoryCode(),
          Instant.now());
    }
    return AppAnswers.handedOff(result, "phản ánh", "report");
  }

  private static NewReport report(AppReportForm form, List<Attachment> attachments) {
    Consent consent = form.consent() == null ? null
        : new Consent(Boolean.TRUE.equals(form.consent().given()), form.consent().textVersion(),
            null);
    return new NewReport(form.kind(), form.categoryCode(), form.description(), form.location(),
        attachments, consent);
  }

  private List<FieldError> validate(AppReportForm form, NewReport report) {
    List<FieldError> errors = new ArrayList<>(IntakeValidator.validateReport(report, ""));
    errors.addAll(IntakeValidator.validateContact(
        new CitizenRef("app:form", form.name(), form.verifiedPhone(), null), "").stream()
        .map(e -> "phone".equals(e.field())
            ? new FieldError("verifiedPhone", e.code(), e.messageVi(), e.messageEn()) : e)
        .toList());
    catalog.codes().ifPresent(
        codes -> errors.addAll(codes.unknownCodesIn(report, "location.communeCode")));
    return errors;
  }

  private List<CleanPhoto> clean(AppMultipart.Upload upload) {
    List<CleanPhoto> clean = new ArrayList<>();
    if (upload != null) {
      for (int i = 0; i < upload.photoCount(); i++) {
        clean.add(cleaner.clean(upload.photoBytes(i, photoSettings.getMaxBytes()), i));
      }
    }
    return clean;
  }

  /** The report's identity for its Idempotency-Key: its JSON and its photos as sent. */
  private static String requestHash(String json, List<CleanPhoto> photos) {
    StringBuilder all = new StringBuilder(json);
    photos.forEach(p -> all.append('\n').append(p.originalSha256()));
    return RequestSignature.sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<AppReportForm> parse(String body) {
    try {
      return Optional.ofNullable(ContractJson.mapper().readValue(body == null ? "" : body,
          AppReportForm.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.info("App report refused: the body is not valid JSON ({})",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
