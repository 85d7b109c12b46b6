package vn.citizenhub.logging;

/**
 * Text made safe for one log line. Citizens and callers choose much of what reaches a log
 * message (a description, a header, a Zalo message); a line break in it would let them write a
 * line that looks like the hub's own ("2026-01-01 INFO ticket closed"). Every control character
 * and the Unicode line and paragraph separators are written as escapes instead.
 */
public final class LogText {

  private LogText() {}

  /** {@code text} with CR, LF, TAB as {@code \r \n \t}, other control characters as \\uXXXX. */
  public static String escape(String text) {
    if (text == null || !needsEscaping(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (unsafe(ch)) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A request path as a log may print it: segments that may be a phone, an e-mail or another
   * identifier a citizen gave ({@code /api/staff/callers/0912345678/tickets}) become {@code *}.
   * Kept: segments without digits or '@' (the route) and short numbers (ticket ids, versions).
   */
  public static String path(String path) {
    if (path == null) {
      return null;
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].indexOf('@') >= 0 || segments[i].replaceAll("\\D", "").length() >= 6
          || segments[i].indexOf('%') >= 0) {
        segments[i] = "*";
      }
    }
    return escape(String.join("/", segments));
  }

  private static boolean needsEscaping(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (unsafe(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean unsafe(char ch) {
    return Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029';
  }
}
