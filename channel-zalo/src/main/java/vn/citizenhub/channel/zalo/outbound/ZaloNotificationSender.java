package vn.citizenhub.channel.zalo.outbound;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.notify.ChannelSender;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.oa.OaDirectory;
import vn.citizenhub.channel.zalo.user.ZaloUser;
import vn.citizenhub.channel.zalo.user.ZaloUsers;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.http.PublicUrl;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Tells a citizen on Zalo what hub-core has to say (the shared notify plumbing keeps, retries and
 * reports). Inside the 7-day window it is a consultation message; outside it, the OA's approved
 * template when there is one and a phone to send it to, else it is handed back for SMS. Zalo's
 * error codes decide the rest: a refused token is refreshed once (in {@link OaApi}), the window
 * and a lost follower are final, a rate limit or an outage is thrown to be retried later.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ZaloNotificationSender implements ChannelSender {

  private static final Logger LOG = LoggerFactory.getLogger(ZaloNotificationSender.class);

  private final OaApi api;
  private final OaDirectory oas;
  private final ZaloUsers users;
  private final JdbcDatabase database;
  private final ZaloSettings settings;
  private final PublicUrl publicUrl;
  private final Clock clock = Clock.systemUTC();

  public ZaloNotificationSender(OaApi api, OaDirectory oas, ZaloUsers users,
      JdbcDatabase database, ZaloSettings settings, PublicUrl publicUrl) {
    this.api = api;
    this.oas = oas;
    this.users = users;
    this.database = database;
    this.settings = settings;
    this.publicUrl = publicUrl;
  }

  @Override
  public Channel channel() {
    return Channel.ZALO;
  }

  @Override
  public DeliveryOutcome send(Notification n) throws Exception {
    Optional<ZaloUser> found = recipient(n);
    if (found.isEmpty()) {
      return DeliveryOutcome.handBack(
          "Không có tài khoản Zalo nào gắn với người dân của phản ánh này.",
          "No Zalo account is linked to this ticket's citizen.");
    }
    ZaloUser user = found.get();
    if (user.optedOutAt() != null) {
      return DeliveryOutcome.handBack(
          "Người dân đã bỏ quan tâm Zalo OA hoặc yêu cầu ngừng xử lý dữ liệu trên Zalo.",
          "The citizen unfollowed the Zalo OA or asked it to stop using their data.");
    }
    Optional<OaAccount> oa = oas.byName(user.oaName());
    if (oa.isEmpty()) {
      return DeliveryOutcome.failed("Zalo OA của người dân không còn được cấu hình.",
          "The citizen's Zalo OA is no longer configured.");
    }
    Instant now = clock.instant();
    if (user.lastInteractionAt() == null
        || now.isAfter(user.lastInteractionAt().plus(settings.getInteractionWindow()))) {
      return outsideWindow(oa.get(), n, user);
    }
    OaAnswer answer = api.sendText(oa.get(), user.userId(), text(n, feedbackLink(n)));
    if (answer.ok()) {
      if (n.kind() == NotificationKind.UPDATE && n.trackingCode() != null) {
        database.inTransaction(c -> {
          users.expectReply(c, user.userId(), n.trackingCode(),
              now.plus(settings.getReplyWindow()));
          return null;
        });
      }
      return DeliveryOutcome.sent("Đã gửi tin nhắn tư vấn qua Zalo OA.",
          "Sent as a Zalo OA consultation message.");
    }
    return switch (answer.kind()) {
      case OUTSIDE_WINDOW -> outsideWindow(oa.get(), n, user);
      case PERMANENT -> DeliveryOutcome.failed(
          "Không gửi được qua Zalo: " + ZaloError.reasonVi(answer.error()) + ".",
          "Not deliverable on Zalo: " + ZaloError.reasonEn(answer.error()) + ".");
      default -> throw new ZaloUnavailable("Zalo answered " + answer.error() + " ("
          + answer.kind() + ")");
    };
  }

  private Optional<ZaloUser> recipient(Notification n) throws Exception {
    String prefix = Channel.ZALO.identity("");
    return database.inTransaction(c -> {
      Optional<String> userId = n.citizenIdentity() != null
          && n.citizenIdentity().startsWith(prefix)
          ? Optional.of(n.citizenIdentity().substring(prefix.length()))
          // Linked by phone to another channel's identity: the user who sent this report here.
          : n.trackingCode() == null ? Optional.empty() : users.userOfReport(c, n.trackingCode());
      return userId.isEmpty() ? Optional.<ZaloUser>empty() : users.find(c, userId.get(), false);
    });
  }

  private DeliveryOutcome outsideWindow(OaAccount oa, Notification n, ZaloUser user)
      throws ZaloUnavailable {
    String phone = n.contact() != null && n.contact().phone() != null ? n.contact().phone()
        : user.phone();
    String why = "đã quá 7 ngày kể từ lần tương tác cuối của người dân với Zalo OA";
    String whyEn = "more than 7 days since the citizen last interacted with the Zalo OA";
    if (oa.getNoticeTemplateId() == null || phone == null) {
      return DeliveryOutcome.handBack("Không gửi được qua Zalo: " + why + ".",
          "Not deliverable on Zalo: " + whyEn + ".");
    }
    OaAnswer answer = api.sendTemplate(oa, phone, oa.getNoticeTemplateId(), Map.of(
        "tracking_code", n.trackingCode() == null ? ""
            : new TrackingCode(n.trackingCode()).display(),
        "message", n.messageVi().length() > 400
            ? n.messageVi().substring(0, 399) + "…" : n.messageVi()), n.id());
    if (answer.ok()) {
      return DeliveryOutcome.sent("Đã gửi thông báo theo mẫu (ZNS) qua Zalo vì " + why + ".",
          "Sent as a Zalo template notice (ZNS): " + whyEn + ".");
    }
    LOG.info("Zalo template notice refused: {} ({})", answer.error(), answer.kind());
    return DeliveryOutcome.handBack("Không gửi được qua Zalo: " + why
        + "; thông báo theo mẫu bị từ chối (lỗi " + answer.error() + ").",
        "Not deliverable on Zalo: " + whyEn + "; the template notice was refused (error "
            + answer.error() + ").");
  }

  /** The citizen's private link to rate the outcome or say it is not fixed; null without one. */
  private String feedbackLink(Notification n) {
    return n.feedbackToken() == null || n.trackingCode() == null ? null
        : publicUrl.trackingLink(n.trackingCode(), n.feedbackToken());
  }

  /**
   * The notice, and how the citizen can act on it from Zalo; with an outcome's private
   * {@code feedbackLink} (or null), that link too, whole: the notice is shortened instead.
   */
  static String text(Notification n, String feedbackLink) {
    if (n.trackingCode() == null) {
      return OaApi.fit(n.messageVi());
    }
    String code = new TrackingCode(n.trackingCode()).display();
    String hint = n.kind() == NotificationKind.RECEIPT
        ? "\n\nNhắn \"tra cứu " + code + "\" để theo dõi phản ánh."
        : "\n\nBạn có thể trả lời tin nhắn này để bổ sung thông tin cho phản ánh " + code
            + ". Nhắn \"đánh giá " + code + " <1-5>\" để đánh giá kết quả, \"chưa khắc phục "
            + code + "\" nếu sự việc chưa được xử lý, hoặc \"phản ánh mới\" để gửi phản ánh khác.";
    if (feedbackLink != null) {
      hint += "\n\nHoặc đánh giá, báo chưa khắc phục qua liên kết riêng của bạn (vui lòng không"
          + " chia sẻ):\n" + feedbackLink;
    }
    String message = n.messageVi();
    int room = OaApi.MAX_TEXT - hint.length();
    return (message.length() > room ? message.substring(0, room - 1) + "…" : message) + hint;
  }
}
