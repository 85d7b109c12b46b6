package vn.citizenhub.core.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * Articles as leads and administrators keep them: the seeded store, review dates (overdue
 * flagged), a lead confined to its agency, limits that match the columns, unpublishing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeArticlesTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";
  static final String PATH = "/api/staff/knowledge/articles";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject
  StaffAccounts accounts;

  @Inject
  PasswordHasher hasher;

  StaffApi api;
  String lead;
  String officer;
  String admin;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_articles"));
    p.put("hub.workspace.sweep.enabled", "false");
    return p;
  }

  @BeforeAll
  void staff() throws Exception {
    api = new StaffApi(http);
    StaffApi.createAccount(accounts, hasher, "lanhdao.tanan", StaffRole.AGENCY_LEAD,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "canbo.tanan", StaffRole.AGENCY_OFFICER,
        "UBND-27712", PASSWORD);
    StaffApi.createAccount(accounts, hasher, "quantri", StaffRole.ADMINISTRATOR, null, PASSWORD);
    lead = api.token("lanhdao.tanan", PASSWORD);
    officer = api.token("canbo.tanan", PASSWORD);
    admin = api.token("quantri", PASSWORD);
  }

  Map<String, Object> article(String agency, String title, String reviewBy) {
    Map<String, Object> a = new HashMap<>();
    a.put("kind", "GUIDE");
    a.put("categoryCode", "FLOOD_DRAINAGE");
    a.put("agencyCode", agency);
    a.put("titleVi", title);
    a.put("titleEn", "Drains");
    a.put("bodyVi", "Cống thoát nước được nạo vét trước mùa mưa.");
    a.put("published", true);
    a.put("reviewBy", reviewBy);
    return a;
  }

  StaffApi.Answer create(String token, Map<String, Object> body) {
    return api.call(HttpRequest.POST(PATH, body).contentType(MediaType.APPLICATION_JSON_TYPE),
        token);
  }

  @Test
  void theSeededStoreHasTheHotlinesAnswersAndAFloodedRoadGuide() {
    JsonNode flood = api.get("/api/public/articles?category=FLOOD_DRAINAGE", null).body();
    assertTrue(StreamSupport.stream(flood.path("items").spliterator(), false)
        .anyMatch(a -> a.path("titleVi").asText().contains("Đường ngập nước")
            && a.path("bodyVi").asText().contains("Tân An")), flood.toString());
    JsonNode lights = api.get("/api/public/articles?category=STREET_LIGHT&agency=UBND-27712",
        null).body();
    assertEquals(1, lights.path("items").size());
    assertEquals("Ủy ban nhân dân phường Tân An",
        lights.path("items").get(0).path("agency").path("name").asText());
    JsonNode all = api.get(PATH, admin).body();
    assertTrue(all.size() >= 21, "the hotline's nineteen answers and the two guides");
    all.forEach(a -> assertFalse(a.path("titleEn").asText().isBlank(), a.toString()));
  }

  @Test
  void aLeadWritesItsOwnAgencysArticlesWithAReviewDate() {
    StaffApi.Answer created = create(lead, article("UBND-27712", "Nạo vét cống phường Tân An",
        LocalDate.now().minusDays(1).toString()));
    assertEquals(200, created.status(), created.toString());
    long id = created.body().path("id").asLong();
    assertTrue(created.body().path("overdue").asBoolean(), "yesterday's review date is overdue");
    assertEquals("lanhdao.tanan", created.body().path("updatedBy").asText());

    Map<String, Object> later = article("UBND-27712", "Nạo vét cống phường Tân An",
        LocalDate.now().plusMonths(6).toString());
    StaffApi.Answer updated = api.call(HttpRequest.PUT(PATH + "/" + id, later)
        .contentType(MediaType.APPLICATION_JSON_TYPE), lead);
    assertEquals(200, updated.status(), updated.toString());
    assertFalse(updated.body().path("overdue").asBoolean());
    assertEquals(200, api.get("/api/public/articles/" + id, null).status());

    assertEquals(403, create(lead, article("SXD", "Bài của Sở", "2027-06-30")).status(),
        "a lead writes only its own agency's articles");
    assertEquals(403, create(lead, article(null, "Bài chung", "2027-06-30")).status(),
        "province-wide articles are the administrators'");
    assertEquals(403, create(officer, article("UBND-27712", "Cán bộ", "2027-06-30")).status());
    StaffApi.Answer provinceWide = create(admin, article(null, "Bài chung", "2027-06-30"));
    assertEquals(200, provinceWide.status());
    long shared = provinceWide.body().path("id").asLong();
    assertFalse(StreamSupport.stream(api.get(PATH, lead).body().spliterator(), false)
        .filter(a -> a.path("id").asLong() == shared).findFirst().orElseThrow()
        .path("editable").asBoolean());
    assertEquals(403, api.call(HttpRequest.POST(PATH + "/" + shared + "/unpublish", ""), lead)
        .status());

    StaffApi.Answer off = api.call(HttpRequest.POST(PATH + "/" + id + "/unpublish", ""), lead);
    assertFalse(off.body().path("published").asBoolean());
    StaffApi.Answer gone = api.get("/api/public/articles/" + id, null);
    assertEquals(404, gone.status());
    assertEquals("ARTICLE_NOT_FOUND", gone.body().path("error").asText());
    assertFalse(gone.body().path("messageEn").asText().isBlank());
  }

  @Test
  void textsAtTheirColumnsLimitAreStoredAndOneMoreIsABilingual400() {
    Map<String, Object> atLimit = article("UBND-27712", "Đ".repeat(KnowledgeLimits.MAX_TITLE),
        "2027-06-30");
    atLimit.put("bodyVi", "ể".repeat(KnowledgeLimits.MAX_BODY));
    atLimit.put("keywords", "k".repeat(KnowledgeLimits.MAX_KEYWORDS));
    atLimit.put("sourceVi", "ồ".repeat(KnowledgeLimits.MAX_SOURCE));
    StaffApi.Answer stored = create(admin, atLimit);
    assertEquals(200, stored.status(), stored.toString());
    assertEquals(KnowledgeLimits.MAX_BODY, stored.body().path("bodyVi").asText().length());

    Map<String, Object> over = article("UBND-27712", "Đ".repeat(KnowledgeLimits.MAX_TITLE + 1),
        "30/06/2027");
    over.put("bodyVi", "");
    over.put("kind", "NEWS");
    over.put("categoryCode", "NO_SUCH");
    StaffApi.Answer refused = create(admin, over);
    assertEquals(400, refused.status());
    Map<String, String> fields = new HashMap<>();
    refused.body().path("fields").forEach(f -> fields.put(f.path("field").asText(),
        f.path("code").asText()));
    assertEquals(Map.of("titleVi", "TOO_LONG", "bodyVi", "REQUIRED", "reviewBy", "INVALID_DATE",
        "kind", "INVALID", "categoryCode", "UNKNOWN"), fields);
    assertFalse(refused.body().path("message").asText().isBlank());
    assertFalse(refused.body().path("messageEn").asText().isBlank());

    StaffApi.Answer malformed = api.call(HttpRequest.POST(PATH, "{\"published\": \"yes\"")
        .contentType(MediaType.APPLICATION_JSON_TYPE), admin);
    assertEquals(400, malformed.status());
    assertEquals("MALFORMED_JSON", malformed.body().path("error").asText());
  }

  @Test
  void publicArticleParametersAreChecked() {
    assertEquals(400, api.get("/api/public/articles?category=den%20duong", null).status());
    assertEquals(400, api.get("/api/public/articles/0", null).status());
    assertEquals(404, api.get("/api/public/articles/987654321", null).status());
  }
}
