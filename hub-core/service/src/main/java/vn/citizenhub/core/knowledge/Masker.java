package vn.citizenhub.core.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides personal data in a text about to be published: the reporter's own name, phone and e-mail
 * wherever they appear (with or without diacritics), and anything that looks like a Vietnamese
 * phone number, an e-mail address, a vehicle plate, a house number or a name introduced by an
 * honorific ("ông", "chị"…). It errs on the side of hiding; it cannot know every name, so a lead
 * reviews every draft before it goes out (docs/knowledge.md). Plain Java, no framework.
 */
public final class Masker {

  /** What replaces a hidden value. */
  public static final String HIDDEN = "***";

  /** What was hidden: a kind and how many times, never the value. */
  public enum Kind { NAME, PHONE, EMAIL, PLATE, HOUSE_NUMBER }

  /** The reporter's own data, as the citizen row holds it; any part may be null. */
  public record Reporter(String name, String phone, String email) {
    public static final Reporter NONE = new Reporter(null, null, null);
  }

  /** The masked text and the kinds hidden, in the order of {@link Kind}. */
  public record Masked(String text, Map<Kind, Integer> counts) {}

  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  /**
   * Plates: province digits, a series of one or two letters and maybe a digit, then four or five
   * digits, e.g. 70A-123.45, 51F1-12345, 70-B1 234.56, 51G 12345.
   */
  private static final Pattern PLATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\d{2}(?:\\s?-\\s?)?[A-Za-z]{1,2}\\d?(?:\\s?[-.]\\s?|\\s)?"
          + "(?:\\d{3}\\.\\d{2}|\\d{4,5})(?![\\p{L}\\p{N}])");

  /**
   * Phones: 0, +84 or 0084 then 8 to 10 digits (mobiles have 9, landlines 10), spaces, dots or
   * dashes allowed between digits, or an area code in brackets.
   */
  private static final Pattern PHONE = Pattern.compile(
      "(?<![\\p{L}\\p{N}+])(?:(?:\\+\\s?84|0084|\\(\\+84\\)|0)(?:[\\s.\\-]?\\d){8,10}"
          + "|\\(0\\d{2,3}\\)\\s?(?:[\\s.\\-]?\\d){6,8})(?![\\p{N}])");

  /** Address words after which a number is a house or alley number: "số 12", "hẻm 3/7". */
  private static final Pattern HOUSE_AFTER_WORD = Pattern.compile(
      "(?<![\\p{L}])(?<!gọi )(?<!tổng đài )(?<!đài )((?:[Ss]ố nhà|[Ss]ố|[Nn]hà|[Hh]ẻm|[Nn]gõ"
          + "|[Nn]gách|[Kk]iệt|[Hh]ẽm)\\s+)(\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?){0,3})"
          + "(?![\\p{L}\\p{N}/])");

  /**
   * A number before a street: "12/3 đường Hùng Vương", "45 Hùng Vương". Not a number that is
   * itself part of a street's name ("đường 3 Tháng 2", "Quốc lộ 22").
   */
  private static final Pattern HOUSE_BEFORE_STREET = Pattern.compile(
      "(?<![\\p{L}\\p{N}/.,])(?<![Đđ]ường )(?<![Ll]ộ )(?<![Pp]hố )(?<![Tt]háng )"
          + "(\\d{1,4}[A-Za-z]?(?:/\\d{1,4}[A-Za-z]?){0,3})"
          + "(?=\\s+(?:đường|phố|Đường|Phố|\\p{Lu}\\p{Ll}*\\s+\\p{Lu}))");

  private static final String HONORIFICS = "ông|bà|anh|chị|cô|chú|em|bác|cụ";
  private static final String NAME_WORDS = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3}";

  /** Lower-case honorifics anywhere: "gặp anh Đức", "bà Nguyễn Thị Hoa". */
  private static final Pattern HONORIFIC_NAME = Pattern.compile(
      "(?<![\\p{L}])((?:" + HONORIFICS + ")\\s+)(" + NAME_WORDS + ")");

  /**
   * A capitalised honorific only where a sentence starts: mid-sentence, "Bà Rịa", "núi Bà Đen",
   * "cầu Ông Lãnh" are places.
   */
  private static final Pattern SENTENCE_HONORIFIC_NAME = Pattern.compile(
      "(?:^|(?<=[.!?:;\\n]\\s{0,3}))((?:Ông|Bà|Anh|Chị|Cô|Chú|Em|Bác|Cụ)\\s+)(" + NAME_WORDS + ")");

  public Masked mask(String text, Reporter reporter) {
    Map<Kind, Integer> counts = new LinkedHashMap<>();
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    s = replaceWhole(s, EMAIL, Kind.EMAIL, counts);
    s = replaceWhole(s, PLATE, Kind.PLATE, counts);
    s = replaceWhole(s, PHONE, Kind.PHONE, counts);
    s = reporterPhone(s, reporter.phone(), counts);
    s = reporterName(s, reporter.name(), counts);
    s = replaceSecond(s, HONORIFIC_NAME, Kind.NAME, counts);
    s = replaceSecond(s, SENTENCE_HONORIFIC_NAME, Kind.NAME, counts);
    s = replaceSecond(s, HOUSE_AFTER_WORD, Kind.HOUSE_NUMBER, counts);
    s = replaceWhole(s, HOUSE_BEFORE_STREET, Kind.HOUSE_NUMBER, counts);
    Map<Kind, Integer> ordered = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      if (counts.containsKey(kind)) {
        ordered.put(kind, counts.get(kind));
      }
    }
    return new Masked(s, ordered);
  }

  private static String replaceWhole(String s, Pattern p, Kind kind, Map<Kind, Integer> counts) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      counts.merge(kind, 1, Integer::sum);
      m.appendReplacement(out, Matcher.quoteReplacement(HIDDEN));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Keeps group 1 (the honorific or the address word), hides group 2. */
  private static String replaceSecond(String s, Pattern p, Kind kind, Map<Kind, Integer> counts) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      counts.merge(kind, 1, Integer::sum);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + HIDDEN));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The reporter's number however it is written: its last nine digits, any separators. */
  private static String reporterPhone(String s, String phone, Map<Kind, Integer> counts) {
    if (phone == null) {
      return s;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() < 9) {
      return s;
    }
    String tail = digits.substring(digits.length() - 9);
    StringBuilder regex = new StringBuilder("(?<!\\p{N})(?:\\+?84|0)?[\\s.\\-]?");
    for (int i = 0; i < tail.length(); i++) {
      regex.append(i == 0 ? "" : "[\\s.\\-]?").append(tail.charAt(i));
    }
    regex.append("(?!\\p{N})");
    return replaceWhole(s, Pattern.compile(regex.toString()), Kind.PHONE, counts);
  }

  /**
   * The reporter's full name, and the name without the family name ("Minh Đức" of "Phạm Minh
   * Đức"), compared without case or diacritics so "pham minh duc" is hidden too.
   */
  private static String reporterName(String s, String name, Map<Kind, Integer> counts) {
    if (name == null || name.isBlank()) {
      return s;
    }
    String[] words = fold(Normalizer.normalize(name, Normalizer.Form.NFC)).trim().split("\\s+");
    List<String> forms = new ArrayList<>();
    forms.add(String.join(" ", words));
    if (words.length >= 3) {
      forms.add(String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
    }
    for (String form : forms) {
      if (form.length() < 2) {
        continue;
      }
      String folded = fold(s);
      String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(form).replace(" ", "\\E\\s+\\Q")
          + "(?![\\p{L}\\p{N}])";
      Matcher m = Pattern.compile(regex).matcher(folded);
      StringBuilder out = new StringBuilder();
      int last = 0;
      while (m.find()) {
        counts.merge(Kind.NAME, 1, Integer::sum);
        out.append(s, last, m.start()).append(HIDDEN);
        last = m.end();
      }
      out.append(s, last, s.length());
      s = out.toString();
    }
    return s;
  }

  /**
   * Lower case without diacritics, one character for one character (NFC text), so that
   * positions in the folded text are positions in the original.
   */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'đ' || c == 'Đ') {
        out.append('d');
        continue;
      }
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char first = base.isEmpty() ? c : base.charAt(0);
      out.append(Character.isSurrogate(c) ? c : Character.toLowerCase(first));
    }
    return out.toString();
  }
}
