package vn.citizenhub.core.figures;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The de-identified tickets received in one month as CSV (RFC 4180, UTF-8 with a byte-order mark
 * so that Excel reads the diacritics), one row per ticket, in the columns of
 * {@link OpenData#COLUMNS} and no others: the query names each column it reads, so no personal
 * field can slip in. Read a page of {@link #PAGE} tickets at a time by id, so a big month never
 * holds one long-running result set open.
 */
@Singleton
public class TicketCsv {

  static final int PAGE = 5000;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final JdbcDatabase database;

  TicketCsv(JdbcDatabase database) {
    this.database = database;
  }

  public byte[] month(YearMonth month) throws SQLException {
    Instant start = month.atDay(1).atStartOfDay(Deadlines.PROVINCE_ZONE).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(Deadlines.PROVINCE_ZONE).toInstant();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(BOM);
    line(out, OpenData.COLUMNS.stream().map(OpenData.Column::name).toList());
    long after = 0;
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, tracking_code, kind, category_code,"
            + " commune_code, agency_code, channel, received_at, first_response_at, due_date,"
            + " resolved_at, status, on_time, closure_code, duplicate_of_id, ratings,"
            + " ratings_satisfied FROM ticket WHERE received_at >= ? AND received_at < ?"
            + " AND id > ? ORDER BY id LIMIT " + PAGE)) {
      while (true) {
        s.setObject(1, UtcTime.column(start));
        s.setObject(2, UtcTime.column(end));
        s.setLong(3, after);
        int rows = 0;
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows++;
            after = rs.getLong("id");
            boolean onTime = rs.getBoolean("on_time");
            String onTimeText = rs.wasNull() ? "" : Boolean.toString(onTime);
            rs.getLong("duplicate_of_id");
            boolean duplicate = !rs.wasNull();
            line(out, List.of(rs.getString("tracking_code"), rs.getString("kind"),
                text(rs.getString("category_code")), text(rs.getString("commune_code")),
                text(rs.getString("agency_code")), rs.getString("channel"),
                date(UtcTime.read(rs, "received_at")), date(UtcTime.read(rs, "first_response_at")),
                String.valueOf(rs.getObject("due_date", LocalDate.class)),
                date(UtcTime.read(rs, "resolved_at")), rs.getString("status"), onTimeText,
                text(rs.getString("closure_code")), Boolean.toString(duplicate),
                Integer.toString(rs.getInt("ratings")),
                Integer.toString(rs.getInt("ratings_satisfied"))));
          }
        }
        if (rows < PAGE) {
          break;
        }
      }
    }
    return out.toByteArray();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String date(Instant at) {
    return at == null ? "" : at.atZone(Deadlines.PROVINCE_ZONE).toLocalDate().toString();
  }

  /** One CSV record: a field with a comma, quote or line break is quoted, quotes doubled. */
  static void line(ByteArrayOutputStream out, List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    b.append("\r\n");
    out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
