package vn.citizenhub.deploy.fuzz;

/** A fuzz input as a report shows it: cut short, anything invisible written as an escape. */
final class Shown {

  private static final int MAX = 300;

  private Shown() {}

  static String of(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < MAX; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.isSurrogate(c)
          || Character.getType(c) == Character.FORMAT || c == JsonText.INVALID_UTF8) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() >= MAX || s.length() > MAX
        ? out + "… (" + s.length() + " chars)" : out.toString();
  }
}
