package vn.citizenhub.core.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** What the timeline and the citizen read about each step, Vietnamese first. */
public final class LifecycleTexts {

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Where each reporter's own tracking code goes in a message. */
  public static final String CODE = "{code}";

  private LifecycleTexts() {}

  static String vi(LocalDate date) {
    return VI_DATE.format(date);
  }

  static String en(LocalDate date) {
    return date.toString();
  }

  /** Prefixes a citizen message with their code, so each reporter reads their own. */
  static String aboutVi(String body) {
    return "Phản ánh mã " + CODE + ": " + body;
  }

  static String aboutEn(String body) {
    return "Report " + CODE + ": " + body;
  }
}
