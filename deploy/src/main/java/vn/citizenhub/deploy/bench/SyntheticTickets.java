package vn.citizenhub.deploy.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.random.RandomGenerator;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.routing.RoutingRule;
import vn.citizenhub.core.sla.Deadlines;

/**
 * Makes tickets as a province's would look after two years: skewed over categories, communes and
 * therefore agencies (the routing rules decide, as in production), more recent than old, mostly
 * resolved, some open, a few waiting for the coordinator. One instance per writer thread.
 */
final class SyntheticTickets {

  static final int HISTORY_DAYS = 730;

  /** Share of reports per category, in percent; unknown categories weigh 2. */
  private static final Map<String, Integer> CATEGORY_WEIGHTS = Map.ofEntries(
      Map.entry("ROAD_DAMAGE", 12), Map.entry("STREET_LIGHT", 8),
      Map.entry("FLOOD_DRAINAGE", 7), Map.entry("WASTE_SANITATION", 12),
      Map.entry("POLLUTION", 7), Map.entry("ILLEGAL_CONSTRUCTION", 6), Map.entry("LAND", 9),
      Map.entry("TRAFFIC_SAFETY", 6), Map.entry("PUBLIC_ORDER", 7), Map.entry("FOOD_SAFETY", 3),
      Map.entry("HEALTH_SERVICES", 4), Map.entry("SCHOOLS", 3), Map.entry("ADMIN_PROCEDURE", 5),
      Map.entry("INFO_REQUEST", 3), Map.entry("COMPLAINT", 3),
      Map.entry("LEGAL_DOC_FEEDBACK", 1), Map.entry("OTHER", 4));

  private final BenchReference ref;
  private final WeightedChoice<BenchReference.Category> categories;
  private final WeightedChoice<BenchReference.Commune> communes;
  private final WeightedChoice<String> anyAgency;
  private final SyntheticLifecycle lifecycle;
  private final long firstCitizen;
  private final int citizens;

  SyntheticTickets(BenchReference ref, SyntheticLifecycle lifecycle, long firstCitizen,
      int citizens) {
    this.ref = ref;
    this.lifecycle = lifecycle;
    this.firstCitizen = firstCitizen;
    this.citizens = citizens;
    this.categories = WeightedChoice.of(ref.categories(),
        c -> CATEGORY_WEIGHTS.getOrDefault(c.code(), 2));
    // Wards are towns: more people, more reports.
    this.communes = WeightedChoice.of(ref.communes(), c -> c.ward() ? 4 : 1);
    this.anyAgency = WeightedChoice.of(ref.agencies().keySet().stream().toList(), a -> 1);
  }

  /**
   * Ticket {@code id}, received at {@code receivedAt}. Ids follow the order of receipt, as
   * AUTO_INCREMENT gives them at intake, so recent tickets lie together at the end of the table.
   */
  SyntheticTicket next(long id, Instant receivedAt, RandomGenerator random) {
    SyntheticTicket t = new SyntheticTicket();
    t.id = id;
    BenchReference.Category category = categories.pick(random);
    BenchReference.Commune commune = communes.pick(random);
    t.category = category.code();
    t.kind = category.kind();
    t.clock = category.clockCode();
    t.commune = commune.code();
    // Frequent reporters: low citizen numbers come up far more often.
    t.citizenId = firstCitizen + (long) (citizens * Math.pow(random.nextDouble(), 1.6));
    Channel channel = channelOf(t.citizenId);
    t.channel = channel.name();
    t.trackingCode = trackingCode(channel, id);
    t.address = random.nextInt(10) < 7 ? ReportTexts.address(commune.name(), random) : null;
    t.description = ReportTexts.description(t.category, commune.name(), random);
    if (random.nextInt(10) < 6) {
      t.latitude = coordinate(10.45 + random.nextDouble() * 1.1);
      t.longitude = coordinate(105.85 + random.nextDouble() * 0.9);
    }
    t.receivedAt = receivedAt;
    var rule = ref.routing().decide(t.category, t.commune).map(RoutingRule::agencyCode);
    // The coordinator routes what no rule covers, and a few reports the rules get wrong.
    String agency = rule.isPresent() && random.nextInt(100) < 93 ? rule.get()
        : "COMPLAINT".equals(t.category) && ref.agencies().containsKey("TTT")
            && random.nextInt(10) < 7 ? "TTT" : anyAgency.pick(random);
    lifecycle.live(t, agency, rule.isEmpty(), random);
    return t;
  }

  /** Citizens reach the hub mostly over Zalo and the hotline; fixed per citizen. */
  static Channel channelOf(long citizenId) {
    int bucket = (int) Math.floorMod(citizenId * 2654435761L, 100L);
    return bucket < 40 ? Channel.ZALO : bucket < 65 ? Channel.HOTLINE
        : bucket < 90 ? Channel.WEB : Channel.APP;
  }

  /**
   * A valid, unique tracking code for ticket {@code id}: the id scrambled by an odd multiplier
   * (a bijection on 40 bits, so distinct ids give distinct codes) in eight symbols, then the check.
   */
  static String trackingCode(Channel channel, long id) {
    String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    long x = (id * 0x9E3779B97F4A7C15L) & ((1L << 40) - 1);
    StringBuilder code = new StringBuilder(10).append(channel.symbol());
    for (int i = 0; i < 8; i++) {
      code.append(alphabet.charAt((int) (x >>> (35 - 5 * i)) & 31));
    }
    // Luhn mod 32, as TrackingCode checks it; the constructor below refuses a wrong one.
    int factor = 2;
    int sum = 0;
    for (int i = code.length() - 1; i >= 0; i--) {
      int addend = factor * alphabet.indexOf(code.charAt(i));
      factor = factor == 2 ? 1 : 2;
      sum += addend / 32 + addend % 32;
    }
    code.append(alphabet.charAt((32 - sum % 32) % 32));
    return new TrackingCode(code.toString()).value();
  }

  /**
   * When {@code count} tickets were received, oldest first: over the last two years, volume
   * growing towards today (70% even, 30% rising), in the province's day time, fewer on weekends.
   */
  static Instant[] receivedTimes(int count, Instant now, RandomGenerator random) {
    Instant[] times = new Instant[count];
    for (int i = 0; i < count; i++) {
      times[i] = receivedAt(now, random);
    }
    Arrays.sort(times);
    return times;
  }

  private static Instant receivedAt(Instant now, RandomGenerator random) {
    double u = random.nextDouble();
    double ageDays = random.nextInt(10) < 7 ? u * HISTORY_DAYS
        : (1 - Math.sqrt(u)) * HISTORY_DAYS;
    LocalDate day = now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate().minusDays((long) ageDays);
    DayOfWeek dow = day.getDayOfWeek();
    if ((dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) && random.nextBoolean()) {
      day = day.minusDays(dow == DayOfWeek.SATURDAY ? 1 : 2);
    }
    ZonedDateTime at = day.atStartOfDay(Deadlines.PROVINCE_ZONE)
        .plusSeconds(7 * 3600 + random.nextInt(14 * 3600));
    Instant received = at.toInstant();
    return received.isAfter(now)
        ? now.minus(Duration.ofSeconds(60 + random.nextInt(6 * 3600))) : received;
  }

  private static BigDecimal coordinate(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
  }
}
