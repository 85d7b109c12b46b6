package vn.citizenhub.core.publicapi;

import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/**
 * A refusal of a public request (a citizen's page calling the hub), with its status and the
 * bilingual error in the shape every public endpoint answers ({@link ApiError}). Thrown before
 * anything is changed.
 */
public class PublicRefusal extends RuntimeException {

  private final HttpStatus status;
  private final ApiError error;

  public PublicRefusal(HttpStatus status, String code, String messageVi, String messageEn) {
    this(status, new ApiError(code, messageVi, messageEn, List.of()));
  }

  public PublicRefusal(HttpStatus status, ApiError error) {
    super(error.error(), null, false, false);
    this.status = status;
    this.error = error;
  }

  /** A 400 naming the fields that are wrong. */
  public static PublicRefusal invalid(List<FieldError> fields) {
    return new PublicRefusal(HttpStatus.BAD_REQUEST, new ApiError("VALIDATION_FAILED",
        "Yêu cầu chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
        "The request is not valid; please check the fields listed.", fields));
  }

  public HttpStatus status() {
    return status;
  }

  public ApiError error() {
    return error;
  }
}
