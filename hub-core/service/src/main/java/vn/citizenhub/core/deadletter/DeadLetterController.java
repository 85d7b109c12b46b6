package vn.citizenhub.core.deadletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.core.staffapi.StaffApiException;

/**
 * Intake records hub-core parked, for the coordinator's desk: who looked at each one. The record's
 * content stays on the dead-letter topic (it may hold personal data); this lists ids and reasons.
 */
@Controller("/api/staff/dead-letters")
@Secured({"COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Coordination")
class DeadLetterController {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterController.class);

  private final DeadLetterBook book;
  private final Clock clock;

  DeadLetterController(DeadLetterBook book, Clock clock) {
    this.book = book;
    this.clock = clock;
  }

  @Operation(summary = "Intake records that could not be applied, newest first",
      description = "Only those not yet acknowledged, unless all=true (at most 200).")
  @Get
  List<DeadLetter> list(@Nullable @QueryValue Boolean all) throws SQLException {
    return book.list(Boolean.TRUE.equals(all));
  }

  @Operation(summary = "Acknowledge a dead letter: /health is UP again once none is waiting")
  @Post("/{id}/acknowledge")
  DeadLetter acknowledge(@PathVariable long id, Authentication authentication)
      throws SQLException {
    DeadLetter seen = book.acknowledge(id, authentication.getName(), clock.instant())
        .orElseThrow(() -> new StaffApiException(HttpStatus.NOT_FOUND, "DEAD_LETTER_NOT_FOUND",
            "Không tìm thấy bản ghi tiếp nhận lỗi này.", "No such dead letter."));
    LOG.info("Dead letter {} acknowledged by staff {}", id, authentication.getName());
    return seen;
  }
}
