package vn.citizenhub.core.workspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.util.List;
import vn.citizenhub.core.staff.StaffPrincipal;

/** The provincial coordinator's views: triage queue, transfers to approve, the league table. */
@Controller("/api/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Coordination")
class CoordinatorController {

  private final InboxQuery inbox;
  private final LeagueTable league;

  CoordinatorController(InboxQuery inbox, LeagueTable league) {
    this.inbox = inbox;
    this.league = league;
  }

  @Operation(summary = "Reports no rule could route, oldest due first")
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  @Get("/triage")
  InboxPage triage(@Nullable @QueryValue Integer page, Authentication authentication)
      throws SQLException {
    return inbox.find(new InboxFilter(List.of("TRIAGE", "RECEIVED"), null, null, null, null, null,
        null, null, null, page, 50), StaffPrincipal.of(authentication));
  }

  @Operation(summary = "Transfers between agencies awaiting approval")
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  @Get("/transfers")
  InboxPage transfers(@Nullable @QueryValue Integer page, Authentication authentication)
      throws SQLException {
    return inbox.find(new InboxFilter(null, null, null, null, null, null, null, null, true, page,
        50), StaffPrincipal.of(authentication));
  }

  @Operation(summary = "Agencies ranked by on-time rate")
  @Secured({"AGENCY_OFFICER", "AGENCY_LEAD", "COORDINATOR", "ADMINISTRATOR", "HOTLINE_OPERATOR"})
  @Get("/league")
  List<LeagueTable.Row> league() throws SQLException {
    return league.rows();
  }
}
