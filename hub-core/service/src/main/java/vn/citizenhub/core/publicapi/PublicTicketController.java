package vn.citizenhub.core.publicapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import vn.citizenhub.http.ApiError;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.TrackingCode;

/** Anyone with a tracking code may follow the ticket: status, agency, due date, public steps. */
@Controller("/api/public/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicTicketController {

  private static final Logger LOG = LoggerFactory.getLogger(PublicTicketController.class);

  private final PublicTicketQuery query;
  private final CallBackNotice callBack;

  PublicTicketController(PublicTicketQuery query, CallBackNotice callBack) {
    this.query = query;
    this.callBack = callBack;
  }

  @Get(uri = "/{trackingCode}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> track(@PathVariable String trackingCode) throws SQLException {
    Optional<TrackingCode> code = TrackingCode.parse(trackingCode);
    if (code.isEmpty()) {
      LOG.info("Tracking lookup with a malformed code");
      return HttpResponse.badRequest(ApiError.of("INVALID_TRACKING_CODE",
          "Mã tra cứu không đúng. Mã gồm 10 ký tự, ví dụ W7K3M-9QX2H; vui lòng kiểm tra lại.",
          "This is not a valid tracking code. Codes have 10 characters, e.g. W7K3M-9QX2H."));
    }
    Optional<PublicTicketView> found = query.find(code.get().value());
    if (found.isEmpty()) {
      found = callBack.find(code.get().value());
    }
    return found
        .<HttpResponse<?>>map(HttpResponse::ok)
        .orElseGet(() -> HttpResponse.notFound(ApiError.of("TICKET_NOT_FOUND",
            "Chưa tìm thấy phản ánh có mã " + code.get().display()
                + ". Nếu bạn vừa gửi, vui lòng thử lại sau ít phút.",
            "No report has code " + code.get().display()
                + " yet. If you have just sent it, please try again in a few minutes.")));
  }
}
