package vn.citizenhub.core.knowledge;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.FormFields;
import vn.citizenhub.core.staffapi.FormFields.Field;
import vn.citizenhub.core.staffapi.JsonBody;
import vn.citizenhub.core.staffapi.StaffApiException;

/**
 * Publishing a resolved ticket's question and answer: draft (masked automatically), review and
 * edit, publish, withdraw. Leads of the ticket's agency, coordinators and administrators; an
 * officer drafts nothing. Nothing is public until published.
 */
@Controller("/api/staff/tickets/{id}/publication")
@Secured({"AGENCY_LEAD", "COORDINATOR", "ADMINISTRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Knowledge")
class StaffPublicationController {

  private final Publications publications;

  StaffPublicationController(Publications publications) {
    this.publications = publications;
  }

  @Operation(summary = "The ticket's Q&A publication, if drafted")
  @Get
  PublicationView show(@PathVariable long id, Authentication authentication)
      throws SQLException {
    return publications.find(id, StaffPrincipal.of(authentication));
  }

  @Operation(summary = "Draft the Q&A from a resolved ticket, personal data masked",
      description = "Question: the citizen's description; answer: the public resolution. Both"
          + " masked; the answer lists what was masked (kinds and counts). Idempotent.")
  @Post
  PublicationView draft(@PathVariable long id, Authentication authentication)
      throws SQLException {
    return publications.draft(id, StaffPrincipal.of(authentication));
  }

  @Operation(summary = "Edit the draft's texts (masked again on save)",
      description = "Body: {questionVi, answerVi, questionEn, answerEn}; the English pair is"
          + " optional (both or neither)")
  @Put(consumes = MediaType.APPLICATION_JSON)
  PublicationView edit(@PathVariable long id, @Body String body, Authentication authentication)
      throws SQLException {
    PublicationEdit edit = JsonBody.read(body, PublicationEdit.class);
    FormFields form = new FormFields();
    String question = form.text(new Field("questionVi", "Câu hỏi", "The question"),
        edit.questionVi(), KnowledgeLimits.MAX_QUESTION, true, true);
    String answer = form.text(new Field("answerVi", "Câu trả lời", "The answer"),
        edit.answerVi(), KnowledgeLimits.MAX_ANSWER, true, true);
    // English is optional, but a question without its answer (or the reverse) is half a page.
    boolean english = !isBlank(edit.questionEn()) || !isBlank(edit.answerEn());
    String questionEn = form.text(new Field("questionEn", "Câu hỏi tiếng Anh",
        "The English question"), edit.questionEn(), KnowledgeLimits.MAX_QUESTION, english, true);
    String answerEn = form.text(new Field("answerEn", "Câu trả lời tiếng Anh",
        "The English answer"), edit.answerEn(), KnowledgeLimits.MAX_ANSWER, english, true);
    if (!form.valid()) {
      throw StaffApiException.invalid(form.errors());
    }
    return publications.edit(id, new Publications.Texts(question, answer),
        english ? new Publications.Texts(questionEn, answerEn) : null,
        StaffPrincipal.of(authentication));
  }

  @Operation(summary = "Publish: the Q&A appears at /answers/{publicationId}")
  @Post("/publish")
  PublicationView publish(@PathVariable long id, Authentication authentication)
      throws SQLException {
    return publications.publish(id, StaffPrincipal.of(authentication));
  }

  @Operation(summary = "Withdraw a published Q&A from the portal")
  @Post("/withdraw")
  PublicationView withdraw(@PathVariable long id, Authentication authentication)
      throws SQLException {
    return publications.withdraw(id, StaffPrincipal.of(authentication));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
