package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.List;

/**
 * What an attacker (or a broken client) puts where a field goes, as raw JSON text: strings with
 * control characters, unpaired surrogates, zero-width and right-to-left marks, lengths just over
 * and far over each column; numbers that are not finite or do not fit; wrong types; deep nesting
 * and huge arrays. {@link JsonText#INVALID_UTF8} in a string becomes invalid UTF-8 bytes on the
 * wire.
 */
final class Hostile {

  /** Column and validator limits of the schema: each is tried at, just over and far over. */
  static final List<Integer> LIMITS =
      List.of(10, 16, 20, 40, 60, 64, 100, 120, 191, 254, 255, 300, 500, 1000, 4000);

  static final List<String> SENTENCES = List.of(
      "Ổ gà lớn giữa đường, xe máy dễ té vào ban đêm.",
      "Đèn đường hẻm 3 bị tắt ba ngày nay, rất tối và nguy hiểm.",
      "Rác thải đổ trộm cạnh kênh, bốc mùi hôi thối cả khu phố.",
      "Nước ngập sâu sau mỗi cơn mưa, cống thoát nước bị tắc.",
      "Xin hỏi thủ tục cấp lại giấy khai sinh cần những giấy tờ gì?");

  private static final List<String> NASTY = List.of(
      "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085",
      "\u2028", "\u2029", "\ud800", "\udbff", "\udc00", "\udfff", "\u200b", "\u200c", "\u200d",
      "\u200e", "\u200f", "\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2069", "\u061c",
      "\ufeff", "\u2060", "\ufffe", "\uffff", "\ufffd", "\u0301\u0301\u0301", "🚧", "𝕏",
      String.valueOf(JsonText.INVALID_UTF8), "\"", "\\", "<script>alert(1)</script>",
      "'; DROP TABLE ticket;--", "${jndi:ldap://127.0.0.1/x}", "%s%n%x",
      "\n2026-12-02 06:00:00 INFO forged log line", "../../etc/passwd", "\u1f00\u0000\u00ff");

  private Hostile() {}

  static String nasty(FuzzRandom r) {
    return r.oneOf(NASTY);
  }

  /** A string of exactly {@code n} UTF-16 units (or n characters of a two-unit emoji). */
  static String ofLength(FuzzRandom r) {
    int n = r.oneOf(LIMITS);
    int length = r.oneOf(n - 1, n, n + 1, n * 10);
    return r.oneOf("a", "ồ", "🚧", "e\u0301", " ", "\u200b").repeat(Math.max(0, length));
  }

  /** An ordinary sentence with something nasty put in, at its start, middle or end. */
  static String spiked(FuzzRandom r) {
    String s = r.oneOf(SENTENCES);
    String nasty = nasty(r);
    int at = Math.min(r.between(0, 40), s.length());
    return s.substring(0, at) + nasty + s.substring(at);
  }

  /** Any text where a citizen's text goes. */
  static String text(FuzzRandom r) {
    return r.frequency(
        weight(4, x -> x.oneOf(SENTENCES)),
        weight(4, Hostile::spiked),
        weight(3, Hostile::ofLength),
        weight(1, x -> x.oneOf("", " ", "   \t ", "\u200b\u200b", "null")),
        weight(2, x -> x.anyString(60)));
  }

  /** Raw JSON where a number goes. */
  static String number(FuzzRandom r) {
    return r.anyOf(
        x -> x.oneOf("NaN", "-NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1e-400",
            "123456789012345678901234567890", "-99999999999999999999", "9223372036854775808",
            "99999999999999999", "2147483648", "-2147483649", "1.7976931348623157E308",
            "4.9E-324", "-0", "0", "00012", "0x10", "+1", ".5", "1.", "91", "-91", "181",
            "-181", "10.7765", "106.7009", "1e2", "\"NaN\"", "\"Infinity\"", "\"1e309\"",
            "\"10,5\"", "\"abc\"", "\"\"", "\"11.3\""),
        x -> plain(x.anyDouble()),
        x -> String.valueOf(x.anyLong()));
  }

  private static String plain(double d) {
    return Double.isFinite(d) ? String.valueOf(d) : "0";
  }

  /** Raw JSON of a wrong type, or of absurd shape, for any field. */
  static String wrongValue(FuzzRandom r) {
    return r.anyOf(
        x -> x.oneOf("true", "false", "null", "[]", "{}", "[\"a\",1,null]", "{\"a\":{}}",
            "[[[[[[[[[[[]]]]]]]]]]]"),
        Hostile::number,
        x -> JsonText.nestedArrays(x.oneOf(10_000, 2_000, 200)),
        x -> JsonText.nestedObjects(x.oneOf(10_000, 2_000)),
        x -> JsonText.hugeArray(x.oneOf(100_000, 5_000)));
  }

  /** Raw JSON where a string goes: mostly strings, sometimes anything else. */
  static String stringValue(FuzzRandom r) {
    return r.frequency(
        weight(6, x -> JsonText.quote(text(x))),
        weight(1, x -> JsonText.quoteRaw(text(x))),
        weight(2, Hostile::wrongValue));
  }
}
