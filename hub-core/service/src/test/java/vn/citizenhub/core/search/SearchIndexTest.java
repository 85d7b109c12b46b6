package vn.citizenhub.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analyzer and the ranking on a real Lucene index with Vietnamese text: diacritics do not
 * matter, typos are forgiven, an exact word outranks a near one, filters hold, and a ticket is
 * found by its category and commune names but never by anything of the citizen's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

  SearchIndex index;

  @BeforeAll
  void index() throws IOException {
    index = new SearchIndex(new ByteBuffersDirectory());
    index.put(article(1, "Đèn đường không sáng: báo ở đâu?", "đèn đường, chiếu sáng",
        "Đèn chiếu sáng công cộng hư hỏng được sửa trong 10 ngày làm việc.", "STREET_LIGHT"));
    index.put(article(2, "Đường ngập sau mưa ở Phường Tân An", "ngập, thoát nước",
        "Khi đường ngập, hãy báo vị trí; đơn vị thoát nước sẽ nạo vét cống.", "FLOOD_DRAINAGE"));
    index.put(article(3, "Làm giấy khai sinh cho con", "khai sinh, hộ tịch",
        "Đăng ký khai sinh tại UBND xã, phường nơi cư trú.", "CIVIL_STATUS"));
    index.put(article(4, "Đường dây nóng 1022", "tổng đài", "Gọi 1022 để phản ánh.", null));
    index.put(new SearchDocument(SearchType.ANSWER, 7, null, "Hỏi: nước ngập đường Tân An?",
        null, null, "Ngập úng, thoát nước Phường Tân An",
        "Đã nạo vét cống trên đường ngập ở Tân An.", "FLOOD_DRAINAGE", "27712", "TN_TANAN",
        null, null, null, null));
    index.put(ticket(100, "W7K3MQX2H9", "FLOOD_DRAINAGE", "27712",
        "Ngập úng, thoát nước Flooding and drainage Phường Tân An UBND Phường Tân An"));
    index.put(ticket(101, "A7K3MQX2H9", "STREET_LIGHT", "27700",
        "Đèn chiếu sáng công cộng hư hỏng Broken street lights Phường Hòa Thành"));
    index.refresh();
  }

  @AfterAll
  void close() throws IOException {
    index.close();
  }

  private static SearchDocument article(long id, String title, String keywords, String body,
      String category) {
    return new SearchDocument(SearchType.ARTICLE, id, null, title, null, keywords, null, body,
        category, null, null, null, null, null, null);
  }

  private static SearchDocument ticket(long id, String code, String category, String commune,
      String names) {
    return new SearchDocument(SearchType.TICKET, id, code, null, null, null, names, null,
        category, commune, null, "RECEIVED", Instant.parse("2026-11-01T02:00:00Z"), 10.785,
        105.928);
  }

  private List<String> keys(String text) throws IOException {
    return keys(new SearchRequest(text, null, null, null, null, 1, 20));
  }

  private List<String> keys(SearchRequest request) throws IOException {
    return index.search(request).hits().stream().map(h -> h.document().key()).toList();
  }

  @Test
  void foldsDiacriticsAndDStroke() {
    assertEquals(List.of("den", "duong", "tan", "an", "ngap"),
        TypoTolerantQuery.words(index.analyzer(), "ĐÈN đường Tân An ngập"));
    // Decomposed marks (as some phones send them) fold the same.
    assertEquals(List.of("duong"), TypoTolerantQuery.words(index.analyzer(),
        java.text.Normalizer.normalize("đường", java.text.Normalizer.Form.NFD)));
  }

  @Test
  void typedWithoutDiacriticsOrWithATypoFindsTheStreetLight() throws IOException {
    assertEquals("ARTICLE:1", keys("den duong").get(0));
    assertEquals("ARTICLE:1", keys("đèn đườg").get(0));
    assertEquals("ARTICLE:1", keys("chieu sang").get(0));
  }

  @Test
  void floodingInTanAnRanksTheArticleAndTheAnswerFirst() throws IOException {
    List<String> found = keys("duong ngap tan an");
    assertEquals(List.of("ANSWER:7", "ARTICLE:2"),
        found.subList(0, 2).stream().sorted().toList(), found.toString());
    assertTrue(found.indexOf("ARTICLE:3") < 0, found.toString());
  }

  @Test
  void tanAnMatchesTheCommuneByItsFoldedName() throws IOException {
    List<String> found = keys("tan an");
    assertTrue(found.containsAll(List.of("ARTICLE:2", "ANSWER:7", "TICKET:100")),
        found.toString());
    assertTrue(!found.contains("TICKET:101"), found.toString());
  }

  @Test
  void anExactWordOutranksANearOne() throws IOException {
    // "sinh" is exact in the birth article; "sanh" is one edit away from it. Exact first.
    index.put(article(5, "Sanh hoạt cộng đồng", null, "Nhà văn hóa.", null));
    index.refresh();
    List<String> found = keys("sinh");
    assertEquals("ARTICLE:3", found.get(0), found.toString());
    assertTrue(found.contains("ARTICLE:5"), found.toString());
    index.remove(SearchType.ARTICLE, 5);
    index.refresh();
    assertTrue(!keys("sinh").contains("ARTICLE:5"));
  }

  @Test
  void filtersByTypeCategoryAndCommune() throws IOException {
    assertEquals(List.of("TICKET:100"), keys(new SearchRequest("tan an", SearchType.TICKET,
        null, null, null, 1, 20)));
    assertEquals(List.of("ARTICLE:1", "TICKET:101"), keys(new SearchRequest("", null,
        "STREET_LIGHT", null, null, 1, 20)).stream().sorted().toList());
    assertEquals(List.of("ANSWER:7", "TICKET:100"), keys(new SearchRequest("ngap", null,
        null, "27712", null, 1, 20)).stream().sorted().toList());
    SearchHits hits = index.search(new SearchRequest("tan an", null, null, null, null, 1, 20));
    assertEquals(1L, hits.perType().get(SearchType.TICKET));
    assertEquals(1L, hits.perType().get(SearchType.ANSWER));
  }

  @Test
  void snippetsMarkTheMatchedWordsAndEscapeHtml() throws IOException {
    index.put(article(6, "Cây đổ", null, "Cây đổ chắn <b>đường</b>.", null));
    index.refresh();
    SearchHits.Hit hit = index.search(new SearchRequest("cay do", SearchType.ARTICLE, null,
        null, null, 1, 20)).hits().get(0);
    assertNotNull(hit.snippet());
    assertTrue(hit.snippet().contains("<mark>Cây</mark>"), hit.snippet());
    assertTrue(!hit.snippet().contains("<b>"), hit.snippet());
    index.remove(SearchType.ARTICLE, 6);
    index.refresh();
  }

  @Test
  void pagesFollowOneAnother() throws IOException {
    List<String> all = keys(new SearchRequest("tan an", null, null, null, null, 1, 20));
    List<String> second = keys(new SearchRequest("tan an", null, null, null, null, 2, 1));
    assertEquals(List.of(all.get(1)), second);
  }
}
