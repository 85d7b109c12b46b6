package vn.citizenhub.contract;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a citizen is given at intake and reads back over the phone.
 *
 * <p>Ten symbols from an alphabet without 0/O and 1/I: one letter for the channel, eight random
 * symbols, and a Luhn mod 32 check symbol, so a mistyped or misheard code is refused instead of
 * finding somebody else's ticket. Shown as {@code W7K3M-9QX2H}; parsing ignores case, spaces and
 * dashes.
 */
public record TrackingCode(String value) {

  static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final int RANDOM_SYMBOLS = 8;
  static final int LENGTH = 1 + RANDOM_SYMBOLS + 1;
  private static final RandomGenerator RANDOM = new SecureRandom();

  public TrackingCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("not a tracking code");
    }
  }

  /** A fresh code for an intake arriving on the given channel. */
  public static TrackingCode generate(Channel channel) {
    StringBuilder code = new StringBuilder(LENGTH).append(channel.symbol());
    for (int i = 0; i < RANDOM_SYMBOLS; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    code.append(checkSymbol(code));
    return new TrackingCode(code.toString());
  }

  /** Reads what a citizen typed; empty when it cannot be a code (wrong length, symbol or check). */
  public static Optional<TrackingCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String normalized = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return isWellFormed(normalized) ? Optional.of(new TrackingCode(normalized)) : Optional.empty();
  }

  /** The grouped form shown to citizens: {@code W7K3M-9QX2H}. */
  public String display() {
    return value.substring(0, 5) + "-" + value.substring(5);
  }

  @Override
  public String toString() {
    return display();
  }

  private static boolean isWellFormed(String value) {
    if (value == null || value.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        return false;
      }
    }
    return checkSymbol(value.substring(0, LENGTH - 1)) == value.charAt(LENGTH - 1);
  }

  /** Luhn mod N: catches every single-symbol error and most swaps of neighbours. */
  static char checkSymbol(CharSequence payload) {
    int n = ALPHABET.length();
    int factor = 2;
    int sum = 0;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int addend = factor * ALPHABET.indexOf(payload.charAt(i));
      factor = factor == 2 ? 1 : 2;
      sum += addend / n + addend % n;
    }
    int check = (n - (sum % n)) % n;
    return ALPHABET.charAt(check);
  }
}
