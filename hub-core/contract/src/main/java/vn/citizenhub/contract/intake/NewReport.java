package vn.citizenhub.contract.intake;

import java.util.List;
import vn.citizenhub.contract.ItemKind;

/** A new report, suggestion, question, information request or complaint. */
public record NewReport(
    ItemKind kind,
    String categoryCode,
    String description,
    Location location,
    List<Attachment> attachments,
    Consent consent)
    implements IntakePayload {

  public NewReport {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
