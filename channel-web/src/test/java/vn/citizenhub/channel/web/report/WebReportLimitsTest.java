package vn.citizenhub.channel.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.AtTheLimits;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.KafkaProbe;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The web form at the contract's limits: every field at its maximum is received and published
 * whole; one character more on any field, or the trial's hostile values (NaN coordinates, an
 * e-mail with a 300-character last part, control characters, half an emoji), is a bilingual 400
 * and nothing is stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebReportLimitsTest implements TestPropertyProvider {

  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("web_limits"));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  @AfterAll
  void stopCatalog() {
    CATALOG.close();
  }

  /** A form with every field at its maximum, in three-byte characters. */
  private static ObjectNode atMax() {
    ObjectNode form = ContractJson.mapper().createObjectNode();
    form.put("kind", "REPORT");
    form.put("categoryCode", "STREET_LIGHT");
    form.put("description", AtTheLimits.text(IntakeValidator.MAX_DESCRIPTION));
    ObjectNode location = form.putObject("location");
    location.put("communeCode", "27712");
    location.put("latitude", IntakeValidator.MAX_LATITUDE);
    location.put("longitude", IntakeValidator.MAX_LONGITUDE);
    location.put("address", AtTheLimits.text(IntakeValidator.MAX_ADDRESS));
    form.put("name", AtTheLimits.text(IntakeValidator.MAX_NAME));
    form.put("phone", "+84  (912) 345 - 678");
    form.put("email", "a".repeat(64) + "@" + "d".repeat(IntakeValidator.MAX_EMAIL - 68) + ".vn");
    form.put("citizenRef", AtTheLimits.ascii("portal-", 100));
    ObjectNode consent = form.putObject("consent");
    consent.put("given", true);
    consent.put("textVersion", AtTheLimits.ascii("web-", IntakeValidator.MAX_CONSENT_VERSION));
    return form;
  }

  private Answer post(JsonNode form, String idempotencyKey) {
    return post(form.toString(), idempotencyKey);
  }

  private Answer post(String body, String idempotencyKey) {
    var request = HttpRequest.POST("/api/web/reports", body)
        .contentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    try {
      var response = http.toBlocking().exchange(request, String.class);
      return new Answer(response.code(), read(response.body()));
    } catch (HttpClientResponseException e) {
      return new Answer(e.getStatus().getCode(),
          read(e.getResponse().getBody(String.class).orElse("{}")));
    }
  }

  private record Answer(int status, JsonNode body) {
    Map<String, String> codesByField() {
      Map<String, String> codes = new HashMap<>();
      body.path("fields").forEach(f -> codes.put(f.path("field").asText(), f.path("code").asText()));
      return codes;
    }
  }

  private static JsonNode read(String text) {
    try {
      return ContractJson.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private long intakeRows() {
    return new SqlProbe(database.pool()).count("SELECT COUNT(*) FROM channel_intake_outbox");
  }

  /** A bilingual 400 listing the fields, Vietnamese with its diacritics first. */
  private static void assertBilingualRefusal(Answer answer) {
    assertEquals(400, answer.status(), answer.toString());
    assertEquals("VALIDATION_FAILED", answer.body().path("error").asText());
    answer.body().path("fields").forEach(f -> {
      assertTrue(f.path("messageVi").asText().chars().anyMatch(c -> c > 127), f.toString());
      assertTrue(f.path("messageEn").asText().chars().allMatch(c -> c < 128), f.toString());
    });
  }

  @Test
  void aReportWithEveryFieldAtItsMaximumIsReceivedAndPublishedWhole() {
    Answer answer = post(atMax(), AtTheLimits.ascii("key-", 100));
    assertEquals(202, answer.status(), answer.toString());
    String code = TrackingCode.parse(answer.body().path("trackingCode").asText())
        .orElseThrow().value();
    var records = KafkaProbe.readUntil(Topics.INTAKE, seen -> seen.stream()
        .anyMatch(r -> KafkaProbe.text(r).contains(code)), Duration.ofSeconds(20));
    JsonNode envelope = read(records.stream().map(KafkaProbe::text)
        .filter(t -> t.contains(code)).findFirst().orElseThrow());
    JsonNode payload = envelope.path("payload");
    assertEquals(IntakeValidator.MAX_DESCRIPTION, payload.path("description").asText().length());
    assertEquals(IntakeValidator.MAX_ADDRESS,
        payload.path("location").path("address").asText().length());
    assertEquals(IntakeValidator.MAX_CONSENT_VERSION,
        payload.path("consent").path("textVersion").asText().length());
    assertEquals(IntakeValidator.MAX_EMAIL, envelope.path("citizen").path("email").asText()
        .length());
  }

  @Test
  void oneCharacterMoreOnEveryFieldIsABilingual400AndNothingIsStored() {
    long rows = intakeRows();
    ObjectNode form = atMax();
    form.put("description", form.path("description").asText() + "ờ");
    ((ObjectNode) form.path("location")).put("address",
        form.path("location").path("address").asText() + "ờ");
    form.put("name", form.path("name").asText() + "ờ");
    form.put("phone", form.path("phone").asText() + " ");
    form.put("email", "a" + form.path("email").asText());
    form.put("citizenRef", form.path("citizenRef").asText() + "x");
    ((ObjectNode) form.path("consent")).put("textVersion",
        form.path("consent").path("textVersion").asText() + "x");
    Answer answer = post(form, null);
    assertBilingualRefusal(answer);
    assertEquals(Map.of("description", "TOO_LONG", "location.address", "TOO_LONG",
        "name", "TOO_LONG", "phone", "INVALID_PHONE", "email", "INVALID_EMAIL",
        "citizenRef", "INVALID_CITIZEN_REF", "consent.textVersion", "TOO_LONG"),
        answer.codesByField());

    Answer key = post(atMax(), AtTheLimits.ascii("key-", 101));
    assertEquals(400, key.status());
    assertEquals("INVALID_IDEMPOTENCY_KEY", key.body().path("fields").get(0).path("code").asText());
    assertEquals(rows, intakeRows(), "nothing refused was stored");
  }

  @Test
  void theTrialsHostileValuesAreBilingual400sAndNothingIsStored() {
    long rows = intakeRows();
    ObjectNode nan = atMax();
    ((ObjectNode) nan.path("location")).put("latitude", "NaN").put("longitude", "NaN");
    assertBilingualRefusal(post(nan, null));
    assertEquals("NOT_A_NUMBER", post(nan, null).codesByField().get("location.latitude"));

    ObjectNode email = atMax();
    email.put("email", "lan@example." + "v".repeat(300));
    assertEquals(Map.of("email", "INVALID_EMAIL"), post(email, null).codesByField());

    ObjectNode control = atMax();
    control.put("name", "Lan\u001b[2J");
    control.put("description", "HALF_AN_EMOJI");
    // Escaped in the JSON text: a lone surrogate cannot travel as UTF-8 bytes.
    Answer refused = post(control.toString().replace("HALF_AN_EMOJI",
        "Đèn đường tắt ba đêm liền \\ud83d"), null);
    assertBilingualRefusal(refused);
    assertEquals(Map.of("name", "CONTROL_CHARACTER", "description", "INVALID_CHARACTER"),
        refused.codesByField());
    assertEquals(rows, intakeRows(), "nothing refused was stored");
  }
}
