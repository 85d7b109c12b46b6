package vn.citizenhub.core.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.core.feedback.FeedbackToken;
import vn.citizenhub.core.interactions.InteractionEvent;
import vn.citizenhub.core.knowledge.KnowledgeLimits;
import vn.citizenhub.core.lifecycle.ActionLimits;
import vn.citizenhub.schema.ModuleSchema;
import vn.citizenhub.testsupport.AtTheLimits;
import vn.citizenhub.testsupport.ColumnSizes;

/**
 * Every maximum a validator allows against the column the value lands in, as MariaDB/MySQL
 * reports it after hub-core's and the channels' shared migrations ran: a validator that allows
 * more than its column holds fails here, before a citizen is told "received" for a report that
 * cannot be stored. To add a field: add its row to {@link #LIMITS} (docs/validation.md).
 */
class ColumnLimitsTest {

  /**
   * One validated value and where it lands. {@code overhead}: the most characters the hub adds
   * around it in that column (a timeline line's own words).
   */
  record Limit(String field, int max, String column, int overhead) {
    Limit(String field, int max, String column) {
      this(field, max, column, 0);
    }
  }

  /** The longest phone number the hub stores: +84 and a ten-digit landline subscriber. */
  private static final int NORMALISED_PHONE = "+84".length() + 10;
  /** The most words a timeline line puts around what a citizen or a staff member wrote. */
  private static final int LINE_WORDS = 300;

  static final List<Limit> LIMITS = List.of(
      new Limit("envelope id", IntakeValidator.MAX_ENVELOPE_ID, "ticket.intake_id"),
      new Limit("envelope id", IntakeValidator.MAX_ENVELOPE_ID, "processed_intake.intake_id"),
      new Limit("envelope id", IntakeValidator.MAX_ENVELOPE_ID, "consent_record.intake_id"),
      new Limit("envelope id", IntakeValidator.MAX_ENVELOPE_ID,
          "channel_intake_outbox.envelope_id"),
      new Limit("channelRef", IntakeValidator.MAX_CHANNEL_REF,
          "channel_intake_outbox.idempotency_key"),
      new Limit("citizen.identity", IntakeValidator.MAX_IDENTITY,
          "channel_intake_outbox.message_key"),
      new Limit("citizen.identity", IntakeValidator.MAX_IDENTITY, "outbox_message.message_key"),
      new Limit("citizen.identity", IntakeValidator.MAX_IDENTITY, "citizen.external_id"),
      new Limit("citizen.identity prefix", IntakeValidator.MAX_IDENTITY_PREFIX, "citizen.channel"),
      new Limit("citizen.name", IntakeValidator.MAX_NAME, "citizen.display_name"),
      new Limit("citizen.phone (normalised)", NORMALISED_PHONE, "citizen.phone"),
      new Limit("citizen.email", IntakeValidator.MAX_EMAIL, "citizen.email"),
      new Limit("trackingCode", trackingCodeLength(), "ticket.tracking_code"),
      new Limit("trackingCode", trackingCodeLength(), "channel_intake_outbox.tracking_code"),
      new Limit("categoryCode", IntakeValidator.MAX_CATEGORY_CODE, "ticket.category_code"),
      new Limit("location.communeCode", IntakeValidator.MAX_COMMUNE_CODE, "ticket.commune_code"),
      new Limit("location.address", IntakeValidator.MAX_ADDRESS, "ticket.address"),
      new Limit("description", IntakeValidator.MAX_DESCRIPTION, "ticket.description"),
      new Limit("consent.textVersion", IntakeValidator.MAX_CONSENT_VERSION,
          "consent_record.text_version"),
      new Limit("follow-up message", IntakeValidator.MAX_MESSAGE, "timeline_entry.text_vi"),
      new Limit("follow-up message", IntakeValidator.MAX_MESSAGE, "timeline_entry.text_en"),
      new Limit("comment", IntakeValidator.MAX_MESSAGE, "timeline_entry.text_vi"),
      new Limit("rating comment", IntakeValidator.MAX_RATING_COMMENT, "ticket_rating.comment"),
      new Limit("rating comment", IntakeValidator.MAX_RATING_COMMENT, "timeline_entry.text_vi"),
      new Limit("interaction event", longestInteractionEvent(), "interaction_count.event"),
      new Limit("feedback token hash", FeedbackToken.hash(FeedbackToken.mint()).length(),
          "feedback_token.token_hash"),
      new Limit("answeredOnTheSpot", IntakeValidator.MAX_MESSAGE, "timeline_entry.text_vi",
          LINE_WORDS),
      new Limit("answeredOnTheSpot", IntakeValidator.MAX_MESSAGE, "timeline_entry.text_en",
          LINE_WORDS),
      new Limit("delivery detail", IntakeValidator.MAX_DELIVERY_DETAIL, "timeline_entry.text_vi",
          LINE_WORDS),
      new Limit("attachment store key", IntakeValidator.MAX_STORE_KEY,
          "ticket_attachment.store_key"),
      new Limit("attachment mediaType", IntakeValidator.MAX_MEDIA_TYPE,
          "ticket_attachment.media_type"),
      new Limit("notificationId", IntakeValidator.MAX_NOTIFICATION_ID,
          "channel_notification.notification_id"),
      new Limit("staff text", ActionLimits.MAX_TEXT, "timeline_entry.text_vi",
          LINE_WORDS + ActionLimits.MAX_COMPETENT_BODY),
      new Limit("staff text", ActionLimits.MAX_TEXT, "timeline_entry.text_en",
          LINE_WORDS + ActionLimits.MAX_COMPETENT_BODY),
      new Limit("transfer reason", ActionLimits.MAX_TRANSFER_REASON, "ticket.transfer_reason"),
      new Limit("competentBody", ActionLimits.MAX_COMPETENT_BODY, "agency.name_vi"),
      new Limit("article kind", KnowledgeLimits.MAX_KIND, "knowledge_article.kind"),
      new Limit("article categoryCode", KnowledgeLimits.MAX_CODE,
          "knowledge_article.category_code"),
      new Limit("article agencyCode", KnowledgeLimits.MAX_CODE, "knowledge_article.agency_code"),
      new Limit("article titleVi", KnowledgeLimits.MAX_TITLE, "knowledge_article.title_vi"),
      new Limit("article titleEn", KnowledgeLimits.MAX_TITLE, "knowledge_article.title_en"),
      new Limit("article bodyVi", KnowledgeLimits.MAX_BODY, "knowledge_article.body_vi"),
      new Limit("article bodyEn", KnowledgeLimits.MAX_BODY, "knowledge_article.body_en"),
      new Limit("article keywords", KnowledgeLimits.MAX_KEYWORDS, "knowledge_article.keywords"),
      new Limit("article sourceVi", KnowledgeLimits.MAX_SOURCE, "knowledge_article.source_vi"),
      new Limit("staff username", KnowledgeLimits.MAX_STAFF_NAME,
          "knowledge_article.updated_by"),
      new Limit("staff username", KnowledgeLimits.MAX_STAFF_NAME, "published_answer.drafted_by"),
      new Limit("staff username", KnowledgeLimits.MAX_STAFF_NAME,
          "published_answer.published_by"),
      new Limit("published question", KnowledgeLimits.MAX_QUESTION,
          "published_answer.question_vi"),
      new Limit("published answer", KnowledgeLimits.MAX_ANSWER, "published_answer.answer_vi"),
      new Limit("published question in English", KnowledgeLimits.MAX_QUESTION,
          "published_answer.question_en"),
      new Limit("published answer in English", KnowledgeLimits.MAX_ANSWER,
          "published_answer.answer_en"));

  static DataSource database;
  static ColumnSizes columns;

  @BeforeAll
  static void migrate() {
    database = ColumnSizes.freshDatabase("core_limits");
    ModuleSchema.migrate(database, "hub-core");
    ModuleSchema.migrate(database, "channel-intake");
    columns = ColumnSizes.of(database);
  }

  @Test
  void noValidatorAllowsMoreThanItsColumnHolds() {
    List<String> overflows = new ArrayList<>();
    for (Limit limit : LIMITS) {
      ColumnSizes.Size size = columns.of(limit.column());
      long needed = (long) limit.max() + limit.overhead();
      if (needed > size.javaChars()) {
        overflows.add(limit.field() + " allows " + needed + " characters but " + limit.column()
            + " holds " + size.javaChars() + " (" + size.characters() + " characters, "
            + size.bytes() + " bytes)");
      }
    }
    assertTrue(overflows.isEmpty(), () -> String.join("\n", overflows));
  }

  @Test
  void anEnvelopeWithEveryFieldAtItsMaximumFitsTheChannelsOutboxRow() {
    long room = columns.of("channel_intake_outbox.envelope_json").bytes();
    long report = ContractJson.write(AtTheLimits.report(AtTheLimits.identity(), true)).length;
    long followUp = ContractJson.write(
        AtTheLimits.followUp(AtTheLimits.identity(), trackingCode())).length;
    assertTrue(report <= room, report + " bytes of report JSON, " + room + " bytes of room");
    assertTrue(followUp <= room, followUp + " bytes of follow-up JSON, " + room + " of room");
  }

  @Test
  void aNotificationCarryingTheLongestTextsFitsTheOutboxRow() {
    // A staff answer (Vietnamese and English, each with the competent body and a line's words),
    // or an answer given on the spot, three bytes a character, in one notification's JSON.
    long text = (long) ActionLimits.MAX_TEXT + ActionLimits.MAX_COMPETENT_BODY + LINE_WORDS;
    long json = 2 * 3 * text + 2_000;
    assertTrue(json <= columns.of("outbox_message.payload").bytes());
    assertTrue(json <= columns.of("channel_notification.payload").bytes());
  }

  private static String trackingCode() {
    return TrackingCode.generate(Channel.ZALO).value();
  }

  private static int longestInteractionEvent() {
    return Arrays.stream(InteractionEvent.values()).mapToInt(e -> e.name().length()).max()
        .orElseThrow();
  }

  private static int trackingCodeLength() {
    return trackingCode().length();
  }
}
