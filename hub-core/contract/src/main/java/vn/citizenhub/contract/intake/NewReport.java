package vn.citizenhub.contract.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import vn.citizenhub.contract.ItemKind;

/**
 * A new report, suggestion, question, information request or complaint.
 *
 * @param answeredOnTheSpot optional: the answer the citizen was given when the item was taken in
 *     (a hotline operator's first-contact resolution); hub-core keeps such an item as a ticket
 *     already resolved with this answer. Absent on the wire for ordinary reports, and ignored by
 *     readers that predate it.
 */
public record NewReport(
    ItemKind kind,
    String categoryCode,
    String description,
    Location location,
    List<Attachment> attachments,
    Consent consent,
    String answeredOnTheSpot)
    implements IntakePayload {

  public NewReport {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A report still to be handled: what every channel sends but the hotline's answered calls. */
  public NewReport(ItemKind kind, String categoryCode, String description, Location location,
      List<Attachment> attachments, Consent consent) {
    this(kind, categoryCode, description, location, attachments, consent, null);
  }

  /** True when the citizen's matter was answered as it was taken in. */
  @JsonIgnore // derived, not part of the wire format
  public boolean answered() {
    return answeredOnTheSpot != null && !answeredOnTheSpot.isBlank();
  }
}
