package vn.citizenhub.channel.hotline.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices cut to the SMS route's measure. */
class SmsTextTest {

  static final String CODE = "H7K3M9QX23";

  @Test
  void vietnameseLosesItsMarksButNotItsCaseOnAGsmRoute() {
    assertEquals("Duong Hung Vuong, phuong Tan An: den da sang. \"Cam on\" - UBND...",
        Gsm7.fold("Đường Hùng Vương, phường Tân An: đèn đã sáng. “Cảm ơn” – UBND…"));
    assertEquals("Emoji ? and ? stay one septet", Gsm7.fold("Emoji 😀 and ✓ stay one septet"));
    assertEquals(6, Gsm7.septets("[ab]"), "extension characters take two septets");
  }

  @Test
  void aShortNoticeIsOnePartAndKeepsItsCode() {
    var sms = SmsText.compose("Phản ánh mã H7K3M-9QX23: Đã giải quyết (Đã khắc phục).", CODE,
        false, 3);
    assertEquals(List.of("Phan anh ma H7K3M-9QX23: Da giai quyet (Da khac phuc)."), sms.parts());
  }

  @Test
  void aNoticeWithoutTheCodeIsLedByIt() {
    var sms = SmsText.compose("Cảm ơn ông/bà đã gọi 1022.", CODE, false, 3);
    assertEquals("Ma H7K3M-9QX23: Cam on ong/ba da goi 1022.", sms.parts().get(0));
  }

  @Test
  void aLongNoticeIsSplitAtWordsIntoNumberedPartsOf160() {
    String notice = "Phản ánh mã H7K3M-9QX23: " + ("Đèn đường trước số 12 Hùng Vương đã được"
        + " thay bóng mới và hoạt động bình thường từ tối ngày 28/11. ").repeat(3);
    var sms = SmsText.compose(notice, CODE, false, 3);
    assertEquals(3, sms.count());
    for (int i = 0; i < sms.count(); i++) {
      String part = sms.parts().get(i);
      assertTrue(Gsm7.septets(part) <= 160, part.length() + ": " + part);
      assertTrue(part.startsWith("(" + (i + 1) + "/3) "), part);
      assertTrue(!part.endsWith(" "), "parts end on a word: " + part);
    }
    assertTrue(sms.parts().get(0).contains("H7K3M-9QX23"));
  }

  @Test
  void aTooLongNoticeIsCappedAndShortenedButTheCodeSurvivesEvenAtTheEnd() {
    String notice = "Nội dung rất dài về kết quả xử lý. ".repeat(40) + "Mã tra cứu: H7K3M-9QX23.";
    var sms = SmsText.compose(notice, CODE, false, 2);
    assertEquals(2, sms.count());
    assertTrue(sms.parts().get(1).endsWith("..."), sms.parts().get(1));
    assertTrue(sms.parts().get(0).startsWith("(1/2) Ma H7K3M-9QX23: Noi dung"),
        "the code was cut off with the end, so it leads: " + sms.parts().get(0));
    sms.parts().forEach(p -> assertTrue(Gsm7.septets(p) <= 160));
  }

  @Test
  void aUnicodeRouteKeepsDiacriticsInPartsOf70() {
    String notice = "Phản ánh mã H7K3M-9QX23: Đèn đường trước số 12 Hùng Vương đã sáng lại.";
    var one = SmsText.compose(notice, CODE, true, 3);
    assertEquals(List.of(notice), one.parts(), "exactly 70 characters fit one part");
    var two = SmsText.compose(notice + " Cảm ơn ông/bà.", CODE, true, 3);
    assertEquals(2, two.count());
    two.parts().forEach(p -> assertTrue(p.length() <= 70, p));
    assertTrue(two.parts().get(1).contains("Cảm ơn"));
  }

  @Test
  void anExtensionCharacterIsNeverSqueezedPastTheLimit() {
    String notice = "Ma H7K3M-9QX23 " + "[x]".repeat(80);
    var sms = SmsText.compose(notice, CODE, false, 3);
    sms.parts().forEach(p -> assertTrue(Gsm7.septets(p) <= 160, p));
  }

  static final String LINK = "https://phananh.tayninh.gov.vn/track?code=H7K3M-9QX23"
      + "#k=Ab3_-kQ9zXcVbNm1234567890qw";

  @Test
  void anOutcomeWithAPrivateLinkIsTwoPartsTheLinkWholeInItsOwn() {
    var sms = SmsText.compose("Phản ánh mã H7K3M-9QX23: Đã giải quyết (Đã khắc phục).", CODE,
        LINK, false, 3);
    assertEquals(List.of("(1/2) Phan anh ma H7K3M-9QX23: Da giai quyet (Da khac phuc).",
        "(2/2) Danh gia hoac bao chua khac phuc: " + LINK), sms.parts());
    assertEquals(false, sms.unicode());
  }

  @Test
  void aLongOutcomeIsShortenedToOnePartSoTheLinkStillGoesInTheSecond() {
    String notice = "Phản ánh mã H7K3M-9QX23: Đã giải quyết (Đã khắc phục). " + ("Đèn đường"
        + " trước số 12 Hùng Vương đã được thay bóng mới và hoạt động bình thường. ").repeat(4);
    var sms = SmsText.compose(notice, CODE, LINK, false, 3);
    assertEquals(2, sms.count());
    assertTrue(sms.parts().get(0).startsWith("(1/2) Phan anh ma H7K3M-9QX23: "));
    assertTrue(sms.parts().get(0).endsWith("..."), sms.parts().get(0));
    assertTrue(sms.parts().get(1).endsWith(" " + LINK));
    sms.parts().forEach(part -> assertTrue(Gsm7.septets(part) <= SmsText.GSM_PART, part));
  }

  @Test
  void aNoticeCutBeforeItsCodeIsLedByTheCodeBesideTheLink() {
    String notice = "Cơ quan đã trả lời. ".repeat(10) + "Mã H7K3M-9QX23.";
    var sms = SmsText.compose(notice, CODE, LINK, false, 3);
    assertTrue(sms.parts().get(0).startsWith("(1/2) Ma H7K3M-9QX23: Co quan da tra loi."),
        sms.parts().get(0));
  }

  @Test
  void onAUnicodeRouteTheLinkThatFitsNoUnicodePartGoesOnGsm7() {
    var sms = SmsText.compose("Phản ánh mã H7K3M-9QX23: Đã giải quyết.", CODE, LINK, true, 3);
    assertEquals(false, sms.unicode(), "an 83-character link fits no 70-character part");
    assertEquals("(1/2) Phan anh ma H7K3M-9QX23: Da giai quyet.", sms.parts().get(0));
    String shortLink = "https://pa.vn/t?c=H7K3M9QX23";
    var unicode = SmsText.compose("Phản ánh mã H7K3M-9QX23: Đã giải quyết.", CODE, shortLink,
        true, 3);
    assertEquals(true, unicode.unicode(), "a link short enough keeps the route's alphabet");
    assertEquals(List.of("(1/2) Phản ánh mã H7K3M-9QX23: Đã giải quyết.",
        "(2/2) Đánh giá hoặc báo chưa khắc phục: " + shortLink), unicode.parts());
    unicode.parts().forEach(part -> assertTrue(part.length() <= SmsText.UNICODE_PART, part));
  }

  @Test
  void aLinkThatFitsNoPartOrARouteOfOnePartSendsTheNoticeWithoutIt() {
    String notice = "Phản ánh mã H7K3M-9QX23: Đã giải quyết (Đã khắc phục).";
    var single = SmsText.compose(notice, CODE, LINK, false, 1);
    assertEquals(List.of("Phan anh ma H7K3M-9QX23: Da giai quyet (Da khac phuc)."),
        single.parts());
    var tooLong = SmsText.compose(notice, CODE, "https://x.vn/" + "a".repeat(200), false, 3);
    assertEquals(single.parts(), tooLong.parts());
  }
}
