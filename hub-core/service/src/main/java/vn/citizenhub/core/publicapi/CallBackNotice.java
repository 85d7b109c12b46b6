package vn.citizenhub.core.publicapi;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.deadletter.DeadLetterBook;

/**
 * What the tracking page says for a code that was answered "received" but whose report hub-core
 * could not turn into a ticket (it was parked on the dead-letter topic): not "not found" for
 * ever, but that staff will call back. Nothing of the report itself is shown.
 */
@Singleton
class CallBackNotice {

  static final String STATUS = "NEEDS_CALL_BACK";
  static final String LABEL_VI = "Cần liên hệ lại";
  static final String LABEL_EN = "Needs a call back";
  static final String TEXT_VI = "Phản ánh của bạn đã được tiếp nhận nhưng hệ thống chưa xử lý tự"
      + " động được. Cán bộ sẽ liên hệ lại với bạn (nếu bạn đã để lại số điện thoại hoặc email);"
      + " bạn cũng có thể gọi đường dây nóng 1022 và đọc mã tra cứu này.";
  static final String TEXT_EN = "Your report was received but could not be processed"
      + " automatically. Staff will contact you (if you left a phone number or e-mail); you can"
      + " also call the 1022 hotline and give this tracking code.";

  private final DeadLetterBook book;

  CallBackNotice(DeadLetterBook book) {
    this.book = book;
  }

  Optional<PublicTicketView> find(String trackingCode) throws SQLException {
    return book.byTrackingCode(trackingCode).map(parked -> new PublicTicketView(
        new TrackingCode(trackingCode).display(), STATUS, LABEL_VI, LABEL_EN,
        null, null, null, parked.channel(), parked.receivedAt(), null,
        List.of(new PublicTicketView.Step(parked.receivedAt(), STATUS, TEXT_VI, TEXT_EN)),
        List.of()));
  }
}
