package vn.citizenhub.core.staff;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One staff account per role for a newcomer to try the hub (hub.demo.enabled, on in the
 * all-in-one launcher, off by default): made at the first start only, with the password from
 * HUB_DEMO_PASSWORD or a random one printed once. Demo data, not reference data: production
 * leaves it off and an administrator creates real accounts.
 */
@Singleton
@Requires(property = "hub.demo.enabled", value = "true")
class DemoAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  record Demo(String username, String displayName, StaffRole role, String agencyCode) {}

  static final List<Demo> ACCOUNTS = List.of(
      new Demo("tongdai", "Trần Thị Tổng Đài", StaffRole.HOTLINE_OPERATOR, null),
      new Demo("canbo.tanan", "Nguyễn Văn Cán Bộ (P. Tân An)", StaffRole.AGENCY_OFFICER,
          "UBND-27712"),
      new Demo("lanhdao.tanan", "Lê Thị Lãnh Đạo (P. Tân An)", StaffRole.AGENCY_LEAD,
          "UBND-27712"),
      new Demo("canbo.sxd", "Phạm Văn Xây Dựng (Sở Xây dựng)", StaffRole.AGENCY_OFFICER, "SXD"),
      new Demo("dieuphoi", "Võ Minh Điều Phối", StaffRole.COORDINATOR, null),
      new Demo("quantri", "Đặng Quản Trị", StaffRole.ADMINISTRATOR, null));

  private final StaffAccounts accounts;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final String sharedPassword;

  DemoAccounts(StaffAccounts accounts, PasswordHasher hasher, Clock clock,
      @Nullable @Value("${hub.demo.password:}") String sharedPassword) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
    this.sharedPassword = sharedPassword;
  }

  @EventListener
  void onStartup(StartupEvent event) throws SQLException {
    StringBuilder made = new StringBuilder();
    for (Demo demo : ACCOUNTS) {
      if (accounts.byUsername(demo.username()).isPresent()) {
        continue;
      }
      String password = sharedPassword == null || sharedPassword.isBlank()
          ? randomPassword() : sharedPassword;
      accounts.create(demo.username(), demo.displayName(), demo.role(), demo.agencyCode(),
          hasher.hash(password), clock.instant());
      made.append(String.format("%n  %-14s %-22s %s", demo.username(),
          demo.role().labelVi(), sharedPassword == null || sharedPassword.isBlank()
              ? password : "(HUB_DEMO_PASSWORD)"));
    }
    if (!made.isEmpty()) {
      // Printed once, on purpose: the passwords are stored only as hashes.
      System.out.println("Demo staff accounts (tài khoản dùng thử), shown only this once:" + made);
      LOG.info("Made {} demo staff accounts", made.toString().split("\n").length - 1);
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }
}
