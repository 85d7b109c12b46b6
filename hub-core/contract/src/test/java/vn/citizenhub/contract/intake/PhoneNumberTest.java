package vn.citizenhub.contract.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "0912345678", "0912 345 678", "+84912345678", "84912345678", "84-912-345-678",
      "(091) 234-5678", "+84 912.345.678", " 0912 345 678 "})
  void theWaysCitizensWriteOneMobileNumberGiveOneForm(String typed) {
    assertEquals(Optional.of("+84912345678"), PhoneNumber.normalize(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0388 123 456", "+84 388 123 456", "84388123456"})
  void otherMobilePrefixesNormalizeToo(String typed) {
    assertEquals(Optional.of("+84388123456"), PhoneNumber.normalize(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"028 3829 6052", "+84 28 3829 6052", "(0272) 382 9605"})
  void landlinesWithTheirAreaCodeAreAcceptedToo(String typed) {
    assertEquals(10, PhoneNumber.normalize(typed).orElseThrow().length() - 3);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "không có", "abc-def-ghij", "0912 345 67", "091234567", "09123456789", "0012345678",
      "+1 555 123 4567", "+44 20 7946 0958", "+840912345678", "0912345678 ext 12"})
  void garbageTooShortAndForeignNumbersAreRefused(String typed) {
    assertEquals(Optional.empty(), PhoneNumber.normalize(typed));
  }
}
