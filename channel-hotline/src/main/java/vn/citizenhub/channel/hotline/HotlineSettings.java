package vn.citizenhub.channel.hotline;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings of the hotline channel ({@code hub.hotline.*}); the SMS gateway and the phone system
 * have their own under {@code hub.hotline.sms} and {@code hub.hotline.events}. Every default here
 * is what production runs with.
 */
@ConfigurationProperties("hub.hotline")
public interface HotlineSettings {

  /** Property that switches the whole channel on; on unless a province has no 1022 line. */
  String ENABLED = "hub.hotline.enabled";

  /** The version of the consent text operators read out; recorded with each report. */
  @Bindable(defaultValue = "hotline-2025-07")
  String getConsentTextVersion();

  /** What operators read out before taking personal data (Decree 13/2023); versioned above. */
  @Bindable(defaultValue = "Để chuyển nội dung ông/bà vừa trình bày đến cơ quan có thẩm quyền"
      + " và báo kết quả qua tin nhắn, tổng đài 1022 xin ghi nhận họ tên, số điện thoại và nội"
      + " dung cuộc gọi. Thông tin cá nhân chỉ dùng để xử lý và trả lời, không công khai; ông/bà"
      + " có thể đề nghị xem, sửa hoặc rút lại sự đồng ý bất cứ lúc nào. Ông/bà có đồng ý không"
      + " ạ?")
  String getConsentText();

  /** How often each replica looks for new call events to pop up on its operators' screens. */
  @Bindable(defaultValue = "300ms")
  Duration getScreenPollInterval();

  /**
   * How far back each look for call events reaches: wider than the poll interval, so an event
   * whose transaction committed late, or a replica's clock a little behind, is still seen once.
   */
  @Bindable(defaultValue = "10s")
  Duration getScreenPopWindow();

  /** A screen that connects (or reconnects) is shown its open calls' events of this long ago. */
  @Bindable(defaultValue = "60s")
  Duration getScreenCatchUp();

  /** A comment line on every open event stream this often, so proxies keep it open. */
  @Bindable(defaultValue = "20s")
  Duration getScreenHeartbeat();

  /**
   * How often an open screen stream asks whether its operator's sign-in still holds; a sign-out,
   * a disabled account or a changed role ends the stream at the next check (beside hub-core at
   * once; a hotline on its own keeps hub-core's answer up to a minute).
   */
  @Bindable(defaultValue = "5s")
  Duration getScreenSessionCheck();

  /** How long after a call ends its caller's history may still be looked up by its operator. */
  @Bindable(defaultValue = "30m")
  Duration getCallerLookupWindow();
}
