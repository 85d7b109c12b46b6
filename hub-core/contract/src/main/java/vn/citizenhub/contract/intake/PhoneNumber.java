package vn.citizenhub.contract.intake;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers in one form, +84 without the leading 0, so the same caller is the same
 * citizen whether they wrote 0912 345 678, +84912345678 or 84-912-345-678. Mobiles have nine
 * digits after the 0 (03, 05, 07, 08, 09), landlines ten (02 and the area code, 028 3829 6052).
 */
public final class PhoneNumber {

  private static final String SUBSCRIBER = "([35789][0-9]{8}|2[0-9]{9})";
  private static final Pattern NATIONAL = Pattern.compile("^0" + SUBSCRIBER + "$");
  private static final Pattern INTERNATIONAL = Pattern.compile("^84" + SUBSCRIBER + "$");

  private PhoneNumber() {}

  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s().-]", "");
    if (digits.startsWith("+")) {
      digits = digits.substring(1);
    }
    if (NATIONAL.matcher(digits).matches()) {
      return Optional.of("+84" + digits.substring(1));
    }
    if (INTERNATIONAL.matcher(digits).matches()) {
      return Optional.of("+" + digits);
    }
    return Optional.empty();
  }
}
