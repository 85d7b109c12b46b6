package vn.citizenhub.deploy.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.channel.app.partner.JdbcAppPartners;
import vn.citizenhub.channel.app.signing.RequestSignature;
import vn.citizenhub.contract.TrackingCode;

/**
 * {@code POST /api/app/v1/reports} against the whole hub, signed and mis-signed: no server
 * error, nothing stored for a refusal (no intake, no report of the user, no nonce), a spoiled
 * signature always a 401, and each tracking code given becomes a ticket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppReportFuzzTest {

  private static final String PATH = "/api/app/v1/reports";
  private static final String APP = "fuzz-app";
  private static final String SECRET = "fuzz-secret-" + UUID.randomUUID();
  private static final Tally TALLY = new Tally("app");
  private static final Map<String, String> GIVEN = new ConcurrentHashMap<>();
  private static FuzzHub hub;

  @BeforeAll
  void start() throws Exception {
    hub = FuzzHub.start();
    hub.server.getApplicationContext().getBean(JdbcAppPartners.class)
        .register(APP, "Fuzz app", null, SECRET);
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
  void anAppReportIsRefusedWithNothingStoredOrGetsACodeThatBecomesATicket() {
    FuzzCases.check("app", FuzzCases.CASES, AppReportInputs::cases, this::send);
  }

  private void send(AppCase c) {
    long before = stored();
    long nonces = hub.db.count("SELECT COUNT(*) FROM app_request_nonce");
    Answer answer = TALLY.answered(post(c), c);
    // A body over the 64 KB cap of a JSON body is refused by its size before its signature is
    // checked (413, the cheaper refusal); either way nothing is kept.
    boolean overTheCap = c.bytes().length > 65_536 && answer.status() == 413;
    if (c.spoil() != null && answer.status() != 401 && !overTheCap) {
      throw new AssertionError("a spoiled signature (" + c.spoil() + ") must be a 401: " + c
          + " -> " + answer);
    }
    if (answer.refused()) {
      if (stored() != before) {
        TALLY.storedWhenRefused(c, answer, "an intake or a user's report");
      }
      if (answer.status() == 401
          && hub.db.count("SELECT COUNT(*) FROM app_request_nonce") != nonces) {
        TALLY.storedWhenRefused(c, answer, "the nonce of a refused signature");
      }
      return;
    }
    if (!answer.accepted()) {
      return;
    }
    String code = codeIn(answer, c);
    if (c.key() != null && c.resend()) {
      Answer again = TALLY.answered(post(c), c);
      if (again.accepted() && !code.equals(codeIn(again, c))) {
        throw new AssertionError("the same key and body got another code: " + c + " -> "
            + answer + " then " + again);
      }
    }
  }

  private Answer post(AppCase c) {
    byte[] body = c.bytes();
    long timestamp = Instant.now().getEpochSecond()
        + ("stale".equals(c.spoil()) ? -400 : "future".equals(c.spoil()) ? 400 : 0);
    String nonce = "nonce".equals(c.spoil()) ? "short" : "n" + FuzzHub.fresh() + "-fuzz-nonce";
    byte[] signedBody = "body".equals(c.spoil())
        ? (c.json() + " ").getBytes(StandardCharsets.UTF_8) : body;
    String signedPath = "path".equals(c.spoil()) ? PATH + "?x=1" : PATH;
    String secret = "secret".equals(c.spoil()) ? SECRET + "x" : SECRET;
    String signature = RequestSignature.sign(secret.getBytes(StandardCharsets.UTF_8),
        RequestSignature.canonical("POST", signedPath, Long.toString(timestamp), nonce,
            RequestSignature.sha256Hex(signedBody)));
    Map<String, String> headers = new HashMap<>();
    if (!"headers".equals(c.spoil())) {
      headers.put("X-App-Id", "app".equals(c.spoil()) ? "no-such-app" : APP);
      headers.put("X-Timestamp", Long.toString(timestamp));
      headers.put("X-Nonce", nonce);
      headers.put("X-Signature", signature);
    }
    if (c.user() != null) {
      headers.put("X-App-User", c.user());
    }
    if (c.key() != null) {
      headers.put("Idempotency-Key", c.key());
    }
    try {
      return hub.http.post(PATH, c.contentType(), body, headers);
    } catch (IllegalArgumentException e) {
      // A header value the JDK's client will not send: no request, nothing to check.
      return new Answer(400, "{}");
    }
  }

  private String codeIn(Answer answer, AppCase c) {
    String shown = answer.json().path("trackingCode").asText("");
    String stored = TrackingCode.parse(shown).map(TrackingCode::value)
        .orElseThrow(() -> new AssertionError("accepted without a tracking code: " + c + " -> "
            + answer));
    GIVEN.putIfAbsent(stored, c.toString());
    return stored;
  }

  /**
   * The app channel's rows: its intake and its users' reports. (A nonce is recorded once the
   * signature is proven, before the report is read: a signed but invalid report uses it up.)
   * Not the delivery reports of the app's notices ({@link FuzzHub#intakeRows}).
   */
  private static long stored() {
    return hub.intakeRows(Channel.APP) + hub.db.count("SELECT COUNT(*) FROM app_report");
  }
}
