package vn.citizenhub.core.lifecycle;

import java.util.Optional;
import vn.citizenhub.contract.text.TextRules;

/**
 * How much a staff member may write with an action, each at most what the column it lands in
 * holds (ColumnLimitsTest reads the sizes from the schema), and what text may hold at all (the
 * intake contract's {@link TextRules}). A text over its limit is a bilingual 400 that changes
 * nothing, never a failed insert.
 */
public final class ActionLimits {

  /** A note, reply, question, answer or reason: timeline_entry.text_vi / text_en (TEXT). */
  public static final int MAX_TEXT = 4000;
  /** A transfer's reason waits for approval in ticket.transfer_reason. */
  public static final int MAX_TRANSFER_REASON = 500;
  /** The body named by a "not competent" answer: an agency's name (agency.name_vi). */
  public static final int MAX_COMPETENT_BODY = 200;

  private ActionLimits() {}

  /**
   * {@code text} trimmed, or the refusal: too long, or with a control character (line breaks and
   * tabs allowed where {@code multiline}) or an unpaired surrogate.
   */
  static String checked(String text, int max, boolean multiline, String fieldVi, String fieldEn) {
    String trimmed = text.trim();
    if (trimmed.length() > max) {
      throw LifecycleRefusal.invalid("TEXT_TOO_LONG",
          capitalised(fieldVi) + " tối đa " + max + " ký tự.",
          capitalised(fieldEn) + ": at most " + max + " characters.");
    }
    Optional<TextRules.Problem> problem = TextRules.problem(trimmed, multiline);
    if (problem.isPresent()) {
      throw LifecycleRefusal.invalid("TEXT_INVALID_CHARACTER",
          capitalised(fieldVi) + " có ký tự không được phép (ký tự điều khiển hoặc ký tự Unicode"
              + " không hợp lệ).",
          capitalised(fieldEn) + " has a character that is not allowed (a control character or"
              + " an invalid Unicode character).");
    }
    return trimmed;
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
