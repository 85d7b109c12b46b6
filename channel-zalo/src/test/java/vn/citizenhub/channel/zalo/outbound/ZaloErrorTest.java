package vn.citizenhub.channel.zalo.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every code of the reference table, and what the sender does about it. */
class ZaloErrorTest {

  @ParameterizedTest
  @CsvSource({
    "0, NONE",
    "-216, TOKEN", "-220, TOKEN",
    "-230, OUTSIDE_WINDOW", "-232, OUTSIDE_WINDOW",
    "-213, PERMANENT", "-227, PERMANENT", "-201, PERMANENT", "-244, PERMANENT",
    "-248, PERMANENT",
    "-32, RATE_LIMITED",
    "-211, QUOTA", "-218, QUOTA",
    "-209, CONFIGURATION", "-212, CONFIGURATION", "-221, CONFIGURATION", "-224, CONFIGURATION",
    "-999, UNKNOWN"
  })
  void eachCodeIsClassifiedAsTheReferenceSays(int code, ZaloError kind) {
    assertEquals(kind, ZaloError.of(code));
  }

  @ParameterizedTest
  @CsvSource({"-213", "-227", "-230", "-232", "-244", "-248", "-201"})
  void finalOutcomesAreExplainedForTheTimelineWithoutPersonalData(int code) {
    assertFalse(ZaloError.reasonVi(code).startsWith("Zalo trả lỗi"), "a reason in Vietnamese");
    assertFalse(ZaloError.reasonEn(code).startsWith("Zalo answered"), "a reason in English");
  }
}
