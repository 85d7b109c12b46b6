package vn.citizenhub.core.staff;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import jakarta.inject.Singleton;

/**
 * Checks passwords through a Resilience4j bulkhead about as wide as the machine has cores: PBKDF2
 * keeps a core busy for a third of a second, and more hashes at once than cores only make every
 * sign-in (and every other request) slower. The excess waits briefly, then is told to come back.
 */
@Singleton
class BoundedPasswordCheck {

  /** Every hashing slot stayed taken for the whole wait. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("every password-hashing slot is busy", null, false, false);
    }
  }

  private final PasswordHasher hasher;
  private final Bulkhead bulkhead;

  BoundedPasswordCheck(PasswordHasher hasher, SignInSettings settings) {
    this.hasher = hasher;
    this.bulkhead = Bulkhead.of("password-hashing", BulkheadConfig.custom()
        .maxConcurrentCalls(settings.hashSlots())
        .maxWaitDuration(settings.getHashQueueWait())
        .build());
  }

  boolean matches(String password, String stored) {
    try {
      return bulkhead.executeSupplier(() -> hasher.matches(password, stored));
    } catch (BulkheadFullException e) {
      throw new Busy();
    }
  }
}
