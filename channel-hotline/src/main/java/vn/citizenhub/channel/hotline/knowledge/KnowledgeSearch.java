package vn.citizenhub.channel.hotline.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.citizenhub.contract.text.Diacritics;

/**
 * Ranks articles for what an operator typed, without regard to diacritics ("duong" finds
 * "đường"): a word of the query counts where a word of the article starts with it, most in the
 * title, then the keywords, then the answer; the whole phrase and every word present count more;
 * the call's category breaks ties; an article far below the best is a stray match. Words that carry no meaning in a question ("là", "gì") are
 * left out unless nothing else is left.
 */
public final class KnowledgeSearch {

  private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> FILLER = Set.of("la", "va", "cua", "cho", "thi", "the", "nao",
      "gi", "toi", "xin", "hoi", "a", "o", "ve", "bi", "duoc", "khong", "co", "nhu", "em", "anh",
      "chi", "oi", "voi", "lam", "sao", "dau", "minh", "ban", "can");

  private KnowledgeSearch() {}

  public static String fold(String text) {
    return Diacritics.fold(text);
  }

  /** The words of a query worth matching, folded, in order, each once. */
  public static List<String> terms(String query) {
    Set<String> all = new LinkedHashSet<>();
    for (String w : NOT_A_WORD.split(fold(query))) {
      if (!w.isEmpty()) {
        all.add(w);
      }
    }
    List<String> meaningful = all.stream().filter(w -> !FILLER.contains(w)).toList();
    return meaningful.isEmpty() ? List.copyOf(all) : meaningful;
  }

  /** The best {@code limit} articles, best first; articles matching no word are left out. */
  public static List<Article> rank(List<Article> candidates, String query, String categoryCode,
      int limit) {
    List<String> terms = terms(query);
    String phrase = String.join(" ", terms);
    record Scored(Article article, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (Article a : candidates) {
      int score = score(a, terms, phrase);
      if (score > 0) {
        if (categoryCode != null && categoryCode.equals(a.categoryCode())) {
          score += 1;
        }
        scored.add(new Scored(a, score));
      }
    }
    int best = scored.stream().mapToInt(Scored::score).max().orElse(0);
    // An article scoring under a third of the best one matched a stray word: left out.
    return scored.stream()
        .filter(s -> s.score() * 3 >= best)
        .sorted(Comparator.comparingInt(Scored::score).reversed()
            .thenComparingInt(s -> s.article().id()))
        .limit(limit).map(Scored::article).toList();
  }

  static int score(Article a, List<String> terms, String phrase) {
    List<String> title = words(a.title());
    List<String> keywords = words(a.keywords());
    List<String> answer = words(a.answer());
    int score = 0;
    int matched = 0;
    for (String term : terms) {
      int t = starts(title, term) ? 6 : starts(keywords, term) ? 4 : starts(answer, term) ? 1 : 0;
      score += t;
      matched += t > 0 ? 1 : 0;
    }
    if (matched == 0) {
      return 0;
    }
    if (terms.size() > 1 && matched == terms.size()) {
      score += 5;
    }
    if (terms.size() > 1 && (String.join(" ", title).contains(phrase)
        || String.join(" ", keywords).contains(phrase))) {
      score += 10;
    }
    return score;
  }

  private static boolean starts(List<String> words, String term) {
    for (String w : words) {
      if (w.startsWith(term)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    return List.of(NOT_A_WORD.split(fold(text))).stream().filter(w -> !w.isEmpty()).toList();
  }
}
