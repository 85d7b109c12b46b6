package vn.citizenhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.schema.UtcTime;

/**
 * The staff accounts of a benchmark database: {@value #OFFICERS_PER_AGENCY} officers and a lead
 * per agency, and one provincial coordinator, all with the password {@value #PASSWORD}. The
 * generator creates them; the bench signs in with the same names.
 */
final class BenchStaff {

  static final String PASSWORD = "bench-workspace-2026";
  static final String COORDINATOR = "bench-coordinator";
  static final int OFFICERS_PER_AGENCY = 3;

  private BenchStaff() {}

  static String officer(String agencyCode, int n) {
    return "bench-" + agencyCode.toLowerCase(Locale.ROOT) + "-" + n;
  }

  static String lead(String agencyCode) {
    return "bench-" + agencyCode.toLowerCase(Locale.ROOT) + "-lead";
  }

  /**
   * Creates the accounts that do not exist yet and answers each agency's officers' ids (the
   * assignees of synthetic tickets). One PBKDF2 hash serves every account: it is slow on purpose.
   */
  static Map<String, long[]> ensure(Connection c, BenchReference ref) throws SQLException {
    String hash = new PasswordHasher().hash(PASSWORD);
    Instant now = Instant.now();
    insert(c, COORDINATOR, "Điều phối viên (thử tải)", "COORDINATOR", null, hash, now);
    Map<String, long[]> officers = new HashMap<>();
    for (String agency : ref.agencies().keySet()) {
      insert(c, lead(agency), "Lãnh đạo " + agency + " (thử tải)", "AGENCY_LEAD", agency, hash,
          now);
      List<Long> ids = new ArrayList<>();
      for (int n = 1; n <= OFFICERS_PER_AGENCY; n++) {
        ids.add(insert(c, officer(agency, n), "Cán bộ " + agency + " số " + n + " (thử tải)",
            "AGENCY_OFFICER", agency, hash, now));
      }
      officers.put(agency, ids.stream().mapToLong(Long::longValue).toArray());
    }
    return officers;
  }

  private static long insert(Connection c, String username, String displayName, String role,
      String agency, String hash, Instant now) throws SQLException {
    try (PreparedStatement find = c.prepareStatement(
        "SELECT id FROM staff_account WHERE username = ?")) {
      find.setString(1, username);
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          return rs.getLong(1);
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO staff_account (username,"
        + " display_name, role, agency_code, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        PreparedStatement.RETURN_GENERATED_KEYS)) {
      s.setString(1, username);
      s.setString(2, displayName);
      s.setString(3, role);
      s.setString(4, agency);
      s.setString(5, hash);
      s.setObject(6, UtcTime.column(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
