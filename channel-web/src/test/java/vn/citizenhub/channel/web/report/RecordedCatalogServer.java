package vn.citizenhub.channel.web.report;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/** Stands in for hub-core's catalog endpoint, answering with a recorded catalog. */
public final class RecordedCatalogServer implements AutoCloseable {

  private final HttpServer server;

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
