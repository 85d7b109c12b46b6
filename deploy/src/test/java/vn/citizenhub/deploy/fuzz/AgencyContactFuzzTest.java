package vn.citizenhub.deploy.fuzz;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * An agency's published contact edited through the staff API (PUT /api/staff/agencies/{code}) with
 * every field hostile, as the administrator and as the coordinator who may only read. No server
 * error; every refusal in Vietnamese and English; a refused edit changes no agency; the
 * coordinator never changes one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyContactFuzzTest {

  private static final Tally TALLY = new Tally("agencies");
  private static FuzzHub hub;
  private static String administrator;
  private static String coordinator;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
    administrator = token(FuzzHub.ADMINISTRATOR);
    coordinator = token(FuzzHub.COORDINATOR);
  }

  private static String token(String username) {
    String credentials = ContractJson.mapper().createObjectNode().put("username", username)
        .put("password", FuzzHub.PASSWORD).toString();
    Answer answer = hub.http.post("/api/staff/token", "application/json",
        credentials.getBytes(StandardCharsets.UTF_8), Map.of());
    if (answer.status() != 200) {
      throw new IllegalStateException("sign-in of " + username + " refused: " + answer);
    }
    return answer.json().path("accessToken").asText();
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  @Test
  void anEditIsStoredOrRefusedInBothLanguagesChangingNothing() {
    FuzzCases.check("agency contacts", FuzzCases.CASES, AgencyContactInputs::cases, this::edit);
  }

  private void edit(AgencyCase c) {
    String before = agencies();
    Answer answer = TALLY.answered(hub.http.put("/api/staff/agencies/" + c.code(),
        c.contentType(), JsonText.bytes(c.json()), Map.of("Authorization",
            "Bearer " + (c.administrator() ? administrator : coordinator))), c);
    if (answer.refused()) {
      var body = answer.json();
      if (body.path("message").asText("").isBlank()
          || body.path("messageEn").asText("").isBlank()) {
        throw new AssertionError("a refusal not in both languages: " + c + " -> " + answer);
      }
      if (!before.equals(agencies())) {
        TALLY.storedWhenRefused(c, answer, "a change to an agency");
      }
    } else if (answer.accepted() && !c.administrator()) {
      throw new AssertionError("a coordinator changed an agency: " + c + " -> " + answer);
    }
  }

  /** Every agency's every column, as one text: what a refused edit must leave as it was. */
  private static String agencies() {
    StringBuilder all = new StringBuilder();
    try (Connection c = hub.server.getApplicationContext().getBean(JdbcDatabase.class).pool()
            .getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM agency ORDER BY code");
        ResultSet rs = s.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          all.append(rs.getString(i)).append('\u001f');
        }
        all.append('\n');
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return all.toString();
  }
}
