package vn.citizenhub.channel.app.api;

import vn.citizenhub.contract.ItemKind;
import vn.citizenhub.contract.intake.Location;

/**
 * The JSON of a new report from an app (the body, or the part {@code report} of a multipart
 * request with photos).
 *
 * @param verifiedPhone a phone number the app has verified as its user's (an OTP, say): it links
 *     this citizen to their Zalo, web and hotline contacts. Only a verified number belongs here.
 * @param name optional: how the citizen is addressed
 * @param photosPublic the citizen allows their photos on the public tracking page (absent: no)
 */
public record AppReportForm(
    ItemKind kind,
    String categoryCode,
    String description,
    Location location,
    String name,
    String verifiedPhone,
    ConsentForm consent,
    Boolean photosPublic) {

  public boolean photosMayBePublic() {
    return Boolean.TRUE.equals(photosPublic);
  }

  /** The consent the citizen gave in the app, and which version of its text they were shown. */
  public record ConsentForm(Boolean given, String textVersion) {}
}
