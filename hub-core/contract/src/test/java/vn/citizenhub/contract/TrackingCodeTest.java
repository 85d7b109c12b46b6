package vn.citizenhub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

  /** The symbols a citizen may be read over the phone: no 0/O, no 1/I. */
  private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

  /** Valid codes computed once with the Luhn mod 32 algorithm; they pin issued codes forever. */
  private static final List<String> KNOWN_CODES =
      List.of("W7K3M9QX28", "Z7K3M9QX22", "H4PRT8NVEB", "A9BCDEFGH7");

  @Test
  void generatedCodesParseBackInBothForms() {
    for (Channel channel : Channel.values()) {
      for (int i = 0; i < 1_000; i++) {
        TrackingCode code = TrackingCode.generate(channel);
        assertEquals(Optional.of(code), TrackingCode.parse(code.value()));
        assertEquals(Optional.of(code), TrackingCode.parse(code.display()));
      }
    }
  }

  @Test
  void generatedCodesHaveTenSymbolsAndStartWithTheChannelLetter() {
    for (Channel channel : Channel.values()) {
      for (int i = 0; i < 1_000; i++) {
        String value = TrackingCode.generate(channel).value();
        assertEquals(10, value.length(), value);
        assertEquals(channel.symbol(), value.charAt(0), value);
        for (char symbol : value.toCharArray()) {
          assertTrue(ALPHABET.indexOf(symbol) >= 0, () -> value + " has " + symbol);
        }
        assertFalse(value.matches(".*[01OI].*"), value);
      }
    }
  }

  @Test
  void tenThousandGeneratedCodesAreDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(TrackingCode.generate(Channel.WEB).value());
    }
    assertEquals(10_000, seen.size());
  }

  @Test
  void knownCodesAreStillValid() {
    for (String known : KNOWN_CODES) {
      assertEquals(known, TrackingCode.parse(known).orElseThrow().value());
    }
  }

  @Test
  void parseIgnoresCaseSpacesAndDashes() {
    for (String typed : List.of("w7k3m-9qx28", "W7K3M 9QX28", " w7k3m9qx28 ", "W-7K3M-9QX-28",
        "w7k3m\t9qx28", "W7K3M-9qx28")) {
      assertEquals("W7K3M9QX28", TrackingCode.parse(typed).orElseThrow().value(), typed);
    }
  }

  @Test
  void displayGroupsTheSymbolsByFive() {
    TrackingCode code = TrackingCode.parse("w7k3m9qx28").orElseThrow();
    assertEquals("W7K3M-9QX28", code.display());
    assertEquals("W7K3M-9QX28", code.toString());
    assertTrue(TrackingCode.generate(Channel.ZALO).display().matches("Z[0-9A-Z]{4}-[0-9A-Z]{5}"));
  }

  @Test
  void everySingleSymbolSubstitutionIsRefused() {
    for (String known : KNOWN_CODES) {
      for (int position = 0; position < known.length(); position++) {
        for (char symbol : ALPHABET.toCharArray()) {
          if (symbol == known.charAt(position)) {
            continue;
          }
          String mistyped = known.substring(0, position) + symbol + known.substring(position + 1);
          assertTrue(TrackingCode.parse(mistyped).isEmpty(), mistyped);
        }
      }
    }
  }

  @Test
  void mostSwapsOfNeighbouringSymbolsAreRefused() {
    int swaps = 0;
    int refused = 0;
    for (int i = 0; i < 2_000; i++) {
      char[] symbols = TrackingCode.generate(Channel.HOTLINE).value().toCharArray();
      for (int position = 0; position + 1 < symbols.length; position++) {
        if (symbols[position] == symbols[position + 1]) {
          continue;
        }
        char[] swapped = symbols.clone();
        swapped[position] = symbols[position + 1];
        swapped[position + 1] = symbols[position];
        swaps++;
        if (TrackingCode.parse(new String(swapped)).isEmpty()) {
          refused++;
        }
      }
    }
    double refusedShare = (double) refused / swaps;
    assertTrue(refusedShare >= 0.95, () -> "only " + refusedShare + " of swaps refused");
  }

  @Test
  void emptyMissingOrWrongLengthInputIsRefused() {
    assertTrue(TrackingCode.parse(null).isEmpty());
    assertTrue(TrackingCode.parse("").isEmpty());
    assertTrue(TrackingCode.parse("   -  ").isEmpty());
    assertTrue(TrackingCode.parse("W7K3M9QX2").isEmpty(), "nine symbols");
    assertTrue(TrackingCode.parse("W7K3M9QX282").isEmpty(), "eleven symbols");
  }

  @Test
  void symbolsOutsideTheAlphabetAreRefused() {
    assertTrue(TrackingCode.parse("W7K3M0QX28").isEmpty(), "zero");
    assertTrue(TrackingCode.parse("W7K3MOQX28").isEmpty(), "letter O");
    assertTrue(TrackingCode.parse("W7K3M1QX28").isEmpty(), "one");
    assertTrue(TrackingCode.parse("W7K3MIQX28").isEmpty(), "letter I");
    assertTrue(TrackingCode.parse("W7K3MĐQX28").isEmpty(), "Vietnamese letter");
  }

  @Test
  void theConstructorRefusesWhatParseRefuses() {
    assertThrows(IllegalArgumentException.class, () -> new TrackingCode(null));
    assertThrows(IllegalArgumentException.class, () -> new TrackingCode("W7K3M9QX29"));
    assertThrows(IllegalArgumentException.class, () -> new TrackingCode("w7k3m9qx28"));
    assertThrows(IllegalArgumentException.class, () -> new TrackingCode("W7K3M-9QX28"));
  }
}
