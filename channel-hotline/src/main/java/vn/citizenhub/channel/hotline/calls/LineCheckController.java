package vn.citizenhub.channel.hotline.calls;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.sql.SQLException;
import java.util.Map;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.JsonBody;
import vn.citizenhub.channel.hotline.staff.Operator;
import vn.citizenhub.contract.intake.PhoneNumber;

/**
 * hub-core's question to a hotline on its own: is this number on the signed-in operator's line?
 * Asked with the operator's own token, so the answer is only ever about their line; the number
 * travels in the body, never in the address.
 */
@Controller("/api/hotline/lines")
@Secured("HOTLINE_OPERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class LineCheckController {

  private final CallerOnLine lines;

  LineCheckController(CallerOnLine lines) {
    this.lines = lines;
  }

  record PhoneForm(String phone) {}

  @Post(value = "/check", consumes = MediaType.APPLICATION_JSON)
  Map<String, Object> check(@Body String body, Authentication authentication)
      throws SQLException {
    String phone = JsonBody.read(body, PhoneForm.class).phone();
    String normalized = PhoneNumber.normalize(phone == null ? "" : phone)
        .orElseThrow(HotlineRefusal::malformed);
    String operator = Operator.of(authentication).username();
    return Map.of("operator", operator,
        "onLine", lines.isOnLine(operator, normalized, null));
  }
}
