package vn.citizenhub.core.agencies;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.staffapi.JsonBody;
import vn.citizenhub.core.staffapi.StaffApiException;
import vn.citizenhub.logging.ErrorText;

/**
 * Agencies' published focal points, hours and rules (Decree 42/2022), as administrators keep them:
 * coordinators may read them, only administrators change them. A change is recorded (who, when)
 * and is on the public catalog and the agency's page at once.
 */
@Controller("/api/staff/agencies")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Agencies")
class AgencyContactController {

  private static final Logger LOG = LoggerFactory.getLogger(AgencyContactController.class);

  private final AgencyContacts contacts;
  private final ReferenceData referenceData;
  private final Clock clock;

  AgencyContactController(AgencyContacts contacts, ReferenceData referenceData, Clock clock) {
    this.contacts = contacts;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  @Operation(summary = "Every agency's published contact, hours and rules")
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  @Get
  List<AgencyContactView> list() throws SQLException {
    return contacts.all();
  }

  @Operation(summary = "One agency's published contact, hours and rules")
  @Secured({"COORDINATOR", "ADMINISTRATOR"})
  @Get("/{code}")
  AgencyContactView get(@PathVariable String code) throws SQLException {
    return contacts.find(code).orElseThrow(AgencyContactController::notFound);
  }

  @Operation(summary = "Replace an agency's published contact, hours and rules",
      description = "Body: {focalPoint, focalPointEn?, contactPhone, contactEmail, address,"
          + " addressEn?, hours, hoursEn?, rules, rulesEn?, infoRulesUrl?}; every field is"
          + " replaced. A refused field is a bilingual 400 listing each, and nothing changes.")
  @Secured({"ADMINISTRATOR"})
  @Put(value = "/{code}", consumes = MediaType.APPLICATION_JSON)
  AgencyContactView replace(@PathVariable String code, @Body String body,
      Authentication authentication) throws SQLException {
    if (contacts.find(code).isEmpty()) {
      throw notFound();
    }
    ContactRules.Result checked = ContactRules.check(JsonBody.read(body, ContactInput.class));
    if (!checked.errors().isEmpty()) {
      throw StaffApiException.invalid(checked.errors());
    }
    Instant now = clock.instant();
    if (!contacts.replace(code, checked.contact(), authentication.getName(), now,
        now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate())) {
      throw notFound();
    }
    LOG.info("Agency {} published contact changed by staff {}", code, authentication.getName());
    try {
      referenceData.reload();
    } catch (RuntimeException e) {
      // Stored: the scheduled refresh shows it within its interval.
      LOG.warn("Reference data not reloaded after agency {} changed: {}", code, ErrorText.of(e));
    }
    return contacts.find(code).orElseThrow(AgencyContactController::notFound);
  }

  private static StaffApiException notFound() {
    return new StaffApiException(HttpStatus.NOT_FOUND, "AGENCY_NOT_FOUND",
        "Không tìm thấy cơ quan này.", "No such agency.");
  }
}
