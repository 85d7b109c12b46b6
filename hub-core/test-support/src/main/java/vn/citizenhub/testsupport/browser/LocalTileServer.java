package vn.citizenhub.testsupport.browser;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * The province's map tile server as the browser tests meet it: one plain 256×256 PNG for every
 * tile asked, so the portal's Leaflet map loads and a pin can be dropped without the Internet.
 */
public final class LocalTileServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger served = new AtomicInteger();

  public LocalTileServer() {
    try {
      BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = tile.createGraphics();
      g.setColor(new Color(0xE8, 0xF0, 0xE0));
      g.fillRect(0, 0, 256, 256);
      g.dispose();
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(tile, "png", png);
      byte[] bytes = png.toByteArray();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        served.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
      });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The URL template the portal's settings name ({@code hub.web.map.tile-url-template}). */
  public String urlTemplate() {
    return origin() + "/{z}/{x}/{y}.png";
  }

  public int tilesServed() {
    return served.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
