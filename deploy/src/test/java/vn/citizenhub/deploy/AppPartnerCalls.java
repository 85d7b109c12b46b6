package vn.citizenhub.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.citizenhub.channel.app.signing.RequestSignature;

/**
 * An app calling the hub's partner API as the README shows: every request signed with the app's
 * secret over method, path with query, timestamp, nonce and the body's SHA-256.
 */
final class AppPartnerCalls {

  /** One signed request as sent, so a test can send it again (a replay). */
  record Signed(HttpRequest request) {}

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String baseUrl;
  private final String appId;
  private final String secret;

  AppPartnerCalls(String baseUrl, String appId, String secret) {
    this.baseUrl = baseUrl.replaceAll("/$", "");
    this.appId = appId;
    this.secret = secret;
  }

  Signed sign(String user, String method, String pathWithQuery, String contentType,
      byte[] body, String signWith) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    String nonce = UUID.randomUUID().toString().replace("-", "");
    String signature = RequestSignature.sign(signWith.getBytes(StandardCharsets.UTF_8),
        RequestSignature.canonical(method, pathWithQuery, timestamp, nonce,
            RequestSignature.sha256Hex(body)));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathWithQuery))
        .timeout(Duration.ofSeconds(30))
        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body))
        .header("X-App-Id", appId).header("X-App-User", user)
        .header("X-Timestamp", timestamp).header("X-Nonce", nonce)
        .header("X-Signature", signature);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return new Signed(b.build());
  }

  Signed sign(String user, String method, String pathWithQuery, String contentType,
      byte[] body) {
    return sign(user, method, pathWithQuery, contentType, body, secret);
  }

  HttpResponse<String> send(Signed signed) throws Exception {
    return http.send(signed.request(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String user, String pathWithQuery) throws Exception {
    return send(sign(user, "GET", pathWithQuery, null, new byte[0]));
  }
}
