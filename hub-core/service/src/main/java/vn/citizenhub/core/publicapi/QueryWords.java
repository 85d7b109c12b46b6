package vn.citizenhub.core.publicapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.citizenhub.core.ticket.SearchText;

/**
 * The words of a citizen's text that may be matched against other tickets: folded as the tickets'
 * search text is ("đường" is "duong"), at least two letters, not one of the little words every
 * report has. A chunk with a digit or an {@code @} is left out whole: a phone number, an e-mail
 * or a house number is never matched, so it can never come back as a word in common.
 */
final class QueryWords {

  /** The first words of a long text are enough to find the same matter. */
  static final int MAX_WORDS = 16;

  /** One word: as matched (folded ASCII) and as the citizen wrote it (lower case). */
  record Word(String folded, String shown) {}

  private static final Pattern CHUNKS =
      Pattern.compile("[\\s,;:!?()\\[\\]{}\"'“”‘’/\\\\<>|*#=&^~`]+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
  private static final Pattern FOLDED_WORD = Pattern.compile("^[a-z]{2,}$");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
  private static final Pattern UNSAFE = Pattern.compile("[\\p{N}@]");

  /**
   * Folded syllables too common in reports to say two are about the same matter. Only words
   * that fold to nothing else worth matching: "den" stays matchable ("đèn", a lamp, folds as
   * "đến" does), as do "cho" ("chợ") and "dem" ("đêm").
   */
  private static final Set<String> COMMON = Set.of(
      "va", "cua", "la", "co", "bi", "tai", "khong", "da", "dang", "nhung", "nay", "rat", "mot",
      "cac", "nhieu", "tren", "trong", "duoc", "voi", "khi", "de", "thi", "ma", "nen", "se",
      "ve", "tu", "ra", "vao", "lai", "cung", "nhu", "hay", "hoac", "toi", "chung", "ong", "xin",
      "cam", "on", "giup", "gium", "vui", "long", "hien", "roi", "van", "chua", "phan", "anh",
      "day", "kia", "ay", "the", "and", "of", "in", "at", "is", "are", "to", "it", "for", "not",
      "has");

  private QueryWords() {}

  /** The matchable words of {@code text}, first occurrence first, at most {@link #MAX_WORDS}. */
  static List<Word> of(String text) {
    Map<String, Word> words = new LinkedHashMap<>();
    for (String chunk : CHUNKS.split(text == null ? "" : text)) {
      if (chunk.isEmpty() || UNSAFE.matcher(chunk).find()) {
        continue;
      }
      Matcher run = LETTERS.matcher(chunk);
      while (run.find() && words.size() < MAX_WORDS) {
        String folded = SearchText.of(run.group());
        if (FOLDED_WORD.matcher(folded).matches() && !COMMON.contains(folded)) {
          words.putIfAbsent(folded, new Word(folded, run.group().toLowerCase(Locale.ROOT)));
        }
      }
    }
    return List.copyOf(words.values());
  }

  /** The words of a ticket's search text (already folded ASCII). */
  static Set<String> ofSearchText(String searchText) {
    return Arrays.stream(NOT_LETTERS.split(
            searchText == null ? "" : searchText.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }
}
