package vn.citizenhub.deploy.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Puts typed text into a URL as a browser would, byte by byte; what a browser could not send
 * (an unpaired surrogate, {@link JsonText#INVALID_UTF8}) as bytes that are not UTF-8. Text that
 * already looks percent-encoded is kept, so that %00 and %ED%A0%80 reach the server as such.
 */
final class Url {

  private Url() {}

  static String segment(String text) {
    if (text.contains("%") && text.matches("([A-Za-z0-9._~/-]|%[0-9A-Fa-f]{2})+")) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append(c);
      } else if (c == JsonText.INVALID_UTF8) {
        out.append("%FF");
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        append(out, text.substring(i, i + 2));
        i++;
      } else if (Character.isSurrogate(c)) {
        out.append("%ED%A0%80");
      } else {
        append(out, String.valueOf(c));
      }
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(String.format("%02X", b & 0xff));
    }
  }
}
