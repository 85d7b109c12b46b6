package vn.citizenhub.channel.hotline.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.citizenhub.contract.TrackingCode;

/**
 * How an operator reads a tracking code back over the phone: symbol by symbol, letters by their
 * Vietnamese names ("hát", "ca", "quy"), in the two groups the code is printed in. The code has
 * no 0/O and no 1/I, so no symbol can be heard as another of these.
 */
public final class ReadBack {

  private static final Map<Character, String> LETTERS = Map.ofEntries(
      Map.entry('A', "a"), Map.entry('B', "bê"), Map.entry('C', "xê"), Map.entry('D', "dê"),
      Map.entry('E', "e"), Map.entry('F', "ép"), Map.entry('G', "giê"), Map.entry('H', "hát"),
      Map.entry('J', "gi"), Map.entry('K', "ca"), Map.entry('L', "e-lờ"),
      Map.entry('M', "em-mờ"), Map.entry('N', "en-nờ"), Map.entry('P', "pê"),
      Map.entry('Q', "quy"), Map.entry('R', "e-rờ"), Map.entry('S', "ét-xì"),
      Map.entry('T', "tê"), Map.entry('U', "u"), Map.entry('V', "vê"), Map.entry('W', "vê kép"),
      Map.entry('X', "ích-xì"), Map.entry('Y', "i dài"), Map.entry('Z', "dét"));

  private ReadBack() {}

  /** "hát, 7, ca, 3, em-mờ – 9, quy, ích-xì, 2, 3" for H7K3M-9QX23. */
  public static String spoken(TrackingCode code) {
    String display = code.display();
    List<String> groups = new ArrayList<>();
    for (String group : display.split("-")) {
      List<String> symbols = new ArrayList<>();
      for (char c : group.toCharArray()) {
        symbols.add(LETTERS.getOrDefault(c, String.valueOf(c)));
      }
      groups.add(String.join(", ", symbols));
    }
    return String.join(" – ", groups);
  }
}
