package vn.citizenhub.contract.intake;

import java.util.List;

/** More information from the citizen about the ticket named by the envelope's tracking code. */
public record FollowUp(String message, List<Attachment> attachments) implements IntakePayload {

  public FollowUp {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
