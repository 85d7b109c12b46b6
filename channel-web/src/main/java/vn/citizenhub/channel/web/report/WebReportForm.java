package vn.citizenhub.channel.web.report;

import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.intake.Location;

/**
 * The JSON the portal posts. Contact details are optional; consent is not.
 *
 * @param citizenRef the portal's own stable id for the person (account or device), so that their
 *     reports are recognised as one citizen's; anonymous when absent
 * @param photosPublic the citizen allows their photos on the public tracking page (absent: no)
 */
public record WebReportForm(
    ItemKind kind,
    String categoryCode,
    String description,
    Location location,
    String name,
    String phone,
    String email,
    String citizenRef,
    ConsentForm consent,
    Boolean photosPublic) {

  /** True only when the citizen ticked "show my photos on the public page". */
  public boolean photosMayBePublic() {
    return Boolean.TRUE.equals(photosPublic);
  }

  /** The consent box the citizen ticked, and which version of its text they were shown. */
  public record ConsentForm(Boolean given, String textVersion) {}
}
