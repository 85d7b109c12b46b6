package vn.citizenhub.channel.app.push;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An app's server receiving callbacks: records each request, answers the status it is told. */
final class RecordingCallback implements AutoCloseable {

  record Received(String method, String pathWithQuery, Map<String, String> headers,
      byte[] body) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();

  RecordingCallback() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      URI uri = exchange.getRequestURI();
      String pathWithQuery = uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      Map<String, String> headers = new ConcurrentHashMap<>();
      exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
      received.add(new Received(exchange.getRequestMethod(), pathWithQuery, headers,
          exchange.getRequestBody().readAllBytes()));
      int status = statusByPath.getOrDefault(uri.getRawPath(), 204);
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  URI url(String pathWithQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathWithQuery);
  }

  void answer(String path, int status) {
    statusByPath.put(path, status);
  }

  List<Received> at(String path) {
    return received.stream().filter(r -> r.pathWithQuery().startsWith(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
