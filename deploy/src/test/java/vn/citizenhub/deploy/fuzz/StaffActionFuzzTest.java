package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;

/**
 * The staff API signed in as the agency's officer and the province's coordinator: action bodies
 * with every field hostile, and sign-in bodies. No server error; a refused action leaves the
 * ticket as it was; a refused sign-in opens no session.
 */
class StaffActionFuzzTest {

  private static final int TICKETS = 12;
  private static final Tally TALLY = new Tally("staff");
  private static final List<Long> IDS = new ArrayList<>();
  private static FuzzHub hub;
  private static String officer;
  private static String coordinator;

  @BeforeContainer
  static void start() {
    hub = FuzzHub.forThisClass();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < TICKETS; i++) {
      Answer sent = hub.http.post("/api/web/reports", "application/json",
          OrdinaryReport.json().getBytes(StandardCharsets.UTF_8), Map.of());
      if (sent.status() != 202) {
        throw new IllegalStateException("the run's tickets could not be reported: " + sent);
      }
      codes.add(TrackingCode.parse(sent.json().path("trackingCode").asText()).orElseThrow()
          .value());
    }
    for (String code : codes) {
      await().atMost(Duration.ofSeconds(30)).until(() -> hub.db.count("SELECT COUNT(*) FROM"
          + " ticket WHERE tracking_code = ? AND status = 'ROUTED'", code) == 1);
      IDS.add(Long.parseLong(hub.db.string("SELECT id FROM ticket WHERE tracking_code = ?",
          code)));
    }
    officer = token(FuzzHub.OFFICER);
    coordinator = token(FuzzHub.COORDINATOR);
  }

  private static String token(String username) {
    Answer answer = hub.http.post("/api/staff/token", "application/json", credentials(
        username, FuzzHub.PASSWORD).getBytes(StandardCharsets.UTF_8), Map.of());
    if (answer.status() != 200) {
      throw new IllegalStateException("sign-in of " + username + " refused: " + answer);
    }
    return answer.json().path("accessToken").asText();
  }

  private static String credentials(String username, String password) {
    return ContractJson.mapper().createObjectNode().put("username", username)
        .put("password", password).toString();
  }

  @AfterContainer
  static void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
    }
  }

  @Provide
  Arbitrary<StaffCase> actions() {
    return StaffInputs.cases(TICKETS);
  }

  @Property
  void aStaffActionIsTakenOrRefusedLeavingTheTicketAsItWas(@ForAll("actions") StaffCase c) {
    long id = IDS.get(c.ticket());
    long other = IDS.get((c.ticket() + 1) % TICKETS);
    String version = hub.db.string("SELECT version FROM ticket WHERE id = ?", id);
    String json = c.json().replace(StaffCase.VERSION, version)
        .replace(StaffCase.OTHER, String.valueOf(other));
    String path = "/api/staff/tickets/" + (c.pathId() == null ? id : c.pathId()) + "/actions";
    Answer answer = TALLY.answered(hub.http.post(path, c.contentType(), JsonText.bytes(json),
        Map.of("Authorization", "Bearer " + (c.coordinator() ? coordinator : officer))), c);
    // The version moves with every action taken (a timeline entry may also come later from a
    // notice sent for an earlier action, so the timeline is no measure).
    if (answer.refused()
        && !version.equals(hub.db.string("SELECT version FROM ticket WHERE id = ?", id))) {
      TALLY.storedWhenRefused(c, answer, "a change to the ticket");
    }
  }

  @Provide
  Arbitrary<String> signIns() {
    Arbitrary<String> name = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(FuzzHub.SIGN_IN_TARGET, "không-có-ai").map(JsonText::quote)),
        Tuple.of(2, Hostile.stringValue()));
    return Arbitraries.frequencyOf(
        Tuple.of(6, Combinators.combine(name, Hostile.stringValue()).as((u, p) ->
            "{\"username\":" + u + ",\"password\":" + p + "}")),
        Tuple.of(1, WebReportInputs.wholeBody()));
  }

  @Property(tries = 100)
  void aHostileSignInIsRefusedWithoutOpeningASession(@ForAll("signIns") String body) {
    long sessions = hub.db.count("SELECT COUNT(*) FROM staff_session");
    Answer answer = TALLY.answered(hub.http.post("/api/staff/token", "application/json",
        JsonText.bytes(body), Map.of()), Shown.of(body));
    if (answer.accepted()) {
      throw new AssertionError("a sign-in without the password succeeded: " + Shown.of(body));
    }
    if (hub.db.count("SELECT COUNT(*) FROM staff_session") != sessions) {
      TALLY.storedWhenRefused(Shown.of(body), answer, "a staff session");
    }
  }
}
