package vn.citizenhub.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneResolverTest {

  private static final String TAN_AN = "27712";
  private static final String LONG_AN = "27694";
  private static final String TAN_THANH_WITH_DOT_BELOW = "27826"; // Xã Tân Thạnh
  private static final String TAN_THANH_WITH_GRAVE = "25534"; // Xã Tân Thành

  /** Names as in the reference table (V2), two of which fold to the same string. */
  private static final Map<String, String> COMMUNES = Map.of(
      TAN_AN, "Phường Tân An",
      LONG_AN, "Phường Long An",
      TAN_THANH_WITH_DOT_BELOW, "Xã Tân Thạnh",
      TAN_THANH_WITH_GRAVE, "Xã Tân Thành");

  private final CommuneResolver resolver = new CommuneResolver(COMMUNES);

  @Test
  void aKnownCodeWinsOverTheAddress() {
    assertEquals(Optional.of(LONG_AN), resolver.resolve(LONG_AN, "12 Hùng Vương, phường Tân An"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "12 Hùng Vương, phường Tân An, tỉnh Tây Ninh",
      "12 HÙNG VƯƠNG, PHƯỜNG TÂN AN",
      "12 hung vuong phuong tan an tay ninh",
      "12 Hung Vuong,Phuong Tan An,Tay Ninh",
      "phường Tân An.",
      "Phường   Tân An; gần chợ"})
  void anUnknownCodeFallsBackToTheCommuneNamedInTheAddress(String address) {
    assertEquals(Optional.of(TAN_AN), resolver.resolve("99999", address));
    assertEquals(Optional.of(TAN_AN), resolver.resolve(null, address));
  }

  @Test
  void aNameMustMatchWholeWords() {
    assertEquals(Optional.empty(), resolver.resolve(null, "Phường Tân Anh, tỉnh Tây Ninh"));
    assertEquals(Optional.empty(), resolver.resolve(null, "thành phố Tân An, tỉnh Long An"));
  }

  @Test
  void theLongerNameWinsWhenOneNameContainsAnother() {
    Map<String, String> shortFirst = new LinkedHashMap<>();
    shortFirst.put("00001", "Xã Tân"); // hypothetical
    shortFirst.put(TAN_THANH_WITH_DOT_BELOW, "Xã Tân Thạnh");
    CommuneResolver nested = new CommuneResolver(shortFirst);
    assertEquals(Optional.of(TAN_THANH_WITH_DOT_BELOW),
        nested.resolve(null, "ấp 3, xã Tân Thạnh, tỉnh Tây Ninh"));
    assertEquals(Optional.of("00001"), nested.resolve(null, "ấp 3, xã Tân, tỉnh Tây Ninh"));
  }

  /**
   * "Xã Tân Thạnh" and "Xã Tân Thành" are two real communes of Tây Ninh whose names fold to the
   * same string: written with diacritics, each finds its own commune; written without, the
   * resolver can only pick one of the two.
   */
  @Test
  void namesThatFoldAlikeAreToldApartByTheirDiacritics() {
    assertEquals(Optional.of(TAN_THANH_WITH_DOT_BELOW), resolver.resolve(null, "ấp 3, xã Tân Thạnh"));
    assertEquals(Optional.of(TAN_THANH_WITH_GRAVE), resolver.resolve(null, "ấp 3, XÃ TÂN THÀNH"));
    Set<String> either = Set.of(TAN_THANH_WITH_DOT_BELOW, TAN_THANH_WITH_GRAVE);
    Optional<String> found = resolver.resolve(null, "ap 3 xa tan thanh");
    assertTrue(found.isPresent() && either.contains(found.get()), () -> "found " + found);
  }

  @Test
  void noMatchIsEmpty() {
    assertEquals(Optional.empty(), resolver.resolve("99999", "12 Hùng Vương, xã Đức Hòa"));
    assertEquals(Optional.empty(), resolver.resolve(null, null));
    assertEquals(Optional.empty(), resolver.resolve(null, "   "));
    assertEquals(Optional.empty(), resolver.resolve("", ""));
  }
}
