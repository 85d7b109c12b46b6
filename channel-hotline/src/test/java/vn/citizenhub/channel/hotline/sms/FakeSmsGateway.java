package vn.citizenhub.channel.hotline.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.citizenhub.contract.ContractJson;

/**
 * A local SMS gateway that behaves as docs/hotline.md says the real one must: it checks the
 * bearer key, answers 202 with a message id, sends a repeated reference once, refuses numbers it
 * cannot reach with 400 {@code INVALID_NUMBER} (here: numbers ending in 000), and can be told to
 * be down (503) for the next few requests. It keeps what it accepted, for the tests to read.
 */
public final class FakeSmsGateway implements AutoCloseable {

  public static final String KEY = "khoa-thu-nghiem-tong-dai-sms";

  /** One accepted message as the gateway received it. */
  public record Received(String reference, String to, String brandname, String encoding,
      List<String> parts) {
    public String text() {
      return String.join(" ", parts);
    }
  }

  private final HttpServer server;
  private final List<Received> accepted = new CopyOnWriteArrayList<>();
  private final Map<String, String> idByReference = new ConcurrentHashMap<>();
  private final AtomicInteger downFor = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();

  public FakeSmsGateway() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/v1/sms", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms";
  }

  /** The next {@code n} requests are answered 503, as a gateway under maintenance would. */
  public void downForNext(int n) {
    downFor.set(n);
  }

  public List<Received> accepted() {
    return List.copyOf(accepted);
  }

  public int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "{\"error\":\"METHOD_NOT_ALLOWED\"}");
        return;
      }
      if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "{\"error\":\"UNAUTHORIZED\"}");
        return;
      }
      if (downFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer(exchange, 503, "{\"error\":\"MAINTENANCE\"}");
        return;
      }
      JsonNode body = ContractJson.mapper().readTree(exchange.getRequestBody().readAllBytes());
      String to = body.path("to").asText();
      if (!to.matches("84\\d{9,10}") || to.endsWith("000")) {
        answer(exchange, 400, "{\"error\":\"INVALID_NUMBER\"}");
        return;
      }
      String reference = body.path("reference").asText();
      String id = idByReference.computeIfAbsent(reference, r -> {
        accepted.add(new Received(r, to, body.path("brandname").asText(),
            body.path("encoding").asText(), ContractJson.mapper().convertValue(
                body.path("parts"), ContractJson.mapper().getTypeFactory()
                    .constructCollectionType(List.class, String.class))));
        return UUID.randomUUID().toString();
      });
      answer(exchange, 202, "{\"messageId\":\"" + id + "\",\"parts\":"
          + body.path("parts").size() + "}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
