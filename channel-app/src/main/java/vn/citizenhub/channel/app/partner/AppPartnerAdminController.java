package vn.citizenhub.channel.app.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.app.signing.SignatureCheck;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/**
 * An administrator registers an app (and is shown its secret, once) or deactivates one. Behind
 * hub-core's staff sign-in, ADMINISTRATOR role ({@link StaffAdministrators}).
 */
@Controller("/api/app/admin/v1/apps")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Administration")
class AppPartnerAdminController {

  private static final Logger LOG = LoggerFactory.getLogger(AppPartnerAdminController.class);

  private final JdbcAppPartners partners;
  private final StaffAdministrators administrators;

  AppPartnerAdminController(JdbcAppPartners partners, StaffAdministrators administrators) {
    this.partners = partners;
    this.administrators = administrators;
  }

  record Registration(String appId, String name, String callbackUrl) {}

  /** The only answer that ever carries the secret. */
  record Registered(String appId, String name, String secret, String message,
      String messageEn) {}

  @Operation(summary = "Đăng ký ứng dụng / Register an app",
      description = "Body {\"appId\": \"a-z 0-9 -, 2-40\", \"name\": \"...\", \"callbackUrl\":"
          + " \"https://... (optional)\"}. Answers the app's secret once; it is not shown again.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> register(HttpRequest<?> request, @Body @Nullable String body)
      throws SQLException {
    Optional<String> admin = administrators.administrator(request);
    if (admin.isEmpty()) {
      return forbidden();
    }
    Registration form;
    try {
      form = ContractJson.mapper().readValue(body == null ? "" : body, Registration.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      form = null;
    }
    if (form == null) {
      return HttpResponse.badRequest(ApiError.of("MALFORMED_JSON",
          "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON."));
    }
    List<FieldError> errors = validate(form);
    if (!errors.isEmpty()) {
      return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
          "Thông tin ứng dụng chưa hợp lệ.", "The app's details are not valid.", errors));
    }
    try {
      String secret = partners.register(form.appId(), form.name().strip(),
          form.callbackUrl() == null ? null : URI.create(form.callbackUrl()), null);
      LOG.info("App partner {} registered by an administrator", form.appId());
      return HttpResponse.created(new Registered(form.appId(), form.name().strip(), secret,
          "Đã đăng ký ứng dụng. Hãy lưu khóa bí mật ngay: nó sẽ không được hiển thị lại.",
          "The app is registered. Keep its secret now: it is not shown again."));
    } catch (JdbcAppPartners.AlreadyRegistered e) {
      return HttpResponse.status(HttpStatus.CONFLICT).body(ApiError.of("APP_ID_TAKEN",
          "Mã ứng dụng này đã được đăng ký.", "This app id is already registered."));
    }
  }

  @Operation(summary = "Ngừng ứng dụng / Deactivate an app",
      description = "Its signed requests are refused from now on; its reports stay.")
  @Delete("/{appId}")
  HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable String appId)
      throws SQLException {
    if (administrators.administrator(request).isEmpty()) {
      return forbidden();
    }
    if (!SignatureCheck.APP_ID.matcher(appId).matches() || !partners.deactivate(appId)) {
      return HttpResponse.notFound(ApiError.of("APP_NOT_FOUND",
          "Không có ứng dụng với mã này.", "No app has this id."));
    }
    return HttpResponse.noContent();
  }

  private static List<FieldError> validate(Registration form) {
    List<FieldError> errors = new ArrayList<>();
    if (form.appId() == null || !SignatureCheck.APP_ID.matcher(form.appId()).matches()) {
      errors.add(new FieldError("appId", "INVALID_APP_ID",
          "Mã ứng dụng gồm 2-40 ký tự a-z, 0-9, dấu gạch ngang",
          "An app id has 2-40 characters a-z, 0-9, hyphen"));
    }
    if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 120
        || form.name().chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("name", "INVALID_NAME", "Tên ứng dụng có 1-120 ký tự",
          "An app's name has 1-120 characters"));
    }
    if (form.callbackUrl() != null && !validCallback(form.callbackUrl())) {
      errors.add(new FieldError("callbackUrl", "INVALID_CALLBACK_URL",
          "Địa chỉ gọi lại phải là URL http(s) (tối đa 500 ký tự)",
          "The callback URL must be an http(s) URL (at most 500 characters)"));
    }
    return errors;
  }

  private static boolean validCallback(String url) {
    if (url.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }

  private static HttpResponse<ApiError> forbidden() {
    return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of("ADMINISTRATOR_REQUIRED",
        "Chỉ quản trị hệ thống đã đăng nhập mới đăng ký hoặc ngừng ứng dụng.",
        "Only a signed-in administrator registers or deactivates apps."));
  }
}
