package vn.citizenhub.photos;

import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/** Why the photos of a report were refused, as the citizen reads it; nothing was kept. */
public class PhotoRefusal extends RuntimeException {

  private final HttpStatus status;
  private final ApiError error;

  PhotoRefusal(HttpStatus status, String code, String vi, String en, String field) {
    super(code);
    this.status = status;
    this.error = new ApiError(code, vi, en,
        field == null ? List.of() : List.of(new FieldError(field, code, vi, en)));
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError error() {
    return error;
  }

  public static String field(int index) {
    return "photo[" + index + "]";
  }

  public static PhotoRefusal tooMany(int max) {
    return new PhotoRefusal(HttpStatus.BAD_REQUEST, "TOO_MANY_PHOTOS",
        "Mỗi phản ánh gửi được tối đa " + max + " ảnh.",
        "A report may carry at most " + max + " photos.", "photo");
  }

  public static PhotoRefusal tooLarge(int index, long maxBytes) {
    long mb = maxBytes / (1024 * 1024);
    return new PhotoRefusal(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PHOTO_TOO_LARGE",
        "Ảnh thứ " + (index + 1) + " quá lớn (tối đa " + mb + " MB mỗi ảnh).",
        "Photo " + (index + 1) + " is too large (at most " + mb + " MB each).", field(index));
  }

  public static PhotoRefusal tooManyPixels(int index, long maxPixels) {
    long mp = maxPixels / 1_000_000;
    return new PhotoRefusal(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PHOTO_TOO_LARGE",
        "Ảnh thứ " + (index + 1) + " có kích thước quá lớn (tối đa " + mp + " megapixel).",
        "Photo " + (index + 1) + " has too many pixels (at most " + mp + " megapixels).",
        field(index));
  }

  public static PhotoRefusal notAnImage(int index) {
    return new PhotoRefusal(HttpStatus.BAD_REQUEST, "NOT_AN_IMAGE",
        "Tệp thứ " + (index + 1) + " không phải ảnh JPEG, PNG hoặc WebP đọc được.",
        "File " + (index + 1) + " is not a readable JPEG, PNG or WebP image.", field(index));
  }

  public static PhotoRefusal busy() {
    return new PhotoRefusal(HttpStatus.SERVICE_UNAVAILABLE, "PHOTOS_BUSY",
        "Hệ thống đang bận xử lý ảnh nên chưa nhận phản ánh. Vui lòng gửi lại sau ít phút;"
            + " nội dung bạn đã nhập vẫn được giữ trên trang.",
        "The system is busy with photos and did not take the report. Please send it again in"
            + " a few minutes; what you typed is kept on the page.", null);
  }

  public static PhotoRefusal notStored() {
    return new PhotoRefusal(HttpStatus.SERVICE_UNAVAILABLE, "PHOTOS_NOT_STORED",
        "Chưa lưu được ảnh nên chưa nhận phản ánh. Vui lòng gửi lại sau ít phút;"
            + " nội dung bạn đã nhập vẫn được giữ trên trang.",
        "The photos could not be saved, so the report was not taken. Please send it again in"
            + " a few minutes; what you typed is kept on the page.", null);
  }

  public static PhotoRefusal badForm(String code, String vi, String en) {
    return new PhotoRefusal(HttpStatus.BAD_REQUEST, code, vi, en, null);
  }

  public static PhotoRefusal reportTooLarge() {
    return new PhotoRefusal(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE",
        "Phần nội dung phản ánh quá lớn (mô tả tối đa 4.000 ký tự).",
        "The report part is too large (descriptions have at most 4,000 characters).", "report");
  }

  public static PhotoRefusal tooSlow() {
    return new PhotoRefusal(HttpStatus.REQUEST_TIMEOUT, "UPLOAD_TOO_SLOW",
        "Tải ảnh lên quá lâu nên phản ánh chưa được nhận. Vui lòng gửi lại.",
        "The upload took too long, so the report was not taken. Please send it again.", null);
  }
}
