package vn.citizenhub.core.agencies;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.core.workspace.StaffApi;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * What Decree 42/2022 asks each agency to publish, as the demo province ships it and as
 * administrators change it: every agency's focal point, phone, e-mail, address, hours and rules in
 * Vietnamese and English on the public catalog; only administrators edit them (coordinators
 * read), every field checked with a bilingual reason, who and when recorded, and the catalog
 * showing the change at once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyContactsTest implements TestPropertyProvider {

  static final String PASSWORD = "mật-khẩu-thử-9x";
  static final String EDITED = "UBND-27694";

  @Inject
  @Client("/")
  HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;

  StaffApi api;
  SqlProbe db;
  final Map<StaffRole, String> tokens = new HashMap<>();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_agencies"));
    p.put("hub.workspace.sweep.enabled", "false");
    // Signing in hashes a password 600,000 times: on a busy machine that outlasts 10 s.
    p.put("micronaut.http.client.read-timeout", "60s");
    return p;
  }

  @BeforeAll
  void accounts() throws Exception {
    api = new StaffApi(http);
    db = new SqlProbe(database.pool());
    for (StaffRole role : StaffRole.values()) {
      String username = "agencies." + role.name().toLowerCase();
      StaffApi.createAccount(accounts, hasher, username, role,
          role.boundToAgency() ? EDITED : null, PASSWORD);
      tokens.put(role, api.token(username, PASSWORD));
    }
  }

  @Test
  @Order(1) // before the other tests edit agencies
  void everyDemoAgencyPublishesItsFocalPointHoursAndRulesInBothLanguages() {
    JsonNode agencies = catalog().path("agencies");
    assertEquals(20, agencies.size());
    List<String> missing = new ArrayList<>();
    for (JsonNode a : agencies) {
      for (String field : List.of("focalPoint", "focalPointEn", "contactPhone", "contactEmail",
          "address", "addressEn", "hours", "hoursEn", "rules", "rulesEn", "rulesUpdatedOn")) {
        if (a.path(field).asText("").isBlank()) {
          missing.add(a.path("code").asText() + "." + field);
        }
      }
      assertTrue(a.path("contactEmail").asText().matches("[a-z]+@tayninh\\.gov\\.vn"),
          a.toString());
      assertFalse(a.has("updatedBy") || a.has("contactUpdatedBy"), "no staff on public pages");
    }
    assertEquals(List.of(), missing);
    JsonNode tanAn = agency(catalog(), "UBND-27712");
    assertEquals("1022", tanAn.path("contactPhone").asText(), "no invented number: the hotline");
    assertEquals("Tân An Ward, Tây Ninh Province", tanAn.path("addressEn").asText());
    assertTrue(tanAn.path("hours").asText().startsWith("Thứ Hai đến Thứ Sáu"));
    assertTrue(tanAn.path("rules").asText().contains("Nghị định 42/2022/NĐ-CP"));
    assertTrue(tanAn.path("rules").asText().contains("Nghị định 13/2023/NĐ-CP"));
    assertTrue(tanAn.path("rulesEn").asText().contains("Anonymous reports"));
    assertTrue(tanAn.path("rules").asText().contains("\n2. "), "one rule a line");
    JsonNode department = agency(catalog(), "SXD");
    assertTrue(department.path("rules").asText().contains("trên toàn tỉnh"), "the province's text");
    assertEquals("Long An Ward, Tây Ninh Province", department.path("addressEn").asText());
    JsonNode clock = catalog().path("categories").get(0).path("clock");
    assertFalse(clock.path("name").asText().isBlank());
    assertFalse(clock.path("nameEn").asText().isBlank());
    assertTrue(clock.has("extensionDays"));
  }

  @Test
  void anAdministratorChangesAnAgencysContactAndTheCatalogShowsItAtOnce() {
    Map<String, Object> body = validBody();
    body.put("contactPhone", "0276 3822 123");
    body.put("hours", "Thứ Hai đến Thứ Bảy: sáng 7:00–11:30");
    body.put("rules", "Quy chế mới.\r\n2. Dòng thứ hai.");
    StaffApi.Answer answer = put(EDITED, body, StaffRole.ADMINISTRATOR);
    assertEquals(200, answer.status(), answer.toString());
    assertEquals("agencies.administrator", answer.body().path("updatedBy").asText());
    assertEquals("Quy chế mới.\n2. Dòng thứ hai.", answer.body().path("rules").asText());
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    assertEquals(today, answer.body().path("rulesUpdatedOn").asText());

    JsonNode shown = agency(catalog(), EDITED);
    assertEquals("0276 3822 123", shown.path("contactPhone").asText());
    assertEquals("Thứ Hai đến Thứ Bảy: sáng 7:00–11:30", shown.path("hours").asText());
    assertEquals("Quy chế mới.\n2. Dòng thứ hai.", shown.path("rules").asText());
    assertEquals(today, shown.path("rulesUpdatedOn").asText());
    assertFalse(shown.toString().contains("agencies.administrator"), "no staff on public pages");
    assertEquals(1, db.count("SELECT COUNT(*) FROM agency WHERE code = ?"
        + " AND contact_updated_by = 'agencies.administrator' AND contact_updated_at IS NOT NULL",
        EDITED));

    // A coordinator reads what the administrator wrote.
    StaffApi.Answer read = api.get("/api/staff/agencies/" + EDITED,
        tokens.get(StaffRole.COORDINATOR));
    assertEquals(200, read.status(), read.toString());
    assertEquals("0276 3822 123", read.body().path("contactPhone").asText());
    StaffApi.Answer all = api.get("/api/staff/agencies", tokens.get(StaffRole.COORDINATOR));
    assertEquals(20, all.body().size());

    // Unchanged rules keep their date (set back to show it is not moved).
    db.update("UPDATE agency SET rules_updated_on = '2026-01-05' WHERE code = ?", EDITED);
    body.put("hours", "Thứ Hai đến Thứ Sáu: sáng 7:00–11:30, chiều 13:30–17:00");
    assertEquals(200, put(EDITED, body, StaffRole.ADMINISTRATOR).status());
    assertEquals("2026-01-05", agency(catalog(), EDITED).path("rulesUpdatedOn").asText());
  }

  @Test
  void onlyAnAdministratorMayChangeAndOnlyCoordinatorsAndAdministratorsMayRead() {
    String before = db.string("SELECT contact_phone FROM agency WHERE code = 'UBND-27712'");
    for (StaffRole role : List.of(StaffRole.COORDINATOR, StaffRole.AGENCY_OFFICER,
        StaffRole.AGENCY_LEAD, StaffRole.HOTLINE_OPERATOR)) {
      Map<String, Object> body = validBody();
      body.put("contactPhone", "0900 000 000");
      StaffApi.Answer answer = put("UBND-27712", body, role);
      assertEquals(403, answer.status(), role + " " + answer);
      assertFalse(answer.body().path("messageEn").asText().isBlank());
    }
    for (StaffRole role : List.of(StaffRole.AGENCY_OFFICER, StaffRole.AGENCY_LEAD,
        StaffRole.HOTLINE_OPERATOR)) {
      assertEquals(403, api.get("/api/staff/agencies/UBND-27712", tokens.get(role)).status(),
          role.name());
    }
    assertEquals(401, api.call(HttpRequest.PUT("/api/staff/agencies/UBND-27712", validBody())
        .contentType(MediaType.APPLICATION_JSON_TYPE), null).status());
    assertEquals(before, db.string("SELECT contact_phone FROM agency WHERE code = 'UBND-27712'"));
    assertEquals(404, put("KHONG-CO", validBody(), StaffRole.ADMINISTRATOR).status());
  }

  @Test
  void aRefusedEditNamesEachFieldInBothLanguagesAndChangesNothing() {
    String before = db.string("SELECT CONCAT(focal_point_vi, contact_phone, contact_email,"
        + " hours_vi, rules_vi) FROM agency WHERE code = 'SXD'");
    refused(b -> b.put("focalPoint", " "), "focalPoint", "REQUIRED");
    refused(b -> b.remove("rules"), "rules", "REQUIRED");
    refused(b -> b.put("focalPoint", "x".repeat(ContactLimits.MAX_FOCAL_POINT + 1)),
        "focalPoint", "TOO_LONG");
    refused(b -> b.put("rules", "ồ".repeat(ContactLimits.MAX_RULES + 1)), "rules", "TOO_LONG");
    refused(b -> b.put("hoursEn", "a".repeat(ContactLimits.MAX_HOURS + 1)), "hoursEn",
        "TOO_LONG");
    refused(b -> b.put("address", "Phường Long An\u0000"), "address", "INVALID_CHARACTER");
    refused(b -> b.put("hours", "sáng 7:00\n chiều 13:30"), "hours", "INVALID_CHARACTER");
    refused(b -> b.put("rulesEn", "Rules \ud800"), "rulesEn", "INVALID_CHARACTER");
    refused(b -> b.put("contactPhone", "gọi 1022"), "contactPhone", "INVALID_PHONE");
    refused(b -> b.put("contactPhone", "12"), "contactPhone", "INVALID_PHONE");
    refused(b -> b.put("contactEmail", "sxd@tayninh"), "contactEmail", "INVALID_EMAIL");
    refused(b -> b.put("contactEmail", "sxd tayninh.gov.vn"), "contactEmail", "INVALID_EMAIL");
    refused(b -> b.put("infoRulesUrl", "http://tayninh.gov.vn/quy-che"), "infoRulesUrl",
        "INVALID_URL");
    refused(b -> b.put("infoRulesUrl", "javascript:alert(1)"), "infoRulesUrl", "INVALID_URL");
    refused(b -> b.put("infoRulesUrl", "https://x@evil.example/"), "infoRulesUrl",
        "INVALID_URL");
    StaffApi.Answer malformed = api.call(HttpRequest.PUT("/api/staff/agencies/SXD", "{\"rules\":")
        .contentType(MediaType.APPLICATION_JSON_TYPE), tokens.get(StaffRole.ADMINISTRATOR));
    assertEquals(400, malformed.status());
    assertEquals("MALFORMED_JSON", malformed.body().path("error").asText());
    assertEquals(before, db.string("SELECT CONCAT(focal_point_vi, contact_phone, contact_email,"
        + " hours_vi, rules_vi) FROM agency WHERE code = 'SXD'"));
    assertEquals(0, db.count("SELECT COUNT(*) FROM agency WHERE code = 'SXD'"
        + " AND contact_updated_at IS NOT NULL"));
  }

  @Test
  void anEditAtEveryLimitIsStored() {
    Map<String, Object> body = validBody();
    body.put("focalPoint", "Đ".repeat(ContactLimits.MAX_FOCAL_POINT));
    body.put("address", "ồ".repeat(ContactLimits.MAX_ADDRESS));
    body.put("hoursEn", "h".repeat(ContactLimits.MAX_HOURS));
    body.put("rules", "ệ".repeat(ContactLimits.MAX_RULES));
    body.put("contactEmail", "a".repeat(64) + "@" + "b".repeat(52) + ".vn");
    body.put("contactPhone", "+84 (276) 3822-123");
    body.put("infoRulesUrl", "https://tayninh.gov.vn/" + "q".repeat(ContactLimits.MAX_URL - 23));
    StaffApi.Answer answer = put("UBND-27937", body, StaffRole.ADMINISTRATOR);
    assertEquals(200, answer.status(), answer.toString());
    assertEquals(ContactLimits.MAX_RULES, agency(catalog(), "UBND-27937").path("rules").asText()
        .length());
    assertEquals(ContactLimits.MAX_URL, agency(catalog(), "UBND-27937").path("infoRulesUrl")
        .asText().length());
  }

  private void refused(Consumer<Map<String, Object>> spoil, String field, String code) {
    Map<String, Object> body = validBody();
    spoil.accept(body);
    StaffApi.Answer answer = put("SXD", body, StaffRole.ADMINISTRATOR);
    assertEquals(400, answer.status(), field + " " + answer);
    assertEquals("INVALID_REQUEST", answer.body().path("error").asText());
    JsonNode fields = answer.body().path("fields");
    assertEquals(1, fields.size(), answer.toString());
    assertEquals(field, fields.get(0).path("field").asText());
    assertEquals(code, fields.get(0).path("code").asText());
    assertFalse(fields.get(0).path("messageVi").asText().isBlank());
    assertFalse(fields.get(0).path("messageEn").asText().isBlank());
  }

  private static Map<String, Object> validBody() {
    Map<String, Object> body = new HashMap<>();
    body.put("focalPoint", "Trung tâm Phục vụ hành chính công phường Long An");
    body.put("focalPointEn", "Public Administrative Service Centre of Long An Ward");
    body.put("contactPhone", "1022");
    body.put("contactEmail", "ubndplongan@tayninh.gov.vn");
    body.put("address", "Phường Long An, tỉnh Tây Ninh");
    body.put("addressEn", "Long An Ward, Tây Ninh Province");
    body.put("hours", "Thứ Hai đến Thứ Sáu: sáng 7:00–11:30, chiều 13:30–17:00");
    body.put("hoursEn", "Monday to Friday, 7:00–11:30 and 13:30–17:00");
    body.put("rules", "1. Tiếp nhận qua Cổng, Zalo, 1022 và ứng dụng.");
    body.put("rulesEn", "1. Taken through the portal, Zalo, 1022 and the app.");
    return body;
  }

  private StaffApi.Answer put(String code, Map<String, Object> body, StaffRole role) {
    return api.call(HttpRequest.PUT("/api/staff/agencies/" + code, body)
        .contentType(MediaType.APPLICATION_JSON_TYPE), tokens.get(role));
  }

  private JsonNode catalog() {
    return api.get("/api/public/catalog", null).body();
  }

  private static JsonNode agency(JsonNode catalog, String code) {
    for (JsonNode a : catalog.path("agencies")) {
      if (a.path("code").asText().equals(code)) {
        return a;
      }
    }
    throw new AssertionError("no agency " + code);
  }
}
