package vn.citizenhub.core.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theDecoyHasARealHashsShapeAndMatchesNothing() {
    String real = hasher.hash("mật-khẩu");
    String decoy = hasher.decoy();
    String[] r = real.split("\\$");
    String[] d = decoy.split("\\$");
    assertEquals(r.length, d.length);
    assertEquals(r[0], d[0]);
    assertEquals(r[1], d[1], "the same iteration count, so checking it costs the same");
    assertEquals(r[2].length(), d[2].length());
    assertEquals(r[3].length(), d[3].length());
    assertNotEquals(decoy, hasher.decoy());
    assertTrue(hasher.matches("mật-khẩu", real));
    assertFalse(hasher.matches("mật-khẩu", decoy));
    assertFalse(hasher.matches("", decoy));
  }

  @Test
  void everyCheckIsCounted() {
    String real = hasher.hash("a");
    long before = hasher.checksSoFar();
    hasher.matches("a", real);
    hasher.matches("b", hasher.decoy());
    assertEquals(before + 2, hasher.checksSoFar());
  }
}
