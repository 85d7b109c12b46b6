package vn.citizenhub.channel.web.report;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.server.exceptions.BufferLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.ApiError;

/**
 * A body read whole (a JSON report, any JSON endpoint) over micronaut.server.max-request-buffer-
 * size (64 KB): the same bilingual 413 as any body too large. Photos are streamed, not buffered.
 */
@Produces
@Singleton
@Replaces(BufferLengthExceededHandler.class)
class BodyOverBufferHandler
    implements ExceptionHandler<BufferLengthExceededException, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(BodyOverBufferHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, BufferLengthExceededException e) {
    LOG.info("Refused an oversized body on {}: over the buffer limit", request.getPath());
    return BodyTooLargeHandler.tooLarge();
  }
}
