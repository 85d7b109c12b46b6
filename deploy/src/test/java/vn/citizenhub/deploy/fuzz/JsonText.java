package vn.citizenhub.deploy.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes JSON text by hand, so that what no JSON library would write can be sent: unpaired
 * surrogates as escapes, raw control characters, duplicate keys, NaN, invalid UTF-8 bytes.
 */
final class JsonText {

  /** A private-use character the encoder replaces with bytes that are not UTF-8. */
  static final char INVALID_UTF8 = '\uE000';
  private static final byte[][] NOT_UTF8 = {
      {(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf8, (byte) 0x88,
      (byte) 0x80, (byte) 0x80, (byte) 0x80}};

  private JsonText() {}

  /** A JSON string with control characters and every surrogate escaped: valid JSON. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A JSON string with control characters left raw: not JSON when there are any. */
  static String quoteRaw(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** An object from raw entries, in order; the same key may come twice. */
  static String object(List<Map.Entry<String, String>> entries) {
    return entries.stream().map(e -> quote(e.getKey()) + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  static String nestedArrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static String nestedObjects(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  static String hugeArray(int size) {
    return "[" + "0,".repeat(size - 1) + "0]";
  }

  /** The text as UTF-8, each {@link #INVALID_UTF8} replaced by a byte sequence that is not. */
  static byte[] bytes(String json) {
    if (json.indexOf(INVALID_UTF8) < 0) {
      return json.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() + 16);
    int n = 0;
    for (String part : json.split(String.valueOf(INVALID_UTF8), -1)) {
      if (n > 0) {
        out.writeBytes(NOT_UTF8[(n - 1) % NOT_UTF8.length]);
      }
      out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
      n++;
    }
    return out.toByteArray();
  }
}
