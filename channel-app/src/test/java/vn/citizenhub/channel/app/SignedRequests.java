package vn.citizenhub.channel.app;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import vn.citizenhub.channel.app.signing.RequestSignature;
import vn.citizenhub.channel.app.partner.AppPartner;

/** Requests signed as an app signs them (X-App-Id, X-App-User, X-Timestamp, X-Nonce, X-Signature). */
public final class SignedRequests {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SignedRequests() {}

  public static <T> MutableHttpRequest<T> sign(MutableHttpRequest<T> request, AppPartner app,
      String appUserId, String body) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    byte[] nonce = new byte[16];
    RANDOM.nextBytes(nonce);
    String nonceHex = HexFormat.of().formatHex(nonce);
    String pathWithQuery = request.getUri().getRawPath()
        + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
    return request.header("X-App-Id", app.appId())
        .header("X-App-User", appUserId)
        .header("X-Timestamp", timestamp)
        .header("X-Nonce", nonceHex)
        .header("X-Signature", RequestSignature.sign(app.secret(),
            request.getMethodName(), pathWithQuery, timestamp, nonceHex, bytes));
  }

  public static MutableHttpRequest<String> post(String path, AppPartner app, String user,
      String body) {
    return sign(HttpRequest.POST(path, body).contentType("application/json"), app, user, body);
  }

  public static MutableHttpRequest<Object> delete(String path, AppPartner app, String user) {
    return sign(HttpRequest.DELETE(path), app, user, null);
  }
}
