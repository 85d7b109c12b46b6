package vn.citizenhub.channel.zalo.conversation;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.text.Diacritics;

/**
 * The commands about tickets ("tra cứu", "bổ sung", "đánh giá", "chưa khắc phục"), recognised
 * whether or not a report is being drafted. Ratings, follow-ups and verdicts are accepted only on
 * the citizen's own tickets (or the one they were just told about); a lookup on any, since the
 * public tracking page shows no personal data.
 */
final class TicketCommands {

  private static final Pattern CODE_THEN_REST =
      Pattern.compile("^([a-z0-9]{5}-?[a-z0-9]{5})\\b\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern SCORE = Pattern.compile("^([0-9])\\b\\s*(.*)$", Pattern.DOTALL);
  private static final List<String> RECENT = List.of("tra cuu", "cua toi", "phan anh cua toi",
      "lich su");

  private TicketCommands() {}

  /** Commands about tickets, recognised whether or not a report is being drafted. */
  static Optional<Decision> parse(Situation s, String raw, String folded, String msgId) {
    Draft draft = s.draft();
    if (RECENT.contains(folded)) {
      return Optional.of(new Decision(draft, List.of(new Action.ListRecent())));
    }
    String rest;
    if ((rest = after(folded, "tra cuu ", "tracuu ")) != null) {
      return Optional.of(TrackingCode.parse(rest.strip())
          .map(code -> new Decision(draft, List.of(new Action.Lookup(code.value()))))
          .orElseGet(() -> say(s, draft, ConversationTexts.BAD_CODE)));
    }
    if (TrackingCode.parse(folded).isPresent()) {
      return Optional.of(new Decision(draft,
          List.of(new Action.Lookup(TrackingCode.parse(folded).get().value()))));
    }
    if ((rest = after(folded, "bo sung ")) != null) {
      return Optional.of(aboutTicket(s, rest, raw, (code, words) -> words.isBlank()
          ? say(s, draft, ConversationTexts.MENU)
          : DraftChecks.message(words).map(problem -> say(s, draft, problem)).orElseGet(() ->
              new Decision(draft, List.of(new Action.FollowUp(code, words, List.of(), msgId),
                  new Action.Say(ConversationTexts.followUpSent(code)))))));
    }
    if ((rest = after(folded, "danh gia ")) != null) {
      return Optional.of(aboutTicket(s, rest, raw, (code, words) -> {
        Matcher m = SCORE.matcher(Diacritics.fold(words));
        int score = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        return score < 1 || score > 5 ? say(s, draft, ConversationTexts.BAD_SCORE)
            : new Decision(draft, List.of(new Action.Rate(code, score, msgId),
                new Action.Say(ConversationTexts.rated(code, score))));
      }));
    }
    if ((rest = after(folded, "chua khac phuc", "chua duoc khac phuc", "not fixed")) != null) {
      return Optional.of(aboutTicket(s, rest, raw, (code, words) -> DraftChecks.message(words)
          .map(problem -> say(s, draft, problem)).orElseGet(() -> new Decision(draft, List.of(
              new Action.NotFixed(code, words.isBlank() ? null : words, msgId),
              new Action.Say(ConversationTexts.notFixedSent(code)))))));
    }
    return Optional.empty();
  }

  /** Finds the ticket a command is about (its code, or the one just notified) and checks it. */
  private static Decision aboutTicket(Situation s, String foldedRest, String raw,
      TicketCommand then) {
    Matcher m = CODE_THEN_REST.matcher(foldedRest.strip());
    String code = null;
    String words = "";
    if (m.matches() && TrackingCode.parse(m.group(1)).isPresent()) {
      code = TrackingCode.parse(m.group(1)).get().value();
      words = originalTail(raw, m.group(2));
    } else if (s.replyTicket() != null) {
      code = s.replyTicket();
      words = originalTail(raw, foldedRest.strip());
    }
    if (code == null) {
      return say(s, s.draft(), ConversationTexts.BAD_CODE);
    }
    if (!s.ownCodes().contains(code) && !code.equals(s.replyTicket())) {
      return say(s, s.draft(), ConversationTexts.NOT_YOURS);
    }
    return then.apply(code, words);
  }

  /** The citizen's own words (with their diacritics) for the folded tail of a command. */
  private static String originalTail(String raw, String foldedTail) {
    if (foldedTail == null || foldedTail.isBlank()) {
      return "";
    }
    // Folding a tidied text keeps one character per character, so the tail lines up.
    int length = foldedTail.length();
    return length <= raw.length() ? raw.substring(raw.length() - length).strip() : foldedTail;
  }

  /** One composed form, single spaces, no closing full stops: what folding maps 1:1. */
  static String tidy(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ")
        .strip().replaceAll("[.!]+$", "").strip();
  }

  private interface TicketCommand {
    Decision apply(String code, String words);
  }


  private static Decision say(Situation s, Draft draft, String text) {
    return Conversation.say(s, draft, text);
  }

  private static String after(String folded, String... prefixes) {
    return Conversation.after(folded, prefixes);
  }
}
