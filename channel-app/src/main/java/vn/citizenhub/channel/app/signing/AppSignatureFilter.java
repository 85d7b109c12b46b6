package vn.citizenhub.channel.app.signing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.handoff.HandoffSettings;

/**
 * Proves every request to {@code /api/app/v1/**} (but its OpenAPI document) came from a
 * registered app ({@link SignatureCheck}) before any controller runs; on success leaves the
 * caller ({@link AppCaller#ATTRIBUTE}) and the body it checked ({@link SignedBody#ATTRIBUTE}).
 * A refusal is a 401 with a bilingual error and stores nothing. Neither secret nor signature is
 * ever logged; a refusal logs its reason and the app id.
 *
 * <p>A multipart body (photos) is read here to its end, to a temporary file if large, and the
 * controller parses that copy: the signature covers the exact bytes received. Other bodies are
 * small (JSON) and read from a copy, so a controller may still bind its {@code @Body}.
 */
@ServerFilter(AppSignatureFilter.PATTERN)
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class AppSignatureFilter {

  public static final String PATTERN = "/api/app/v1/**";
  /** The OpenAPI document: open, so a developer can read how to sign. */
  public static final String OPEN_PATH = "/api/app/v1/openapi.yml";
  /** A JSON body is at most this; the server caps bodies read whole the same way. */
  static final int MAX_PLAIN_BODY = 65536;

  private static final Logger LOG = LoggerFactory.getLogger(AppSignatureFilter.class);

  private final SignatureCheck check;
  private final SigningSettings settings;

  AppSignatureFilter(SignatureCheck check, SigningSettings settings) {
    this.check = check;
    this.settings = settings;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> verify(HttpRequest<?> request) {
    if (OPEN_PATH.equals(request.getPath())) {
      return null;
    }
    URI uri = request.getUri();
    SignatureCheck.Signed signed = new SignatureCheck.Signed(
        request.getHeaders().get("X-App-Id"), request.getHeaders().get("X-Timestamp"),
        request.getHeaders().get("X-Nonce"), request.getHeaders().get("X-Signature"),
        request.getHeaders().get("X-App-User"), request.getMethodName(),
        uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    if (!SignatureCheck.wellFormed(signed)) {
      return refuse(SignatureRefusal.HEADERS_MISSING, signed);
    }
    SignedBody body;
    try {
      body = read(request);
    } catch (SignedBody.TooLarge e) {
      return refuse(SignatureRefusal.BODY_TOO_LARGE, signed);
    } catch (IOException | RuntimeException e) {
      LOG.info("App request not read ({})", e.getClass().getSimpleName());
      // The rest of a body that could not be read may still be on the connection: it is closed
      // after this answer, so that the client's next request does not wait behind it.
      return SignatureRefusal.HEADERS_MISSING.answer().header("Connection", "close");
    }
    try {
      SignatureCheck.Verdict verdict = check.check(signed, body.sha256Hex());
      if (verdict.refusal() != null) {
        body.close();
        return refuse(verdict.refusal(), signed);
      }
      request.setAttribute(AppCaller.ATTRIBUTE, verdict.caller());
      request.setAttribute(SignedBody.ATTRIBUTE, body);
      return null;
    } catch (SQLException | RuntimeException e) {
      body.close();
      LOG.warn("App request signature not checked: the database did not answer ({})",
          e.getClass().getSimpleName());
      return SignatureRefusal.UNAVAILABLE.answer();
    }
  }

  /** The checked body's temporary file goes with the answer, whatever the answer. */
  @ResponseFilter
  void release(HttpRequest<?> request) {
    request.getAttribute(SignedBody.ATTRIBUTE, SignedBody.class).ifPresent(SignedBody::close);
  }

  private SignedBody read(HttpRequest<?> request) throws IOException, SignedBody.TooLarge {
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return SignedBody.empty();
    }
    if (request.getContentLength() > settings.getMaxBodyBytes()) {
      throw new SignedBody.TooLarge();
    }
    boolean multipart = request.getContentType()
        .map(t -> MediaType.MULTIPART_FORM_DATA_TYPE.getName().equals(t.getName()))
        .orElse(false);
    if (multipart) {
      try (InputStream in = server.byteBody().toInputStream()) {
        return SignedBody.read(in, settings.getMaxBodyBytes(), settings.getInMemoryBytes());
      }
    }
    try (CloseableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
        InputStream in = copy.toInputStream()) {
      return SignedBody.read(in, MAX_PLAIN_BODY, MAX_PLAIN_BODY);
    }
  }

  private static HttpResponse<?> refuse(SignatureRefusal why, SignatureCheck.Signed signed) {
    // The app id only when well formed: it is then a registered name, not attacker text.
    LOG.info("App request refused: {} (app {})", why.code(),
        signed.appId() != null && SignatureCheck.APP_ID.matcher(signed.appId()).matches()
            ? signed.appId() : "?");
    return why.answer();
  }
}
