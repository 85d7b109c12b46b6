package vn.citizenhub.core.publicapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.attachments.AttachmentStore;
import vn.citizenhub.attachments.AttachmentStoreException;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.attachments.FileAnswer;
import vn.citizenhub.core.attachments.TicketAttachments;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * The photos a citizen allowed on the public tracking page, numbered from 1 in the order they
 * came ({@code GET /api/public/tickets/{code}/photos/{n}}). A photo the citizen did not allow
 * has no number here: it cannot be reached by trying numbers. Rate-limited with the rest of
 * {@code /api/public}.
 */
@Controller("/api/public/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicPhotoController {

  private static final Logger LOG = LoggerFactory.getLogger(PublicPhotoController.class);

  private final JdbcDatabase database;
  private final TicketAttachments attachments;
  private final AttachmentStore store;

  PublicPhotoController(JdbcDatabase database, TicketAttachments attachments,
      AttachmentStore store) {
    this.database = database;
    this.attachments = attachments;
    this.store = store;
  }

  static String url(String trackingCode, int n) {
    return "/api/public/tickets/" + trackingCode + "/photos/" + n;
  }

  @Get("/{trackingCode}/photos/{n}")
  HttpResponse<?> photo(@PathVariable String trackingCode, @PathVariable String n)
      throws SQLException {
    Optional<TrackingCode> code = TrackingCode.parse(trackingCode);
    if (code.isEmpty() || !n.matches("[1-9][0-9]{0,2}")) {
      return notFound();
    }
    Optional<TicketAttachments.Row> row;
    try (Connection c = database.pool().getConnection()) {
      row = attachments.publicPhoto(c, code.get().value(), Integer.parseInt(n));
    }
    if (row.isEmpty()) {
      return notFound();
    }
    try {
      return store.get(row.get().storeKey())
          .<HttpResponse<?>>map(b -> FileAnswer.of(b, row.get().mediaType(),
              "public, max-age=300"))
          .orElseGet(FileAnswer::removed);
    } catch (AttachmentStoreException e) {
      LOG.warn("A public photo could not be read: {}", ErrorText.of(e));
      return FileAnswer.unavailable();
    }
  }

  private static HttpResponse<ApiError> notFound() {
    return HttpResponse.notFound(ApiError.of("PHOTO_NOT_FOUND",
        "Không có ảnh công khai này. Người gửi chỉ công khai những ảnh họ cho phép.",
        "There is no such public photo. Only the photos their sender allowed are public."));
  }
}
