package vn.citizenhub.core.attachments;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Set;
import vn.citizenhub.http.ApiError;

/**
 * How a citizen's file is served, to staff and to the public alike. Raster images keep their
 * type and show in an {@code <img>}; anything else is a download, so a file that is really a page
 * or a script can never run on the hub's origin (no sniffing, a sandboxing policy, no framing).
 */
public final class FileAnswer {

  /** The types a browser shows as a picture and never runs. */
  private static final Set<String> IMAGES =
      Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

  private FileAnswer() {}

  public static MutableHttpResponse<byte[]> of(byte[] bytes, String mediaType,
      String cacheControl) {
    boolean image = IMAGES.contains(mediaType);
    MutableHttpResponse<byte[]> response = HttpResponse.ok(bytes)
        .contentType(image ? mediaType : "application/octet-stream")
        .header(HttpHeaders.CACHE_CONTROL, cacheControl)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cross-Origin-Resource-Policy", "same-origin")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Frame-Options", "DENY");
    if (!image) {
      response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment");
    }
    return response;
  }

  /** The file is listed but no longer in the store: removed by its retention period. */
  public static MutableHttpResponse<ApiError> removed() {
    return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(ApiError.of(
        "ATTACHMENT_REMOVED",
        "Ảnh hoặc tệp này không còn được lưu (đã hết thời hạn lưu trữ hoặc người gửi đã yêu cầu"
            + " xóa).",
        "This photo or file is no longer kept (its retention period ended, or its sender asked"
            + " for it to be deleted)."));
  }

  /** The store did not answer: nothing is wrong with the request. */
  public static MutableHttpResponse<ApiError> unavailable() {
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "30")
        .body(ApiError.of("ATTACHMENT_STORE_UNAVAILABLE",
            "Kho lưu ảnh tạm thời không phản hồi. Vui lòng thử lại sau ít phút.",
            "The photo store is not answering right now. Please try again in a few minutes."));
  }
}
