package vn.citizenhub.bench.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import vn.citizenhub.contract.ContractJson;

/**
 * Zalo's OA API as far as the hub's messages need it (consultation messages and the token
 * refresh), answering success as Zalo documents it, and keeping every message it was sent, by
 * recipient. {@link #takeDown()} is an outage: the port closes and every call is refused, as when
 * Zalo's API is unreachable; {@link #bringBack()} opens it again.
 */
final class FakeOaApi implements AutoCloseable {

  private static final String SUCCESS = "{\"error\":0,\"message\":\"Success\",\"data\":"
      + "{\"message_id\":\"m\",\"user_id\":\"u\",\"sent_time\":\"1\"}}";
  private static final String TOKENS = "{\"access_token\":\"drill-access\","
      + "\"refresh_token\":\"drill-refresh\",\"expires_in\":\"90000\"}";

  /** A message the OA sent: to whom, what, and when it arrived (epoch ms). */
  record Message(String userId, String text, long atMillis) {}

  private final int port;
  private final Map<String, List<Message>> byUser = new ConcurrentHashMap<>();
  private HttpServer server;

  FakeOaApi(int port) throws IOException {
    this.port = port;
    bringBack();
  }

  synchronized void takeDown() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  synchronized void bringBack() throws IOException {
    if (server != null) {
      return;
    }
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
    s.setExecutor(Executors.newFixedThreadPool(4));
    s.createContext("/v3.0/oa/message/cs", exchange -> {
      JsonNode body = ContractJson.mapper().readTree(exchange.getRequestBody());
      String user = body.path("recipient").path("user_id").asText();
      byUser.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>()).add(new Message(user,
          body.path("message").path("text").asText(), System.currentTimeMillis()));
      answer(exchange, SUCCESS);
    });
    s.createContext("/v4/oa/access_token", exchange -> {
      exchange.getRequestBody().readAllBytes();
      answer(exchange, TOKENS);
    });
    s.start();
    server = s;
  }

  /** The messages a user was sent whose text contains {@code marker} (a tracking code, say). */
  List<Message> sentTo(String userId, String marker) {
    return byUser.getOrDefault(userId, List.of()).stream()
        .filter(m -> m.text().contains(marker)).toList();
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    takeDown();
  }
}
