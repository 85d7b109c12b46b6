package vn.citizenhub.deploy.fuzz;

import java.util.HashMap;
import java.util.Map;

/**
 * One web report as sent: content type (null: none), body, Idempotency-Key (null: none), and
 * whether an accepted one is sent again with the same key (then it must get the same code) and
 * then with another body under the same key (then it must be refused, storing nothing).
 */
record WebCase(String contentType, String json, String key, boolean resend) {

  byte[] bytes() {
    return JsonText.bytes(json);
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
    return "WebCase[type=" + contentType + ", key=" + Shown.of(key) + ", resend=" + resend
        + ", body=" + Shown.of(json) + "]";
  }
}
