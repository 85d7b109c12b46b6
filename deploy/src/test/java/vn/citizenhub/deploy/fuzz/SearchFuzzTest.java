package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public search ({@code GET /api/public/search?q=&type=&category=&commune=&agency=&page=})
 * against the whole hub: no server error, no stall; a refusal is a bilingual 400; an answer
 * holds only public fields and known kinds; and searching stores nothing (no ticket appears).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFuzzTest {

  private static final Tally TALLY = new Tally("search");
  private static final Set<String> TYPES = Set.of("CODE", "ARTICLE", "ANSWER", "TICKET");
  private static final Set<String> RESULT_FIELDS = Set.of("type", "id", "code", "title",
      "titleEn", "snippet", "text", "summary", "summaryEn", "url", "categoryCode",
      "categoryName", "communeCode", "communeName", "agencyCode", "agencyName", "statusLabel",
      "statusLabelEn", "receivedAt", "latitude", "longitude", "score");
  private static FuzzHub hub;
  private static Set<String> ticketsBefore;

  @BeforeAll
  void start() throws SQLException {
    hub = FuzzHub.start();
    ticketsBefore = hub.ticketCodes();
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  static SearchCase searches(FuzzRandom r) {
    return new SearchCase(
        r.frequency(weight(3, x -> x.oneOf("duong ngap tan an", "đèn đườg", "tan an",
                "W7K3M-9QX2H", "w7k3m9qx2h", "*", "\"", "a~2", "title:x", "(", "AND OR NOT")),
            weight(4, Hostile::text), weight(1, x -> x.anyString(260)), weight(1, x -> null)),
        r.frequency(weight(3, x -> null), weight(2, x -> x.oneOf("ARTICLE", "ANSWER", "TICKET",
            "CODE", "article", "")), weight(1, Hostile::text)),
        r.frequency(weight(3, x -> null), weight(2, x -> x.oneOf("STREET_LIGHT",
            "FLOOD_DRAINAGE", "street_light", "NOPE")), weight(1, Hostile::text)),
        r.frequency(weight(3, x -> null), weight(2, x -> x.oneOf("27712", "99999", "", " ")),
            weight(1, Hostile::text)),
        r.frequency(weight(3, x -> null), weight(2, x -> x.oneOf(FuzzHub.AGENCY, "X")),
            weight(1, Hostile::text)),
        r.frequency(weight(3, x -> null), weight(2, x -> x.oneOf("1", "2", "50", "51", "0",
            "-1", "1e3", "99999999999")), weight(1, Hostile::number)));
  }

  @Test
  void aSearchNeverFailsAndAnswersOnlyPublicFields() throws SQLException {
    FuzzCases.check("search", FuzzCases.CASES, SearchFuzzTest::searches, this::search);
    if (!hub.ticketCodes().equals(ticketsBefore)) {
      throw new AssertionError("searching created tickets");
    }
  }

  private void search(SearchCase c) {
    List<String> p = new ArrayList<>();
    add(p, "q", c.q());
    add(p, "type", c.type());
    add(p, "category", c.category());
    add(p, "commune", c.commune());
    add(p, "agency", c.agency());
    add(p, "page", c.page());
    Answer answer = TALLY.answered(hub.http.get("/api/public/search?" + String.join("&", p),
        Map.of()), c);
    JsonNode body = answer.json();
    if (answer.status() == 400) {
      if (body.path("message").asText().isBlank() || body.path("messageEn").asText().isBlank()) {
        throw new AssertionError("a refusal is not bilingual: " + c + " -> " + answer);
      }
    } else if (answer.status() == 200) {
      for (JsonNode result : body.path("results")) {
        if (!TYPES.contains(result.path("type").asText())) {
          throw new AssertionError("unknown kind: " + c + " -> " + answer);
        }
        result.fieldNames().forEachRemaining(name -> {
          if (!RESULT_FIELDS.contains(name)) {
            throw new AssertionError("a field not public: " + name + " in " + answer);
          }
        });
      }
    }
  }

  private static void add(List<String> p, String name, String value) {
    if (value != null) {
      p.add(name + "=" + Url.segment(value));
    }
  }
}
