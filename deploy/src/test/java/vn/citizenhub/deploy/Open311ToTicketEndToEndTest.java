package vn.citizenhub.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.citizenhub.channel.open311.keys.ApiKeys;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.ScanLogsForPersonalData;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The whole path as the all-in-one hub runs it: an Open311 client posts a form -> channel-open311
 * -> Kafka -> hub-core routes it -> the client reads it back in JSON and XML, routed, with its
 * agency, and without the personal data it posted (nor do the logs hold it).
 */
@ScanLogsForPersonalData({Open311ToTicketEndToEndTest.NAME, Open311ToTicketEndToEndTest.PHONE,
    Open311ToTicketEndToEndTest.EMAIL, Open311ToTicketEndToEndTest.ADDRESS})
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311ToTicketEndToEndTest implements TestPropertyProvider {

  static final String NAME = "Võ Thị Mai";
  static final String PHONE = "0938 765 432";
  static final String EMAIL = "mai.vo@example.vn";
  static final String ADDRESS = "Số 17 Đường Trần Hưng Đạo";

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject ApiKeys keys;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private String base;
  private String key;
  private long keyId;

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("e2e_open311");
  }

  @BeforeAll
  void start() throws Exception {
    base = server.getURL().toString().replaceAll("/+$", "") + "/open311/v2";
    ApiKeys.Issued issued = keys.issue("city dashboard", "test");
    key = issued.key();
    keyId = issued.id();
  }

  @Test
  void aGeoReportClientPostsARequestAndReadsItBackRoutedInJsonAndXml() throws Exception {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("api_key", key);
    form.put("service_code", "ROAD_DAMAGE");
    form.put("address_string", ADDRESS + ", phường Kiến Tường");
    form.put("address_id", "27787");
    form.put("lat", "10.77");
    form.put("long", "105.93");
    form.put("description", "Mặt đường sụt lún thành hố lớn, nguy hiểm cho xe máy ban đêm.");
    form.put("first_name", "Võ Thị");
    form.put("last_name", "Mai");
    form.put("email", EMAIL);
    form.put("phone", PHONE);
    form.put("account_id", "fms-user-42");
    HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base
            + "/requests.xml"))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, posted.statusCode(), posted.body());
    String id = xml(posted.body()).getElementsByTagName("service_request_id").item(0)
        .getTextContent();
    String code = TrackingCode.parse(id).orElseThrow().value();

    JsonNode request = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> {
          HttpResponse<String> r = get("/requests/" + id + ".json");
          return r.statusCode() == 200 ? ContractJson.mapper().readTree(r.body()).get(0) : null;
        }, r -> r != null && !r.path("agency_responsible").isNull());
    // Roads in Phường Kiến Tường are its People's Committee's (as for a web report).
    assertEquals("Ủy ban nhân dân phường Kiến Tường", request.path("agency_responsible").asText());
    assertEquals("open", request.path("status").asText());
    assertEquals("Phường Kiến Tường", request.path("address").asText());
    assertTrue(request.path("status_notes").asText().startsWith("Đã chuyển"));

    Document doc = xml(get("/requests/" + id + ".xml").body());
    Element one = (Element) doc.getElementsByTagName("request").item(0);
    assertEquals("open", one.getElementsByTagName("status").item(0).getTextContent());
    assertEquals(request.path("agency_responsible").asText(),
        one.getElementsByTagName("agency_responsible").item(0).getTextContent());

    SqlProbe db = new SqlProbe(database.pool());
    assertEquals("OPEN311", db.string("SELECT channel FROM ticket WHERE tracking_code = ?", code));
    // The citizen is the client's account under this key, hashed: not the account id itself.
    String citizen = db.string("SELECT c.external_id FROM ticket t JOIN citizen c"
        + " ON c.id = t.citizen_id WHERE t.tracking_code = ?", code);
    assertTrue(citizen.contains(keyId + ":a-"), citizen);
    assertFalse(citizen.contains("fms-user-42"), citizen);

    for (String path : List.of("/requests/" + id + ".json", "/requests/" + id + ".xml",
        "/requests.json?service_code=ROAD_DAMAGE", "/requests.xml?service_request_id=" + id,
        "/tokens/" + code + ".json")) {
      String body = get(path).body();
      for (String personal : List.of(NAME, "Võ Thị", PHONE, "0938", EMAIL, "Trần Hưng Đạo",
          "fms-user-42")) {
        assertFalse(body.contains(personal), path + " shows " + personal);
      }
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static Document xml(String body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }
}
