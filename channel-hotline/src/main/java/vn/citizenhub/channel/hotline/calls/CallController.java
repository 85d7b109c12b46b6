package vn.citizenhub.channel.hotline.calls;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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

/** The operator's calls: start one by typing the number, see it, record its outcome. */
@Controller("/api/hotline")
@Secured({"HOTLINE_OPERATOR", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class CallController {

  private final OperatorCalls calls;
  private final HotlineSettings settings;

  CallController(OperatorCalls calls, HotlineSettings settings) {
    this.calls = calls;
    this.settings = settings;
  }

  /** What the console needs to say before it takes personal data, and its limits. */
  @Get("/script")
  Map<String, Object> script() {
    return Map.of("consentTextVersion", settings.getConsentTextVersion(),
        "consentText", settings.getConsentText(), "maxAnswer", CallValidator.MAX_ANSWER);
  }

  @Post(value = "/calls", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<CallView> start(@Body String body, Authentication authentication)
      throws SQLException {
    return HttpResponse.created(calls.start(Operator.of(authentication),
        JsonBody.read(body, CallForms.StartCall.class)));
  }

  /** The call the operator was on, after a reload; 204 when none is open. */
  @Get("/calls/current")
  HttpResponse<CallView> current(Authentication authentication) throws SQLException {
    return calls.current(Operator.of(authentication)).map(HttpResponse::ok)
        .orElseGet(HttpResponse::noContent);
  }

  @Get("/calls/{callId}")
  CallView call(@PathVariable String callId, Authentication authentication)
      throws SQLException {
    return calls.view(Operator.of(authentication), callId);
  }

  @Post(value = "/calls/{callId}/report", consumes = MediaType.APPLICATION_JSON)
  OperatorCalls.Result report(@PathVariable String callId, @Body String body,
      Authentication authentication) throws SQLException {
    return calls.report(Operator.of(authentication), callId,
        JsonBody.read(body, CallForms.Report.class));
  }

  @Post(value = "/calls/{callId}/follow-up", consumes = MediaType.APPLICATION_JSON)
  OperatorCalls.Result followUp(@PathVariable String callId, @Body String body,
      Authentication authentication) throws SQLException {
    return calls.followUp(Operator.of(authentication), callId,
        JsonBody.read(body, CallForms.FollowUp.class));
  }

  @Post(value = "/calls/{callId}/close", consumes = MediaType.APPLICATION_JSON)
  CallView close(@PathVariable String callId, @Body String body, Authentication authentication)
      throws SQLException {
    CallForms.Close form = JsonBody.read(body, CallForms.Close.class);
    if (form.outcome() == null) {
      throw HotlineRefusal.malformed();
    }
    return calls.close(Operator.of(authentication), callId, form);
  }
}
