package vn.citizenhub.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.schema.UtcTime;

/**
 * Synthetic citizens with ids {@code first .. first + count - 1}: a channel identity each (as
 * hub-core stores it: channel prefix and the channel's own id), a Vietnamese name, often a phone.
 */
final class CitizenRows {

  private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh",
      "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô");
  private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Ngọc", "Hữu",
      "Thanh", "Quốc", "Thu");
  private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hạnh",
      "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Quang", "Tâm", "Thảo", "Trang", "Tuấn", "Vy");

  private CitizenRows() {}

  static void insert(Connection c, long first, int count, long seed, Instant now)
      throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO citizen (id, channel, external_id,"
        + " display_name, phone, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int n = 0; n < count; n++) {
        long id = first + n;
        Channel channel = SyntheticTickets.channelOf(id);
        String phone = "+849" + String.format("%08d", Math.floorMod(id * 7919L, 100_000_000L));
        s.setLong(1, id);
        s.setString(2, channel.identityPrefix());
        // A hotline caller's identity is the number; the others' are opaque ids.
        s.setString(3, channel == Channel.HOTLINE ? phone : "bench-" + id);
        s.setString(4, random.nextInt(10) < 8 ? name(random) : null);
        s.setString(5, channel == Channel.HOTLINE || random.nextBoolean() ? phone : null);
        s.setString(6, channel == Channel.WEB && random.nextInt(3) == 0
            ? "nguoidan" + id + "@example.vn" : null);
        // Known before their first report of the last two years.
        s.setString(7, UtcTime.column(now.minus(Duration.ofDays(
            SyntheticTickets.HISTORY_DAYS + random.nextInt(365)))));
        s.addBatch();
        if (n % 5000 == 4999) {
          s.executeBatch();
          c.commit();
        }
      }
      s.executeBatch();
      c.commit();
    }
  }

  private static String name(SplittableRandom random) {
    return FAMILY.get(random.nextInt(FAMILY.size())) + " " + MIDDLE.get(random.nextInt(
        MIDDLE.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
  }
}
