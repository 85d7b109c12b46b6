package vn.citizenhub.contract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DiacriticsTest {

  @Test
  void foldsToneAndVowelMarksAndTheLetterDd() {
    assertEquals("duong hung vuong", Diacritics.fold("Đường Hùng Vương"));
    assertEquals("dac khu con dao", Diacritics.fold("đặc khu Côn Đảo"));
  }

  @Test
  void lowersCaseAndCollapsesSpaces() {
    assertEquals("phuong tan an", Diacritics.fold("PHƯỜNG  Tân   An"));
    assertEquals("xa tan thanh", Diacritics.fold("\tXã Tân Thạnh \n"));
  }

  /** Addresses pasted from web pages and office documents often carry no-break spaces. */
  @Test
  void noBreakSpacesCountAsSpaces() {
    assertEquals("phuong tan an", Diacritics.fold("Phường\u00a0Tân\u00a0An"),
        "a no-break space (U+00A0) must fold to a plain space");
  }

  @Test
  void precomposedAndDecomposedInputFoldAlike() {
    String precomposed = Normalizer.normalize("Phường Tân An", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize("Phường Tân An", Normalizer.Form.NFD);
    assertEquals(Diacritics.fold(precomposed), Diacritics.fold(decomposed));
  }

  @Test
  void textAlreadyFoldedIsUnchanged() {
    assertEquals("duong hung vuong", Diacritics.fold("duong hung vuong"));
  }

  @Test
  void namesThatDifferOnlyByToneFoldToTheSameString() {
    assertEquals(Diacritics.fold("Xã Tân Thành"), Diacritics.fold("Xã Tân Thạnh"));
  }

  @Test
  void nullFoldsToEmpty() {
    assertEquals("", Diacritics.fold(null));
    assertEquals("", Diacritics.fold("   "));
  }
}
