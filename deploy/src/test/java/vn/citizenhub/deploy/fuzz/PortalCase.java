package vn.citizenhub.deploy.fuzz;

import java.util.HashMap;
import java.util.Map;

/**
 * One request to an endpoint of the citizen portal's issue 12: {@code what} (the feedback
 * action, or a query string for similar tickets), the content type (null: none), the body or
 * query text, and an Idempotency-Key (null: none). Placeholders ({@code @TOKEN@}, {@code @OPEN@},
 * ...) stand for values of the run, filled in when the case is sent.
 */
record PortalCase(String what, String contentType, String json, String key) {

  static final String TOKEN = "@TOKEN@";
  static final String RESOLVED = "@RESOLVED@";
  static final String OPEN = "@OPEN@";

  Map<String, String> headers() {
    Map<String, String> headers = new HashMap<>();
    if (key != null) {
      headers.put("Idempotency-Key", key);
    }
    return headers;
  }

  @Override
  public String toString() {
    return "PortalCase[" + what + ", type=" + contentType + ", key=" + Shown.of(key) + ", body="
        + Shown.of(json) + "]";
  }
}
