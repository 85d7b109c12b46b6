package vn.citizenhub.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a citizen typed into a Lucene query that forgives diacritics and typos but still
 * puts the exact word first: each folded word matches a field exactly (weighed most), as the
 * start of a longer word ("ngap" finds "ngập"), or within one edit (two for long words) of an
 * indexed word ("duog" finds "đường"). Lucene scores; nothing here is a hand-made score, only
 * the weights of the clauses. One or two words must all match; of more, at least half, so
 * "duong ngap tan an" finds a flooding article that names no commune, and ranks an answer about
 * flooding in Tân An, which has all four, above it.
 */
public final class TypoTolerantQuery {

  /** The fields searched and how much a match in each weighs. */
  static final Map<String, Float> FIELDS = Map.of(
      SearchFields.TITLE, 3f, SearchFields.KEYWORDS, 2f, SearchFields.NAMES, 1.5f,
      SearchFields.BODY, 1f);
  /** The most words of a query used; the rest add little and cost time. */
  static final int MAX_WORDS = 12;

  private static final float EXACT = 4f;
  private static final float PREFIX = 1.5f;
  private static final float FUZZY = 1f;
  private static final int FUZZY_MAX_EXPANSIONS = 30;

  private TypoTolerantQuery() {}

  /**
   * The query for {@code text}; null when it has no word. Without {@code typos} each word
   * matches exactly or as a prefix only: a fraction of the work, since a fuzzy word expands to
   * dozens of terms in every field (SearchIndex tries this first and forgives typos only when it
   * finds less than a page).
   */
  public static Query of(Analyzer analyzer, String text, boolean typos) {
    List<String> words = words(analyzer, text);
    if (words.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      all.add(word(word, typos), Occur.SHOULD);
    }
    int n = words.size();
    all.setMinimumNumberShouldMatch(n <= 2 ? n : (n + 1) / 2);
    return all.build();
  }

  /** The folded words of {@code text}, each once, in order. */
  public static List<String> words(Analyzer analyzer, String text) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY,
        FoldingAnalyzer.composed(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && words.size() < MAX_WORDS) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(words);
  }

  private static Query word(String word, boolean typos) {
    List<Query> ways = new ArrayList<>();
    FIELDS.forEach((field, weight) -> {
      Term term = new Term(field, word);
      ways.add(new BoostQuery(new TermQuery(term), weight * EXACT));
      if (word.length() >= 3) {
        ways.add(new BoostQuery(new PrefixQuery(term), weight * PREFIX));
      }
      if (typos && word.length() >= 4) {
        int edits = word.length() >= 8 ? 2 : 1;
        ways.add(new BoostQuery(new FuzzyQuery(term, edits, 1, FUZZY_MAX_EXPANSIONS, true),
            weight * FUZZY));
      }
    });
    return new DisjunctionMaxQuery(ways, 0.1f);
  }
}
