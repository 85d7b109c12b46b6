package vn.citizenhub.testsupport.browser;

import java.util.List;

/**
 * One rule axe-core found broken on a page, as axe reports it.
 *
 * @param id the rule, e.g. {@code color-contrast}, {@code image-alt}, {@code button-name}
 * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
 * @param help what the rule asks, in a sentence
 * @param helpUrl where Deque explains the rule and its fixes
 * @param nodes each element that breaks it
 */
public record AxeViolation(String id, String impact, String help, String helpUrl,
    List<Node> nodes) {

  /**
   * One offending element.
   *
   * @param target CSS selectors that find it (more than one when it sits in a frame or a shadow
   *     root), e.g. {@code ["#signin-submit"]}
   * @param failureSummary what axe says is wrong with it (for contrast: the ratio and colours)
   */
  public record Node(List<String> target, String failureSummary) {}

  /** Whether the check fails the test on it: serious and critical do, minor and moderate not. */
  public boolean seriousOrCritical() {
    return "serious".equals(impact) || "critical".equals(impact);
  }
}
