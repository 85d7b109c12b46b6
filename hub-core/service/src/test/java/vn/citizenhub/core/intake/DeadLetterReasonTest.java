package vn.citizenhub.core.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeEnvelope;

/** Reasons name fields, states and types, never a citizen's value; glimpses read only codes. */
class DeadLetterReasonTest {

  private static final String SECRET = "0912345678 Nguyễn Văn An";

  @Test
  void aValueJacksonCannotReadIsNotQuotedInTheReason() {
    String json = "{\"schema\":{\"name\":\"hub.intake\",\"version\":1},\"id\":\"e-1\","
        + "\"occurredAt\":\"" + SECRET + "\"}";
    UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(
        UncheckedIOException.class,
        () -> ContractJson.read(json.getBytes(StandardCharsets.UTF_8), IntakeEnvelope.class));
    DeadLetterReason reason = DeadLetterReason.malformed(e);
    assertEquals(DeadLetterReason.MALFORMED, reason.code());
    assertTrue(reason.text().startsWith("malformed JSON: "), reason.text());
    assertTrue(reason.text().endsWith(" at occurredAt"), reason.text());
    assertFalse(reason.text().contains("0912345678"), reason.text());
  }

  @Test
  void aDatabaseRefusalNamesItsStateAndColumnButNotTheValue() {
    SQLException refused = new SQLException(
        "Incorrect string value: '" + SECRET + "' for column 'display_name' at row 1", "22007", 1366);
    DeadLetterReason reason = DeadLetterReason.failed(new IllegalStateException(refused),
        FailureKind.RECORD);
    assertEquals(DeadLetterReason.DATA_ERROR, reason.code());
    assertEquals("data error: SQLState 22007 (error 1366) column display_name", reason.text());
    assertEquals("processing error: IllegalStateException caused by NumberFormatException",
        DeadLetterReason.failed(new IllegalStateException(
            new NumberFormatException("For input string: \"" + SECRET + "\"")),
            FailureKind.UNKNOWN).text());
  }

  @Test
  void aBrokenRecordStillTellsItsCodeChannelAndId() {
    TrackingCode code = TrackingCode.generate(Channel.WEB);
    String cut = "{\"schema\":{\"name\":\"hub.intake\",\"version\":1},\"id\":\"9b2f-77\","
        + "\"channel\":\"WEB\",\"citizen\":{\"identity\":\"web:1\",\"name\":\"" + SECRET + "\"},"
        + "\"trackingCode\":\"" + code.display() + "\",\"payload\":{\"type\":\"NEW_REPO";
    EnvelopeGlimpse glimpse = EnvelopeGlimpse.of(cut.getBytes(StandardCharsets.UTF_8));
    assertEquals("9b2f-77", glimpse.envelopeId());
    assertEquals("WEB", glimpse.channel());
    assertEquals(code.value(), glimpse.trackingCode());
  }

  @Test
  void whatIsNotACodeIsNotKept() {
    String odd = "{\"id\":\"" + SECRET + "\",\"channel\":\"FAX\",\"trackingCode\":\"0000000000\"}";
    EnvelopeGlimpse glimpse = EnvelopeGlimpse.of(odd.getBytes(StandardCharsets.UTF_8));
    assertNull(glimpse.envelopeId());
    assertNull(glimpse.channel());
    assertNull(glimpse.trackingCode());
  }
}
