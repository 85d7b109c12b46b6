package vn.citizenhub.core.staff;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedPasswordCheckTest {

  /** A hasher that holds its slot until released, standing in for a slow PBKDF2. */
  private static final class HeldHasher extends PasswordHasher {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger inside = new AtomicInteger();

    @Override
    public boolean matches(String password, String stored) {
      inside.incrementAndGet();
      try {
        return release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  @Test
  void hashingBeyondTheSlotsWaitsThenIsRefused() throws Exception {
    HeldHasher hasher = new HeldHasher();
    SignInSettings settings = new SignInSettings();
    settings.setConcurrentHashes(2);
    settings.setHashQueueWait(Duration.ofMillis(50));
    BoundedPasswordCheck check = new BoundedPasswordCheck(hasher, settings);
    var first = CompletableFuture.supplyAsync(() -> check.matches("a", "x"));
    var second = CompletableFuture.supplyAsync(() -> check.matches("b", "x"));
    await().atMost(Duration.ofSeconds(10)).until(() -> hasher.inside.get() == 2);

    assertThrows(BoundedPasswordCheck.Busy.class, () -> check.matches("c", "x"));
    assertTrue(hasher.inside.get() == 2, "the third never reached the hasher");

    hasher.release.countDown();
    assertTrue(first.get(10, TimeUnit.SECONDS) && second.get(10, TimeUnit.SECONDS));
    assertTrue(check.matches("d", "x"), "a slot is free again");
  }

  @Test
  void zeroMeansAsManySlotsAsCores() {
    assertTrue(new SignInSettings().hashSlots() == Runtime.getRuntime().availableProcessors());
  }
}
