package vn.citizenhub.core.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.browser.Accessibility;
import vn.citizenhub.testsupport.browser.HeadlessChromium;

/**
 * {@code GET /api/public/search} on MariaDB: a ticket reported through Kafka, an article and a
 * published answer written to the database are found once the index has polled, without
 * diacritics and with a typo; a typed tracking code comes first; a ticket shows only its public
 * summary; a withdrawn answer and a resolved ticket leave the index; bad input is a bilingual 400.
 * And the portal's {@code /search} page in a real browser, from the keyboard, with axe-core.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
class PublicSearchApiTest implements TestPropertyProvider {

  @Inject @Client("/") HttpClient http;
  @Inject JdbcDatabase database;
  @Inject EmbeddedServer server;

  StaffApi api;
  SqlProbe db;
  IntakeEnvelope flood;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_search"));
    p.put("hub.search.refresh-interval", "1s");
    return p;
  }

  @BeforeAll
  void rows() {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    // The store's own guides (V23) would join every result: this test ranks rows it knows. They
    // are unpublished as an editor would (the index follows updated_at).
    db.update("UPDATE knowledge_article SET published = FALSE, updated_at = UTC_TIMESTAMP(3)");
    flood = Envelopes.webReport("c-" + UUID.randomUUID(), "FLOOD_DRAINAGE", Envelopes.TAN_AN,
        "Nước ngập trước nhà ông Bình, gọi 0912345678.");
    KafkaProbe.send(flood);
    await().atMost(Duration.ofSeconds(30)).until(() -> db.count("SELECT COUNT(*) FROM ticket")
        == 1);
    db.update("INSERT INTO knowledge_article (id, kind, category_code, agency_code, title_vi,"
        + " title_en, body_vi, keywords, published, review_by, updated_at) VALUES (9001, 'FAQ',"
        + " 'FLOOD_DRAINAGE', NULL, 'Đường ngập sau mưa: báo ở đâu?', 'Flooded streets',"
        + " 'Khi đường ngập, hãy báo vị trí; đơn vị thoát nước sẽ nạo vét cống.', 'ngập',"
        + " TRUE, '2027-12-31', UTC_TIMESTAMP(3))");
    db.update("INSERT INTO knowledge_article (id, kind, title_vi, body_vi, published, review_by,"
        + " updated_at) VALUES (9002, 'FAQ', 'Bản nháp chưa đăng về đèn đường', 'Chưa đăng.',"
        + " FALSE, '2027-12-31', UTC_TIMESTAMP(3))");
    db.update("INSERT INTO published_answer (id, ticket_id, question_vi, answer_vi, status,"
        + " drafted_by, drafted_at, updated_at) SELECT 1, id, 'Đường ở Tân An bị ngập?',"
        + " 'Đơn vị thoát nước đã nạo vét cống trên đường ngập.', 'PUBLISHED', 'lead',"
        + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM ticket");
    await().atMost(Duration.ofSeconds(30)).until(() -> types("duong ngap tan an").size() == 3);
  }

  private JsonNode search(String query) {
    StaffApi.Answer answer = api.get("/api/public/search?" + query, null);
    assertEquals(200, answer.status(), answer.toString());
    return answer.body();
  }

  private List<String> types(String words) {
    List<String> types = new ArrayList<>();
    search("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).path("results")
        .forEach(r -> types.add(r.path("type").asText()));
    return types;
  }

  @Test
  void browserSearchPageFindsFloodingInTanAnFromTheKeyboard() {
    WebDriver browser = HeadlessChromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
      browser.get(server.getURL() + "/search");
      wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
      // The catalog fills the filters (names, not codes).
      wait.until(d -> d.findElements(By.cssSelector("#commune option")).size() > 1);
      Accessibility.assertNoSeriousViolations(browser, "search page: empty");
      WebElement q = browser.findElement(By.id("q"));
      q.click();
      q.sendKeys("duong ngap tan an", Keys.ENTER);
      wait.until(d -> d.findElements(By.cssSelector("#results li")).size() >= 3);
      assertTrue(browser.getCurrentUrl().contains("q=duong+ngap+tan+an"),
          browser.getCurrentUrl());
      List<String> kinds = browser.findElements(By.cssSelector("#results li")).stream()
          .map(li -> li.getAttribute("data-type")).toList();
      assertEquals("ANSWER", kinds.get(0));
      assertTrue(kinds.contains("ARTICLE"), kinds.toString());
      assertEquals("Đường ngập sau mưa: báo ở đâu?", browser.findElement(
          By.cssSelector("#results li[data-type='ARTICLE'] h3 a")).getText());
      assertFalse(browser.findElement(By.tagName("main")).getText().contains("0912345678"));
      Accessibility.assertNoSeriousViolations(browser, "search page: results");
      q = browser.findElement(By.id("q"));
      q.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      q.sendKeys("khong co gi nhu the nay xyzzy", Keys.ENTER);
      wait.until(d -> d.findElement(By.id("none")).isDisplayed());
      Accessibility.assertNoSeriousViolations(browser, "search page: nothing found");
    } finally {
      browser.quit();
    }
  }

  @Test
  void floodingInTanAnFindsTheAnswerTheArticleAndTheTicket() {
    JsonNode found = search("q=duong+ngap+tan+an");
    JsonNode results = found.path("results");
    // The answer about flooding in Tân An has all four words: first. The article (no commune)
    // and the ticket (flooding in Tân An, found by its names) follow.
    assertEquals("ANSWER", results.get(0).path("type").asText(), found.toString());
    assertEquals("/answers/1", results.get(0).path("url").asText());
    JsonNode article = null;
    List<String> kinds = new ArrayList<>();
    for (JsonNode r : results) {
      kinds.add(r.path("type").asText());
      if (r.path("type").asText().equals("ARTICLE")) {
        article = r;
      }
    }
    assertEquals(List.of("ANSWER", "ARTICLE", "TICKET"), kinds.stream().sorted().toList());
    assertEquals("/articles/9001", article.path("url").asText());
    assertEquals("Ngập úng, thoát nước", article.path("categoryName").asText());
    assertTrue(article.path("snippet").asText().contains("<mark>"), article.toString());
    assertEquals(1, found.path("counts").path("ARTICLE").asLong());
    assertEquals(1, found.path("counts").path("TICKET").asLong());
  }

  @Test
  void aTicketShowsItsPublicSummaryOnly() {
    JsonNode ticket = search("q=ngap&type=TICKET").path("results").get(0);
    String display = new TrackingCode(flood.trackingCode()).display();
    assertEquals(display, ticket.path("code").asText());
    assertEquals("/track?code=" + display, ticket.path("url").asText());
    assertEquals("Phường Tân An", ticket.path("communeName").asText());
    assertTrue(ticket.path("summary").asText().startsWith("Ngập úng, thoát nước — Phường Tân An"),
        ticket.toString());
    for (String secret : List.of("Bình", "0912345678", "Nước ngập trước")) {
      assertFalse(ticket.toString().contains(secret), ticket.toString());
    }
  }

  @Test
  void aTrackingCodeTypedAnyWayComesFirst() {
    String lower = flood.trackingCode().toLowerCase();
    JsonNode first = search("q=" + lower).path("results").get(0);
    assertEquals("CODE", first.path("type").asText());
    assertEquals(new TrackingCode(flood.trackingCode()).display(), first.path("code").asText());
  }

  @Test
  void unpublishedArticlesAreNeverFound() {
    assertFalse(types("ban nhap").contains("ARTICLE"));
  }

  @Test
  void badInputIsABilingualFourHundred() {
    for (String query : List.of("q=" + "a".repeat(201), "q=%01", "type=CODE",
        "category=NOPE", "commune=99999", "agency=X", "page=0", "page=51", "page=x")) {
      StaffApi.Answer answer = api.get("/api/public/search?" + query, null);
      assertEquals(400, answer.status(), query);
      assertFalse(answer.body().path("message").asText().isBlank(), query);
      assertFalse(answer.body().path("messageEn").asText().isBlank(), query);
    }
  }

  @Test
  void zWithdrawnAnswersAndResolvedTicketsLeaveTheIndex() {
    db.update("UPDATE published_answer SET status = 'WITHDRAWN', updated_at = UTC_TIMESTAMP(3)");
    db.update("UPDATE ticket SET status = 'RESOLVED', updated_at = UTC_TIMESTAMP(3)");
    await().atMost(Duration.ofSeconds(30)).until(() ->
        types("duong ngap tan an").equals(List.of("ARTICLE")));
  }
}
