package vn.citizenhub.testsupport.browser;

import java.util.List;

/**
 * The failure {@link Accessibility#assertNoSeriousViolations} throws: a JUnit assertion failure
 * whose message lists each serious or critical violation, and which keeps them as data for a
 * test that checks the check.
 */
public final class AccessibilityViolations extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final transient List<AxeViolation> violations;

  AccessibilityViolations(String pageName, String axeVersion, List<AxeViolation> violations) {
    super(describe(pageName, axeVersion, violations));
    this.violations = List.copyOf(violations);
  }

  /** The serious and critical violations found, in axe's order. */
  public List<AxeViolation> violations() {
    return violations;
  }

  /** The rules broken, e.g. {@code [image-alt, button-name]}. */
  public List<String> ruleIds() {
    return violations.stream().map(AxeViolation::id).toList();
  }

  private static String describe(String pageName, String axeVersion, List<AxeViolation> found) {
    StringBuilder text = new StringBuilder()
        .append(pageName).append(": ").append(found.size())
        .append(" serious or critical accessibility violation(s) (axe-core ").append(axeVersion)
        .append(", WCAG 2.0/2.1 A and AA)");
    for (AxeViolation violation : found) {
      text.append("\n- ").append(violation.id()).append(" [").append(violation.impact())
          .append("] ").append(violation.help()).append(" <").append(violation.helpUrl())
          .append('>');
      for (AxeViolation.Node node : violation.nodes()) {
        text.append("\n    ").append(String.join(" >>> ", node.target()));
        if (node.failureSummary() != null) {
          text.append(": ").append(node.failureSummary().replaceAll("\\s*\\n\\s*", " "));
        }
      }
    }
    return text.toString();
  }
}
