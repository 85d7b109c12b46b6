package vn.citizenhub.channel.zalo.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.zalo.conversation.Action.Forget.Reason;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.contract.text.Diacritics;

/**
 * The conversation with one citizen: from their message and where they stand, the next draft
 * and what to do. Plain Java without I/O, so every turn is unit-tested; the runner carries the
 * actions out. Commands are matched without diacritics ("tra cuu" is "tra cứu").
 */
public final class Conversation {

  private static final List<String> HELP = List.of("help", "menu", "tro giup", "huong dan", "?",
      "hi", "hello", "xin chao", "chao", "alo", "bat dau", "start");
  private static final List<String> CANCEL = List.of("huy", "huy bo", "thoi", "cancel");
  private static final List<String> AGREE = List.of("dong y", "toi dong y", "co", "ok", "oke",
      "xac nhan", "gui", "dong y gui");
  private static final List<String> DISAGREE = List.of("khong", "khong dong y", "ko");
  private static final List<String> NEW_REPORT = List.of("phan anh", "phan anh moi", "gui phan anh",
      "bao cao", "kien nghi", "gop y");
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
      Optional<String> problem = DraftChecks.message(words);
      if (problem.isPresent()) {
        return say(s, null, problem.get());
      }
      return new Decision(null, List.of(
          new Action.FollowUp(s.replyTicket(), words, p.photos(), p.msgId()),
          new Action.Say(ConversationTexts.followUpSent(s.replyTicket()))));
    }
    Draft draft = (s.draft() == null ? Draft.start(s.now()) : s.draft()).withPhotos(p.photos());
    if (draft.description() == null && p.caption() != null
        && p.caption().strip().length() >= IntakeValidator.MIN_DESCRIPTION
        && DraftChecks.description(p.caption().strip()).isEmpty()) {
      draft = draft.withDescription(p.caption().strip());
    }
    return advance(s, draft, new Action.Say(ConversationTexts.photoReceived(
        draft.photos().size())));
  }

  private Decision location(Situation s, Incoming.SharedLocation l) {
    if (!DraftChecks.inVietnam(l.latitude(), l.longitude())) {
      return say(s, s.draft(), ConversationTexts.LOCATION_OUTSIDE);
    }
    String label = blankToNull(l.label());
    Draft draft = (s.draft() == null ? Draft.start(s.now()) : s.draft())
        .withPoint(l.latitude(), l.longitude(), DraftChecks.usableLabel(label) ? label : null);
    return advance(s, draft, null);
  }

  private Decision text(Situation s, Incoming.Text t) {
    String raw = TicketCommands.tidy(t.text());
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
    Optional<Decision> command = TicketCommands.parse(s, raw, folded, t.msgId());
    if (command.isPresent()) {
      return command.get();
    }
    if (draft == null) {
      return idleText(s, raw, folded, t.msgId());
    }
    return switch (draft.step()) {
      case DESCRIBE -> raw.length() < IntakeValidator.MIN_DESCRIPTION
          ? say(s, draft, ConversationTexts.TOO_SHORT)
          : DraftChecks.description(raw).map(problem -> say(s, draft, problem))
              .orElseGet(() -> advance(s, draft.withDescription(raw), null));
      case LOCATE -> raw.length() < MIN_ADDRESS
          ? say(s, draft, ConversationTexts.LOCATE)
          : DraftChecks.address(raw).map(problem -> say(s, draft, problem))
              .orElseGet(() -> advance(s, draft.withAddress(raw), null));
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
      Optional<String> problem = DraftChecks.message(raw);
      if (problem.isPresent()) {
        return say(s, null, problem.get());
      }
      return new Decision(null, List.of(
          new Action.FollowUp(s.replyTicket(), raw, List.of(), msgId),
          new Action.Say(ConversationTexts.followUpSent(s.replyTicket()))));
    }
    if (raw.length() >= IntakeValidator.MIN_DESCRIPTION && raw.contains(" ")) {
      // A report begins; one too long to take is asked for again, shorter.
      return DraftChecks.description(raw).map(problem -> say(s, Draft.start(s.now()), problem))
          .orElseGet(() -> advance(s, Draft.start(s.now()).withDescription(raw), null));
    }
    return say(s, null, ConversationTexts.NOT_UNDERSTOOD);
  }

  private Decision consent(Situation s, Draft draft, String folded, String msgId) {
    if (AGREE.contains(folded)) {
      if (s.reportsSpent()) {
        // Kept as it is: the citizen sends it again ("gửi") once the budget allows.
        return say(s, draft, ConversationTexts.tooManyReports(s.now(), s.nextReportAt()));
      }
      return DraftChecks.recheck(s, draft)
          .orElseGet(() -> new Decision(null, List.of(new Action.Submit(draft, msgId))));
    }
    if (DISAGREE.contains(folded)) {
      return new Decision(null, List.of(new Action.Say(ConversationTexts.CANCELLED)));
    }
    return say(s, draft, ConversationTexts.CONSENT_AGAIN);
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

  static Decision say(Situation s, Draft draft, String text) {
    return new Decision(draft, List.of(new Action.Say(text)));
  }

  static String after(String folded, String... prefixes) {
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
