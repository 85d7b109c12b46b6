package vn.citizenhub.channel.zalo.webhook;

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
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.oa.OaDirectory;
import vn.citizenhub.http.ApiError;

/**
 * {@code POST /zalo/webhook}: checks the signature over the raw body, stores the event durably,
 * answers 200. Nothing else happens here: the conversation runs after the answer, so Zalo hears
 * back well within its 2 seconds and its retries find the event already stored.
 */
@Controller("/zalo/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class ZaloWebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(ZaloWebhookController.class);
  private static final Map<String, String> OK = Map.of("status", "ok");

  private final OaDirectory oas;
  private final Inbox inbox;
  private final int maxBody;
  private final Duration retention;
  private final Clock clock = Clock.systemUTC();

  ZaloWebhookController(OaDirectory oas, Inbox inbox, ZaloSettings settings) {
    this.oas = oas;
    this.inbox = inbox;
    this.maxBody = settings.getMaxBodyBytes();
    this.retention = settings.getInboxRetention();
  }

  @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> receive(@Body @Nullable byte[] body,
      @Header("X-ZEvent-Signature") @Nullable String signature) throws SQLException {
    byte[] raw = body == null ? new byte[0] : body;
    if (raw.length > maxBody) {
      LOG.warn("Zalo webhook refused: body of {} bytes over the cap of {}", raw.length, maxBody);
      return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(ApiError.of(
          "BODY_TOO_LARGE", "Nội dung sự kiện quá lớn.", "The event body is too large."));
    }
    Optional<ZaloEvent> parsed = ZaloEvent.parse(raw);
    Optional<OaAccount> oa = parsed.flatMap(e -> oas.forEvent(e.appId(), e.oaId()));
    if (parsed.isEmpty() || oa.isEmpty() || !EventSignature.verify(signature,
        parsed.get().appId(), raw, parsed.get().timestamp(), oa.get().getOaSecretKey())) {
      // Named without personal data: which check failed and for which event, never the body.
      LOG.warn("Zalo webhook refused (401): {}", parsed.isEmpty() ? "not a Zalo event"
          : oa.isEmpty() ? "unknown app " + parsed.get().appId()
          : (signature == null ? "no signature" : "wrong signature") + " on "
              + parsed.get().eventName());
      return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(ApiError.of("BAD_SIGNATURE",
          "Chữ ký sự kiện không hợp lệ.", "The event signature is missing or wrong."));
    }
    ZaloEvent event = parsed.get();
    if (event.isEcho() || event.isReceipt() || event.userId() == null) {
      return HttpResponse.ok(OK); // the OA's own messages: answering them would loop
    }
    if (event.olderThan(clock.instant().minus(retention))) {
      // A signed event replayed after its key was purged would otherwise count again; Zalo
      // itself retries for about two hours. Answered 200 so that a real sender stops.
      LOG.warn("Zalo webhook: {} older than {} ignored", event.eventName(), retention);
      return HttpResponse.ok(OK);
    }
    inbox.store(oa.get().getName(), event, raw);
    return HttpResponse.ok(OK);
  }
}
