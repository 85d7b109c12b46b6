package vn.citizenhub.core.intake;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakeValidator;

/** Reads a record of hub.intake.v1; what cannot be read or is invalid is poison for the DLQ. */
final class IntakeDecoder {

  private IntakeDecoder() {}

  /** Either an envelope or the reason it is poison. */
  record Decoded(IntakeEnvelope envelope, String poisonReason) {
    boolean isPoison() {
      return poisonReason != null;
    }
  }

  static Decoded decode(byte[] value) {
    if (value == null || value.length == 0) {
      return new Decoded(null, "empty record");
    }
    IntakeEnvelope envelope;
    try {
      envelope = ContractJson.read(value, IntakeEnvelope.class);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return new Decoded(null, "malformed JSON: " + firstLine(e));
    }
    List<FieldError> errors = IntakeValidator.validate(envelope);
    if (!errors.isEmpty()) {
      return new Decoded(envelope, "invalid envelope: " + errors.stream()
          .map(e -> e.field() + " " + e.code()).collect(Collectors.joining(", ")));
    }
    return new Decoded(envelope, null);
  }

  private static String firstLine(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = String.valueOf(cause.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
