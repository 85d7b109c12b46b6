package vn.citizenhub.channel.app.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.app.callback.AppCallback;
import vn.citizenhub.channel.app.devices.Device;
import vn.citizenhub.channel.app.devices.DeviceRegistry;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.channel.app.partner.AppPartners;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.notify.ChannelSender;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.http.PublicUrl;

/**
 * Tells an app user what hub-core has to say (the shared notify plumbing keeps, retries and
 * reports): a push to each of their devices through FCM; for a user with no device, the notice
 * signed to the callback URL the app registered; and when neither exists (or both refuse for
 * good) it is handed back, so it goes as an SMS when a phone is known. FCM or the callback being
 * down for now is thrown, and the notice is tried again later.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
// The registered apps come from the app API's registry; without one, no notice can be addressed.
@Requires(beans = AppPartners.class)
public class AppNoticeSender implements ChannelSender {

  private final AppPartners partners;
  private final DeviceRegistry devices;
  private final PushDelivery push;
  private final AppCallback callback;
  private final PublicUrl publicUrl;

  public AppNoticeSender(AppPartners partners, DeviceRegistry devices,
      @Nullable PushDelivery push, AppCallback callback, PublicUrl publicUrl) {
    this.partners = partners;
    this.devices = devices;
    this.push = push;
    this.callback = callback;
    this.publicUrl = publicUrl;
  }

  @Override
  public Channel channel() {
    return Channel.APP;
  }

  @Override
  public DeliveryOutcome send(Notification n) throws Exception {
    Optional<AppRecipient> found = AppRecipient.of(n.citizenIdentity());
    if (found.isEmpty()) {
      return DeliveryOutcome.handBack("Không xác định được người dùng ứng dụng nhận thông báo.",
          "The notice names no app user.");
    }
    AppRecipient to = found.get();
    Optional<AppPartner> app = partners.find(to.appId()).filter(AppPartner::active);
    if (app.isEmpty()) {
      return DeliveryOutcome.handBack("Ứng dụng của người dân không còn được đăng ký hoặc đã bị"
          + " tạm ngừng.", "The citizen's app is no longer registered or is suspended.");
    }
    NoticeContent content = NoticeContent.of(n, publicUrl);
    String pushNote = "";
    String pushNoteEn = "";
    if (push != null) {
      List<Device> targets = devices.devicesOf(to.appId(), to.appUserId());
      if (!targets.isEmpty()) {
        PushDelivery.Tally tally = push.push(n.id(), content, targets);
        if (tally.reached() > 0) {
          return DeliveryOutcome.sent("Đã gửi thông báo đẩy tới " + tally.reached()
              + " thiết bị của người dùng ứng dụng.", "Pushed to " + tally.reached()
              + " device(s) of the app user.");
        }
        pushNote = " FCM không nhận thông báo cho thiết bị nào (" + tally.forgotten()
            + " mã thiết bị không còn hiệu lực đã bị xóa, " + tally.refused() + " bị từ chối"
            + refusalCode(tally) + ").";
        pushNoteEn = " FCM took the notice for no device (" + tally.forgotten()
            + " token(s) no longer valid removed, " + tally.refused() + " refused"
            + refusalCode(tally) + ").";
      }
    }
    Optional<URI> callbackUrl = app.get().callbackUrl();
    if (callbackUrl.isPresent()) {
      Optional<AppCallback.Refusal> refused = callback.deliver(app.get(), callbackUrl.get(),
          callbackBody(n, to, content));
      if (refused.isEmpty()) {
        return DeliveryOutcome.sent("Đã gửi thông báo tới địa chỉ callback của ứng dụng."
            + pushNote, "Delivered to the app's callback URL." + pushNoteEn);
      }
      return DeliveryOutcome.handBack("Địa chỉ callback của ứng dụng từ chối thông báo (mã "
          + refused.get().status() + ")." + pushNote, "The app's callback URL refused the notice"
          + " (status " + refused.get().status() + ")." + pushNoteEn);
    }
    if (!pushNote.isEmpty()) {
      return DeliveryOutcome.handBack(pushNote.strip(), pushNoteEn.strip());
    }
    return DeliveryOutcome.handBack("Người dùng chưa đăng ký thiết bị nhận thông báo đẩy và ứng"
        + " dụng không đăng ký địa chỉ callback.", "The app user has no device registered for"
        + " push and the app registered no callback URL.");
  }

  private static String refusalCode(PushDelivery.Tally tally) {
    return tally.lastRefusal() == null ? "" : ": " + tally.lastRefusal();
  }

  /** The callback's JSON: the notice for one app user, with no contact details. */
  static ObjectNode callbackBody(Notification n, AppRecipient to, NoticeContent content) {
    ObjectNode body = ContractJson.mapper().createObjectNode();
    body.put("type", "notice");
    body.put("notificationId", n.id());
    body.put("appUserId", to.appUserId());
    body.put("kind", content.data().get("kind"));
    body.put("occurredAt", n.occurredAt() == null ? null : n.occurredAt().toString());
    body.put("title", content.title());
    body.put("messageVi", n.messageVi());
    body.put("messageEn", n.messageEn());
    for (String key : List.of("trackingCode", "trackingUrl", "feedbackUrl")) {
      if (content.data().containsKey(key)) {
        body.put(key, content.data().get(key));
      }
    }
    return body;
  }
}
