package vn.citizenhub.contract.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.SchemaId;

class IntakeValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-29T01:02:03Z");
  private static final String VALID_CODE = "Z7K3M9QX22";
  private static final String DESCRIPTION = "Đèn đường trước số 12 Hùng Vương bị tắt ba đêm liền.";
  private static final Location TAN_AN =
      new Location("27712", 10.5359, 106.4137, "12 Hùng Vương, phường Tân An");
  private static final Consent CONSENT = new Consent(true, "zalo-consent-2025-07", NOW);
  private static final CitizenRef CITIZEN =
      new CitizenRef("zalo:4820193746510293", "Nguyễn Thị Lan", "0912 345 678", "lan@example.vn");

  @Test
  void aValidNewReportHasNoErrors() {
    assertEquals(List.of(),
        IntakeValidator.validate(envelope(report(DESCRIPTION, TAN_AN, CONSENT))));
  }

  @Test
  void validFollowUpRatingAndVerdictHaveNoErrors() {
    assertEquals(List.of(), IntakeValidator.validate(envelope(new FollowUp("Chưa sửa.", null))));
    assertEquals(List.of(), IntakeValidator.validate(envelope(new Rating(1, null))));
    assertEquals(List.of(), IntakeValidator.validate(envelope(new Rating(5, "Rất tốt"))));
    assertEquals(List.of(), IntakeValidator.validate(envelope(new NotFixedVerdict(null))));
  }

  @Test
  void anAnswerGivenOnTheSpotIsOptionalAndBounded() {
    NewReport answered = new NewReport(ItemKind.QUESTION, "ADMIN_PROCEDURE", DESCRIPTION, TAN_AN,
        List.of(), CONSENT, "Đăng ký tại UBND phường Tân An.");
    assertEquals(List.of(), IntakeValidator.validate(envelope(answered)));
    NewReport tooLong = new NewReport(ItemKind.QUESTION, "ADMIN_PROCEDURE", DESCRIPTION, TAN_AN,
        List.of(), CONSENT, "đ".repeat(4001));
    assertOnlyError(envelope(tooLong), "payload.answeredOnTheSpot", "TOO_LONG");
  }

  @Test
  void aMissingDescriptionIsRequired() {
    assertOnlyError(envelope(report(null, TAN_AN, CONSENT)), "payload.description", "REQUIRED");
    assertOnlyError(envelope(report("   ", TAN_AN, CONSENT)), "payload.description", "REQUIRED");
  }

  @Test
  void aDescriptionUnderTenCharactersIsTooShort() {
    assertOnlyError(envelope(report("Hỏng đèn", TAN_AN, CONSENT)),
        "payload.description", "TOO_SHORT");
    assertOnlyError(envelope(report("  Hỏng đèn   ", TAN_AN, CONSENT)),
        "payload.description", "TOO_SHORT");
    assertEquals(List.of(),
        IntakeValidator.validate(envelope(report("Đèn hỏng!!", TAN_AN, CONSENT))), "ten is enough");
  }

  @Test
  void aDescriptionOver4000CharactersIsTooLong() {
    assertEquals(List.of(),
        IntakeValidator.validate(envelope(report("đ".repeat(4000), TAN_AN, CONSENT))));
    assertOnlyError(envelope(report("đ".repeat(4001), TAN_AN, CONSENT)),
        "payload.description", "TOO_LONG");
  }

  @Test
  void aReportWithoutAnyLocationIsRefused() {
    assertOnlyError(envelope(report(DESCRIPTION, null, CONSENT)),
        "payload.location", "LOCATION_REQUIRED");
    assertOnlyError(envelope(report(DESCRIPTION, new Location(" ", null, null, ""), CONSENT)),
        "payload.location", "LOCATION_REQUIRED");
  }

  @Test
  void aLatitudeWithoutLongitudeIsIncomplete() {
    Location halfPoint = new Location(null, 10.5359, null, "12 Hùng Vương");
    assertOnlyError(envelope(report(DESCRIPTION, halfPoint, CONSENT)),
        "payload.location.latitude", "INCOMPLETE_POINT");
  }

  @Test
  void coordinatesOutsideVietnamAreRefused() {
    Location paris = new Location(null, 48.8566, 2.3522, null);
    assertOnlyError(envelope(report(DESCRIPTION, paris, CONSENT)),
        "payload.location.latitude", "OUTSIDE_VIETNAM");
    Location swapped = new Location(null, 106.4137, 10.5359, null);
    assertOnlyError(envelope(report(DESCRIPTION, swapped, CONSENT)),
        "payload.location.latitude", "OUTSIDE_VIETNAM");
  }

  @Test
  void consentMustBeGiven() {
    assertOnlyError(envelope(report(DESCRIPTION, TAN_AN, new Consent(false, "v1", NOW))),
        "payload.consent.given", "CONSENT_REQUIRED");
    assertOnlyError(envelope(report(DESCRIPTION, TAN_AN, null)),
        "payload.consent.given", "CONSENT_REQUIRED");
  }

  @Test
  void consentMustNameTheTextVersion() {
    assertOnlyError(envelope(report(DESCRIPTION, TAN_AN, new Consent(true, null, NOW))),
        "payload.consent.textVersion", "REQUIRED");
    assertOnlyError(envelope(report(DESCRIPTION, TAN_AN, new Consent(true, " ", NOW))),
        "payload.consent.textVersion", "REQUIRED");
  }

  @Test
  void aBadPhoneNumberIsRefused() {
    CitizenRef citizen = new CitizenRef(CITIZEN.identity(), null, "12345", null);
    assertOnlyError(envelope(citizen, VALID_CODE, report(DESCRIPTION, TAN_AN, CONSENT)),
        "citizen.phone", "INVALID_PHONE");
  }

  @Test
  void aBadEmailIsRefused() {
    CitizenRef citizen = new CitizenRef(CITIZEN.identity(), null, null, "lan.nguyen@");
    assertOnlyError(envelope(citizen, VALID_CODE, report(DESCRIPTION, TAN_AN, CONSENT)),
        "citizen.email", "INVALID_EMAIL");
  }

  @Test
  void aFollowNeedsConsentGivenWithItsTextVersion() {
    assertEquals(List.of(), IntakeValidator.validate(envelope(new Follow(CONSENT))));
    assertOnlyError(envelope(new Follow(null)), "payload.consent.given", "CONSENT_REQUIRED");
    assertOnlyError(envelope(new Follow(new Consent(false, "web-2025-07", NOW))),
        "payload.consent.given", "CONSENT_REQUIRED");
    assertOnlyError(envelope(new Follow(new Consent(true, "v".repeat(61), NOW))),
        "payload.consent.textVersion", "TOO_LONG");
  }

  @Test
  void aRatingCommentIsBoundedByItsColumnAndFreeOfControlCharacters() {
    assertEquals(List.of(), IntakeValidator.validateRating(
        new Rating(4, "đ".repeat(IntakeValidator.MAX_RATING_COMMENT)), ""));
    List<FieldError> tooLong = IntakeValidator.validateRating(
        new Rating(4, "đ".repeat(IntakeValidator.MAX_RATING_COMMENT + 1)), "");
    assertEquals(List.of("comment:TOO_LONG"),
        tooLong.stream().map(e -> e.field() + ":" + e.code()).toList());
    assertEquals(List.of("score:OUT_OF_RANGE", "comment:CONTROL_CHARACTER"),
        IntakeValidator.validateRating(new Rating(9, "a\u0000b"), "").stream()
            .map(e -> e.field() + ":" + e.code()).toList());
    assertEquals(List.of("comment:TOO_LONG"), IntakeValidator.validateVerdict(
        new NotFixedVerdict("x".repeat(IntakeValidator.MAX_MESSAGE + 1)), "").stream()
            .map(e -> e.field() + ":" + e.code()).toList());
  }

  @Test
  void aRatingOutsideOneToFiveIsRefused() {
    assertOnlyError(envelope(new Rating(0, null)), "payload.score", "OUT_OF_RANGE");
    assertOnlyError(envelope(new Rating(6, null)), "payload.score", "OUT_OF_RANGE");
  }

  @Test
  void anotherSchemaVersionIsUnsupported() {
    IntakeEnvelope v1 = envelope(report(DESCRIPTION, TAN_AN, CONSENT));
    IntakeEnvelope v2 = new IntakeEnvelope(new SchemaId("hub.intake", 2), v1.id(),
        v1.occurredAt(), v1.channel(), v1.channelRef(), v1.citizen(), v1.trackingCode(),
        v1.payload());
    assertOnlyError(v2, "schema", "UNSUPPORTED_SCHEMA");
  }

  @Test
  void aMalformedTrackingCodeIsRefused() {
    NewReport report = report(DESCRIPTION, TAN_AN, CONSENT);
    assertOnlyError(envelope(CITIZEN, "Z7K3M9QX23", report), "trackingCode",
        "INVALID_TRACKING_CODE");
    assertOnlyError(envelope(CITIZEN, "Z7K3M", report), "trackingCode", "INVALID_TRACKING_CODE");
    assertOnlyError(envelope(CITIZEN, null, report), "trackingCode", "INVALID_TRACKING_CODE");
  }

  @Test
  void aTrackingCodeTypedWithDashesAndLowerCaseIsAccepted() {
    assertEquals(List.of(), IntakeValidator.validate(
        envelope(CITIZEN, "z7k3m-9qx22", report(DESCRIPTION, TAN_AN, CONSENT))));
  }

  @Test
  void coordinatesThatAreNotFiniteNumbersAreRefused() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertOnlyError(envelope(report(DESCRIPTION, new Location(null, bad, bad, "12 Hùng Vương"),
          CONSENT)), "payload.location.latitude", "NOT_A_NUMBER");
      assertOnlyError(envelope(report(DESCRIPTION, new Location(null, 10.5, bad, null),
          CONSENT)), "payload.location.latitude", "NOT_A_NUMBER");
    }
  }

  @Test
  void anEmailLongerThanItsColumnIsRefusedEvenWhenWellFormed() {
    String longDomain = "lan@" + "a".repeat(300) + ".vn";
    assertOnlyError(envelope(contact(null, null, longDomain)), "citizen.email", "INVALID_EMAIL");
    String atMax = "lan@" + "a".repeat(IntakeValidator.MAX_EMAIL - 7) + ".vn";
    assertEquals(IntakeValidator.MAX_EMAIL, atMax.length());
    assertEquals(List.of(), IntakeValidator.validate(envelope(contact(null, null, atMax))));
  }

  @Test
  void aConsentTextVersionOverSixtyCharactersIsTooLong() {
    assertEquals(List.of(), IntakeValidator.validate(envelope(report(DESCRIPTION, TAN_AN,
        new Consent(true, "v".repeat(60), NOW)))));
    assertOnlyError(envelope(report(DESCRIPTION, TAN_AN, new Consent(true, "v".repeat(61), NOW))),
        "payload.consent.textVersion", "TOO_LONG");
  }

  @Test
  void everyShortFieldIsBoundedByItsColumn() {
    assertOnlyError(envelope(contact("Ngô".repeat(40) + "x", null, null)), "citizen.name",
        "TOO_LONG");
    assertOnlyError(envelope(contact(null, "0912 345 678" + " ".repeat(9), null)),
        "citizen.phone", "INVALID_PHONE");
    assertOnlyError(envelope(new NewReport(ItemKind.REPORT, "C".repeat(41), DESCRIPTION, TAN_AN,
        List.of(), CONSENT)), "payload.categoryCode", "TOO_LONG");
    assertOnlyError(envelope(report(DESCRIPTION, new Location("2".repeat(11), null, null, null),
        CONSENT)), "payload.location.communeCode", "TOO_LONG");
    assertOnlyError(envelope(report(DESCRIPTION, new Location(null, null, null, "đ".repeat(301)),
        CONSENT)), "payload.location.address", "TOO_LONG");
    IntakeEnvelope ok = envelope(report(DESCRIPTION, TAN_AN, CONSENT));
    assertOnlyError(new IntakeEnvelope(ok.schema(), "i".repeat(65), ok.occurredAt(), ok.channel(),
        ok.channelRef(), ok.citizen(), ok.trackingCode(), ok.payload()), "id", "TOO_LONG");
    assertOnlyError(new IntakeEnvelope(ok.schema(), ok.id(), ok.occurredAt(), ok.channel(),
        "r".repeat(192), ok.citizen(), ok.trackingCode(), ok.payload()), "channelRef", "TOO_LONG");
    assertOnlyError(envelope(new Rating(4, "đ".repeat(4001))), "payload.comment", "TOO_LONG");
    assertOnlyError(envelope(new FollowUp("đ".repeat(4001), null)), "payload.message", "TOO_LONG");
  }

  @Test
  void aCitizenIdentityIsChannelColonIdWithinItsColumn() {
    CitizenRef noColon = new CitizenRef("4820193746510293", null, null, null);
    assertOnlyError(envelope(noColon, VALID_CODE, new Rating(5, null)), "citizen.identity",
        "INVALID_IDENTITY");
    CitizenRef tooLong = new CitizenRef("zalo:" + "9".repeat(187), null, null, null);
    assertOnlyError(envelope(tooLong, VALID_CODE, new Rating(5, null)), "citizen.identity",
        "INVALID_IDENTITY");
    CitizenRef digitFirst = new CitizenRef("311:fixmystreet:42", null, null, null);
    assertOnlyError(envelope(digitFirst, VALID_CODE, new Rating(5, null)), "citizen.identity",
        "INVALID_IDENTITY");
    for (Channel channel : Channel.values()) {
      CitizenRef own = new CitizenRef(channel.identity("partner:42"), null, null, null);
      assertEquals(List.of(), IntakeValidator.validate(envelope(own, VALID_CODE,
          new Rating(5, null))), "every channel's identities pass: " + channel);
    }
    CitizenRef atMax = new CitizenRef("zalo:" + "9".repeat(186), null, null, null);
    assertEquals(List.of(), IntakeValidator.validate(envelope(atMax, VALID_CODE,
        new Rating(5, null))));
  }

  @Test
  void controlCharactersAreRefusedButLineBreaksInLongTextsAreNot() {
    assertEquals(List.of(), IntakeValidator.validate(envelope(report(
        "Đèn đường tắt.\r\nCột đèn số 7.\tĐã ba đêm.", TAN_AN, CONSENT))));
    assertOnlyError(envelope(report("Đèn đường tắt\u0000 ba đêm liền.", TAN_AN, CONSENT)),
        "payload.description", "CONTROL_CHARACTER");
    assertOnlyError(envelope(report(DESCRIPTION, new Location(null, null, null,
        "12 Hùng Vương\nphường Tân An"), CONSENT)), "payload.location.address",
        "CONTROL_CHARACTER");
    assertOnlyError(envelope(contact("Lan\u001b[31m", null, null)), "citizen.name",
        "CONTROL_CHARACTER");
  }

  @Test
  void unpairedSurrogatesAreRefusedButWholeEmojiAreNot() {
    assertEquals(List.of(), IntakeValidator.validate(envelope(report(
        "Đèn đường tắt ba đêm liền \uD83D\uDE1E", TAN_AN, CONSENT))));
    assertOnlyError(envelope(report("Đèn đường tắt ba đêm liền \uD83D", TAN_AN, CONSENT)),
        "payload.description", "INVALID_CHARACTER");
    assertOnlyError(envelope(report("\uDE1E Đèn đường tắt ba đêm liền", TAN_AN, CONSENT)),
        "payload.description", "INVALID_CHARACTER");
  }

  @Test
  void timesOutsideWhatTheHubCanStoreAreRefused() {
    IntakeEnvelope ok = envelope(report(DESCRIPTION, TAN_AN, CONSENT));
    for (Instant bad : new Instant[] {Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"),
        Instant.MAX}) {
      assertOnlyError(new IntakeEnvelope(ok.schema(), ok.id(), bad, ok.channel(),
          ok.channelRef(), ok.citizen(), ok.trackingCode(), ok.payload()), "occurredAt",
          "OUT_OF_RANGE");
      assertOnlyError(envelope(report(DESCRIPTION, TAN_AN, new Consent(true, "v1", bad))),
          "payload.consent.givenAt", "OUT_OF_RANGE");
    }
  }

  @Test
  void attachmentsAreCountedAndTheirAddressesChecked() {
    Attachment photo = new Attachment("https://media.example.vn/p/1.jpg", "image/jpeg");
    NewReport ten = new NewReport(ItemKind.REPORT, "STREET_LIGHT", DESCRIPTION, TAN_AN,
        java.util.Collections.nCopies(10, photo), CONSENT);
    assertEquals(List.of(), IntakeValidator.validate(envelope(ten)));
    NewReport eleven = new NewReport(ItemKind.REPORT, "STREET_LIGHT", DESCRIPTION, TAN_AN,
        java.util.Collections.nCopies(11, photo), CONSENT);
    assertOnlyError(envelope(eleven), "payload.attachments", "TOO_MANY");
    assertOnlyError(envelope(new FollowUp("Thêm ảnh.", List.of(new Attachment(
        "https://x.vn/" + "p".repeat(1000), "image/jpeg")))), "payload.attachments[0].url",
        "INVALID_URL");
    assertOnlyError(envelope(new FollowUp("Thêm ảnh.", List.of(new Attachment(
        "file:///data/media/a.jpg", "image/jpeg\n")))), "payload.attachments[0].mediaType",
        "INVALID_MEDIA_TYPE");
  }

  @Test
  void aStoredFileNeedsASafeKeyOfAtMostItsColumnATypeAndARealSize() {
    String atMax = "web/" + "k".repeat(IntakeValidator.MAX_STORE_KEY - 4);
    assertEquals(List.of(), IntakeValidator.validate(envelope(new FollowUp("Thêm ảnh.",
        List.of(Attachment.stored(atMax, "image/jpeg", 1234, true))))));
    for (String key : List.of(atMax + "k", "../etc/passwd", "web/../x", "/abs", "web//a",
        "web/.hidden", "web/a?b", "web/a%2F..")) {
      assertOnlyError(envelope(new FollowUp("Thêm ảnh.", List.of(
          Attachment.stored(key, "image/jpeg", 1, false)))), "payload.attachments[0].url",
          "INVALID_STORE_KEY");
    }
    // Not even a url: a space, a letter outside ASCII, nothing after the scheme.
    for (String key : List.of("web/a b", "web/ảnh.jpg", "")) {
      assertOnlyError(envelope(new FollowUp("Thêm ảnh.", List.of(
          Attachment.stored(key, "image/jpeg", 1, false)))), "payload.attachments[0].url",
          "INVALID_URL");
    }
    assertOnlyError(envelope(new FollowUp("Thêm ảnh.", List.of(new Attachment("store:web/a.jpg",
        null, 10L, false)))), "payload.attachments[0].mediaType", "REQUIRED");
    assertOnlyError(envelope(new FollowUp("Thêm ảnh.", List.of(new Attachment("store:web/a.jpg",
        "image/jpeg", -1L, false)))), "payload.attachments[0].bytes", "OUT_OF_RANGE");
  }

  @Test
  void attachmentsOfOldWritersStayPrivateAndLinksHaveNoStoreKey() {
    Attachment link = new Attachment("https://media.example.vn/p/1.jpg", "image/jpeg");
    assertTrue(link.storeKey().isEmpty());
    assertFalse(link.mayBePublic());
    Attachment stored = Attachment.stored("zalo/oa/2025-07/ab.jpg", "image/jpeg", 5, false);
    assertEquals("store:zalo/oa/2025-07/ab.jpg", stored.url());
    assertEquals("zalo/oa/2025-07/ab.jpg", stored.storeKey().orElseThrow());
  }

  private static IntakeEnvelope envelope(CitizenRef citizenWith) {
    return envelope(citizenWith, VALID_CODE, report(DESCRIPTION, TAN_AN, CONSENT));
  }

  private static CitizenRef contact(String name, String phone, String email) {
    return new CitizenRef(CITIZEN.identity(), name, phone, email);
  }

  private static void assertOnlyError(IntakeEnvelope envelope, String field, String code) {
    List<FieldError> errors = IntakeValidator.validate(envelope);
    assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
    FieldError error = errors.get(0);
    assertEquals(field, error.field());
    assertEquals(code, error.code());
    assertFalse(error.messageEn().isBlank(), "English message");
    assertFalse(error.messageVi().isBlank(), "Vietnamese message");
    assertTrue(error.messageVi().chars().anyMatch(c -> c > 127),
        () -> "Vietnamese message without diacritics: " + error.messageVi());
  }

  private static NewReport report(String description, Location location, Consent consent) {
    return new NewReport(
        ItemKind.REPORT, "STREET_LIGHT", description, location, List.of(), consent);
  }

  private static IntakeEnvelope envelope(IntakePayload payload) {
    return envelope(CITIZEN, VALID_CODE, payload);
  }

  private static IntakeEnvelope envelope(CitizenRef citizen, String code, IntakePayload payload) {
    return IntakeEnvelope.v1("0b7e3c52-6f1a-4d2e-9a41-3c5d8e9f1a20", NOW, Channel.ZALO,
        "zalo-msg-8812734401", citizen, code, payload);
  }
}
