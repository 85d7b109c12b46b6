package vn.citizenhub.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A body whose Content-Type names a charset Java does not know ({@code charset=nonsense}) fails
 * while Micronaut reads it, before any controller runs; without these handlers it is a 500. It is
 * the sender's mistake: a bilingual 415, on every public endpoint. (Found by the fuzz suite.)
 */
public final class UnknownCharset {

  private static final Logger LOG = LoggerFactory.getLogger(UnknownCharset.class);

  private UnknownCharset() {}

  static HttpResponse<ApiError> refuse(HttpRequest<?> request) {
    LOG.info("Refused a body in an unknown charset on {}", request.getPath());
    return HttpResponse.<ApiError>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(
        "UNSUPPORTED_CHARSET",
        "Bảng mã ký tự (charset) trong Content-Type không được hỗ trợ; hãy gửi UTF-8.",
        "The charset named in Content-Type is not supported; send UTF-8."));
  }

  /** {@code charset=nonsense}: a well-formed name no JVM knows. */
  @Produces
  @Singleton
  static final class Unsupported
      implements ExceptionHandler<UnsupportedCharsetException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, UnsupportedCharsetException e) {
      return refuse(request);
    }
  }

  /** {@code charset=a b}: not even a legal charset name. */
  @Produces
  @Singleton
  static final class IllegalName
      implements ExceptionHandler<IllegalCharsetNameException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, IllegalCharsetNameException e) {
      return refuse(request);
    }
  }
}
