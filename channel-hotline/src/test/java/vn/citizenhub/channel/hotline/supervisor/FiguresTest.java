package vn.citizenhub.channel.hotline.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supervisor's arithmetic over counted call-log rows. */
class FiguresTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @Test
  void perOperatorAndForTheCentre() {
    // Lan: 12 calls over 3 hours; 10 genuine, 4 answered on the spot, 1 wrong number, 1 missed;
    // 11 timed calls, 2,640 s in all.
    OperatorDay lan =
        new OperatorDay(MONDAY, "op.lan", "Nguyễn Thị Lan", 12, 10, 4, 1, 1, 11, 2640, 3);
    // Minh: 5 calls in 1 hour, all genuine, none on the spot, 5 timed, 900 s.
    OperatorDay minh =
        new OperatorDay(MONDAY, "op.minh", "Trần Văn Minh", 5, 5, 0, 0, 0, 5, 900, 1);
    Figures f = Figures.of(MONDAY, MONDAY, List.of(lan, minh), List.of(
        new Figures.Hour(MONDAY, 8, 6), new Figures.Hour(MONDAY, 9, 7),
        new Figures.Hour(MONDAY, 10, 4)));

    Figures.Line l = f.operators().get(0);
    assertEquals("Nguyễn Thị Lan", l.operatorName());
    assertEquals(4.0, l.callsPerHour());
    assertEquals(0.4, l.answeredOnTheSpotShare());
    assertEquals(240L, l.averageHandlingSeconds());
    assertEquals(0.0, f.operators().get(1).answeredOnTheSpotShare());

    Figures.Line day = f.days().get(0);
    assertNull(day.operator());
    assertEquals(17, day.calls());
    assertEquals(5.67, day.callsPerHour(), "17 calls in the centre's 3 staffed hours");
    assertEquals(0.27, day.answeredOnTheSpotShare(), "4 of 15 genuine calls");
    assertEquals(221L, day.averageHandlingSeconds(), "3,540 s over 16 timed calls");
  }

  @Test
  void aDayOfMissedCallsHasNoShareAndNoHandlingTime() {
    OperatorDay missed = new OperatorDay(MONDAY, null, null, 3, 0, 0, 3, 0, 0, 0, 1);
    Figures.Line l = Figures.of(MONDAY, MONDAY, List.of(missed), List.of()).operators().get(0);
    assertNull(l.answeredOnTheSpotShare());
    assertNull(l.averageHandlingSeconds());
    assertEquals(3.0, l.callsPerHour());
  }
}
