package vn.citizenhub.core.intake;

import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.DeliveryReport;

/** The internal timeline line for what a channel did with a notification. */
record DeliveryLine(String type, String textVi, String textEn) {

  static DeliveryLine of(Channel channel, DeliveryReport report) {
    String via = PublicTexts.channelVi(channel);
    String viaEn = PublicTexts.channelEn(channel);
    String detailVi = report.detailVi() == null ? "" : " " + report.detailVi();
    String detailEn = report.detailEn() == null ? "" : " " + report.detailEn();
    return switch (report.status()) {
      case SENT -> new DeliveryLine("NOTICE_SENT", "Đã gửi thông báo cho người dân qua " + via
          + "." + detailVi, "The citizen was notified via " + viaEn + "." + detailEn);
      case FAILED -> new DeliveryLine("NOTICE_FAILED", "Không gửi được thông báo qua " + via
          + "." + detailVi, "The notice could not be delivered via " + viaEn + "." + detailEn);
      case HANDED_BACK -> new DeliveryLine("NOTICE_HANDED_BACK", "Không gửi được qua " + via
          + ", chuyển sang kênh khác." + detailVi,
          "Not deliverable via " + viaEn + "; passed to another channel." + detailEn);
    };
  }
}
