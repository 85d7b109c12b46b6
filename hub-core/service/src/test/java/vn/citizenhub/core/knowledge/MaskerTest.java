package vn.citizenhub.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.citizenhub.core.knowledge.Masker.Kind;
import vn.citizenhub.core.knowledge.Masker.Masked;
import vn.citizenhub.core.knowledge.Masker.Reporter;

/** What the automatic masking hides before a question and answer are published, and what not. */
class MaskerTest {

  private final Masker masker = new Masker();

  private Masked mask(String text) {
    return masker.mask(text, Reporter.NONE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Gọi cho tôi số 0912345678 nhé|Gọi cho tôi số *** nhé",
      "SĐT 0912 345 678.|SĐT ***.",
      "Liên hệ 0912.345.678 buổi sáng|Liên hệ *** buổi sáng",
      "điện thoại +84 912 345 678|điện thoại ***",
      "điện thoại +84912345678|điện thoại ***",
      "máy bàn 028 3822 1234 giờ hành chính|máy bàn *** giờ hành chính",
      "gọi (0272) 382 2123|gọi ***",
      "số 0084-912-345-678|số ***"})
  void phoneNumbersAreHidden(String text, String expected) {
    Masked masked = mask(text);
    assertEquals(expected, masked.text());
    assertEquals(Map.of(Kind.PHONE, 1), masked.counts());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "thư về an.nguyen@example.vn giúp|thư về *** giúp",
      "E-mail: Duc.Pham+1022@mail.tayninh.gov.vn.|E-mail: ***."})
  void emailAddressesAreHidden(String text, String expected) {
    Masked masked = mask(text);
    assertEquals(expected, masked.text());
    assertEquals(Map.of(Kind.EMAIL, 1), masked.counts());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "xe 70A-123.45 đậu trên vỉa hè|xe *** đậu trên vỉa hè",
      "biển số 51F1-12345 chạy quá tốc độ|biển số *** chạy quá tốc độ",
      "xe máy 70-B1 234.56 đỗ trước cổng|xe máy *** đỗ trước cổng",
      "ô tô 51G 12345 chắn lối|ô tô *** chắn lối",
      "xe 59x2-123.45 nổ máy|xe *** nổ máy"})
  void vehiclePlatesAreHidden(String text, String expected) {
    Masked masked = mask(text);
    assertEquals(expected, masked.text());
    assertEquals(Map.of(Kind.PLATE, 1), masked.counts());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Đèn trước số 12 Hùng Vương bị tắt|Đèn trước số *** Hùng Vương bị tắt",
      "rác ở 12/3 đường Nguyễn Huệ|rác ở *** đường Nguyễn Huệ",
      "cống trước nhà 45 bị tắc|cống trước nhà *** bị tắc",
      "ngập ở hẻm 3/7 Trần Hưng Đạo|ngập ở hẻm *** Trần Hưng Đạo",
      "karaoke tại 45 Hùng Vương mỗi tối|karaoke tại *** Hùng Vương mỗi tối",
      "Số nhà 128A bị lún|Số nhà *** bị lún",
      "ngõ 15 phố Huế|ngõ *** phố Huế"})
  void houseNumbersAreHiddenAndTheStreetKept(String text, String expected) {
    Masked masked = mask(text);
    assertEquals(expected, masked.text());
    assertEquals(Map.of(Kind.HOUSE_NUMBER, 1), masked.counts());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tôi đã gặp anh Tuấn ở phường|Tôi đã gặp anh *** ở phường",
      "Nhà bà Nguyễn Thị Hoa bị ngập|Nhà bà *** bị ngập",
      "cán bộ là chị Lan.|cán bộ là chị ***.",
      "Ông Trần Văn Bình phản ánh|Ông *** phản ánh",
      "Đã làm việc. Chú Sáu đồng ý|Đã làm việc. Chú *** đồng ý",
      "nhờ em Vy báo lại|nhờ em *** báo lại",
      "cô Hạnh và chú Tư|cô *** và chú ***"})
  void namesIntroducedByAnHonorificAreHidden(String text, String expected) {
    Masked masked = mask(text);
    assertEquals(expected, masked.text());
    assertTrue(masked.counts().get(Kind.NAME) >= 1);
    assertEquals(1, masked.counts().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Đèn đường trên đường 3 Tháng 2 bị tắt ba đêm liền.",
      "Ổ gà trên Quốc lộ 22 gần cầu Ông Lãnh.",
      "Khách du lịch lên núi Bà Đen, tỉnh Bà Rịa cũ.",
      "Theo Nghị định 20/2008/NĐ-CP, sửa đổi bởi Nghị định số 92/2017/NĐ-CP.",
      "Luật Khiếu nại 2011, Điều 28: lần đầu không quá 30 ngày.",
      "Từ ngày 01/7/2025 tỉnh có 96 xã, phường, trung tâm tại phường Tân An.",
      "Mã tra cứu H7K3M-9QX2H; gọi số 1022 hoặc 113, 114, 115.",
      "Ông/bà tra cứu trên Cổng thông tin điện tử của tỉnh.",
      "Anh chị em, bà con chú ý: cống thoát nước đã được nạo vét 200 mét.",
      "Ủy ban nhân dân phường Tân An đã thay 3 bóng đèn LED 100W."})
  void ordinaryWordsStreetsLawsAndPlacesAreKept(String text) {
    Masked masked = mask(text);
    assertEquals(text, masked.text());
    assertTrue(masked.counts().isEmpty(), () -> masked.counts().toString());
  }

  @Test
  void theReportersOwnNameIsHiddenWhereverItAppearsWithOrWithoutDiacritics() {
    Reporter reporter = new Reporter("Phạm Minh Đức", "+84987111222", "duc.pham@example.vn");
    Masked masked = masker.mask("Tôi là Phạm Minh Đức. PHAM MINH DUC đã gọi nhiều lần;"
        + " Minh Đức vẫn chờ. Ký tên: pham minh duc", reporter);
    assertEquals("Tôi là ***. *** đã gọi nhiều lần; *** vẫn chờ. Ký tên: ***", masked.text());
    assertEquals(Map.of(Kind.NAME, 4), masked.counts());
  }

  @Test
  void theReportersPhoneIsHiddenHoweverItIsWritten() {
    Reporter reporter = new Reporter("Lê Hoa", "+84987111222", null);
    Masked masked = masker.mask("gọi 98 7111 222 hoặc 0987-111-222", reporter);
    assertFalse(masked.text().contains("222"), masked.text());
    assertEquals(2, masked.counts().get(Kind.PHONE));
  }

  @Test
  void aWholeReportHidesEachKindAndCountsThem() {
    Reporter reporter = new Reporter("Nguyễn Văn An", "0912345678", "an@example.vn");
    Masked masked = masker.mask("Tôi là Nguyen Van An, ở số 12 Hùng Vương, phường Tân An."
        + " Xe 70A-123.45 của anh Bảy đậu chắn cống. Gọi 0912 345 678 hoặc an@example.vn.",
        reporter);
    assertEquals("Tôi là ***, ở số *** Hùng Vương, phường Tân An. Xe *** của anh *** đậu chắn"
        + " cống. Gọi *** hoặc ***.", masked.text());
    assertEquals(Map.of(Kind.NAME, 2, Kind.PHONE, 1, Kind.EMAIL, 1, Kind.PLATE, 1,
        Kind.HOUSE_NUMBER, 1), masked.counts());
  }

  @Test
  void maskingTwiceChangesNothingMore() {
    Reporter reporter = new Reporter("Nguyễn Văn An", "0912345678", null);
    Masked once = masker.mask("anh Tư, số 5 Lê Lợi, 0912345678", reporter);
    Masked twice = masker.mask(once.text(), reporter);
    assertEquals(once.text(), twice.text());
    assertTrue(twice.counts().isEmpty());
  }

  @Test
  void decomposedDiacriticsAreMaskedLikeComposedOnes() {
    String decomposed = java.text.Normalizer.normalize("Nhà bà Hoa, số 7 Lê Lợi",
        java.text.Normalizer.Form.NFD);
    assertEquals("Nhà bà ***, số *** Lê Lợi", mask(decomposed).text());
  }
}
