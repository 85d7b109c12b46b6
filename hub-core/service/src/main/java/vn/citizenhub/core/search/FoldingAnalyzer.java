package vn.citizenhub.core.search;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Vietnamese as citizens type it: "Đèn đường", "den duong" and "DEN DUONG" are the same words.
 * Lower case, then Lucene's ASCII folding (which maps "đ" to "d" and every tone mark away). Text
 * typed with combining marks (as some phones send it) is composed first ({@link #composed}), so the folding sees
 * one letter, not a letter and a stray mark that would split the word.
 */
public final class FoldingAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer words = new StandardTokenizer();
    TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
    return new TokenStreamComponents(words, folded);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /** Text composed (NFC) before it is indexed or searched. */
  public static String composed(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
