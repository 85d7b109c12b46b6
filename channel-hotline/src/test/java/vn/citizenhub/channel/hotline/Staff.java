package vn.citizenhub.channel.hotline;

import java.time.Instant;
import java.util.UUID;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;

/** Staff accounts made in hub-core for the hotline's tests. */
public final class Staff {

  public static final String PASSWORD = "Mật-khẩu-đủ-dài-2025";

  private final StaffAccounts accounts;
  private final PasswordHasher hasher;

  public Staff(StaffAccounts accounts, PasswordHasher hasher) {
    this.accounts = accounts;
    this.hasher = hasher;
  }

  /** A new account with {@link #PASSWORD}; its username. */
  public String account(String name, StaffRole role, String agency) throws Exception {
    String username = role.name().toLowerCase().replace('_', '-') + "-"
        + UUID.randomUUID().toString().substring(0, 8);
    accounts.create(username, name, role, agency, hasher.hash(PASSWORD), Instant.now());
    return username;
  }
}
