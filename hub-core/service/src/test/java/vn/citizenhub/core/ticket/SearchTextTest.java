package vn.citizenhub.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void foldsVietnameseToPlainAsciiSoThatTypingWithoutMarksFindsIt() {
    assertEquals("duong hung vuong bi ngap", SearchText.of("Đường  “Hùng Vương” bị ngập"));
    assertEquals(SearchText.of("duong hung vuong"), SearchText.of("ĐƯỜNG HÙNG VƯƠNG"));
  }

  @Test
  void leavesNothingOutsideAsciiForTheAsciiColumn() {
    String text = SearchText.of("Rác thải – 垃圾 ở chợ 🚮 Tân An €5");
    assertEquals("rac thai o cho tan an 5", text);
    assertTrue(text.chars().allMatch(c -> c >= ' ' && c <= '~'), text);
    assertEquals("", SearchText.of("垃圾 🚮"));
  }

  @Test
  void cutsATicketsTextAtTheColumnsLength() {
    String text = SearchText.ofTicket("PA-2026-000001", "ổ gà ".repeat(400), "Phường Tân An");
    assertEquals(SearchText.MAX_LENGTH, text.length());
    assertTrue(text.startsWith("pa-2026-000001 o ga o ga"), text);
  }
}
