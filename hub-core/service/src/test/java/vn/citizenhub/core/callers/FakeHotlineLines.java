package vn.citizenhub.core.callers;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.citizenhub.contract.ContractJson;

/**
 * A local stand-in for a hotline running as its own service, answering hub-core's
 * {@code POST /api/hotline/lines/check} as the real one does: about the operator the bearer
 * token names (its subject), from the numbers a test put on their line.
 */
final class FakeHotlineLines implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Set<String>> lines = new ConcurrentHashMap<>();
  private volatile String lastAuthorization;

  FakeHotlineLines() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/api/hotline/lines/check", exchange -> {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      lastAuthorization = auth;
      int status = 401;
      String answer = "{}";
      if (auth != null && auth.startsWith("Bearer ")) {
        JsonNode claims = ContractJson.mapper().readTree(Base64.getUrlDecoder()
            .decode(auth.substring(7).split("\\.")[1]));
        String operator = claims.path("sub").asText();
        String phone = ContractJson.mapper().readTree(exchange.getRequestBody())
            .path("phone").asText();
        status = 200;
        answer = ContractJson.mapper().writeValueAsString(Map.of("operator", operator,
            "onLine", lines.getOrDefault(operator, Set.of()).contains(phone)));
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  void onLine(String operator, String phone) {
    lines.computeIfAbsent(operator, o -> ConcurrentHashMap.newKeySet()).add(phone);
  }

  String lastAuthorization() {
    return lastAuthorization;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
