package vn.citizenhub.core.workspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import java.util.List;
import vn.citizenhub.core.lifecycle.ActionInput;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.JsonBody;
import vn.citizenhub.core.staffapi.StaffApiException;

/**
 * The inbox, the ticket page and the lifecycle actions: what the console calls. Not for hotline
 * operators, whose job needs no province-wide list and no citizen's contact: they see the caller
 * on their line and nearby open tickets without personal data ({@code /api/staff/callers}).
 */
@Controller("/api/staff/tickets")
@Secured({"AGENCY_OFFICER", "AGENCY_LEAD", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Tickets")
class StaffTicketController {

  private final InboxQuery inbox;
  private final StaffTicketQuery tickets;
  private final LifecycleService lifecycle;

  StaffTicketController(InboxQuery inbox, StaffTicketQuery tickets, LifecycleService lifecycle) {
    this.inbox = inbox;
    this.tickets = tickets;
    this.lifecycle = lifecycle;
  }

  @Operation(summary = "The inbox: tickets within your scope, soonest due first",
      description = "Without a status, open tickets. due=OVERDUE|DUE_SOON; assignee=me|none|<id>;"
          + " q searches code, description and address without regard to diacritics.")
  @Get
  InboxPage inbox(@Nullable @QueryValue List<String> status, @Nullable @QueryValue String due,
      @Nullable @QueryValue String category, @Nullable @QueryValue String commune,
      @Nullable @QueryValue String assignee, @Nullable @QueryValue String channel,
      @Nullable @QueryValue String agency, @Nullable @QueryValue String q,
      @Nullable @QueryValue Boolean transferPending, @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size, Authentication authentication) throws SQLException {
    return inbox.find(new InboxFilter(status, due, category, commune, assignee, channel, agency,
        q, transferPending, page, size), StaffPrincipal.of(authentication));
  }

  @Operation(summary = "The ticket page, with the citizen's contact (access is audited)")
  @Get("/{id}")
  StaffTicketView ticket(@PathVariable long id, Authentication authentication)
      throws SQLException {
    return tickets.find(id, StaffPrincipal.of(authentication))
        .orElseThrow(StaffApiException::ticketNotFound);
  }

  @Operation(summary = "Take an action on a ticket",
      description = "Body: {action, version, text?, textEn?, assigneeId?, agencyCode?,"
          + " closureCode?, competentBody?, intoTicketId?}. A stale version or an illegal"
          + " transition is a 409 with the reason; a ticket outside your scope a 404.")
  @Post(value = "/{id}/actions", consumes = MediaType.APPLICATION_JSON)
  Object act(@PathVariable long id, @Body String body, Authentication authentication)
      throws SQLException {
    StaffPrincipal staff = StaffPrincipal.of(authentication);
    var next = lifecycle.act(id, JsonBody.read(body, ActionInput.class), staff);
    // A transfer can take the ticket out of the actor's scope: the action is done all the same.
    return tickets.find(id, staff).<Object>map(view -> view)
        .orElse(new LeftScope(id, next.status.name(),
            "Đã thực hiện. Phiếu đã chuyển khỏi phạm vi của bạn.",
            "Done. The ticket has left your scope."));
  }

  /** The answer when the action moved the ticket out of the actor's scope. */
  record LeftScope(long id, String status, String message, String messageEn) {}
}
