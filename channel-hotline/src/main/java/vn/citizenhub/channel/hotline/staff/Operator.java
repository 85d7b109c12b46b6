package vn.citizenhub.channel.hotline.staff;

import io.micronaut.security.authentication.Authentication;
import java.util.Set;

/**
 * The signed-in staff member as the hotline sees them, read from hub-core's staff token: the
 * username, the name shown on screen and the role. The hotline keeps no accounts of its own.
 */
public record Operator(String username, String displayName, String role) {

  /**
   * Who supervises: reads every operator's figures and may act on any operator's call. Call
   * takers are these and HOTLINE_OPERATOR (the controllers' {@code @Secured} lists).
   */
  private static final Set<String> SUPERVISORS = Set.of("COORDINATOR", "ADMINISTRATOR");

  public static Operator of(Authentication authentication) {
    Object name = authentication.getAttributes().get("name");
    String role = authentication.getRoles().stream().findFirst().orElse("");
    return new Operator(authentication.getName(),
        name instanceof String s && !s.isBlank() ? s : authentication.getName(), role);
  }

  /** True for a coordinator or administrator, who may act on any operator's call. */
  public boolean supervises() {
    return SUPERVISORS.contains(role);
  }
}
