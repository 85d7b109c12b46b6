package vn.citizenhub.channel.hotline.sms;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The GSM 03.38 default alphabet, which every handset reads: Vietnamese without its marks
 * ("Đường" as "Duong"), typographic punctuation as its plain twin, anything else as '?'. Letters
 * keep their case, unlike search folding. Counted in septets: the extension characters take two.
 */
public final class Gsm7 {

  private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789"
      + ":;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  private static final String EXTENSION = "^{}\\[~]|€\f";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Map<Character, String> PLAIN = Map.ofEntries(
      Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""),
      Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u2013', "-"),
      Map.entry('\u2014', "-"), Map.entry('\u2026', "..."), Map.entry('\u2022', "-"),
      Map.entry('\u00A0', " "), Map.entry('\t', " "), Map.entry('\u00AB', "\""),
      Map.entry('\u00BB', "\""));

  private Gsm7() {}

  /** The text in the default alphabet, Vietnamese marks removed and case kept. */
  public static String fold(String text) {
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .replace('đ', 'd').replace('Đ', 'D');
    StringBuilder out = new StringBuilder(bare.length());
    bare.codePoints().forEach(cp -> {
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
          && (BASIC.indexOf(cp) >= 0 || EXTENSION.indexOf(cp) >= 0)) {
        out.appendCodePoint(cp);
      } else {
        out.append(cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
            ? PLAIN.getOrDefault((char) cp, "?") : "?");
      }
    });
    return out.toString();
  }

  /** Septets the text takes; only meaningful for folded text. */
  public static int septets(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }
    return n;
  }
}
