package vn.citizenhub.core.attachments;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.attachments.AttachmentStoreException;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.StaffApiException;
import vn.citizenhub.core.workspace.TicketStates;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * A citizen's photo or file, for the staff who may open its ticket: the same roles and the same
 * scope as the ticket page ({@code StaffTicketController}); a ticket outside the caller's scope,
 * or a file of another ticket, does not exist for them. Hotline operators, whose job needs no
 * ticket page, are refused by role.
 */
@Controller("/api/staff/tickets")
@Secured({"AGENCY_OFFICER", "AGENCY_LEAD", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tickets")
class StaffAttachmentController {

  private static final Logger LOG = LoggerFactory.getLogger(StaffAttachmentController.class);

  private final JdbcDatabase database;
  private final TicketStates states;
  private final TicketAttachments attachments;
  private final AttachmentStore store;

  StaffAttachmentController(JdbcDatabase database, TicketStates states,
      TicketAttachments attachments, AttachmentStore store) {
    this.database = database;
    this.states = states;
    this.attachments = attachments;
    this.store = store;
  }

  @Operation(summary = "A photo or file the citizen sent with the ticket (its bytes)")
  @Get("/{id}/attachments/{attachmentId}")
  HttpResponse<?> file(@PathVariable long id, @PathVariable long attachmentId,
      Authentication authentication) throws SQLException {
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    TicketAttachments.Row row;
    try (Connection c = database.pool().getConnection()) {
      if (states.find(c, id).filter(t -> staff.mayHandle(t.agencyCode)).isEmpty()) {
        throw StaffApiException.ticketNotFound();
      }
      row = attachments.find(c, id, attachmentId).orElseThrow(() -> new StaffApiException(
          HttpStatus.NOT_FOUND, "ATTACHMENT_NOT_FOUND", "Phiếu không có tệp đính kèm này.",
          "The ticket has no such attachment."));
    }
    Optional<byte[]> bytes;
    try {
      bytes = store.get(row.storeKey());
    } catch (AttachmentStoreException e) {
      LOG.warn("A ticket's attachment could not be read: {}", ErrorText.of(e));
      return FileAnswer.unavailable();
    }
    // Private: the photo may show personal data; a short cache for the page's thumbnails.
    return bytes.<HttpResponse<?>>map(b -> FileAnswer.of(b, row.mediaType(),
        "private, max-age=300")).orElseGet(FileAnswer::removed);
  }
}
