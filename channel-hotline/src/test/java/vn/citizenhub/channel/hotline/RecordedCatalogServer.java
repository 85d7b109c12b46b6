package vn.citizenhub.channel.hotline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for hub-core when the hotline runs alone: its catalog (recorded), and its
 * {@code GET /api/staff/me}, which refuses the tokens of sessions a test has ended.
 */
public final class RecordedCatalogServer implements AutoCloseable {

  private final HttpServer server;
  private final Set<String> endedTokens = ConcurrentHashMap.newKeySet();

  public RecordedCatalogServer() {
    try (InputStream in = getClass().getResourceAsStream("/catalog.json")) {
      byte[] catalog = in.readAllBytes();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/public/catalog", exchange -> {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, catalog.length);
        exchange.getResponseBody().write(catalog);
        exchange.close();
      });
      server.createContext("/api/staff/me", exchange -> {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        boolean ended = auth == null || endedTokens.contains(auth.substring(7));
        exchange.sendResponseHeaders(ended ? 401 : 200, -1);
        exchange.close();
      });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** hub-core's sign-out: the session of this token has ended. */
  public void signOut(String token) {
    endedTokens.add(token);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
