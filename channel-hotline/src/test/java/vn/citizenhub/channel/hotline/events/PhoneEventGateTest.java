package vn.citizenhub.channel.hotline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.citizenhub.channel.hotline.events.PhoneEventGate.Refusal;

/**
 * The phone system's signature and the checks around it, on a recorded event whose HMAC was
 * computed independently ({@code openssl dgst -sha256 -hmac <secret> ringing.json}).
 */
class PhoneEventGateTest {

  static final String SECRET = "tong-dai-1022-khoa-ky-su-kien-thu-nghiem";
  static final String OPENSSL_HMAC =
      "d8643e41938aa6973228bdbee748f823fb871bf20c3f425f4010aff50d0c5506";
  static final Instant SENT = Instant.parse("2026-11-29T01:00:00Z");

  private final PhoneEventGate gate = new PhoneEventGate(SECRET, Duration.ofMinutes(5), 8192);

  static byte[] recorded(String name) throws IOException {
    try (InputStream in = PhoneEventGateTest.class.getResourceAsStream("/phone-system/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void theSignatureIsTheHmacOfTheRawBodyAsOpensslComputesIt() throws IOException {
    byte[] body = recorded("ringing.json");
    assertEquals("sha256=" + OPENSSL_HMAC, EventSignature.sign(SECRET, body));
    assertTrue(EventSignature.verify("sha256=" + OPENSSL_HMAC, SECRET, body));
    assertTrue(EventSignature.verify(OPENSSL_HMAC.toUpperCase(), SECRET, body),
        "a bare digest in either case is accepted");
  }

  @Test
  void aSignedFreshEventIsBelievedWithTheCallersNumberNormalised() throws IOException {
    var verdict = gate.check(recorded("ringing.json"), "sha256=" + OPENSSL_HMAC,
        SENT.plusSeconds(3));
    assertTrue(verdict.accepted(), () -> String.valueOf(verdict.refusal()));
    PhoneEvent e = verdict.event();
    assertEquals(PhoneEvent.Type.RINGING, e.type());
    assertEquals("pbx-20261129-000123", e.callId());
    assertEquals("+84912345678", e.callerPhone());
    assertEquals("101", e.extension());
    assertEquals(SENT, e.occurredAt());
  }

  @Test
  void anUnsignedOrWronglySignedEventIsRefusedBeforeItsBodyIsRead() throws IOException {
    byte[] body = recorded("ringing.json");
    assertEquals(Refusal.BAD_SIGNATURE, gate.check(body, null, SENT).refusal());
    assertEquals(Refusal.BAD_SIGNATURE,
        gate.check(body, EventSignature.sign("another-secret-of-thirty-two-chars!!", body), SENT)
            .refusal());
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("101", "102")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(Refusal.BAD_SIGNATURE,
        gate.check(tampered, "sha256=" + OPENSSL_HMAC, SENT).refusal(),
        "the signature covers every byte");
    assertEquals(Refusal.BAD_SIGNATURE, gate.check("not json".getBytes(StandardCharsets.UTF_8),
        "sha256=" + OPENSSL_HMAC, SENT).refusal(), "garbage is refused for its signature");
  }

  @Test
  void aReplayedEventOutsideFiveMinutesIsRefusedEitherWay() throws IOException {
    byte[] body = recorded("ringing.json");
    String signature = "sha256=" + OPENSSL_HMAC;
    assertTrue(gate.check(body, signature, SENT.plus(Duration.ofMinutes(5))).accepted());
    assertEquals(Refusal.STALE,
        gate.check(body, signature, SENT.plus(Duration.ofMinutes(5)).plusSeconds(1)).refusal());
    assertEquals(Refusal.STALE,
        gate.check(body, signature, SENT.minus(Duration.ofMinutes(6))).refusal(),
        "a clock far ahead is refused too");
  }

  @Test
  void withoutASecretNothingIsBelieved() throws IOException {
    byte[] body = recorded("ringing.json");
    assertEquals(Refusal.NOT_CONFIGURED,
        new PhoneEventGate(null, Duration.ofMinutes(5), 8192).check(body, "x", SENT).refusal());
    assertEquals(Refusal.NOT_CONFIGURED,
        new PhoneEventGate("short", Duration.ofMinutes(5), 8192).check(body, "x", SENT)
            .refusal());
  }

  @Test
  void aLargeBodyIsRefusedUnread() {
    assertEquals(Refusal.TOO_LARGE, gate.check(new byte[9000], null, SENT).refusal());
  }

  @Test
  void signedButMalformedEventsAreRefused() {
    for (String body : new String[] {
        "[]",
        "{\"event\":\"transferred\",\"callId\":\"c1\",\"extension\":\"101\",\"timestamp\":1}",
        "{\"event\":\"ringing\",\"callId\":\"c 1\",\"extension\":\"101\",\"timestamp\":1}",
        "{\"event\":\"ringing\",\"callId\":\"c1\",\"timestamp\":1}",
        "{\"event\":\"answered\",\"callId\":\"c1\",\"extension\":\"101\"}",
        "{\"event\":\"ended\",\"callId\":\"c1\",\"timestamp\":\"yesterday\"}"}) {
      byte[] raw = body.getBytes(StandardCharsets.UTF_8);
      assertEquals(Refusal.MALFORMED, gate.check(raw, EventSignature.sign(SECRET, raw), SENT)
          .refusal(), body);
    }
  }

  @Test
  void timestampsThatAreNoStorableTimeAreMalformedNotServerErrors() {
    for (String timestamp : new String[] {
        "99999999999999999", "\"99999999999999999\"", "-1", "\"-1\"",
        "99999999999999999999999999", "\"99999999999999999999999999\"", "1.7e9", "1e400",
        "253402300800", "\"+1000000000-01-01T00:00:00Z\"", "\"-0001-01-01T00:00:00Z\"",
        "\"\u0661\u0667\u0660\u0660\"", "\"abc\"", "\"\"", "null", "true", "{}", "[]"}) {
      byte[] raw = ("{\"event\":\"ringing\",\"callId\":\"c1\",\"extension\":\"101\","
          + "\"timestamp\":" + timestamp + "}").getBytes(StandardCharsets.UTF_8);
      assertEquals(Refusal.MALFORMED, gate.check(raw, EventSignature.sign(SECRET, raw), SENT)
          .refusal(), timestamp);
    }
  }

  @Test
  void aTimestampThatIsATimeButFarFromNowIsStale() {
    for (String timestamp : new String[] {"0", "253402300799", "\"9999-12-31T23:59:59Z\""}) {
      byte[] raw = ("{\"event\":\"ringing\",\"callId\":\"c1\",\"extension\":\"101\","
          + "\"timestamp\":" + timestamp + "}").getBytes(StandardCharsets.UTF_8);
      assertEquals(Refusal.STALE, gate.check(raw, EventSignature.sign(SECRET, raw), SENT)
          .refusal(), timestamp);
    }
  }

  @Test
  void callIdsAndExtensionsLongerThanTheirColumnsAreMalformed() {
    long now = SENT.getEpochSecond();
    String atMax = "{\"event\":\"ringing\",\"callId\":\"" + "c".repeat(64)
        + "\",\"extension\":\"" + "1".repeat(20) + "\",\"caller\":\"0912 345 678\","
        + "\"timestamp\":" + now + "}";
    byte[] ok = atMax.getBytes(StandardCharsets.UTF_8);
    assertTrue(gate.check(ok, EventSignature.sign(SECRET, ok), SENT).accepted());
    for (String body : new String[] {
        atMax.replace("c".repeat(64), "c".repeat(65)),
        atMax.replace("1".repeat(20), "1".repeat(21)),
        atMax.replace(":\"c", ":\"\\u0000c")}) {
      byte[] raw = body.getBytes(StandardCharsets.UTF_8);
      assertEquals(Refusal.MALFORMED, gate.check(raw, EventSignature.sign(SECRET, raw), SENT)
          .refusal(), body);
    }
    String longCaller = atMax.replace("0912 345 678", "0912 345 678" + "9".repeat(5000));
    byte[] raw = longCaller.getBytes(StandardCharsets.UTF_8);
    var verdict = new PhoneEventGate(SECRET, Duration.ofMinutes(5), 16384)
        .check(raw, EventSignature.sign(SECRET, raw), SENT);
    assertTrue(verdict.accepted());
    assertNull(verdict.event().callerPhone(), "a number that is no phone number is withheld");
  }

  @Test
  void aWithheldNumberAndAnIsoTimestampAreAccepted() {
    byte[] raw = ("{\"event\":\"ENDED\",\"callId\":\"c-9\",\"caller\":\"anonymous\","
        + "\"timestamp\":\"2026-11-29T01:00:30Z\"}").getBytes(StandardCharsets.UTF_8);
    var verdict = gate.check(raw, EventSignature.sign(SECRET, raw), SENT);
    assertTrue(verdict.accepted());
    assertNull(verdict.event().callerPhone());
    assertNull(verdict.event().extension(), "a hang-up needs no extension");
    assertFalse(EventSignature.verify("sha256=", SECRET, raw));
  }
}
