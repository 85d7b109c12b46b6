package vn.citizenhub.testsupport.fcm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import vn.citizenhub.contract.ContractJson;

/**
 * A local Firebase Cloud Messaging, behaving as its documentation says, on a real HTTP server:
 *
 * <ul>
 *   <li>{@code POST /token}: Google's OAuth 2 token endpoint for the JWT bearer grant (RFC 7523):
 *       checks the RS256 assertion against the {@link FakeServiceAccount}'s public key, its
 *       issuer, audience (Google's token endpoint, or this one), scope and expiry, and answers {@code {"access_token", "expires_in",
 *       "token_type"}} (or {@code {"error": "invalid_grant"}}).
 *   <li>{@code POST /v1/projects/{project}/messages:send}: FCM HTTP v1. Checks the bearer token,
 *       records the message and answers {@code {"name": "projects/…/messages/…"}}; or, as told,
 *       404 UNREGISTERED or 400 INVALID_ARGUMENT for a token, 503 UNAVAILABLE with {@code
 *       Retry-After} for a number of calls, and 401 UNAUTHENTICATED for revoked access tokens;
 *       error bodies in the documented shape ({@code google.firebase.fcm.v1.FcmError} details).
 * </ul>
 */
public final class FakeFcm implements AutoCloseable {

  public static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
  public static final String GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token";
  private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

  /** One message FCM took: the bearer token it came with and FCM's {@code Message} object. */
  public record Sent(String accessToken, JsonNode message) {
    public String token() {
      return message.path("token").asText();
    }

    public String title() {
      return message.path("notification").path("title").asText();
    }

    public String body() {
      return message.path("notification").path("body").asText();
    }

    /** The data payload (every value a string, as FCM requires). */
    public Map<String, String> data() {
      Map<String, String> data = new HashMap<>();
      message.path("data").fields().forEachRemaining(e -> data.put(e.getKey(),
          e.getValue().asText()));
      return data;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final FakeServiceAccount account;
  private final Set<String> issued = ConcurrentHashMap.newKeySet();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();
  private final Map<String, String> tokenFailures = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<String> refusedAssertions = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger unavailableCalls = new AtomicInteger();
  private volatile int retryAfterSeconds = 1;

  public FakeFcm(String projectId) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/token", this::token);
    server.createContext("/v1/projects/", this::send);
    server.setExecutor(executor);
    server.start();
    account = new FakeServiceAccount(projectId, tokenUrl());
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String tokenUrl() {
    return baseUrl() + "/token";
  }

  public FakeServiceAccount serviceAccount() {
    return account;
  }

  /** Answers 404 UNREGISTERED for this registration token from now on. */
  public void unregister(String registrationToken) {
    tokenFailures.put(registrationToken, "UNREGISTERED");
  }

  /** Answers 400 INVALID_ARGUMENT ("not a valid FCM registration token") for this token. */
  public void rejectAsInvalid(String registrationToken) {
    tokenFailures.put(registrationToken, "INVALID_ARGUMENT");
  }

  /**
   * The next {@code calls} sends answer 503 UNAVAILABLE, with {@code Retry-After} when {@code
   * retryAfterSeconds} is above 0.
   */
  public void unavailableFor(int calls, int retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
    unavailableCalls.set(calls);
  }

  /** Every access token issued so far is refused from now on (401), as after a key rotation. */
  public void revokeAccessTokens() {
    revoked.addAll(issued);
  }

  /** The messages FCM took for this registration token. */
  public List<Sent> sentTo(String registrationToken) {
    return sent.stream().filter(s -> s.token().equals(registrationToken)).toList();
  }

  /** Send requests that reached FCM for this token, whatever it answered. */
  public int attempts(String registrationToken) {
    AtomicInteger n = attempts.get(registrationToken);
    return n == null ? 0 : n.get();
  }

  public int tokenRequests() {
    return tokenRequests.get();
  }

  /** Why assertions were refused at the token endpoint (empty when none was). */
  public List<String> refusedAssertions() {
    return List.copyOf(refusedAssertions);
  }

  public boolean isIssued(String accessToken) {
    return issued.contains(accessToken);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void token(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
        StandardCharsets.UTF_8));
    String problem = !"POST".equals(exchange.getRequestMethod()) ? "not a POST"
        : !"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))
            ? "unsupported grant_type" : assertionProblem(form.get("assertion"));
    if (problem != null) {
      refusedAssertions.add(problem);
      ObjectNode error = ContractJson.mapper().createObjectNode();
      error.put("error", "invalid_grant");
      error.put("error_description", problem);
      answer(exchange, 400, error, Map.of());
      return;
    }
    String accessToken = "ya29.fake-" + UUID.randomUUID();
    issued.add(accessToken);
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("access_token", accessToken);
    body.put("expires_in", 3599);
    body.put("token_type", "Bearer");
    answer(exchange, 200, body, Map.of());
  }

  private String assertionProblem(String assertion) {
    if (assertion == null) {
      return "no assertion";
    }
    String[] parts = assertion.split("\\.");
    if (parts.length != 3) {
      return "not a JWS compact serialisation";
    }
    try {
      JsonNode header = json(parts[0]);
      JsonNode claims = json(parts[1]);
      if (!"RS256".equals(header.path("alg").asText())) {
        return "alg is not RS256";
      }
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(account.publicKey());
      rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        return "Invalid JWT Signature.";
      }
      long now = System.currentTimeMillis() / 1000;
      if (!account.clientEmail().equals(claims.path("iss").asText())) {
        return "iss is not the service account";
      }
      // Google's token endpoint wants its own address as the audience, wherever the grant is
      // posted; Google's library signs it so even when token_uri points elsewhere.
      String aud = claims.path("aud").asText();
      if (!GOOGLE_TOKEN_AUDIENCE.equals(aud) && !tokenUrl().equals(aud)) {
        return "aud is not the token endpoint";
      }
      if (!List.of(claims.path("scope").asText().split(" ")).contains(SCOPE)) {
        return "scope lacks firebase.messaging";
      }
      long iat = claims.path("iat").asLong();
      long exp = claims.path("exp").asLong();
      if (exp <= now || exp - iat > 3600 || iat > now + 300) {
        return "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe";
      }
      return null;
    } catch (GeneralSecurityException | RuntimeException | IOException e) {
      return "unreadable assertion: " + e.getClass().getSimpleName();
    }
  }

  private void send(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String expected = "/v1/projects/" + account.projectId() + "/messages:send";
    if (!"POST".equals(exchange.getRequestMethod()) || !path.equals(expected)) {
      answer(exchange, 404, error(404, "NOT_FOUND", "Requested entity was not found.", null),
          Map.of());
      return;
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String bearer = authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring(7) : null;
    if (bearer == null || !issued.contains(bearer) || revoked.contains(bearer)) {
      answer(exchange, 401, error(401, "UNAUTHENTICATED", "Request had invalid authentication"
          + " credentials. Expected OAuth 2 access token.", null), Map.of());
      return;
    }
    JsonNode message;
    try {
      message = ContractJson.mapper().readTree(exchange.getRequestBody().readAllBytes())
          .path("message");
    } catch (IOException e) {
      answer(exchange, 400, error(400, "INVALID_ARGUMENT", "Invalid JSON payload received.",
          null), Map.of());
      return;
    }
    String token = message.path("token").isTextual() ? message.path("token").asText() : null;
    String badField = token == null ? "message.token" : badData(message.path("data"));
    if (badField != null) {
      ObjectNode body = error(400, "INVALID_ARGUMENT", "Invalid value at '" + badField + "'",
          null);
      ObjectNode violation = ((ObjectNode) body.path("error")).withArray("details").addObject();
      violation.put("@type", "type.googleapis.com/google.rpc.BadRequest");
      violation.putArray("fieldViolations").addObject().put("field", badField)
          .put("description", "Invalid value at '" + badField + "'");
      answer(exchange, 400, body, Map.of());
      return;
    }
    attempts.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
    if (unavailableCalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      // No header for 0: FCM sends Retry-After only when it wants a wait (and OkHttp would
      // repeat a 503 with "Retry-After: 0" by itself, hiding the client's own retries).
      answer(exchange, 503, error(503, "UNAVAILABLE", "The service is currently unavailable.",
          "UNAVAILABLE"), retryAfterSeconds == 0 ? Map.of()
              : Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
      return;
    }
    String failure = tokenFailures.get(token);
    if ("UNREGISTERED".equals(failure)) {
      answer(exchange, 404, error(404, "NOT_FOUND", "Requested entity was not found.",
          "UNREGISTERED"), Map.of());
      return;
    }
    if ("INVALID_ARGUMENT".equals(failure)) {
      answer(exchange, 400, error(400, "INVALID_ARGUMENT",
          "The registration token is not a valid FCM registration token", "INVALID_ARGUMENT"),
          Map.of());
      return;
    }
    sent.add(new Sent(bearer, message));
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("name", "projects/" + account.projectId() + "/messages/0:"
        + System.nanoTime() + "%31bd1c9631bd1c96");
    answer(exchange, 200, body, Map.of());
  }

  /** FCM wants every data value a string: the first that is not, or null. */
  private static String badData(JsonNode data) {
    int i = 0;
    for (var it = data.fields(); it.hasNext(); i++) {
      if (!it.next().getValue().isTextual()) {
        return "message.data[" + i + "].value";
      }
    }
    return null;
  }

  private static ObjectNode error(int code, String status, String message, String fcmCode) {
    ObjectNode body = ContractJson.mapper().createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", message);
    error.put("status", status);
    if (fcmCode != null) {
      error.putArray("details").addObject().put("@type", FCM_ERROR).put("errorCode", fcmCode);
    }
    return body;
  }

  private static JsonNode json(String base64Url) throws IOException {
    return ContractJson.mapper().readTree(Base64.getUrlDecoder().decode(base64Url));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void answer(HttpExchange exchange, int status, JsonNode body,
      Map<String, String> headers) throws IOException {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
