package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;

/**
 * The staff API signed in as the agency's officer and the province's coordinator: action bodies
 * with every field hostile, and sign-in bodies. No server error; a refused action leaves the
 * ticket as it was; a refused sign-in opens no session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffActionFuzzTest {

  private static final int TICKETS = 12;
  private static final Tally TALLY = new Tally("staff");
  private static final List<Long> IDS = new ArrayList<>();
  private static FuzzHub hub;
  private static String officer;
  private static String coordinator;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
    IDS.clear();
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

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  @Test
  void aStaffActionIsTakenOrRefusedLeavingTheTicketAsItWas() {
    FuzzCases.check("staff actions", FuzzCases.CASES, r -> StaffInputs.cases(r, TICKETS),
        this::act);
  }

  private void act(StaffCase c) {
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

  static String signIns(FuzzRandom r) {
    return r.frequency(
        weight(6, x -> {
          String name = x.frequency(
              weight(3, y -> JsonText.quote(y.oneOf(FuzzHub.SIGN_IN_TARGET, "không-có-ai"))),
              weight(2, Hostile::stringValue));
          return "{\"username\":" + name + ",\"password\":" + Hostile.stringValue(x) + "}";
        }),
        weight(1, WebReportInputs::wholeBody));
  }

  /** Fewer than the other tests: every wrong password also runs the password hash. */
  @Test
  void aHostileSignInIsRefusedWithoutOpeningASession() {
    FuzzCases.check("staff sign-ins", Math.max(1, FuzzCases.CASES * 2 / 5),
        StaffActionFuzzTest::signIns, this::signIn);
  }

  private void signIn(String body) {
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
