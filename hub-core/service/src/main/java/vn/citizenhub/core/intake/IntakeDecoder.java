package vn.citizenhub.core.intake;

import java.io.UncheckedIOException;
import java.util.List;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.IntakeValidator;

/**
 * Reads a record of hub.intake.v1; what cannot be read, is invalid by the contract's rules or
 * would not fit hub-core's columns is poison for the DLQ, refused here before any insert.
 */
final class IntakeDecoder {

  private IntakeDecoder() {}

  /** Either an envelope or the reason it is poison. */
  record Decoded(IntakeEnvelope envelope, DeadLetterReason poisonReason) {
    boolean isPoison() {
      return poisonReason != null;
    }
  }

  static Decoded decode(byte[] value, ColumnFit columns) {
    if (value == null || value.length == 0) {
      return new Decoded(null, DeadLetterReason.emptyRecord());
    }
    IntakeEnvelope envelope;
    try {
      envelope = ContractJson.read(value, IntakeEnvelope.class);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return new Decoded(null, DeadLetterReason.malformed(e));
    }
    List<FieldError> errors;
    try {
      errors = IntakeValidator.validate(envelope);
    } catch (RuntimeException e) {
      // A shape the rules did not foresee (a null inside a list, say) is this record's fault.
      return new Decoded(envelope, DeadLetterReason.failed(e, FailureKind.RECORD));
    }
    if (errors.isEmpty()) {
      errors = columns.misfits(envelope); // may fail for want of the database: not poison
    }
    if (!errors.isEmpty()) {
      return new Decoded(envelope, DeadLetterReason.invalid(errors));
    }
    return new Decoded(envelope, null);
  }
}
