package vn.citizenhub.contract.text;

import java.util.Optional;

/**
 * What text the hub stores: no control characters (a long text may have line breaks and tabs)
 * and no half of a surrogate pair. A control character can forge a log line or break a screen; a
 * lone surrogate cannot be encoded as UTF-8, so the database driver would silently store a "?"
 * and the JSON writer would fail. Such text is refused with a reason, never silently cleaned.
 */
public final class TextRules {

  private TextRules() {}

  /** Why a text cannot be stored. */
  public enum Problem {
    CONTROL_CHARACTER,
    UNPAIRED_SURROGATE
  }

  /**
   * The first problem of {@code text}, if any.
   *
   * @param multiline whether line feeds, carriage returns and tabs are allowed (long texts)
   */
  public static Optional<Problem> problem(String text, boolean multiline) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++; // a whole pair: one character outside the Basic Multilingual Plane (an emoji)
          continue;
        }
        return Optional.of(Problem.UNPAIRED_SURROGATE);
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of(Problem.UNPAIRED_SURROGATE);
      }
      if (Character.getType(c) == Character.CONTROL
          && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
        return Optional.of(Problem.CONTROL_CHARACTER);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} has none of the problems above. */
  public static boolean storable(String text, boolean multiline) {
    return problem(text, multiline).isEmpty();
  }
}
