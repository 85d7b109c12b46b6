package vn.citizenhub.channel.zalo.conversation;

import java.util.Optional;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.text.TextRules;

/**
 * What a citizen writes, checked against the intake contract's limits as it comes in, so that a
 * draft that reaches "Đồng ý" is one the hub can store: the citizen is asked, in the
 * conversation's words, to shorten or retype it, instead of the report being sent and failing.
 */
final class DraftChecks {

  private DraftChecks() {}

  /** Why the description cannot be taken (too long, unreadable), or empty when it can. */
  static Optional<String> description(String text) {
    return complaint(text, IntakeValidator.MAX_DESCRIPTION, true,
        ConversationTexts.descriptionTooLong(text.length()));
  }

  /** Why the address cannot be taken, or empty when it can. */
  static Optional<String> address(String text) {
    return complaint(text, IntakeValidator.MAX_ADDRESS, false,
        ConversationTexts.addressTooLong(text.length()));
  }

  /** Why a follow-up or a comment cannot be sent, or empty when it can. */
  static Optional<String> message(String text) {
    return text == null ? Optional.empty() : complaint(text, IntakeValidator.MAX_MESSAGE, true,
        ConversationTexts.messageTooLong(text.length()));
  }

  /** Whether a shared location's label can stand as the address. */
  static boolean usableLabel(String label) {
    return label != null && address(label).isEmpty();
  }

  /** Whether a shared point is a place in Vietnam (Zalo sends what the phone's map gave). */
  static boolean inVietnam(double latitude, double longitude) {
    return Double.isFinite(latitude) && Double.isFinite(longitude)
        && latitude >= IntakeValidator.MIN_LATITUDE && latitude <= IntakeValidator.MAX_LATITUDE
        && longitude >= IntakeValidator.MIN_LONGITUDE
        && longitude <= IntakeValidator.MAX_LONGITUDE;
  }

  /**
   * A draft kept from before these checks, or changed since, that would now be refused: the
   * draft without the part to write again, and what to tell the citizen. Empty when it is fine.
   */
  static Optional<Decision> recheck(Situation s, Draft draft) {
    if (draft.description() != null) {
      Optional<String> problem = description(draft.description());
      if (problem.isPresent()) {
        return Optional.of(Conversation.say(s, draft.withDescription(null), problem.get()));
      }
    }
    if (draft.address() != null) {
      Optional<String> problem = address(draft.address());
      if (problem.isPresent()) {
        return Optional.of(Conversation.say(s, draft.withAddress(null), problem.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> complaint(String text, int max, boolean multiline,
      String tooLong) {
    if (text.length() > max) {
      return Optional.of(tooLong);
    }
    return TextRules.problem(text, multiline).map(p -> ConversationTexts.UNREADABLE);
  }
}
