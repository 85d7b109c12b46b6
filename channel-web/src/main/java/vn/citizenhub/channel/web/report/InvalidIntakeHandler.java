package vn.citizenhub.channel.web.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.InvalidIntakeException;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/**
 * The hand-off's last check refused the envelope the form became (the form's own check let it
 * through): the same bilingual 400 as any invalid form, and nothing was stored.
 */
@Produces
@Singleton
class InvalidIntakeHandler
    implements ExceptionHandler<InvalidIntakeException, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(InvalidIntakeHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, InvalidIntakeException e) {
    LOG.warn("Web report refused at the hand-off: {}",
        e.errors().stream().map(FieldError::code).toList());
    return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
        "Phản ánh chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
        "The report is not valid; please check the fields listed.", e.errors()));
  }
}
