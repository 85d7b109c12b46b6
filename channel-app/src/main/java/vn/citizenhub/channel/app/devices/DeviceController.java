package vn.citizenhub.channel.app.devices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.http.ApiError;

/**
 * Devices for push ({@code /api/app/v1/devices}): an app registers the FCM token of an install
 * for the signed-in user, and forgets it when the user signs out. The caller is the one the
 * signature filter proved ({@link AppCaller#ATTRIBUTE}); without it nothing is done.
 */
@Controller("/api/app/v1/devices")
@Requires(property = HandoffSettings.ENABLED, value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeviceController {

  /** A registration is two short fields; anything far larger is not one. */
  static final int MAX_BODY_CHARS = 4096;

  private final DeviceRegistry registry;
  private final Clock clock = Clock.systemUTC();

  DeviceController(DeviceRegistry registry) {
    this.registry = registry;
  }

  /** Body {@code {"token": "<FCM registration token>", "platform": "android|ios|web"}}. */
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> register(@Nullable @RequestAttribute(AppCaller.ATTRIBUTE) AppCaller caller,
      @Nullable @Body String body) throws SQLException {
    Optional<HttpResponse<ApiError>> refused = refuseCaller(caller);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (body != null && body.length() > MAX_BODY_CHARS) {
      return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(ApiError.of(
          "BODY_TOO_LARGE", "Nội dung đăng ký thiết bị quá dài (tối đa " + MAX_BODY_CHARS
              + " ký tự).", "The device registration is too long (at most " + MAX_BODY_CHARS
              + " characters)."));
    }
    JsonNode json = parse(body);
    if (json == null) {
      return HttpResponse.badRequest(ApiError.of("MALFORMED_JSON",
          "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON."));
    }
    String token = text(json, "token");
    Optional<Platform> platform = Platform.named(text(json, "platform"));
    List<FieldError> errors = new ArrayList<>();
    if (!DeviceLimits.validToken(token)) {
      errors.add(tokenError());
    }
    if (platform.isEmpty()) {
      errors.add(new FieldError("platform", "INVALID_PLATFORM",
          "Nền tảng phải là android, ios hoặc web.", "The platform must be android, ios or web."));
    }
    if (!errors.isEmpty()) {
      return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
          "Thông tin thiết bị chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
          "The device is not valid; please check the fields named.", errors));
    }
    return switch (registry.register(caller, token, platform.get(), clock.instant())) {
      case CREATED -> HttpResponse.status(HttpStatus.CREATED)
          .body(answer(token, platform.get(), true));
      case REFRESHED -> HttpResponse.ok(answer(token, platform.get(), false));
      case OTHER_APP -> HttpResponse.status(HttpStatus.CONFLICT).body(ApiError.of(
          "TOKEN_OF_ANOTHER_APP",
          "Mã thiết bị này đã được một ứng dụng khác đăng ký.",
          "This device token is registered by another app."));
    };
  }

  /** Forgets one of the caller's devices; answers 204 whether or not it was still there. */
  @Delete(value = "/{token}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> forget(@Nullable @RequestAttribute(AppCaller.ATTRIBUTE) AppCaller caller,
      @PathVariable String token) throws SQLException {
    Optional<HttpResponse<ApiError>> refused = refuseCaller(caller);
    if (refused.isPresent()) {
      return refused.get();
    }
    if (!DeviceLimits.validToken(token)) {
      return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
          "Mã thiết bị chưa hợp lệ.", "The device token is not valid.", List.of(tokenError())));
    }
    registry.forget(caller, token);
    return HttpResponse.noContent();
  }

  private static Optional<HttpResponse<ApiError>> refuseCaller(AppCaller caller) {
    if (caller == null) {
      // The signature filter proves every request under /api/app/v1 before it gets here.
      return Optional.of(HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).body(ApiError.of(
          "UNSIGNED_REQUEST",
          "Yêu cầu chưa được ký hợp lệ bởi ứng dụng đã đăng ký.",
          "The request is not validly signed by a registered app.")));
    }
    if (caller.appId().length() > DeviceLimits.MAX_APP_ID
        || caller.appUserId().isBlank()
        || caller.appUserId().length() > DeviceLimits.MAX_APP_USER_ID) {
      return Optional.of(HttpResponse.<ApiError>badRequest(ApiError.of("INVALID_APP_USER",
          "Mã người dùng của ứng dụng trống hoặc dài quá " + DeviceLimits.MAX_APP_USER_ID
              + " ký tự.",
          "The app's user id is empty or longer than " + DeviceLimits.MAX_APP_USER_ID
              + " characters.")));
    }
    return Optional.empty();
  }

  private static FieldError tokenError() {
    return new FieldError("token", "INVALID_TOKEN",
        "Mã đăng ký FCM phải dài từ " + DeviceLimits.MIN_TOKEN + " đến " + DeviceLimits.MAX_TOKEN
            + " ký tự, chỉ gồm chữ cái, chữ số và các dấu - _ :.",
        "The FCM registration token must be " + DeviceLimits.MIN_TOKEN + " to "
            + DeviceLimits.MAX_TOKEN + " characters of letters, digits, '-', '_' and ':'.");
  }

  private static Map<String, Object> answer(String token, Platform platform, boolean created) {
    return Map.of("token", token, "platform", platform.name().toLowerCase(java.util.Locale.ROOT),
        "created", created);
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = ContractJson.mapper().readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
