package vn.citizenhub.channel.app.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for hub-core's HTTP API as the app channel uses it on its own: the public catalog
 * (recorded), the public tracking view of the tickets a test declares (404 for others), and
 * {@code GET /api/staff/me} for two bearer tokens: an administrator's and an agency officer's.
 */
final class FakeHubCore implements AutoCloseable {

  static final String ADMIN_TOKEN = "admin-token";
  static final String OFFICER_TOKEN = "officer-token";

  private final HttpServer server;
  private final Map<String, String> tickets = new ConcurrentHashMap<>();

  FakeHubCore() {
    try (InputStream in = getClass().getResourceAsStream("/catalog.json")) {
      byte[] catalog = in.readAllBytes();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/public/catalog", exchange -> send(exchange, 200, catalog));
      server.createContext("/api/public/tickets/", this::track);
      server.createContext("/api/staff/me", this::me);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** hub-core's public view of ticket {@code code} (as hub-core's PublicTicketView writes it). */
  void ticket(String code, String status) {
    tickets.put(code, """
        {"trackingCode": "%s", "status": "%s", "kind": "REPORT", "categoryCode": "STREET_LIGHT",
         "agency": {"code": "UBND-TANAN", "name": "UBND phường Tân An"},
         "dueAt": "2026-12-16T10:00:00Z",
         "timeline": [{"at": "2026-12-02T10:00:00Z", "type": "RECEIVED",
                       "text": "Đã tiếp nhận phản ánh"}]}
        """.formatted(code, status));
  }

  private void track(HttpExchange exchange) throws IOException {
    String code = exchange.getRequestURI().getPath().substring("/api/public/tickets/".length());
    String view = tickets.get(code);
    if (view == null) {
      send(exchange, 404, "{\"error\":\"TICKET_NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8));
    } else {
      send(exchange, 200, view.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void me(HttpExchange exchange) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String role = ("Bearer " + ADMIN_TOKEN).equals(auth) ? "ADMINISTRATOR"
        : ("Bearer " + OFFICER_TOKEN).equals(auth) ? "AGENCY_OFFICER" : null;
    if (role == null) {
      send(exchange, 401, "{}".getBytes(StandardCharsets.UTF_8));
    } else {
      send(exchange, 200, ("{\"id\": 1, \"username\": \"someone\", \"role\": \"" + role + "\"}")
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
