package vn.citizenhub.core.ticket;

import java.util.regex.Pattern;
import vn.citizenhub.contract.text.Diacritics;

/**
 * Text as staff search it: folded ("Đường" is "duong", so "duong" finds "đường"), and plain ASCII,
 * since the column {@code ticket.search_text} is ASCII (V11__ascii_search_text.sql): matching a
 * pattern against one-byte characters is five times faster than against utf8mb4 with a Unicode
 * collation. What folding leaves outside ASCII (quotation marks, other scripts) becomes a space.
 */
public final class SearchText {

  /** The column's length (V11__ascii_search_text.sql); longer text is cut here. */
  public static final int MAX_LENGTH = 700;

  private static final Pattern NOT_ASCII = Pattern.compile("[^ -~]+");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private SearchText() {}

  public static String of(String text) {
    String ascii = NOT_ASCII.matcher(Diacritics.fold(text)).replaceAll(" ");
    return SPACES.matcher(ascii).replaceAll(" ").strip();
  }

  /** A ticket's searchable text: its code, description and address. */
  public static String ofTicket(String trackingCode, String description, String address) {
    String text = of(trackingCode + " " + description + (address == null ? "" : " " + address));
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
  }
}
