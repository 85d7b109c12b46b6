package vn.citizenhub.channel.zalo.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;

/** Turn by turn, without a database or Zalo: the rules of the conversation. */
class ConversationTest {

  static final List<CategoryChoice> MENU = List.of(
      new CategoryChoice("ROAD_DAMAGE", "Hư hỏng đường, cầu giao thông"),
      new CategoryChoice("STREET_LIGHT", "Đèn chiếu sáng công cộng hư hỏng"),
      new CategoryChoice("WASTE_SANITATION", "Rác thải, vệ sinh môi trường"));
  static final String CONSENT = "Tôi đồng ý cho tỉnh xử lý dữ liệu cá nhân (Nghị định 13).";
  static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");
  static final String CODE = TrackingCode.generate(Channel.ZALO).value();

  private final Conversation conversation = new Conversation(MENU, CONSENT);

  private Decision turn(Draft draft, Incoming in) {
    return conversation.next(new Situation(draft, null, Set.of(CODE), false, NOW), in);
  }

  private static Incoming text(String t) {
    return new Incoming.Text("m-" + t.hashCode(), t);
  }

  private static String said(Decision d) {
    StringBuilder s = new StringBuilder();
    d.actions().stream().filter(a -> a instanceof Action.Say)
        .forEach(a -> s.append(((Action.Say) a).text()).append('\n'));
    return s.toString();
  }

  @Test
  void freeTextPhotosALocationACategoryAndConsentMakeAReport() {
    Decision d = turn(null, text("Đèn đường trước số 12 Hùng Vương tắt ba đêm liền"));
    assertEquals(Draft.Step.LOCATE, d.draft().step());
    assertTrue(said(d).contains("chia sẻ vị trí"));

    d = turn(d.draft(), new Incoming.Photos("m2", List.of(new Photo("/media/a.jpg", "image/jpeg")),
        null));
    assertEquals(1, d.draft().photos().size());
    assertTrue(said(d).contains("Đã nhận 1 ảnh"));

    d = turn(d.draft(), new Incoming.SharedLocation("m3", 10.535, 106.413, "Phường Tân An"));
    assertEquals(Draft.Step.CATEGORY, d.draft().step());
    assertTrue(said(d).contains("2. Đèn chiếu sáng công cộng hư hỏng"));

    d = turn(d.draft(), text("2"));
    assertEquals("STREET_LIGHT", d.draft().categoryCode());
    assertEquals(Draft.Step.CONSENT, d.draft().step());
    assertTrue(said(d).contains(CONSENT), "the consent text is shown before sending");
    assertTrue(d.actions().stream().anyMatch(a -> a instanceof Action.AskPhone),
        "the citizen is offered to share a phone once");

    Decision again = turn(d.draft(), text("gì vậy"));
    assertEquals(Draft.Step.CONSENT, again.draft().step(), "silence or anything else is not consent");
    assertTrue(again.actions().stream().noneMatch(a -> a instanceof Action.AskPhone));

    Decision sent = turn(d.draft(), text("Đồng ý"));
    assertNull(sent.draft());
    Action.Submit submit = assertInstanceOf(Action.Submit.class, sent.actions().get(0));
    assertEquals("STREET_LIGHT", submit.draft().categoryCode());
    assertEquals(10.535, submit.draft().latitude());
    assertEquals("Phường Tân An", submit.draft().address());
    assertEquals(1, submit.draft().photos().size());
  }

  @Test
  void consentWorksWithoutDiacriticsAndCategoriesByName() {
    Draft draft = Draft.start(NOW).withDescription("Rác đổ bừa bãi ở chợ").withAddress("Chợ Tân An");
    Decision d = turn(draft, text("rac thai"));
    assertEquals("WASTE_SANITATION", d.draft().categoryCode());
    assertInstanceOf(Action.Submit.class, turn(d.draft(), text("dong y")).actions().get(0));
  }

  @Test
  void aCitizenWhoseReportsAreSpentIsToldWhenAndTheDraftWaits() {
    Draft draft = Draft.start(NOW).withDescription("Rác đổ bừa bãi ở chợ").withAddress("Chợ Tân An")
        .withCategory("WASTE_SANITATION");
    Instant nextAt = NOW.plusSeconds(17 * 60 + 5);
    Decision held = conversation.next(
        new Situation(draft, null, Set.of(CODE), true, NOW, nextAt), text("Đồng ý"));
    assertEquals(draft, held.draft(), "the draft is kept for a later \"Đồng ý\"");
    assertTrue(held.actions().stream().noneMatch(a -> a instanceof Action.Submit));
    assertTrue(said(held).contains("sau khoảng 18 phút"), said(held));
    assertTrue(said(held).contains("in about 18 minutes"), said(held));

    Decision later = conversation.next(new Situation(draft, null, Set.of(CODE), true,
        nextAt.plusSeconds(1), nextAt), text("Đồng ý"));
    assertInstanceOf(Action.Submit.class, later.actions().get(0),
        "once the budget allows, the same draft is sent");
  }

  @Test
  void aShortDescriptionOrUnknownCategoryAsksAgainNeverSilently() {
    Decision d = turn(Draft.start(NOW), text("hỏng"));
    assertEquals(Draft.Step.DESCRIBE, d.draft().step());
    assertTrue(said(d).contains("ít nhất 10 ký tự"));
    Draft atCategory = Draft.start(NOW).withDescription("Ổ gà giữa đường lớn").withAddress("Quốc lộ 1");
    d = turn(atCategory, text("9"));
    assertNull(d.draft().categoryCode());
    assertTrue(said(d).contains("Nhắn số tương ứng"));
  }

  @Test
  void cancelHelpAndUnknownInputAlwaysGetAnAnswer() {
    Draft draft = Draft.start(NOW).withDescription("Ổ gà giữa đường lớn");
    Decision cancelled = turn(draft, text("Hủy"));
    assertNull(cancelled.draft());
    assertTrue(said(cancelled).contains("Đã hủy"));
    assertTrue(said(turn(null, text("huy"))).contains("không có phản ánh nào đang soạn"));

    Decision help = turn(draft, text("trợ giúp"));
    assertNotNull(help.draft(), "help keeps the draft");
    assertTrue(said(help).contains("tra cứu <mã>") && said(help).contains("chia sẻ vị trí"));

    assertTrue(said(turn(null, text("ừ"))).contains("chưa hiểu"));
    assertTrue(said(turn(null, new Incoming.Other("m", "user_send_sticker"))).contains("chưa hiểu"));
  }

  @Test
  void lookupsWithOrWithoutACode() {
    String shown = new TrackingCode(CODE).display();
    assertEquals(new Action.Lookup(CODE), turn(null, text("Tra cứu " + shown)).actions().get(0));
    assertEquals(new Action.Lookup(CODE),
        turn(null, text("tra cuu " + shown.toLowerCase())).actions().get(0));
    assertEquals(new Action.Lookup(CODE), turn(null, text(CODE)).actions().get(0));
    assertInstanceOf(Action.ListRecent.class, turn(null, text("tra cứu")).actions().get(0));
    assertTrue(said(turn(null, text("tra cứu ZZZZZ-ZZZZZ"))).contains("Mã tra cứu không đúng"));
  }

  @Test
  void followUpRatingAndNotFixedOnTheCitizensOwnTicket() {
    String shown = new TrackingCode(CODE).display();
    Decision d = turn(null, text("Bổ sung " + shown + " Đèn ở cột số 14."));
    Action.FollowUp f = assertInstanceOf(Action.FollowUp.class, d.actions().get(0));
    assertEquals("Đèn ở cột số 14", f.text(), "the citizen's words keep their diacritics");

    d = turn(null, text("đánh giá " + shown + " 4"));
    assertEquals(4, assertInstanceOf(Action.Rate.class, d.actions().get(0)).score());
    assertTrue(said(turn(null, text("đánh giá " + shown + " 7"))).contains("từ 1 đến 5"));

    d = turn(null, text("chưa khắc phục " + shown + " vẫn còn tối"));
    assertEquals("vẫn còn tối",
        assertInstanceOf(Action.NotFixed.class, d.actions().get(0)).comment());
  }

  @Test
  void aTicketThatIsNotTheCitizensCannotBeRatedOrReopened() {
    String other = new TrackingCode(TrackingCode.generate(Channel.WEB).value()).display();
    assertTrue(said(turn(null, text("đánh giá " + other + " 1"))).contains("không thuộc"));
    assertTrue(said(turn(null, text("chưa khắc phục " + other))).contains("không thuộc"));
  }

  @Test
  void afterANoticeTheNextWordsAnswerTheAgency() {
    Situation s = new Situation(null, CODE, Set.of(), true, NOW);
    Decision d = conversation.next(s, text("Đèn ở cột số 14 trước nhà văn hóa"));
    assertEquals(CODE, assertInstanceOf(Action.FollowUp.class, d.actions().get(0)).trackingCode());
    d = conversation.next(s, text("đánh giá 5"));
    assertEquals(5, assertInstanceOf(Action.Rate.class, d.actions().get(0)).score());
    d = conversation.next(s, new Incoming.Photos("m", List.of(new Photo("/p.jpg", "image/jpeg")),
        null));
    assertEquals(1, assertInstanceOf(Action.FollowUp.class, d.actions().get(0)).photos().size());
    d = conversation.next(s, text("phản ánh mới"));
    assertEquals(Draft.Step.DESCRIBE, d.draft().step(), "a new report is still possible");
  }

  @Test
  void phoneSharingFollowUnfollowAndWithdrawal() {
    Decision d = turn(null, new Incoming.SharedInfo("m", "+84912345678"));
    assertEquals(new Action.RememberPhone("+84912345678"), d.actions().get(0));
    assertTrue(said(turn(null, new Incoming.SharedInfo("m", null))).contains("chưa được lưu"));
    assertInstanceOf(Action.Welcome.class, turn(null, new Incoming.Follow(null)).actions().get(0));
    Draft draft = Draft.start(NOW).withDescription("Ổ gà giữa đường lớn");
    Decision gone = turn(draft, new Incoming.Unfollow(null));
    assertNull(gone.draft());
    assertEquals(List.of(new Action.Forget(Action.Forget.Reason.UNFOLLOW)), gone.actions());
    assertEquals(List.of(new Action.Forget(Action.Forget.Reason.WITHDRAW)),
        turn(draft, new Incoming.Withdraw(null)).actions());
  }

  private static String ofLength(int length) {
    String start = "Đèn đường trước số 12 Hùng Vương tắt ";
    return start + "x".repeat(length - start.length());
  }

  @Test
  void aDescriptionTooLongIsAskedForAgainShorterInsteadOfBeingSent() {
    Decision d = turn(Draft.start(NOW), text(ofLength(4001)));
    assertEquals(Draft.Step.DESCRIBE, d.draft().step(), "nothing too long goes into the draft");
    assertNull(d.draft().description());
    assertTrue(said(d).contains("dài 4001 ký tự, vượt quá giới hạn 4000 ký tự"), said(d));
    assertTrue(said(d).contains("Vui lòng rút gọn"));
    assertEquals(Draft.Step.LOCATE, turn(Draft.start(NOW), text(ofLength(4000))).draft().step(),
        "exactly the limit is taken");

    Decision idle = turn(null, text(ofLength(5000)));
    assertEquals(Draft.Step.DESCRIBE, idle.draft().step(), "a report begins, without the text");
    assertTrue(said(idle).contains("vượt quá giới hạn 4000 ký tự"));
  }

  @Test
  void anAddressTooLongIsAskedForAgainShorter() {
    Draft described = Draft.start(NOW).withDescription("Ổ gà giữa đường lớn, rất nguy hiểm");
    Decision d = turn(described, text("Số 12 " + "Hùng Vương ".repeat(30)));
    assertEquals(Draft.Step.LOCATE, d.draft().step());
    assertNull(d.draft().address());
    assertTrue(said(d).contains("vượt quá giới hạn 300 ký tự"), said(d));
    assertTrue(said(d).contains("ngắn gọn hơn"));
    String atMax = "Số 12 " + "x".repeat(294);
    assertEquals(atMax, turn(described, text(atMax)).draft().address());
  }

  @Test
  void aSharedLocationOutsideVietnamIsAskedForAgainAndAnOverlongLabelIsLeftOut() {
    Draft described = Draft.start(NOW).withDescription("Ổ gà giữa đường lớn, rất nguy hiểm");
    for (double[] point : new double[][] {{48.85, 2.35}, {Double.NaN, 106.4},
        {10.5, Double.POSITIVE_INFINITY}}) {
      Decision d = turn(described, new Incoming.SharedLocation("m", point[0], point[1], "Paris"));
      assertEquals(described, d.draft(), "the draft is unchanged");
      assertTrue(said(d).contains("không nằm trong lãnh thổ Việt Nam"));
    }
    Decision d = turn(described, new Incoming.SharedLocation("m", 10.535, 106.413,
        "đ".repeat(301)));
    assertEquals(10.535, d.draft().latitude());
    assertNull(d.draft().address(), "the point is enough; the label would not fit");
    assertEquals(Draft.Step.CATEGORY, d.draft().step());
  }

  @Test
  void unreadableCharactersAreAskedForAgain() {
    Decision d = turn(Draft.start(NOW), text("Đèn đường tắt\u0000 ba đêm liền"));
    assertNull(d.draft().description());
    assertTrue(said(d).contains("ký tự không đọc được"));
    d = turn(Draft.start(NOW), text("Đèn đường tắt ba đêm liền \uD83D"));
    assertNull(d.draft().description());
    assertTrue(said(d).contains("ký tự không đọc được"));
  }

  @Test
  void aDraftKeptFromBeforeTheChecksIsCorrectedBeforeItIsSent() {
    Draft kept = Draft.start(NOW).withDescription("Ổ gà giữa đường lớn, rất nguy hiểm")
        .withAddress("đ".repeat(301)).withCategory("ROAD_DAMAGE");
    Decision d = turn(kept, text("Đồng ý"));
    assertTrue(d.actions().stream().noneMatch(a -> a instanceof Action.Submit));
    assertEquals(Draft.Step.LOCATE, d.draft().step());
    assertTrue(said(d).contains("vượt quá giới hạn 300 ký tự"));
  }

  @Test
  void aFollowUpTooLongIsAskedForAgainShorter() {
    String shown = new TrackingCode(CODE).display();
    Decision d = turn(null, text("Bổ sung " + shown + " " + ofLength(4001)));
    assertTrue(d.actions().stream().noneMatch(a -> a instanceof Action.FollowUp));
    assertTrue(said(d).contains("vượt quá giới hạn 4000 ký tự"));
    d = turn(null, text("chưa khắc phục " + shown + " " + ofLength(4001)));
    assertTrue(d.actions().stream().noneMatch(a -> a instanceof Action.NotFixed));
    Situation notified = new Situation(null, CODE, Set.of(), true, NOW);
    d = conversation.next(notified, text(ofLength(4001)));
    assertTrue(d.actions().stream().noneMatch(a -> a instanceof Action.FollowUp));
    assertTrue(said(d).contains("vượt quá giới hạn 4000 ký tự"));
  }

  @Test
  void aPhotoFirstStartsADraftAndAskForTheDescription() {
    Decision d = turn(null, new Incoming.Photos("m", List.of(new Photo("/a.jpg", "image/jpeg")),
        null));
    assertEquals(Draft.Step.DESCRIBE, d.draft().step());
    assertTrue(said(d).contains("mô tả sự việc"));
  }
}
