package vn.citizenhub.deploy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.Consent;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.Location;
import vn.citizenhub.contract.intake.NewReport;

/** Intake as the hotline would publish it, one caller per hundred reports. */
final class CrashEnvelopes {
  private CrashEnvelopes() {}

  static IntakeEnvelope report(int n) {
    return IntakeEnvelope.v1(UUID.randomUUID().toString(), Instant.now(), Channel.HOTLINE,
        "call-" + n, new CitizenRef("phone:+8490" + String.format("%07d", n / 100), null, null, null),
        TrackingCode.generate(Channel.HOTLINE).value(),
        new NewReport(ItemKind.REPORT, n % 2 == 0 ? "ROAD_DAMAGE" : "STREET_LIGHT",
            "Người gọi báo sự cố số " + n + " trên địa bàn.",
            new Location("27712", null, null, null), List.of(),
            new Consent(true, "hotline-script-2025-07", Instant.now())));
  }
}
