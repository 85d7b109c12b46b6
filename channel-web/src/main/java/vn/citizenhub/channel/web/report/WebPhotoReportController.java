package vn.citizenhub.channel.web.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.IntakeAdmission;
import vn.citizenhub.photos.PhotoRefusal;
import vn.citizenhub.channel.web.photo.PhotoUploads;
import vn.citizenhub.channel.web.pow.ProofOfWorkGate;

/**
 * {@code POST /api/web/reports} as multipart form data: the report's JSON in a part
 * {@code report} and up to five parts {@code photo}. The same gate and bulkhead as a JSON report;
 * the upload is subscribed to at once, on the thread that received the request, and read as it
 * arrives (photos wait on disk, not in memory); only then does the report go to a blocking
 * thread to be cleaned, checked, stored and handed off ({@link ReportFlow}). The bulkhead's place
 * is held from the first byte to the answer, so it bounds uploads under way too.
 */
@Controller("/api/web/reports")
class WebPhotoReportController {

  private static final Logger LOG = LoggerFactory.getLogger(WebPhotoReportController.class);

  private final ReportFlow flow;
  private final ReportGate gate;
  private final PhotoUploads uploads;
  private final IntakeAdmission admission;
  private final ExecutorService blocking;

  WebPhotoReportController(ReportFlow flow, ReportGate gate, PhotoUploads uploads,
      IntakeAdmission admission, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.flow = flow;
    this.gate = gate;
    this.uploads = uploads;
    this.admission = admission;
    this.blocking = blocking;
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
  CompletableFuture<HttpResponse<?>> submit(HttpRequest<?> request, @Body MultipartBody body,
      @Header("Idempotency-Key") @Nullable String idempotencyKey,
      @Header(ProofOfWorkGate.HEADER) @Nullable String proof) {
    Optional<HttpResponse<?>> refused = gate.refusal(request, proof);
    if (refused.isPresent()) {
      return CompletableFuture.completedFuture(refused.get());
    }
    return admission.admitAsync(() -> uploads.start(body)
        .<HttpResponse<?>>thenApplyAsync(upload -> flow.multipart(upload, idempotencyKey),
            blocking)
        .exceptionally(WebPhotoReportController::refusedUpload));
  }

  /** A refused upload is an answer; anything else goes on to the exception handlers. */
  private static HttpResponse<?> refusedUpload(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof PhotoRefusal refusal) {
      LOG.info("Web report refused: its upload ({})", refusal.error().error());
      return HttpResponse.status(refusal.status()).body(refusal.error());
    }
    throw cause instanceof RuntimeException e ? e : new CompletionException(cause);
  }
}
