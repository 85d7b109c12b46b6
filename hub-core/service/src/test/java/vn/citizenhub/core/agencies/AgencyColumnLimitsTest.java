package vn.citizenhub.core.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.citizenhub.schema.ModuleSchema;
import vn.citizenhub.testsupport.ColumnSizes;

/**
 * Each limit of an administrator's edit against the column the text lands in, as MariaDB/MySQL
 * reports it after hub-core's migrations (the ColumnLimitsTest pattern): the same number, so the
 * form allows everything the column holds and nothing more; a value the API accepts can always
 * be stored.
 */
class AgencyColumnLimitsTest {

  static final Map<String, Integer> LIMITS = Map.ofEntries(
      Map.entry("agency.focal_point_vi", ContactLimits.MAX_FOCAL_POINT),
      Map.entry("agency.focal_point_en", ContactLimits.MAX_FOCAL_POINT),
      Map.entry("agency.contact_phone", ContactLimits.MAX_PHONE),
      Map.entry("agency.contact_email", ContactLimits.MAX_EMAIL),
      Map.entry("agency.address_vi", ContactLimits.MAX_ADDRESS),
      Map.entry("agency.address_en", ContactLimits.MAX_ADDRESS),
      Map.entry("agency.hours_vi", ContactLimits.MAX_HOURS),
      Map.entry("agency.hours_en", ContactLimits.MAX_HOURS),
      Map.entry("agency.rules_vi", ContactLimits.MAX_RULES),
      Map.entry("agency.rules_en", ContactLimits.MAX_RULES),
      Map.entry("agency.info_rules_url", ContactLimits.MAX_URL));

  @Test
  void everyEditableTextIsAllowedExactlyWhatItsColumnHolds() {
    var database = ColumnSizes.freshDatabase("core_agency_limits");
    ModuleSchema.migrate(database, "hub-core");
    ColumnSizes columns = ColumnSizes.of(database);
    List<String> differ = LIMITS.entrySet().stream()
        .filter(e -> columns.of(e.getKey()).javaChars() != e.getValue())
        .map(e -> e.getKey() + " holds " + columns.of(e.getKey()).javaChars() + ", the edit allows "
            + e.getValue()).sorted().toList();
    assertEquals(List.of(), differ);
    // Who edited: a staff username, which is at most what staff_account.username holds.
    assertEquals(columns.of("staff_account.username").characters(),
        columns.of("agency.contact_updated_by").characters());
  }
}
