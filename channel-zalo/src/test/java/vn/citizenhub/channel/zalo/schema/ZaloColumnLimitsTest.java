package vn.citizenhub.channel.zalo.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.citizenhub.channel.zalo.conversation.Draft;
import vn.citizenhub.channel.zalo.conversation.Photo;
import vn.citizenhub.channel.zalo.webhook.ZaloEvent;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.schema.ModuleSchema;
import vn.citizenhub.testsupport.AtTheLimits;
import vn.citizenhub.testsupport.ColumnSizes;

/**
 * The Zalo channel's own tables against what passes through them: a Zalo id, event name and
 * message id the webhook accepts, the codes and versions of a report, and a draft with every
 * field at the contract's maximum, as MariaDB/MySQL reports the columns after the migrations.
 */
class ZaloColumnLimitsTest {

  static ColumnSizes columns;

  @BeforeAll
  static void migrate() {
    DataSource database = ColumnSizes.freshDatabase("zalo_limits");
    ModuleSchema.migrate(database, "channel-zalo");
    columns = ColumnSizes.of(database);
  }

  @Test
  void noAcceptedValueIsLongerThanTheColumnItLandsIn() {
    int code = TrackingCode.generate(Channel.ZALO).value().length();
    Map<String, Integer> limits = Map.ofEntries(
        Map.entry("zalo_inbox.user_id", ZaloEvent.MAX_USER_ID),
        Map.entry("zalo_user.user_id", ZaloEvent.MAX_USER_ID),
        Map.entry("zalo_draft.user_id", ZaloEvent.MAX_USER_ID),
        Map.entry("zalo_report.user_id", ZaloEvent.MAX_USER_ID),
        Map.entry("zalo_reply.user_id", ZaloEvent.MAX_USER_ID),
        Map.entry("zalo_inbox.event_name", ZaloEvent.MAX_EVENT_NAME),
        Map.entry("zalo_inbox.dedupe_key", ZaloEvent.MAX_DEDUPE_KEY),
        Map.entry("zalo_report.category_code", IntakeValidator.MAX_CATEGORY_CODE),
        Map.entry("zalo_report.tracking_code", code),
        Map.entry("zalo_user.reply_ticket_code", code),
        Map.entry("zalo_user.phone_consent_version", IntakeValidator.MAX_CONSENT_VERSION),
        Map.entry("zalo_user.phone", "+84".length() + 10));
    List<String> overflows = new ArrayList<>();
    limits.forEach((column, max) -> {
      if (max > columns.of(column).javaChars()) {
        overflows.add(column + " holds " + columns.of(column).javaChars() + ", " + max
            + " allowed");
      }
    });
    assertTrue(overflows.isEmpty(), () -> String.join("\n", overflows));
  }

  @Test
  void aDraftWithEveryFieldAtItsMaximumFitsItsRow() {
    Photo photo = new Photo(AtTheLimits.ascii("file:///var/hub/media/",
        IntakeValidator.MAX_ATTACHMENT_URL), AtTheLimits.ascii("image/",
        IntakeValidator.MAX_MEDIA_TYPE), Long.MAX_VALUE);
    Draft draft = new Draft(AtTheLimits.text(IntakeValidator.MAX_DESCRIPTION),
        Collections.nCopies(Draft.MAX_PHOTOS, photo), IntakeValidator.MAX_LATITUDE,
        IntakeValidator.MAX_LONGITUDE, AtTheLimits.text(IntakeValidator.MAX_ADDRESS),
        AtTheLimits.ascii("C", IntakeValidator.MAX_CATEGORY_CODE), true, Instant.now());
    long bytes = ContractJson.writeString(draft).getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes <= columns.of("zalo_draft.draft_json").bytes(), bytes + " bytes");
  }
}
