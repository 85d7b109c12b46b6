package vn.citizenhub.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The extension behind {@link ScanLogsForPersonalData}. */
public class PersonalDataLogScan implements BeforeAllCallback, AfterAllCallback {

  private static final Set<String> REMEMBERED = ConcurrentHashMap.newKeySet();

  /** Adds personal values a test made up (a random phone, a Zalo id) to the class's scan. */
  public static void remember(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        REMEMBERED.add(value);
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    REMEMBERED.clear();
    LogCapture.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<String> lines = LogCapture.stop();
    Set<String> values = new LinkedHashSet<>(REMEMBERED);
    ScanLogsForPersonalData declared =
        context.getRequiredTestClass().getAnnotation(ScanLogsForPersonalData.class);
    if (declared != null) {
      values.addAll(List.of(declared.value()));
    }
    List<String> leaks = leaks(lines, forms(values));
    if (!leaks.isEmpty()) {
      throw new AssertionError(leaks.size() + " log line(s) of " + lines.size()
          + " hold a test citizen's personal data:\n" + String.join("\n", leaks));
    }
    if (lines.isEmpty()) {
      throw new AssertionError("no log line was captured: is the capture wired?");
    }
  }

  /** Each value as it may appear in a log: a phone also as +84…, 84…, 0… and its bare 9 digits. */
  public static Set<String> forms(Set<String> values) {
    Set<String> forms = new LinkedHashSet<>();
    for (String value : values) {
      forms.add(value);
      String digits = value.replaceAll("[\\s.()-]", "");
      if (digits.matches("(\\+?84|0)?[1-9]\\d{8}")) {
        String national = digits.substring(digits.length() - 9);
        forms.addAll(List.of(national, "0" + national, "+84" + national, "84" + national));
      }
    }
    return forms;
  }

  /** The lines holding one of {@code forms}, each prefixed with the form found. */
  public static List<String> leaks(List<String> lines, Set<String> forms) {
    List<String> leaks = new ArrayList<>();
    for (String line : lines) {
      for (String form : forms) {
        if (line.contains(form)) {
          leaks.add("[" + form + "] " + line);
        }
      }
    }
    return leaks;
  }
}
