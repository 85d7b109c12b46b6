package vn.citizenhub.channel.hotline;

import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/** A request the hotline refuses, with the operator's reason in Vietnamese and English. */
public class HotlineRefusal extends RuntimeException {

  private final HttpStatus status;
  private final ApiError error;

  public HotlineRefusal(HttpStatus status, String code, String messageVi, String messageEn) {
    this(status, ApiError.of(code, messageVi, messageEn));
  }

  public HotlineRefusal(HttpStatus status, ApiError error) {
    // An answer, not a fault: no stack trace (under overload hundreds a second are refused).
    super(error.error(), null, false, false);
    this.status = status;
    this.error = error;
  }

  public static HotlineRefusal invalid(List<FieldError> fields) {
    return new HotlineRefusal(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED",
        "Thông tin chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
        "Some fields are not valid; please check them.", fields));
  }

  public static HotlineRefusal callNotFound() {
    return new HotlineRefusal(HttpStatus.NOT_FOUND, "CALL_NOT_FOUND",
        "Không tìm thấy cuộc gọi.", "No such call.");
  }

  public static HotlineRefusal malformed() {
    return new HotlineRefusal(HttpStatus.BAD_REQUEST, "MALFORMED_JSON",
        "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON.");
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError error() {
    return error;
  }
}
