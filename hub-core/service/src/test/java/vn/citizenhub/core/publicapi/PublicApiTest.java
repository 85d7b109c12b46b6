package vn.citizenhub.core.publicapi;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.Envelopes;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.HubTestProperties;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_public");
  }

  private JsonNode get(String path) throws Exception {
    return ContractJson.mapper().readTree(http.toBlocking().retrieve(path));
  }

  private HttpClientResponseException failure(String path) {
    try {
      http.toBlocking().retrieve(path);
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected " + path + " to fail");
  }

  @Test
  void aTicketIsTrackedByItsCodeWithoutAnyPersonalData() throws Exception {
    IntakeEnvelope envelope = Envelopes.report(Envelopes.newIdentity(), "STREET_LIGHT", Envelopes.TAN_AN);
    KafkaProbe.send(envelope);
    String code = new TrackingCode(envelope.trackingCode()).display();

    await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
        .until(() -> get("/api/public/tickets/" + code).path("status").asText().equals("ROUTED"));
    String body = http.toBlocking().retrieve("/api/public/tickets/" + code.toLowerCase());
    JsonNode ticket = ContractJson.mapper().readTree(body);
    assertEquals(code, ticket.path("trackingCode").asText());
    assertEquals("Đã chuyển đến cơ quan có thẩm quyền", ticket.path("statusLabel").asText());
    assertEquals("UBND-27712", ticket.path("agency").path("code").asText());
    assertEquals("Phường Tân An", ticket.path("commune").path("name").asText());
    assertFalse(ticket.path("dueDate").asText().isEmpty());
    assertEquals(2, ticket.path("timeline").size());
    for (String personal : new String[] {"Nguyễn Văn An", "0912345678", "+84912345678",
        "12 Hùng Vương", "Đèn đường trước số 12", envelope.citizen().identity()}) {
      assertFalse(body.contains(personal), "public view leaks " + personal + ": " + body);
    }
  }

  @Test
  void anUnknownCodeIsA404InBothLanguages() throws Exception {
    String code = TrackingCode.generate(Channel.WEB).display();
    HttpClientResponseException e = failure("/api/public/tickets/" + code);
    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    JsonNode error = ContractJson.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
    assertEquals("TICKET_NOT_FOUND", error.path("error").asText());
    assertTrue(error.path("message").asText().contains("Chưa tìm thấy phản ánh"));
    assertTrue(error.path("messageEn").asText().contains("No report has code"));
  }

  @Test
  void aMistypedCodeIsRefusedAsMalformed() throws Exception {
    String code = TrackingCode.generate(Channel.WEB).value();
    char last = code.charAt(9);
    String mistyped = code.substring(0, 9) + (last == 'X' ? 'Y' : 'X');
    HttpClientResponseException e = failure("/api/public/tickets/" + mistyped);
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    JsonNode error = ContractJson.mapper().readTree(e.getResponse().getBody(String.class).orElseThrow());
    assertEquals("INVALID_TRACKING_CODE", error.path("error").asText());
  }

  @Test
  void theCatalogListsCategoriesWithClocksTheProvincesCommunesAndAgencyFocalPoints()
      throws Exception {
    JsonNode catalog = get("/api/public/catalog");
    assertEquals(96, catalog.path("communes").size());
    JsonNode road = null;
    for (JsonNode c : catalog.path("categories")) {
      if (c.path("code").asText().equals("ROAD_DAMAGE")) {
        road = c;
      }
    }
    assertTrue(road != null, "ROAD_DAMAGE listed");
    assertEquals("WORKING", road.path("clock").path("dayType").asText());
    assertTrue(road.path("clock").path("resolutionDays").asInt() > 0);
    assertEquals("Ghi rõ tên đường, đoạn đường (gần số nhà, cột điện, cây số) và mức độ hư hỏng:"
        + " ổ gà, sụt lún, nắp cống vỡ, cầu xuống cấp. Nếu có nguy hiểm ngay, hãy gọi 1022.",
        road.path("guidance").asText());
    assertTrue(road.path("guidanceEn").asText().startsWith("Give the street and the stretch"));
    for (JsonNode c : catalog.path("categories")) {
      assertFalse(c.path("guidance").asText().isBlank(), "every demo category has guidance");
      assertFalse(c.path("guidanceEn").asText().isBlank(), c.path("code").asText());
    }
    JsonNode agency = catalog.path("agencies").get(0);
    assertFalse(agency.path("focalPoint").asText().isBlank());
    assertFalse(agency.path("contactEmail").asText().isBlank());
    Map<String, JsonNode> channels = new HashMap<>();
    catalog.path("channels").forEach(c -> channels.put(c.path("code").asText(), c));
    assertEquals(Channel.values().length, channels.size());
    assertEquals("Zalo OA của tỉnh", channels.get("ZALO").path("name").asText());
    assertEquals("the 1022 hotline", channels.get("HOTLINE").path("nameEn").asText());
    assertFalse(channels.get("OPEN311").path("deliversNotices").asBoolean());
    assertTrue(channels.get("WEB").path("deliversNotices").asBoolean());
  }
}
