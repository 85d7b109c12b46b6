package vn.citizenhub.core.intake;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.intake.CitizenRef;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.intake.NewReport;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * hub-core's own guard that every text of an envelope fits the column it is stored in, with the
 * widths read from the schema itself (one source of truth): whatever a channel let through, a
 * value too long for its column is refused as an invalid envelope instead of failing its insert.
 */
@Singleton
class ColumnFit {

  private record Rule(String field, String table, String column,
      Function<IntakeEnvelope, String> value) {}

  private static final List<Rule> RULES = List.of(
      new Rule("id", "processed_intake", "intake_id", IntakeEnvelope::id),
      // The identity is the outbox's message key; its part after the prefix is the citizen's id.
      new Rule("citizen.identity", "outbox_message", "message_key",
          e -> citizen(e, CitizenRef::identity)),
      new Rule("citizen.identity", "citizen", "external_id",
          e -> citizen(e, CitizenRef::identity)),
      new Rule("citizen.name", "citizen", "display_name", e -> citizen(e, CitizenRef::name)),
      new Rule("citizen.email", "citizen", "email", e -> citizen(e, CitizenRef::email)),
      new Rule("payload.categoryCode", "ticket", "category_code",
          e -> report(e, NewReport::categoryCode)),
      new Rule("payload.location.communeCode", "ticket", "commune_code",
          e -> report(e, r -> r.location() == null ? null : r.location().communeCode())),
      new Rule("payload.location.address", "ticket", "address",
          e -> report(e, r -> r.location() == null ? null : r.location().address())),
      new Rule("payload.consent.textVersion", "consent_record", "text_version",
          e -> report(e, r -> r.consent() == null ? null : r.consent().textVersion())));

  private final JdbcDatabase database;
  private volatile Map<String, Integer> widths;

  ColumnFit(JdbcDatabase database) {
    this.database = database;
  }

  /** A TOO_LONG error for each text that would not fit its column. */
  List<FieldError> misfits(IntakeEnvelope envelope) {
    Map<String, Integer> max = widths();
    List<FieldError> errors = new ArrayList<>();
    for (Rule rule : RULES) {
      String value = rule.value().apply(envelope);
      Integer width = max.get(key(rule.table(), rule.column()));
      // VARCHAR(n) counts characters (code points), as utf8mb4 stores them.
      if (value != null && width != null && value.codePointCount(0, value.length()) > width
          && errors.stream().noneMatch(e -> e.field().equals(rule.field()))) {
        errors.add(new FieldError(rule.field(), "TOO_LONG", "Quá dài (tối đa " + width
            + " ký tự)", "Too long (at most " + width + " characters)"));
      }
    }
    return errors;
  }

  private Map<String, Integer> widths() {
    Map<String, Integer> known = widths;
    if (known == null) {
      try (Connection c = database.pool().getConnection()) {
        known = read(c.getMetaData(), c.getCatalog());
      } catch (SQLException e) {
        throw new IllegalStateException("column widths unreadable", e);
      }
      widths = known;
    }
    return known;
  }

  private static Map<String, Integer> read(DatabaseMetaData meta, String catalog)
      throws SQLException {
    Map<String, Integer> found = new HashMap<>();
    for (Rule rule : RULES) {
      // MySQL keeps names as written; H2 upper-cases them.
      for (String table : List.of(rule.table(), rule.table().toUpperCase(Locale.ROOT))) {
        try (ResultSet rs = meta.getColumns(catalog, null, table, null)) {
          while (rs.next()) {
            found.put(key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")),
                rs.getInt("COLUMN_SIZE"));
          }
        }
      }
    }
    return found;
  }

  private static String key(String table, String column) {
    return (table + "." + column).toLowerCase(Locale.ROOT);
  }

  private static String citizen(IntakeEnvelope e, Function<CitizenRef, String> field) {
    return e.citizen() == null ? null : field.apply(e.citizen());
  }

  private static String report(IntakeEnvelope e, Function<NewReport, String> field) {
    return e.payload() instanceof NewReport r ? field.apply(r) : null;
  }
}
