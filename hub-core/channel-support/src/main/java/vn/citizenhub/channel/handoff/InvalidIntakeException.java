package vn.citizenhub.channel.handoff;

import java.util.List;
import java.util.stream.Collectors;
import vn.citizenhub.contract.FieldError;

/**
 * An intake the contract's rules refuse, caught at the hand-off before anything is stored: a
 * channel must not answer "received" for what hub-core could not make a ticket of. The channel
 * turns it into its own refusal (a bilingual 400, a request to the citizen to correct it).
 */
public class InvalidIntakeException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidIntakeException(List<FieldError> errors) {
    // Field names and codes only: the values may hold personal data.
    super("invalid intake: " + errors.stream().map(e -> e.field() + " " + e.code())
        .collect(Collectors.joining(", ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
