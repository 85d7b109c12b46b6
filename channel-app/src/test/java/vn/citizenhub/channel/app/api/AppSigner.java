package vn.citizenhub.channel.app.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.citizenhub.channel.app.signing.RequestSignature;

/**
 * Signs requests as an app does, byte for byte, and sends them with the JDK's client (which sends
 * the bytes it is given): each part of the signature can be spoiled on purpose.
 */
final class AppSigner {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  AppSigner(String base) {
    this.base = base;
  }

  /** One request to sign and send; fields are what the app would send. */
  final class Call {
    String appId;
    String secret;
    String user;
    String method = "GET";
    String pathWithQuery;
    byte[] body = new byte[0];
    String contentType;
    long timestamp = Instant.now().getEpochSecond();
    String nonce = UUID.randomUUID().toString().replace("-", "");
    final Map<String, String> headers = new LinkedHashMap<>();
    /** When set, signed over these instead of what is sent. */
    byte[] signedBody;
    String signedPath;

    Call(String appId, String secret, String user) {
      this.appId = appId;
      this.secret = secret;
      this.user = user;
    }

    Call get(String path) {
      method = "GET";
      pathWithQuery = path;
      return this;
    }

    Call postJson(String path, String json) {
      method = "POST";
      pathWithQuery = path;
      body = json.getBytes(StandardCharsets.UTF_8);
      contentType = "application/json";
      return this;
    }

    Call post(String path, String type, byte[] bytes) {
      method = "POST";
      pathWithQuery = path;
      body = bytes;
      contentType = type;
      return this;
    }

    Call header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    String signature() {
      String hash = RequestSignature.sha256Hex(signedBody != null ? signedBody : body);
      return RequestSignature.sign(secret.getBytes(StandardCharsets.UTF_8),
          RequestSignature.canonical(method, signedPath != null ? signedPath : pathWithQuery,
              Long.toString(timestamp), nonce, hash));
    }

    HttpResponse<String> send() throws Exception {
      return sendSigned(signature());
    }

    HttpResponse<String> sendSigned(String signature) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathWithQuery))
          .method(method, body.length == 0 && "GET".equals(method)
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
          .header("X-App-Id", appId)
          .header("X-Timestamp", Long.toString(timestamp))
          .header("X-Nonce", nonce)
          .header("X-Signature", signature);
      if (user != null) {
        b.header("X-App-User", user);
      }
      if (contentType != null) {
        b.header("Content-Type", contentType);
      }
      headers.forEach(b::header);
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  Call as(String appId, String secret, String user) {
    return new Call(appId, secret, user);
  }
}
