package vn.citizenhub.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.staff.StaffSessionCheck;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * The session check trusts the database, not the token: a token without a session id is refused
 * even when hub-core's key signed it, and a demoted, moved or disabled account loses access at its
 * next request, its old token notwithstanding.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSessionRulesTest implements TestPropertyProvider {

  private static final String SECRET = "khoa-ky-phieu-can-bo-cho-kiem-thu-phien-2025";
  private static final String PASSWORD = "Mật-khẩu-đủ-dài-2025";

  @Inject
  @Client("/")
  HttpClient http;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;
  @Inject JdbcDatabase database;
  @Inject StaffSessionCheck sessionCheck;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("core_sessions"));
    p.put("hub.staff.token-secret", SECRET);
    return p;
  }

  private String signedIn(StaffRole role, String agency) throws Exception {
    String username = "nv-" + UUID.randomUUID().toString().substring(0, 8);
    StaffApi.createAccount(accounts, hasher, username, role, agency, PASSWORD);
    return username;
  }

  private void update(String sql, String username) throws Exception {
    try (var c = database.pool().getConnection(); var s = c.prepareStatement(sql)) {
      s.setString(1, username);
      assertEquals(1, s.executeUpdate());
    }
  }

  @Test
  void aTokenWithoutASessionIdIsRefusedThoughHubCoreKeySignedIt() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("dieuphoi")
        .claim("roles", List.of("COORDINATOR")).claim("name", "Điều phối").claim("staffId", 1)
        .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600))).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(SECRET));
    StaffApi api = new StaffApi(http);
    int status = api.get("/api/staff/tickets", jwt.serialize()).status();
    assertTrue(status == 401 || status == 403, "refused: " + status);
    assertEquals(403, api.get("/api/staff/me", jwt.serialize()).status());
  }

  @Test
  void aDemotedAccountLosesAccessAtOnceAndSigningInAgainGivesTheNewRole() throws Exception {
    StaffApi api = new StaffApi(http);
    String username = signedIn(StaffRole.COORDINATOR, null);
    String token = api.token(username, PASSWORD);
    assertEquals(200, api.get("/api/staff/triage", token).status());

    update("UPDATE staff_account SET role = 'HOTLINE_OPERATOR' WHERE username = ?", username);
    assertEquals(403, api.get("/api/staff/triage", token).status(), "the old role is gone");
    assertEquals(403, api.get("/api/staff/me", token).status(), "the whole token is refused");

    String again = api.token(username, PASSWORD);
    StaffApi.Answer me = api.get("/api/staff/me", again);
    assertEquals(200, me.status());
    assertEquals("HOTLINE_OPERATOR", me.body().path("role").asText());
    assertEquals(403, api.get("/api/staff/tickets", again).status(), "operators have no inbox");
  }

  @Test
  void anOfficerMovedToAnotherAgencyNoLongerActsForTheOldOne() throws Exception {
    StaffApi api = new StaffApi(http);
    String username = signedIn(StaffRole.AGENCY_OFFICER, "UBND-27712");
    String token = api.token(username, PASSWORD);
    assertEquals(200, api.get("/api/staff/tickets", token).status());

    update("UPDATE staff_account SET agency_code = 'SXD' WHERE username = ?", username);
    assertEquals(403, api.get("/api/staff/tickets", token).status());
    StaffApi.Answer me = api.get("/api/staff/me", api.token(username, PASSWORD));
    assertEquals("SXD", me.body().path("agencyCode").asText());
  }

  @Test
  void aChannelInTheSameJvmAsksTheSameQuestion() throws Exception {
    StaffApi api = new StaffApi(http);
    String username = signedIn(StaffRole.HOTLINE_OPERATOR, null);
    String token = api.token(username, PASSWORD);
    String sid = sessionOf(token);
    assertTrue(sessionCheck.holds(sid, "HOTLINE_OPERATOR", null, token));
    assertFalse(sessionCheck.holds(sid, "COORDINATOR", null, token), "another role");
    update("UPDATE staff_account SET active = FALSE WHERE username = ?", username);
    assertFalse(sessionCheck.holds(sid, "HOTLINE_OPERATOR", null, token), "disabled");
    assertFalse(sessionCheck.holds(null, "HOTLINE_OPERATOR", null, token), "no session id");
  }

  private static String sessionOf(String token) throws Exception {
    return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid");
  }
}
