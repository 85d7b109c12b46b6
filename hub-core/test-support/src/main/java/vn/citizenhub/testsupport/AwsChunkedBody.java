package vn.citizenhub.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes S3's {@code aws-chunked} upload body (Amazon S3 API reference, "Signature Calculations
 * for the Authorization Header: Transferring Payload in Multiple Chunks"): chunks of
 * {@code <hex size>[;chunk-signature=<sig>]\r\n<data>\r\n}, a last chunk of size 0, then
 * optional trailing headers ({@code x-amz-checksum-crc32:…}) and an empty line.
 */
final class AwsChunkedBody {

  record Decoded(byte[] data, Map<String, String> trailers) {}

  private AwsChunkedBody() {}

  static Decoded decode(InputStream in) throws IOException {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    while (true) {
      String header = line(in);
      int semicolon = header.indexOf(';');
      String size = semicolon < 0 ? header : header.substring(0, semicolon);
      if (semicolon >= 0 && !header.substring(semicolon + 1).startsWith("chunk-signature=")) {
        throw new IOException("malformed chunk header");
      }
      int length = Integer.parseInt(size.strip(), 16);
      if (length == 0) {
        break;
      }
      data.write(in.readNBytes(length));
      if (!line(in).isEmpty()) {
        throw new IOException("chunk longer than its size");
      }
    }
    Map<String, String> trailers = new LinkedHashMap<>();
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      trailers.put(line.substring(0, colon).strip().toLowerCase(), line.substring(colon + 1)
          .strip());
    }
    return new Decoded(data.toByteArray(), trailers);
  }

  /** One CRLF-terminated line; the end of the stream ends the last line. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
