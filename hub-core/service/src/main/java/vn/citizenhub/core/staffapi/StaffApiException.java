package vn.citizenhub.core.staffapi;

import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/** A refusal of a staff request, with the status and the bilingual error the caller reads. */
public class StaffApiException extends RuntimeException {

  private final HttpStatus status;
  private final ApiError error;

  public StaffApiException(HttpStatus status, String code, String messageVi, String messageEn) {
    this(status, new ApiError(code, messageVi, messageEn, List.of()));
  }

  public StaffApiException(HttpStatus status, ApiError error) {
    super(error.error() + ": " + error.messageEn());
    this.status = status;
    this.error = error;
  }

  public static StaffApiException invalid(List<FieldError> fields) {
    return new StaffApiException(HttpStatus.BAD_REQUEST, new ApiError("INVALID_REQUEST",
        "Yêu cầu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.",
        "The request is not valid; check the fields listed.", fields));
  }

  /** The same answer whether the ticket does not exist or belongs to another agency. */
  public static StaffApiException ticketNotFound() {
    return new StaffApiException(HttpStatus.NOT_FOUND, "TICKET_NOT_FOUND",
        "Không tìm thấy phiếu trong phạm vi của bạn.", "No such ticket within your scope.");
  }

  public static StaffApiException versionRequired() {
    return new StaffApiException(HttpStatus.BAD_REQUEST, "VERSION_REQUIRED",
        "Thiếu phiên bản của phiếu (version) mà bạn đang xem.",
        "Send the version of the ticket you are looking at.");
  }

  /** Someone else changed the ticket since the caller read it: reload, then decide again. */
  public static StaffApiException stale(int currentVersion) {
    return new StaffApiException(HttpStatus.CONFLICT, "TICKET_CHANGED",
        "Phiếu vừa được người khác cập nhật (phiên bản " + currentVersion
            + "). Vui lòng tải lại trước khi thao tác.",
        "Someone else has just updated the ticket (version " + currentVersion
            + "). Reload it before acting.");
  }

  public static StaffApiException forbidden() {
    return new StaffApiException(HttpStatus.FORBIDDEN, "FORBIDDEN",
        "Vai trò của bạn không được thực hiện thao tác này.",
        "Your role may not do this.");
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError error() {
    return error;
  }
}
