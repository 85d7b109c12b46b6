package vn.citizenhub.channel.zalo.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.citizenhub.channel.zalo.conversation.Action.Forget.Reason;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.text.Diacritics;

/**
 * The conversation with one citizen: from their message and where they stand, the next draft
 * and what to do. Plain Java without I/O, so every turn is unit-tested; the runner carries the
 * actions out. Commands are matched without diacritics ("tra cuu" is "tra cứu").
 */
public final class Conversation {

  private static final Pattern CODE_THEN_REST =
      Pattern.compile("^([a-z0-9]{5}-?[a-z0-9]{5})\\b\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern SCORE = Pattern.compile("^([0-9])\\b\\s*(.*)$", Pattern.DOTALL);
  private static final List<String> HELP = List.of("help", "menu", "tro giup", "huong dan", "?",
      "hi", "hello", "xin chao", "chao", "alo", "bat dau", "start");
  private static final List<String> CANCEL = List.of("huy", "huy bo", "thoi", "cancel");
  private static final List<String> AGREE = List.of("dong y", "toi dong y", "co", "ok", "oke",
      "xac nhan", "gui", "dong y gui");
  private static final List<String> DISAGREE = List.of("khong", "khong dong y", "ko");
  private static final List<String> NEW_REPORT = List.of("phan anh", "phan anh moi", "gui phan anh",
      "bao cao", "kien nghi", "gop y");
  private static final List<String> RECENT = List.of("tra cuu", "cua toi", "phan anh cua toi",
      "lich su");
  private static final int MIN_ADDRESS = 5;

  private final List<CategoryChoice> menu;
  private final String consentText;

  public Conversation(List<CategoryChoice> menu, String consentText) {
    this.menu = List.copyOf(menu);
    this.consentText = consentText;
  }

  public Decision next(Situation s, Incoming in) {
    if (in instanceof Incoming.Follow) {
      return new Decision(s.draft(),
          List.of(new Action.Welcome(), new Action.Say(ConversationTexts.WELCOME)));
    }
    if (in instanceof Incoming.Unfollow) {
      return new Decision(null, List.of(new Action.Forget(Reason.UNFOLLOW)));
    }
    if (in instanceof Incoming.Withdraw) {
      return new Decision(null, List.of(new Action.Forget(Reason.WITHDRAW)));
    }
    if (in instanceof Incoming.SharedInfo info) {
      return sharedInfo(s, info);
    }
    if (in instanceof Incoming.Photos p) {
      return photos(s, p);
    }
    if (in instanceof Incoming.SharedLocation l) {
      return location(s, l);
    }
    if (in instanceof Incoming.Text t) {
      return text(s, t);
    }
    return say(s, s.draft(),
        s.draft() == null ? ConversationTexts.NOT_UNDERSTOOD : prompt(s.draft(), s));
  }

  private Decision sharedInfo(Situation s, Incoming.SharedInfo info) {
    List<Action> actions = new ArrayList<>();
    if (info.phone() == null) {
      actions.add(new Action.Say(ConversationTexts.PHONE_INVALID));
    } else {
      actions.add(new Action.RememberPhone(info.phone()));
      actions.add(new Action.Say(ConversationTexts.PHONE_SAVED));
    }
    if (s.draft() != null) {
      actions.add(new Action.Say(prompt(s.draft(), s)));
    }
    return new Decision(s.draft(), actions);
  }

  private Decision photos(Situation s, Incoming.Photos p) {
    if (s.draft() == null && s.replyTicket() != null) {
      String words = p.caption() == null || p.caption().isBlank() ? "Ảnh bổ sung" : p.caption();
      return new Decision(null, List.of(
          new Action.FollowUp(s.replyTicket(), words, p.photos(), p.msgId()),
          new Action.Say(ConversationTexts.followUpSent(s.replyTicket()))));
    }
    Draft draft = (s.draft() == null ? Draft.start(s.now()) : s.draft()).withPhotos(p.photos());
    if (draft.description() == null && p.caption() != null
        && p.caption().strip().length() >= IntakeValidator.MIN_DESCRIPTION) {
      draft = draft.withDescription(p.caption().strip());
    }
    return advance(s, draft, new Action.Say(ConversationTexts.photoReceived(
        draft.photos().size())));
  }

  private Decision location(Situation s, Incoming.SharedLocation l) {
    Draft draft = (s.draft() == null ? Draft.start(s.now()) : s.draft())
        .withPoint(l.latitude(), l.longitude(), blankToNull(l.label()));
    return advance(s, draft, null);
  }

  private Decision text(Situation s, Incoming.Text t) {
    String raw = tidy(t.text());
    String folded = Diacritics.fold(raw);
    Draft draft = s.draft();
    if (HELP.contains(folded)) {
      return say(s, draft, draft == null ? ConversationTexts.MENU
          : ConversationTexts.MENU + "\n\n" + prompt(draft, s));
    }
    if (CANCEL.contains(folded)) {
      return new Decision(null, List.of(new Action.Say(draft == null
          ? ConversationTexts.NOTHING_TO_CANCEL : ConversationTexts.CANCELLED)));
    }
    Optional<Decision> command = command(s, raw, folded, t.msgId());
    if (command.isPresent()) {
      return command.get();
    }
    if (draft == null) {
      return idleText(s, raw, folded, t.msgId());
    }
    return switch (draft.step()) {
      case DESCRIBE -> raw.length() < IntakeValidator.MIN_DESCRIPTION
          ? say(s, draft, ConversationTexts.TOO_SHORT)
          : advance(s, draft.withDescription(raw), null);
      case LOCATE -> raw.length() < MIN_ADDRESS
          ? say(s, draft, ConversationTexts.LOCATE)
          : advance(s, draft.withAddress(raw), null);
      case CATEGORY -> category(folded).map(c -> advance(s, draft.withCategory(c), null))
          .orElseGet(() -> say(s, draft, ConversationTexts.categories(menu)));
      case CONSENT -> consent(s, draft, folded, t.msgId());
    };
  }

  private Decision idleText(Situation s, String raw, String folded, String msgId) {
    if (NEW_REPORT.contains(folded)) {
      return new Decision(Draft.start(s.now()), List.of(new Action.Say(ConversationTexts.DESCRIBE)));
    }
    if (s.replyTicket() != null && !raw.isEmpty()) {
      return new Decision(null, List.of(
          new Action.FollowUp(s.replyTicket(), raw, List.of(), msgId),
          new Action.Say(ConversationTexts.followUpSent(s.replyTicket()))));
    }
    if (raw.length() >= IntakeValidator.MIN_DESCRIPTION && raw.contains(" ")) {
      return advance(s, Draft.start(s.now()).withDescription(raw), null);
    }
    return say(s, null, ConversationTexts.NOT_UNDERSTOOD);
  }

  private Decision consent(Situation s, Draft draft, String folded, String msgId) {
    if (AGREE.contains(folded)) {
      return new Decision(null, List.of(new Action.Submit(draft, msgId)));
    }
    if (DISAGREE.contains(folded)) {
      return new Decision(null, List.of(new Action.Say(ConversationTexts.CANCELLED)));
    }
    return say(s, draft, ConversationTexts.CONSENT_AGAIN);
  }

  /** Commands about tickets, recognised whether or not a report is being drafted. */
  private Optional<Decision> command(Situation s, String raw, String folded, String msgId) {
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
          : new Decision(draft, List.of(new Action.FollowUp(code, words, List.of(), msgId),
              new Action.Say(ConversationTexts.followUpSent(code))))));
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
      return Optional.of(aboutTicket(s, rest, raw, (code, words) -> new Decision(draft, List.of(
          new Action.NotFixed(code, words.isBlank() ? null : words, msgId),
          new Action.Say(ConversationTexts.notFixedSent(code))))));
    }
    return Optional.empty();
  }

  /** Finds the ticket a command is about (its code, or the one just notified) and checks it. */
  private Decision aboutTicket(Situation s, String foldedRest, String raw, TicketCommand then) {
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
  private static String tidy(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ")
        .strip().replaceAll("[.!]+$", "").strip();
  }

  private interface TicketCommand {
    Decision apply(String code, String words);
  }

  private Decision advance(Situation s, Draft draft, Action.Say before) {
    List<Action> actions = new ArrayList<>();
    if (before != null) {
      actions.add(before);
    }
    Draft next = draft;
    if (draft.step() == Draft.Step.CONSENT && !draft.askedPhone() && !s.phoneKnown()) {
      next = draft.withPhoneAsked();
      actions.add(new Action.Say(prompt(next, s)));
      actions.add(new Action.AskPhone());
    } else {
      actions.add(new Action.Say(prompt(next, s)));
    }
    return new Decision(next, actions);
  }

  private String prompt(Draft draft, Situation s) {
    return switch (draft.step()) {
      case DESCRIBE -> ConversationTexts.DESCRIBE;
      case LOCATE -> ConversationTexts.LOCATE;
      case CATEGORY -> ConversationTexts.categories(menu);
      case CONSENT -> ConversationTexts.consent(draft, label(draft.categoryCode()), consentText);
    };
  }

  private Optional<String> category(String folded) {
    try {
      int n = Integer.parseInt(folded.replaceAll("[^0-9]", ""));
      if (n >= 1 && n <= menu.size()) {
        return Optional.of(menu.get(n - 1).code());
      }
    } catch (NumberFormatException e) {
      // not a number: try the names
    }
    return menu.stream()
        .filter(c -> folded.length() >= 3 && Diacritics.fold(c.labelVi()).startsWith(folded))
        .map(CategoryChoice::code).findFirst();
  }

  private String label(String code) {
    return menu.stream().filter(c -> c.code().equals(code)).map(CategoryChoice::labelVi)
        .findFirst().orElse(code);
  }

  private static Decision say(Situation s, Draft draft, String text) {
    return new Decision(draft, List.of(new Action.Say(text)));
  }

  private static String after(String folded, String... prefixes) {
    for (String p : prefixes) {
      if (folded.startsWith(p)) {
        return folded.substring(p.length());
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
