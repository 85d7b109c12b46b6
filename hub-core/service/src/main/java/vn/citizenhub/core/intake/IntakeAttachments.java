package vn.citizenhub.core.intake;

import java.time.Instant;
import java.util.List;
import vn.citizenhub.contract.intake.Attachment;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.core.attachments.TicketAttachments.NewAttachment;
import vn.citizenhub.core.ticket.TimelineEntry;
import vn.citizenhub.core.ticket.TimelineEntry.Visibility;

/**
 * What becomes of an intake's attachments: a file in the attachment store ({@code store:<key>})
 * is recorded on the ticket, for staff to see (and the public, where the citizen allowed it); any
 * other reference (a link the channel could not download) is kept as an internal timeline line,
 * so that nothing the citizen sent is dropped.
 */
final class IntakeAttachments {

  private static final String DEFAULT_TYPE = "application/octet-stream";

  private IntakeAttachments() {}

  static void record(long ticketId, IntakeEnvelope envelope, List<Attachment> attachments,
      Instant now, BatchWrites writes) {
    for (Attachment a : attachments) {
      if (a.storeKey().isPresent()) {
        writes.attachments.add(new NewAttachment(ticketId, a.storeKey().get(),
            a.mediaType() != null ? a.mediaType() : DEFAULT_TYPE, a.bytes(),
            envelope.channel(), a.mayBePublic()));
      } else {
        writes.timeline.add(new TimelineEntry(ticketId, now, "ATTACHMENT_LINK",
            Visibility.INTERNAL, "Tệp đính kèm của người dân (liên kết, chưa tải về): " + a.url(),
            "Citizen's attachment (a link, not downloaded): " + a.url(), "citizen"));
      }
    }
  }
}
