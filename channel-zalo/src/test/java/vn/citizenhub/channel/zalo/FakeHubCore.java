package vn.citizenhub.channel.zalo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for hub-core's public API: the recorded catalog, and tracking pages the test sets
 * (an unknown code is a 404, as hub-core answers).
 */
public final class FakeHubCore implements AutoCloseable {

  private final HttpServer server;
  public final Map<String, String> tickets = new ConcurrentHashMap<>();
  /** Runs while a tracking question is being answered (hub-core is "busy" meanwhile). */
  public volatile Runnable duringLookup = () -> {};

  public FakeHubCore() {
    try (InputStream in = getClass().getResourceAsStream("/catalog.json")) {
      byte[] catalog = in.readAllBytes();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/public/catalog", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, catalog.length);
        exchange.getResponseBody().write(catalog);
        exchange.close();
      });
      server.createContext("/api/public/tickets/", exchange -> {
        String code = exchange.getRequestURI().getPath().substring("/api/public/tickets/".length());
        duringLookup.run();
        String page = tickets.get(code);
        byte[] body = (page != null ? page : "{\"error\":\"TICKET_NOT_FOUND\"}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(page != null ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
