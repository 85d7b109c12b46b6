package vn.citizenhub.deploy.fuzz;

import java.util.List;
import java.util.Map;

/**
 * One report with photos as sent: its multipart body and content type, what its parts are (for
 * the failure message), how many photo parts it has, and whether it must be refused whatever
 * else it holds (a file that is no picture, a truncated one, a picture claiming too many pixels,
 * a part of another name, too many photos, no report, a boundary the header does not name).
 */
record PhotoCase(String contentType, byte[] body, List<String> parts, int photos,
    boolean mustRefuse) {

  Map<String, String> headers() {
    return Map.of();
  }

  @Override
  public String toString() {
    return "PhotoCase[type=" + Shown.of(contentType) + ", parts=" + parts + ", mustRefuse="
        + mustRefuse + ", bytes=" + body.length + "]";
  }
}
