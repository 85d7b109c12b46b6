package vn.citizenhub.deploy.fuzz;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.zalo.FakeZalo;
import vn.citizenhub.channel.zalo.webhook.EventSignature;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;
import vn.citizenhub.contract.TrackingCode;

/**
 * {@code POST /zalo/webhook} with signed events: hostile conversations and events of absurd
 * shape. No server error; an event refused is not stored; every code the OA sent a citizen
 * becomes a ticket; no event is left unprocessed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloWebhookFuzzTest {

  private static final String PATH = "/zalo/webhook";
  private static final Pattern CODE =
      Pattern.compile("Mã tra cứu của bạn: ([A-Z0-9]{5}-[A-Z0-9]{5})");
  private static final AtomicLong CLOCK = new AtomicLong(System.currentTimeMillis());
  private static final Tally TALLY = new Tally("zalo");
  private static FuzzHub hub;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
  }

  @AfterAll
  void finish() {
    try {
      try {
        await("every stored Zalo event is processed").atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> hub.db.count("SELECT COUNT(*) FROM zalo_inbox WHERE state = 'NEW'") == 0);
      } catch (ConditionTimeoutException e) {
        TALLY.stalledAfterRun(new AssertionError(hub.db.count(
            "SELECT COUNT(*) FROM zalo_inbox WHERE state = 'NEW'") + " events still unprocessed,"
            + " e.g. " + hub.db.string("SELECT last_error FROM zalo_inbox WHERE state = 'NEW'"
            + " ORDER BY attempts DESC LIMIT 1")));
      }
      hub.assertPromisesKept(codesSent(hub.zalo), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  /** Every code the OA told a citizen (as stored), to whom. */
  private static Map<String, String> codesSent(FakeZalo zalo) {
    Map<String, String> codes = new HashMap<>();
    for (FakeZalo.Sent sent : zalo.sent) {
      Matcher m = CODE.matcher(sent.text() == null ? "" : sent.text());
      if (m.find()) {
        codes.put(TrackingCode.parse(m.group(1)).orElseThrow().value(), "Zalo user "
            + sent.userId());
      }
    }
    return codes;
  }

  @Test
  void aSignedZaloEventIsAnsweredWithoutAServerErrorAndARefusedOneIsNotStored() {
    FuzzCases.check("zalo", FuzzCases.CASES, ZaloInputs::cases, this::send);
  }

  private void send(ZaloCase c) {
    String user = String.valueOf(8_300_000_000_000_000_000L + FuzzHub.fresh() % 99_999_999L);
    for (ZaloCase.Event event : c.events()) {
      String json = event.json().replace(ZaloCase.USER, user)
          .replace(ZaloCase.TIME, String.valueOf(CLOCK.incrementAndGet()));
      byte[] body = JsonText.bytes(json);
      Map<String, String> headers = new HashMap<>();
      if (event.signing() != ZaloCase.Signing.NONE) {
        String timestamp = ZaloEvent.parse(body).map(ZaloEvent::timestamp).orElse("");
        String mac = EventSignature.sign(FuzzHub.ZALO_APP_ID, body,
            timestamp == null ? "" : timestamp, FuzzHub.ZALO_SECRET);
        headers.put("X-ZEvent-Signature", event.signing() == ZaloCase.Signing.SIGNED ? mac
            : mac.substring(0, mac.length() - 2) + "00");
      }
      long stored = inboxRows();
      Answer answer = TALLY.answered(hub.http.post(PATH, "application/json", body, headers),
          c);
      if (answer.refused() && inboxRows() != stored) {
        TALLY.storedWhenRefused(c, answer, "a zalo_inbox row");
      }
    }
  }

  private static long inboxRows() {
    return hub.db.count("SELECT COUNT(*) FROM zalo_inbox");
  }
}
