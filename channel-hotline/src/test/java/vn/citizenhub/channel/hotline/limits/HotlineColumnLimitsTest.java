package vn.citizenhub.channel.hotline.limits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.citizenhub.channel.hotline.events.PhoneEventGate;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.schema.ModuleSchema;
import vn.citizenhub.testsupport.ColumnSizes;

/**
 * The hotline's own tables against what the phone system's events may carry once believed: a
 * call id, an extension, a caller's number, as MariaDB/MySQL reports the columns after the
 * migrations. An event the gate accepts can always be recorded.
 */
class HotlineColumnLimitsTest {

  @Test
  void noAcceptedEventFieldIsLongerThanTheColumnItLandsIn() {
    DataSource database = ColumnSizes.freshDatabase("hotline_limits_schema");
    ModuleSchema.migrate(database, "channel-hotline");
    ColumnSizes columns = ColumnSizes.of(database);
    int phone = "+84".length() + 10;
    Map<String, Integer> limits = Map.of(
        "hotline_call.call_id", PhoneEventGate.MAX_CALL_ID,
        "hotline_call_event.call_id", PhoneEventGate.MAX_CALL_ID,
        "hotline_call.extension", PhoneEventGate.MAX_EXTENSION,
        "hotline_call_event.extension", PhoneEventGate.MAX_EXTENSION,
        "hotline_desk.extension", PhoneEventGate.MAX_EXTENSION,
        "hotline_call.caller_phone", phone,
        "hotline_call_event.caller_phone", phone,
        "hotline_call.ticket_code", TrackingCode.generate(Channel.HOTLINE).value().length());
    List<String> overflows = new ArrayList<>();
    limits.forEach((column, max) -> {
      if (max > columns.of(column).javaChars()) {
        overflows.add(column + " holds " + columns.of(column).javaChars() + ", " + max
            + " allowed");
      }
    });
    assertTrue(overflows.isEmpty(), () -> String.join("\n", overflows));
  }
}
