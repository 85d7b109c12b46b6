package vn.citizenhub.deploy.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One Open311 post as sent: the path's file ({@code requests.json}, {@code requests.xml}, or
 * something else), the content type (null: none), the body, and the Idempotency-Key (null: none).
 */
record Open311Case(String file, String contentType, String body, String key) {

  byte[] bytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  Map<String, String> headers() {
    Map<String, String> headers = new HashMap<>();
    if (key != null) {
      headers.put("Idempotency-Key", key);
    }
    return headers;
  }

  @Override
  public String toString() {
    return "Open311Case[file=" + Shown.of(file) + ", type=" + contentType + ", key="
        + Shown.of(key) + ", body=" + Shown.of(body) + "]";
  }
}
