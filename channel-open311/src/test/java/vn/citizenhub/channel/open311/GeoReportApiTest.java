package vn.citizenhub.channel.open311;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.citizenhub.channel.open311.keys.ApiKeys;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;

/**
 * A GeoReport v2 client against the channel beside hub-core (as in the all-in-one hub), on a real
 * broker and MariaDB: every endpoint in JSON and XML, parsed, with the specification's names.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoReportApiTest implements TestPropertyProvider {

  static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status",
      "status_notes", "service_name", "service_code", "description", "agency_responsible",
      "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
      "address_id", "zipcode", "lat", "long", "media_url");
  static final List<String> PERSONAL = List.of("Trần", "Thị Hoa", "hoa.tran", "0912", "345 678",
      "Nguyễn Huệ", "Số 45", "device-123");

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject ApiKeys keys;
  private Open311Client client;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    return new HashMap<>(HubTestProperties.realServices("open311"));
  }

  @BeforeAll
  void start() throws Exception {
    client = new Open311Client(server.getURL().toString());
    key = keys.issue("FixMyStreet test", "test").key();
  }

  @Test
  void discoveryAndServicesInJsonAndXml() throws Exception {
    JsonNode discovery = client.get("/discovery.json").json();
    for (String f : List.of("changeset", "contact", "key_service", "endpoints")) {
      assertTrue(discovery.has(f), f);
    }
    JsonNode endpoint = discovery.path("endpoints").get(0);
    assertEquals("production", endpoint.path("type").asText());
    assertTrue(endpoint.path("url").asText().endsWith("/open311/v2"));
    assertEquals("application/json", endpoint.path("formats").get(1).asText());
    Document xmlDiscovery = client.get("/discovery.xml").xml();
    assertEquals("discovery", xmlDiscovery.getDocumentElement().getTagName());
    assertEquals(2, xmlDiscovery.getElementsByTagName("format").getLength());

    Open311Client.Reply services = client.get("/services.json");
    assertEquals(200, services.status());
    assertTrue(services.contentType().startsWith("application/json"));
    JsonNode road = find(services.json(), "service_code", "ROAD_DAMAGE");
    for (String f : List.of("service_code", "service_name", "description", "metadata", "type",
        "keywords", "group")) {
      assertTrue(road.has(f), f);
    }
    assertEquals("Hư hỏng đường, cầu giao thông", road.path("service_name").asText());
    assertFalse(road.path("metadata").asBoolean());
    Document xmlServices = client.get("/services.xml").xml();
    assertEquals("services", xmlServices.getDocumentElement().getTagName());
    assertTrue(xmlServices.getElementsByTagName("service").getLength() > 5);
    assertEquals("realtime", child(first(xmlServices, "service"), "type"));

    JsonNode definition = client.get("/services/ROAD_DAMAGE.json").json();
    assertEquals("ROAD_DAMAGE", definition.path("service_code").asText());
    assertTrue(definition.path("attributes").isArray());
    Document xmlDefinition = client.get("/services/ROAD_DAMAGE.xml").xml();
    assertEquals("service_definition", xmlDefinition.getDocumentElement().getTagName());
    assertEquals(1, xmlDefinition.getElementsByTagName("attributes").getLength());
    Open311Client.Reply unknown = client.get("/services/NO_SUCH.xml");
    assertEquals(404, unknown.status());
    assertEquals("404", child(first(unknown.xml(), "error"), "code"));
  }

  @Test
  void aPostedRequestIsRoutedAndReadBackInJsonAndXmlWithoutPersonalData() throws Exception {
    Open311Client.Reply posted = client.post("/requests.json",
        Open311Client.pothole(key, "Ổ gà rất sâu trước chợ, xe máy vấp ngã " + UUID.randomUUID()),
        null);
    assertEquals(200, posted.status(), posted.body());
    JsonNode answer = posted.json().get(0);
    for (String f : List.of("service_request_id", "token", "service_notice", "account_id")) {
      assertTrue(answer.has(f), f);
    }
    String id = answer.path("service_request_id").asText();
    String code = TrackingCode.parse(id).orElseThrow().value();
    assertEquals('G', code.charAt(0));

    var records = KafkaProbe.readUntil(Topics.INTAKE,
        seen -> seen.stream().anyMatch(r -> KafkaProbe.text(r).contains(code)),
        Duration.ofSeconds(20));
    JsonNode envelope = vn.citizenhub.contract.ContractJson.mapper().readTree(records.stream()
        .map(KafkaProbe::text).filter(t -> t.contains(code)).findFirst().orElseThrow());
    assertEquals("OPEN311", envelope.path("channel").asText());
    assertTrue(envelope.path("citizen").path("identity").asText().startsWith("open311:"));
    assertFalse(envelope.path("citizen").path("identity").asText().contains("device-123"));

    JsonNode one = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> {
          Open311Client.Reply r = client.get("/requests/" + id + ".json");
          return r.status() == 200 ? r.json().get(0) : null;
        }, r -> r != null && !r.path("agency_responsible").isNull());
    for (String f : REQUEST_FIELDS) {
      assertTrue(one.has(f), "JSON lacks " + f);
    }
    assertEquals(id, one.path("service_request_id").asText());
    assertEquals("open", one.path("status").asText());
    assertEquals("ROAD_DAMAGE", one.path("service_code").asText());
    assertEquals("Phường Kiến Tường", one.path("address").asText());
    assertTrue(one.path("description").isNull());
    assertEquals(10.785, one.path("lat").asDouble(), 1e-9);
    assertEquals(105.928, one.path("long").asDouble(), 1e-9);
    assertTrue(one.path("expected_datetime").asText().endsWith("+07:00"));

    Open311Client.Reply xml = client.get("/requests/" + id + ".xml");
    assertTrue(xml.contentType().startsWith("text/xml"));
    Document doc = xml.xml();
    assertEquals("service_requests", doc.getDocumentElement().getTagName());
    Element request = first(doc, "request");
    for (String f : REQUEST_FIELDS) {
      assertEquals(1, request.getElementsByTagName(f).getLength(), "XML lacks " + f);
    }
    assertEquals(one.path("agency_responsible").asText(), child(request, "agency_responsible"));
    assertEquals("", child(request, "description"));

    Open311Client.Reply list = client.get("/requests.json?service_code=ROAD_DAMAGE&status=open"
        + "&page_size=50");
    assertEquals(200, list.status());
    assertTrue(find(list.json(), "service_request_id", id).isObject());
    Document listXml = client.get("/requests.xml?service_request_id=" + id).xml();
    assertEquals(1, listXml.getElementsByTagName("request").getLength());
    JsonNode closedOnly = client.get("/requests.json?status=closed&service_code=ROAD_DAMAGE").json();
    closedOnly.forEach(r -> assertNotEquals(id, r.path("service_request_id").asText()));

    JsonNode token = client.get("/tokens/" + code + ".json").json().get(0);
    assertEquals(id, token.path("service_request_id").asText());
    assertEquals(code, token.path("token").asText());
    assertEquals(id, child(first(client.get("/tokens/" + code + ".xml").xml(), "request"),
        "service_request_id"));

    for (String path : List.of("/requests/" + id + ".json", "/requests/" + id + ".xml",
        "/requests.json?service_request_id=" + id, "/requests.xml?service_code=ROAD_DAMAGE",
        "/tokens/" + code + ".json")) {
      String body = client.get(path).body();
      for (String personal : PERSONAL) {
        assertFalse(body.contains(personal), path + " shows " + personal);
      }
    }
  }

  @Test
  void aRetriedPostGivesTheSameRequest() throws Exception {
    Map<String, String> form = Open311Client.pothole(key, "Đèn đường tắt cả tuần " + UUID.randomUUID());
    String first = client.post("/requests.json", form, null).json().get(0)
        .path("service_request_id").asText();
    String again = client.post("/requests.xml", form, null).xml()
        .getElementsByTagName("service_request_id").item(0).getTextContent();
    assertEquals(first, again);
    String keyed = client.post("/requests.json", form, "retry-" + UUID.randomUUID()).json()
        .get(0).path("service_request_id").asText();
    assertNotEquals(first, keyed, "an explicit key is a request of its own");
  }

  @Test
  void aBadKeyIsRefusedWith403AndNothingIsStored() throws Exception {
    long before = intakeRows();
    for (String format : List.of("json", "xml")) {
      Open311Client.Reply r = client.post("/requests." + format,
          Open311Client.pothole("not-a-key", "Một yêu cầu với khóa sai " + format), null);
      assertEquals(403, r.status());
      if (format.equals("json")) {
        assertEquals("403", r.json().get(0).path("code").asText());
        assertTrue(r.json().get(0).path("description").asText().startsWith("api_key thiếu"));
      } else {
        assertEquals("errors", r.xml().getDocumentElement().getTagName());
        assertEquals("403", child(first(r.xml(), "error"), "code"));
      }
    }
    Map<String, String> noKey = Open311Client.pothole(key, "Không có khóa nào cả ở đây");
    noKey.remove("api_key");
    assertEquals(403, client.post("/requests.json", noKey, null).status());
    assertEquals(before, intakeRows());
  }

  @Test
  void invalidInputIsRefusedWith400AndNothingIsStored() throws Exception {
    long before = intakeRows();
    Map<String, Map<String, String>> cases = new HashMap<>();
    Map<String, String> outside = Open311Client.pothole(key, "Tọa độ ở Paris, không phải Tây Ninh");
    outside.put("lat", "48.85");
    outside.put("long", "2.35");
    cases.put("lat", outside);
    Map<String, String> nan = Open311Client.pothole(key, "Tọa độ không phải là số hữu hạn");
    nan.put("lat", "NaN");
    cases.put("lat ", nan);
    Map<String, String> html = Open311Client.pothole(key, "<script>alert(1)</script> ổ gà");
    cases.put("description", html);
    Map<String, String> shortText = Open311Client.pothole(key, "ngắn");
    cases.put("description ", shortText);
    Map<String, String> noService = Open311Client.pothole(key, "Không có mã dịch vụ ở đây");
    noService.remove("service_code");
    cases.put("service_code", noService);
    Map<String, String> phone = Open311Client.pothole(key, "Số điện thoại sai định dạng");
    phone.put("phone", "12");
    cases.put("phone", phone);
    Map<String, String> nowhere = Open311Client.pothole(key, "Không có vị trí nào được nêu");
    nowhere.remove("lat");
    nowhere.remove("long");
    nowhere.remove("address_id");
    nowhere.remove("address_string");
    cases.put("lat  ", nowhere);
    for (var c : cases.entrySet()) {
      Open311Client.Reply r = client.post("/requests.json", c.getValue(), null);
      assertEquals(400, r.status(), c.getKey() + ": " + r.body());
      JsonNode errors = r.json();
      assertTrue(errors.isArray() && errors.size() >= 1);
      String argument = c.getKey().strip();
      assertTrue(java.util.stream.StreamSupport.stream(errors.spliterator(), false)
          .anyMatch(e -> e.path("description").asText().startsWith(argument + ":")),
          c.getKey() + " " + r.body());
    }
    Map<String, String> unknown = Open311Client.pothole(key, "Một lĩnh vực không tồn tại");
    unknown.put("service_code", "NO_SUCH_SERVICE");
    Open311Client.Reply r = client.post("/requests.xml", unknown, null);
    assertEquals(404, r.status());
    assertEquals("404", child(first(r.xml(), "error"), "code"));
    assertEquals(before, intakeRows());
  }

  @Test
  void unknownRequestsTokensAndBadFiltersAreSpecErrors() throws Exception {
    Open311Client.Reply none = client.get("/requests/G2345-6789A.json");
    assertEquals(404, none.status());
    assertEquals("404", none.json().get(0).path("code").asText());
    assertEquals(404, client.get("/tokens/nonsense.xml").status());
    Open311Client.Reply span = client.get("/requests.json?start_date=2026-01-01T00:00:00Z"
        + "&end_date=2026-06-01T00:00:00Z");
    assertEquals(400, span.status());
    assertTrue(span.json().get(0).path("description").asText().startsWith("start_date"));
    assertEquals(400, client.get("/requests.xml?status=pending").status());
    assertEquals(400, client.get("/requests.json?page_size=0").status());
    assertEquals(404, client.get("/requests").status());
  }

  private long intakeRows() throws Exception {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM channel_intake_outbox WHERE channel = 'OPEN311'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (value.equals(item.path(field).asText())) {
        return item;
      }
    }
    throw new AssertionError("no item with " + field + "=" + value);
  }

  static Element first(Document doc, String tag) {
    Node node = doc.getElementsByTagName(tag).item(0);
    if (node == null) {
      throw new AssertionError("no <" + tag + ">");
    }
    return (Element) node;
  }

  static String child(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    if (nodes.getLength() == 0) {
      throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }
    return nodes.item(0).getTextContent();
  }
}
