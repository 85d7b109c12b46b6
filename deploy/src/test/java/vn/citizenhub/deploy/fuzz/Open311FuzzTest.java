package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import vn.citizenhub.channel.open311.keys.ApiKeys;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;

/**
 * Open311 against the whole hub: posts (form, JSON, broken bodies, wrong keys and suffixes) and
 * list queries with hostile filters. No server error, every answer in the format its suffix names
 * (an errors list when refused), nothing stored for a refusal, each id given becomes a ticket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311FuzzTest {

  private static final String BASE = "/open311/v2/";
  private static final Tally TALLY = new Tally("open311");
  private static final Map<String, String> GIVEN = new ConcurrentHashMap<>();
  private static FuzzHub hub;
  private static String apiKey;

  @BeforeAll
  void start() throws Exception {
    hub = FuzzHub.start();
    apiKey = hub.server.getApplicationContext().getBean(ApiKeys.class).issue("fuzz", "fuzz")
        .key();
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(GIVEN, TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  @Test
  void aPostIsRefusedInItsFormatWithNothingStoredOrGetsAnIdThatBecomesATicket() {
    FuzzCases.check("open311", FuzzCases.CASES, r -> Open311Inputs.cases(r, apiKey), this::post);
  }

  @Test
  void listQueriesWithHostileFiltersAreAnsweredInTheirFormat() {
    FuzzCases.check("open311-list", FuzzCases.CASES / 2, Open311FuzzTest::listQuery, q -> {
      String format = q.startsWith("requests.json") ? "json" : "xml";
      Answer answer = TALLY.answered(hub.http.get(BASE + q, Map.of()), q);
      // An address longer than the server reads is refused by the HTTP layer before any route.
      if (answer.status() != 413 && answer.status() != 414 && answer.status() != 431) {
        parsed(format, answer, q);
      }
    });
  }

  private static String listQuery(FuzzRandom r) {
    String file = r.oneOf("requests.json", "requests.xml");
    StringBuilder q = new StringBuilder(file).append('?');
    for (String name : new String[] {"service_request_id", "service_code", "start_date",
        "end_date", "status", "page", "page_size"}) {
      if (r.anyBoolean()) {
        String value = r.frequency(
            weight(2, x -> x.oneOf("G2345-6789A", "ROAD_DAMAGE,STREET_LIGHT", "open",
                "closed,open", "2026-11-01T00:00:00+07:00", "2026-12-01T00:00:00Z", "1", "50")),
            weight(2, Hostile::text),
            weight(2, Hostile::number),
            weight(1, Hostile::nasty));
        q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))
            .append('&');
      }
    }
    return q.toString();
  }

  private void post(Open311Case c) {
    long before = outboxRows();
    Answer answer = TALLY.answered(hub.http.post(BASE + c.file(), c.contentType(), c.bytes(),
        c.headers()), c);
    String format = c.file().endsWith(".json") && c.file().length() > ".json".length()
        && !c.file().equals(".json") ? "json" : "xml";
    String id = parsed(format, answer, c);
    if (answer.refused() && outboxRows() != before) {
      TALLY.storedWhenRefused(c, answer, "an intake outbox row");
    }
    if (answer.accepted()) {
      String stored = TrackingCode.parse(id).map(TrackingCode::value).orElseThrow(() ->
          new AssertionError("accepted without a service_request_id: " + c + " -> " + answer));
      GIVEN.putIfAbsent(stored, c.toString());
      Answer again = TALLY.answered(hub.http.post(BASE + c.file(), c.contentType(), c.bytes(),
          c.headers()), c);
      String second = parsed(format, again, c);
      if (again.accepted() && !id.equals(second)) {
        throw new AssertionError("the same post again got another id: " + c + " -> " + answer
            + " then " + again);
      }
    }
  }

  /**
   * The answer parsed in its format: a list of errors when refused, of one request when
   * accepted; the first service_request_id in it, or null.
   */
  private static String parsed(String format, Answer answer, Object c) {
    if (answer.stalled() || answer.serverError()) {
      return null;
    }
    try {
      if (format.equals("json")) {
        JsonNode list = ContractJson.mapper().readTree(answer.body());
        if (list == null || !list.isArray()) {
          throw new AssertionError("not a JSON list: " + c + " -> " + answer);
        }
        if (answer.refused() && (list.isEmpty() || !list.get(0).has("code")
            || !list.get(0).has("description"))) {
          throw new AssertionError("not an errors list: " + c + " -> " + answer);
        }
        return list.isEmpty() ? null : list.get(0).path("service_request_id").asText(null);
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
          answer.body().getBytes(StandardCharsets.UTF_8)));
      String root = doc.getDocumentElement().getTagName();
      if (answer.refused() != root.equals("errors")) {
        throw new AssertionError("<" + root + "> for " + c + " -> " + answer);
      }
      var ids = doc.getElementsByTagName("service_request_id");
      return ids.getLength() == 0 ? null : ids.item(0).getTextContent();
    } catch (AssertionError e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError("not " + format + ": " + c + " -> " + answer, e);
    }
  }

  private static long outboxRows() {
    return hub.db.count("SELECT COUNT(*) FROM channel_intake_outbox WHERE channel = 'OPEN311'");
  }
}
