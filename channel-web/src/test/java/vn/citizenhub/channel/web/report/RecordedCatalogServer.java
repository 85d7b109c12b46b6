package vn.citizenhub.channel.web.report;

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
 * Stands in for hub-core's public API: the catalog endpoint answers with a recorded catalog, the
 * tracking endpoint with the status of the tickets a test declares (404 for any other code, and
 * 503 for every code while the test says hub-core is down).
 */
public final class RecordedCatalogServer implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, String> tickets = new ConcurrentHashMap<>();
  private volatile boolean trackingDown;

  public RecordedCatalogServer() {
    try (InputStream in = getClass().getResourceAsStream("/catalog.json")) {
      byte[] catalog = in.readAllBytes();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/public/catalog", exchange -> send(exchange, 200, catalog));
      server.createContext("/api/public/tickets/", this::track);
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From now on the tracking API knows a ticket with this code in this status. */
  public void ticket(String code, String status) {
    tickets.put(code, status);
  }

  /** While down, the tracking API answers 503. */
  public void trackingDown(boolean down) {
    trackingDown = down;
  }

  private void track(HttpExchange exchange) throws IOException {
    String code = exchange.getRequestURI().getPath().substring("/api/public/tickets/".length());
    String status = tickets.get(code);
    if (trackingDown) {
      send(exchange, 503, "{\"error\":\"UNAVAILABLE\"}".getBytes(StandardCharsets.UTF_8));
    } else if (status == null) {
      send(exchange, 404, "{\"error\":\"TICKET_NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8));
    } else {
      send(exchange, 200, ("{\"trackingCode\":\"" + code + "\",\"status\":\"" + status + "\"}")
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
