package vn.citizenhub.channel.web.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.citizenhub.channel.handoff.IntakeAdmission;
import vn.citizenhub.channel.web.pow.ProofOfWorkGate;

/**
 * {@code POST /api/web/reports} with a JSON body: limits the sender, checks the proof of work
 * when the province asks for one, then takes the report ({@link ReportFlow}) under the intake
 * bulkhead. Reports with photos come as multipart form data ({@link WebPhotoReportController}).
 * Whatever is refused is refused before anything is stored.
 */
@Controller("/api/web/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class WebReportController {

  private final ReportFlow flow;
  private final ReportGate gate;
  private final IntakeAdmission admission;

  WebReportController(ReportFlow flow, ReportGate gate, IntakeAdmission admission) {
    this.flow = flow;
    this.gate = gate;
    this.admission = admission;
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> submit(HttpRequest<?> request, @Body @Nullable String body,
      @Header("Idempotency-Key") @Nullable String idempotencyKey,
      @Header(ProofOfWorkGate.HEADER) @Nullable String proof) {
    return gate.refusal(request, proof)
        // More at once than the machine can answer in time: refused before any work is done.
        .orElseGet(() -> admission.admit(() -> flow.json(body, idempotencyKey)));
  }
}
