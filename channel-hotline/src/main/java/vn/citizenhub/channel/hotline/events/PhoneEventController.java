package vn.citizenhub.channel.hotline.events;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.http.ApiError;

/**
 * {@code POST /api/hotline/calls/events}: the phone system says a call rings, is answered or
 * ended. Not behind staff sign-in: the phone system proves itself with its signature. Checks it,
 * records the event in the call log (which pops the caller up on the operator's screen), answers
 * within the hand-off's time limit ({@link BoundedEventLog}).
 */
@Controller("/api/hotline/calls/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class PhoneEventController {

  private static final Logger LOG = LoggerFactory.getLogger(PhoneEventController.class);

  private final PhoneEventGate gate;
  private final BoundedEventLog calls;
  private final Clock clock = Clock.systemUTC();

  PhoneEventController(PhoneEventSettings settings, BoundedEventLog calls) {
    this.gate = new PhoneEventGate(settings.getSecret(), settings.getMaxSkew(),
        settings.getMaxBodyBytes());
    this.calls = calls;
    if (settings.getSecret() == null || settings.getSecret().isBlank()) {
      LOG.warn("No phone-system secret (HUB_HOTLINE_EVENTS_SECRET): call events are refused;"
          + " operators type callers' numbers");
    }
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> receive(@Body @Nullable byte[] body,
      @Header(EventSignature.HEADER) @Nullable String signature) {
    // More at once than can be recorded in time: refused before any work is done.
    return calls.admit(() -> check(body, signature));
  }

  private HttpResponse<?> check(byte[] body, String signature) {
    PhoneEventGate.Verdict verdict =
        gate.check(body == null ? new byte[0] : body, signature, clock.instant());
    if (!verdict.accepted()) {
      PhoneEventGate.Refusal why = verdict.refusal();
      // Never the body: it holds the caller's number.
      LOG.warn("Phone-system event refused ({}): {}", why.status(), why.name());
      return HttpResponse.status(HttpStatus.valueOf(why.status()))
          .body(ApiError.of(why.name(), why.messageVi(), why.messageEn()));
    }
    PhoneEvent event = verdict.event();
    boolean fresh = calls.record(event, clock.instant());
    return HttpResponse.accepted().body(Map.of("callId", event.callId(),
        "event", event.type().name(), "recorded", fresh));
  }
}
