package vn.citizenhub.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body as a browser's FormData sends it (RFC 7578), built byte by byte so a
 * test can also send what no browser would: a part without a name, a name twice, a boundary that
 * never closes.
 */
public final class MultipartForm {

  private final String boundary = "----hubtest" + UUID.randomUUID().toString().replace("-", "");
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** A part {@code name} holding a file called {@code filename} of {@code type}. */
  public MultipartForm file(String name, String filename, String type, byte[] content) {
    return part("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"", type, content);
  }

  /** A plain field (no file name), as FormData.append(name, string) sends it. */
  public MultipartForm field(String name, String value) {
    return part("form-data; name=\"" + name + "\"", null,
        value.getBytes(StandardCharsets.UTF_8));
  }

  /** A part with the headers given as they are (a hostile disposition, say). */
  public MultipartForm part(String disposition, String type, byte[] content) {
    write("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n");
    if (type != null) {
      write("Content-Type: " + type + "\r\n");
    }
    write("\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  /** The body with its closing boundary. */
  public byte[] bytes() {
    ByteArrayOutputStream closed = new ByteArrayOutputStream();
    closed.writeBytes(body.toByteArray());
    closed.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return closed.toByteArray();
  }

  /** The body as it was cut off mid-way: no closing boundary. */
  public byte[] unterminated() {
    return body.toByteArray();
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
