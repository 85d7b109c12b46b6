package vn.citizenhub.channel.hotline.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an operator types finds the answer to read out, with or without diacritics. */
class KnowledgeSearchTest {

  static final Article LIGHT = new Article(1, "FAQ", "Đèn chiếu sáng công cộng hư hỏng, tắt",
      "Ghi nhận vị trí cụ thể và số hiệu cột đèn.", "STREET_LIGHT", "den duong, cot den", null);
  static final Article ROAD = new Article(2, "FAQ", "Đường hư hỏng, ổ gà, sụt lún",
      "Ghi nhận vị trí (tên đường, số nhà), kích thước ổ gà.", "ROAD_DAMAGE",
      "o ga, duong hu", null);
  static final Article POWER = new Article(3, "FAQ", "Mất điện, sự cố lưới điện",
      "Mất điện do ngành điện xử lý: gọi tổng đài Điện lực in trên hóa đơn.", null,
      "mat dien, cup dien", null);
  static final Article BIRTH = new Article(4, "FAQ", "Đăng ký khai sinh cho trẻ",
      "Đăng ký khai sinh tại Ủy ban nhân dân xã, phường nơi cư trú.", "ADMIN_PROCEDURE",
      "khai sinh, ho tich", null);
  static final List<Article> ALL = List.of(LIGHT, ROAD, POWER, BIRTH);

  private static List<Integer> ids(String query, String category) {
    return KnowledgeSearch.rank(ALL, query, category, 8).stream().map(Article::id).toList();
  }

  @Test
  void withoutDiacriticsFindsTheArticleWithThem() {
    assertEquals(1, ids("den duong tat", null).get(0));
    assertEquals(1, ids("đèn đường tắt", null).get(0), "and with them too");
    assertEquals(4, ids("lam giay khai sinh o dau", null).get(0));
    assertEquals(3, ids("Cúp điện cả xóm", null).get(0));
  }

  @Test
  void aStrayWordDoesNotBringInAnArticleFarBelowTheBest() {
    Article water = new Article(5, "FAQ", "Mất nước, nước sinh hoạt đục", "Gọi đơn vị cấp nước.",
        null, "mat nuoc", null);
    List<Article> found = KnowledgeSearch.rank(List.of(BIRTH, water), "khai sinh", null, 8);
    assertEquals(List.of(BIRTH), found, "'sinh' alone matches 'sinh hoạt'");
  }

  @Test
  void theWholePhraseInTheTitleOrKeywordsOutranksScatteredWords() {
    List<Integer> found = ids("ổ gà trên đường", null);
    assertEquals(2, found.get(0), found.toString());
  }

  @Test
  void fillerWordsAreLeftOutUnlessNothingElseIsLeft() {
    assertEquals(List.of("khai", "sinh"), KnowledgeSearch.terms("Cho tôi hỏi khai sinh là gì ạ?"));
    assertEquals(List.of("la", "gi"), KnowledgeSearch.terms("là gì"));
    assertEquals(List.of(), KnowledgeSearch.terms("  ?! "));
  }

  @Test
  void aWordMatchesTheStartOfAWordNotItsMiddle() {
    assertTrue(ids("ga", null).contains(2), "gà");
    assertTrue(ids("ien", null).isEmpty(), "no word starts with 'ien'");
  }

  @Test
  void theCallsCategoryBreaksATie() {
    Article other = new Article(9, "FAQ", "Vị trí cần ghi", "Ghi nhận vị trí.", "ROAD_DAMAGE",
        null, null);
    Article same = new Article(8, "FAQ", "Vị trí cần ghi", "Ghi nhận vị trí.", "STREET_LIGHT",
        null, null);
    assertEquals(8, KnowledgeSearch.rank(List.of(other, same), "vi tri", "STREET_LIGHT", 8)
        .get(0).id());
    assertEquals(8, KnowledgeSearch.rank(List.of(other, same), "vi tri", null, 8).get(0).id(),
        "else the older article first");
  }
}
