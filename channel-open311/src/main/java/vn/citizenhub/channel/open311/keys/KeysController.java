package vn.citizenhub.channel.open311.keys;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.intake.FieldChecks;
import vn.citizenhub.http.ApiError;

/**
 * {@code /open311/admin/keys}: an administrator issues a key for one Open311 client (the key is
 * in the answer, and never again), lists the keys (names and dates only) and revokes one. Every
 * call proves its caller an administrator first ({@link KeyAdministrators}).
 */
@Controller("/open311/admin/keys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HandoffSettings.ENABLED, value = "true")
class KeysController {

  private static final Logger LOG = LoggerFactory.getLogger(KeysController.class);

  private final ApiKeys keys;
  private final KeyAdministrators administrators;

  KeysController(ApiKeys keys, KeyAdministrators administrators) {
    this.keys = keys;
    this.administrators = administrators;
  }

  record IssueForm(String name) {}

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> issue(HttpRequest<?> request, @Body @Nullable String body) throws SQLException {
    Optional<String> admin = administrators.administrator(request);
    if (admin.isEmpty()) {
      return forbidden();
    }
    String name = name(body);
    FieldChecks v = new FieldChecks();
    v.text("name", name, 1, ApiKeys.MAX_NAME, false);
    if (!v.isEmpty()) {
      return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
          "Cần tên của ứng dụng được cấp khóa (1 đến " + ApiKeys.MAX_NAME + " ký tự).",
          "Give the name of the client the key is for (1 to " + ApiKeys.MAX_NAME
              + " characters).", v.errors()));
    }
    ApiKeys.Issued issued = keys.issue(name.strip(), clip(admin.get()));
    LOG.info("Open311 key {} issued", issued.id());
    return HttpResponse.created(Map.of("id", issued.id(), "name", issued.name(),
        "apiKey", issued.key(), "createdAt", issued.createdAt().toString(),
        "note", "Khóa chỉ hiển thị một lần này. / The key is shown this once only."))
        .header("Cache-Control", "no-store");
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> list(HttpRequest<?> request) throws SQLException {
    if (administrators.administrator(request).isEmpty()) {
      return forbidden();
    }
    return HttpResponse.ok(ContractJson.writeString(Map.of("keys", keys.all())))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  @Delete(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable long id) throws SQLException {
    if (administrators.administrator(request).isEmpty()) {
      return forbidden();
    }
    if (!keys.revoke(id)) {
      return HttpResponse.notFound(ApiError.of("KEY_NOT_FOUND",
          "Không có khóa đang hiệu lực với mã này.", "No live key has this id."));
    }
    LOG.info("Open311 key {} revoked", id);
    return HttpResponse.noContent();
  }

  private static String name(String body) {
    try {
      JsonNode form = ContractJson.mapper().readTree(body == null ? "" : body);
      return form == null || !form.path("name").isTextual() ? null : form.path("name").asText();
    } catch (Exception e) {
      return null;
    }
  }

  private static String clip(String username) {
    return username.length() > ApiKeys.MAX_CREATED_BY
        ? username.substring(0, ApiKeys.MAX_CREATED_BY) : username;
  }

  private static HttpResponse<ApiError> forbidden() {
    return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("ADMIN_ONLY",
        "Chỉ quản trị viên đã đăng nhập mới quản lý được khóa Open311.",
        "Only a signed-in administrator may manage Open311 keys."));
  }
}
