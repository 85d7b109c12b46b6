package vn.citizenhub.http;

import java.util.List;
import vn.citizenhub.contract.FieldError;

/** The error body of every public endpoint: a stable code and a message in Vietnamese and English. */
public record ApiError(String error, String message, String messageEn, List<FieldError> fields) {

  public static ApiError of(String error, String message, String messageEn) {
    return new ApiError(error, message, messageEn, List.of());
  }
}
