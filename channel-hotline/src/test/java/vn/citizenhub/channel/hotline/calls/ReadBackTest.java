package vn.citizenhub.channel.hotline.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.TrackingCode;

class ReadBackTest {

  @Test
  void lettersAreReadByTheirVietnameseNamesInTheTwoPrintedGroups() {
    assertEquals("hát, 7, ca, 3, em-mờ – 9, quy, ích-xì, 2, 3",
        ReadBack.spoken(new TrackingCode("H7K3M9QX23")));
  }
}
