package vn.citizenhub.channel.hotline.screen;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.citizenhub.channel.hotline.HotlineRefusal;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.hotline.JsonBody;
import vn.citizenhub.channel.hotline.events.PhoneEventGate;
import vn.citizenhub.channel.hotline.staff.Operator;
import vn.citizenhub.channel.hotline.staff.OperatorNames;
import vn.citizenhub.channel.hotline.staff.RawToken;
import vn.citizenhub.channel.staff.StaffSessionCheck;

/**
 * The operator's desk (which extension they answer) and their screen's event stream: callers
 * pop up here as the phone system announces them.
 */
@Controller("/api/hotline")
@Secured({"HOTLINE_OPERATOR", "COORDINATOR", "ADMINISTRATOR"})
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class ScreenController {

  private final Desks desks;
  private final OperatorNames names;
  private final Screens screens;
  private final ScreenPopRelay relay;
  private final Duration heartbeat;
  private final Duration sessionCheck;
  private final StaffSessionCheck sessions;
  private final Clock clock = Clock.systemUTC();

  ScreenController(Desks desks, OperatorNames names, Screens screens, ScreenPopRelay relay,
      HotlineSettings settings, @Nullable StaffSessionCheck sessions) {
    this.desks = desks;
    this.names = names;
    this.screens = screens;
    this.relay = relay;
    this.heartbeat = settings.getScreenHeartbeat();
    this.sessionCheck = settings.getScreenSessionCheck();
    this.sessions = sessions;
  }

  record DeskForm(String extension) {}

  record Desk(String operator, String displayName, String extension) {}

  @Get("/desk")
  @ExecuteOn(TaskExecutors.BLOCKING)
  Desk desk(Authentication authentication) throws SQLException {
    Operator me = Operator.of(authentication);
    return new Desk(me.username(), me.displayName(),
        desks.extensionOf(me.username()).orElse(null));
  }

  @Put(value = "/desk", consumes = MediaType.APPLICATION_JSON)
  @ExecuteOn(TaskExecutors.BLOCKING)
  Desk claim(@Body String body, Authentication authentication) throws SQLException {
    Operator me = Operator.of(authentication);
    String extension = JsonBody.read(body, DeskForm.class).extension();
    if (extension == null || !PhoneEventGate.EXTENSION.matcher(extension.strip()).matches()) {
      throw new HotlineRefusal(HttpStatus.BAD_REQUEST, "INVALID_EXTENSION",
          "Số máy lẻ gồm 1 đến 20 chữ số hoặc ký tự, ví dụ 101.",
          "An extension has 1 to 20 digits or characters, e.g. 101.");
    }
    desks.claim(extension.strip(), me.username(), clock.instant());
    names.remember(me, clock.instant());
    return new Desk(me.username(), me.displayName(), extension.strip());
  }

  @Delete("/desk")
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<Void> release(Authentication authentication) throws SQLException {
    desks.release(Operator.of(authentication).username());
    return HttpResponse.noContent();
  }

  /**
   * Server-sent events: {@code ready} once connected, {@code call} for each event of a call at
   * the operator's desk (first those of their open calls of the last minute), {@code ping} to
   * keep proxies from closing an idle stream; {@code end} and the stream's end once the
   * operator's sign-in no longer holds (signed out, disabled, role or agency changed).
   */
  @Get(value = "/screen", produces = MediaType.TEXT_EVENT_STREAM)
  Publisher<Event<?>> screen(HttpRequest<?> request, Authentication authentication) {
    Operator me = Operator.of(authentication);
    Flux<Event<?>> live = screens.connect(me.username()).map(ScreenController::call);
    Flux<Event<?>> missed = Mono.fromCallable(() -> relay.catchUp(me.username()))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMapMany(Flux::fromIterable).map(ScreenController::call);
    Flux<Event<?>> pings = Flux.interval(heartbeat)
        .map(i -> Event.of(Map.of("at", clock.instant().toString())).name("ping"));
    Event<?> ready = Event.of(Map.of("operator", me.username())).name("ready");
    // The live feed is joined first, so nothing announced after "ready" can be missed.
    Flux<Event<?>> stream = Flux.merge(live, Flux.concat(Flux.just(ready), missed), pings);
    return stream.takeUntilOther(signedOut(request, authentication))
        .concatWith(Mono.just(Event.of(Map.of("reason", "SESSION_ENDED")).name("end")));
  }

  /** Fires once the sign-in behind the stream no longer holds, asked every few seconds. */
  private Mono<Long> signedOut(HttpRequest<?> request, Authentication authentication) {
    if (sessions == null) {
      return Mono.never(); // the session check is switched off (hub.hotline.session-check)
    }
    String sid = authentication.getAttributes().get("sid") instanceof String s ? s : null;
    String role = authentication.getRoles().stream().findFirst().orElse(null);
    String agency = authentication.getAttributes().get("agency") instanceof String a ? a : null;
    String token = RawToken.of(request).orElse(null);
    return Flux.interval(sessionCheck, sessionCheck)
        .publishOn(Schedulers.boundedElastic())
        .filter(i -> !sessions.holds(sid, role, agency, token))
        .next();
  }

  private static Event<?> call(ScreenPop pop) {
    return Event.of(pop).name("call").id(Long.toString(pop.eventId()));
  }
}
