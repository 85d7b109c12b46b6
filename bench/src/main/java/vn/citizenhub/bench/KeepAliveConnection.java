package vn.citizenhub.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection that posts JSON and reads the answer. The driver must cost
 * the machine far less than the hub it measures: the JDK's HttpClient used more CPU than the hub.
 */
final class KeepAliveConnection implements AutoCloseable {

  private final String host;
  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  KeepAliveConnection(URI base) {
    this.host = base.getHost();
    this.port = base.getPort();
  }

  /** The status and body of a POST; reconnects once if the server closed the connection. */
  Response post(String path, byte[] json) throws IOException {
    return post(path, json, "");
  }

  /** The same with extra header lines, each ending in CRLF (a webhook's signature, say). */
  Response post(String path, byte[] json, String extraHeaders) throws IOException {
    try {
      return exchange(path, json, extraHeaders);
    } catch (java.net.SocketTimeoutException unanswered) {
      close();
      throw unanswered; // sent and not answered: sending it again could make it twice
    } catch (IOException closed) {
      close();
      return exchange(path, json, extraHeaders);
    }
  }

  private Response exchange(String path, byte[] json, String extraHeaders) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), 5000);
      socket.setSoTimeout(30_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 8192);
    }
    String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n"
        + extraHeaders + "\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(json);
    out.flush();
    String status = line();
    if (status == null) {
      throw new IOException("connection closed");
    }
    int code = Integer.parseInt(status.substring(9, 12));
    int length = 0;
    for (String header = line(); header != null && !header.isEmpty(); header = line()) {
      if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    return new Response(code, new String(in.readNBytes(length), StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(64);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        int n = buffer.size();
        String s = buffer.toString(StandardCharsets.US_ASCII);
        return n > 0 && s.charAt(n - 1) == '\r' ? s.substring(0, n - 1) : s;
      }
      buffer.write(b);
    }
    return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException ignored) {
      // closing anyway
    }
    socket = null;
  }

  record Response(int status, String body) {}
}
