package vn.citizenhub.channel.app.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The province's catalog for an app's report form: kinds, categories, communes, agencies. */
@Controller("/api/app/v1/catalog")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog")
class AppCatalogController {

  private final HubCorePublic core;

  AppCatalogController(HubCorePublic core) {
    this.core = core;
  }

  @Operation(summary = "Danh mục / Catalog",
      description = "The same document as GET /api/public/catalog: the codes a report uses.")
  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> catalog() {
    HubCorePublic.Answer answer = core.catalog();
    return answer.json() == null ? AppAnswers.hubCoreUnavailable() : HttpResponse.ok(answer.json());
  }
}
