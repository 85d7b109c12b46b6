package vn.citizenhub.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import vn.citizenhub.contract.ContractJson;

/**
 * A local stand-in for Zalo's OA Open API, its OAuth endpoint, its template (ZNS) API and its
 * CDN, answering as the reference documents them: errors as HTTP 200 with a non-zero
 * {@code error}, the bare {@code access_token} header, single-use refresh tokens, and the
 * 7-day window. Tests script errors and outages; it records every message it accepted.
 */
public final class FakeZalo extends Dispatcher implements AutoCloseable {

  /** One message the fake OA accepted. */
  public record Sent(String userId, String text, String kind) {}

  public static final String APP_SECRET = "fake-app-secret";
  /** A 1x1 PNG: what the CDN serves for any photo. */
  public static final byte[] PHOTO = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private final MockWebServer server = new MockWebServer();
  public final List<Sent> sent = new CopyOnWriteArrayList<>();
  public final List<JsonNode> templates = new CopyOnWriteArrayList<>();
  public final AtomicInteger refreshes = new AtomicInteger();
  public final AtomicInteger messageCalls = new AtomicInteger();
  private final java.util.Set<String> notFollowing = ConcurrentHashMap.newKeySet();
  private final Deque<Integer> scriptedErrors = new ArrayDeque<>();
  private final Map<String, Boolean> windowClosed = new ConcurrentHashMap<>();
  private volatile boolean outage;
  /** Runs while a token refresh is being answered (the caller is waiting on Zalo meanwhile). */
  public volatile Runnable duringRefresh = () -> {};
  /** Per app: its current access and refresh tokens (every app starts with refresh-0). */
  private final Map<String, String[]> tokens = new ConcurrentHashMap<>();
  private int generation;

  public FakeZalo() {
    server.setDispatcher(this);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return server.url("/").toString().replaceAll("/$", "");
  }

  public String photoUrl(String name) {
    return url() + "/cdn/" + name + ".jpg";
  }

  /** The next calls to the message API answer these error codes, in order. */
  public synchronized void failNext(Integer... codes) {
    scriptedErrors.addAll(List.of(codes));
  }

  /** While on, every API call answers HTTP 503 (Zalo down). */
  public void outage(boolean on) {
    outage = on;
  }

  /** Zalo invalidates every current access token (it answers -216 until the OA refreshes). */
  public void revokeAccessTokens() {
    tokens.values().forEach(pair -> pair[0] = "revoked-" + UUID.randomUUID());
  }

  /** The user no longer follows the OA: every message to them is refused with -213. */
  public void unfollowedBy(String userId) {
    notFollowing.add(userId);
  }

  /** The user has not interacted for over 7 days, as far as Zalo knows. */
  public void closeWindow(String userId) {
    windowClosed.put(userId, true);
  }

  public String currentRefreshToken(String appId) {
    return tokens.containsKey(appId) ? tokens.get(appId)[1] : "refresh-0";
  }

  private boolean validAccess(RecordedRequest request) {
    String given = request.getHeaders().get("access_token");
    return given != null && tokens.values().stream().anyMatch(pair -> given.equals(pair[0]));
  }

  public List<String> textsTo(String userId) {
    return sent.stream().filter(s -> s.userId().equals(userId) && s.text() != null)
        .map(Sent::text).toList();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    if (path.startsWith("/cdn/")) {
      return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
          .body(new okio.Buffer().write(PHOTO)).build();
    }
    if (outage) {
      return new MockResponse.Builder().code(503).body("upstream unavailable").build();
    }
    return switch (path) {
      case "/v4/oa/access_token" -> refresh(request);
      case "/v3.0/oa/message/cs" -> message(request);
      case "/message/template" -> template(request);
      default -> new MockResponse.Builder().code(404).build();
    };
  }

  private synchronized MockResponse refresh(RecordedRequest request) {
    String form = request.getBody() == null ? "" : request.getBody().utf8();
    if (!APP_SECRET.equals(request.getHeaders().get("secret_key"))) {
      return json(Map.of("error", -14002, "error_name", "Invalid app secret",
          "error_reason", "secret_key does not match the app"));
    }
    String appId = form.replaceAll(".*app_id=([^&]*).*", "$1");
    String[] pair = tokens.computeIfAbsent(appId, a -> new String[] {"", "refresh-0"});
    if (!form.contains("refresh_token=" + pair[1] + "&")
        || !form.contains("grant_type=refresh_token")) {
      return json(Map.of("error", -14014, "error_name", "Invalid refresh token",
          "error_reason", "refresh token is invalid or was already used"));
    }
    duringRefresh.run();
    refreshes.incrementAndGet();
    generation++;
    pair[0] = "access-" + generation;
    pair[1] = "refresh-" + generation; // the old one is spent
    return json(Map.of("access_token", pair[0], "refresh_token", pair[1],
        "expires_in", "90000"));
  }

  private MockResponse message(RecordedRequest request) {
    messageCalls.incrementAndGet();
    if (!validAccess(request)) {
      return json(Map.of("error", -216, "message", "Access token is invalid"));
    }
    Integer scripted;
    synchronized (this) {
      scripted = scriptedErrors.poll();
    }
    if (scripted != null) {
      return json(Map.of("error", scripted, "message", "scripted error " + scripted));
    }
    JsonNode body = read(request);
    String userId = body.path("recipient").path("user_id").asText();
    if (notFollowing.contains(userId)) {
      return json(Map.of("error", -213, "message", "User has not followed the OA"));
    }
    if (windowClosed.containsKey(userId)) {
      return json(Map.of("error", -230, "message",
          "User has not interacted with the OA in the last 7 days"));
    }
    JsonNode message = body.path("message");
    String kind = message.has("attachment")
        ? message.path("attachment").path("payload").path("template_type").asText() : "text";
    String text = message.path("text").asText(null);
    if (text != null && text.length() > 2000) {
      return json(Map.of("error", -201, "message", "text is too long"));
    }
    sent.add(new Sent(userId, text, kind));
    return json(Map.of("error", 0, "message", "Success", "data", Map.of(
        "message_id", UUID.randomUUID().toString().replace("-", ""), "user_id", userId,
        "sent_time", String.valueOf(System.currentTimeMillis()))));
  }

  private MockResponse template(RecordedRequest request) {
    if (!validAccess(request)) {
      return json(Map.of("error", -216, "message", "Access token is invalid"));
    }
    templates.add(read(request));
    return json(Map.of("error", 0, "message", "Success", "data", Map.of(
        "msg_id", UUID.randomUUID().toString(), "sent_time", "1")));
  }

  private static JsonNode read(RecordedRequest request) {
    try {
      return ContractJson.mapper().readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(Object body) {
    return new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("X-RateLimit-Limit", "4000").addHeader("X-RateLimit-Remain", "3999")
        .body(ContractJson.writeString(body)).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
