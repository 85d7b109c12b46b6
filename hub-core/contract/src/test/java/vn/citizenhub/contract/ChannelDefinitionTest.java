package vn.citizenhub.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.intake.IntakeValidator;

/** Every channel definition is one a tracking code, an identity and a path rule can rely on. */
class ChannelDefinitionTest {

  @Test
  void symbolsAreUniqueAndFromTheTrackingAlphabet() {
    Set<Character> seen = new HashSet<>();
    for (Channel c : Channel.values()) {
      assertTrue(TrackingCode.ALPHABET.indexOf(c.symbol()) >= 0, c + " symbol " + c.symbol());
      assertTrue(seen.add(c.symbol()), c + " shares its symbol " + c.symbol());
      assertEquals(c, Channel.bySymbol(c.symbol()).orElseThrow());
      assertEquals(c.symbol(), TrackingCode.generate(c).value().charAt(0));
    }
  }

  @Test
  void identityPrefixesAreUniqueAndHaveNoColon() {
    Set<String> seen = new HashSet<>();
    for (Channel c : Channel.values()) {
      assertTrue(c.identityPrefix().matches("[a-z][a-z0-9]*"), c.name());
      assertTrue(c.identityPrefix().length() <= IntakeValidator.MAX_IDENTITY_PREFIX, c.name());
      assertTrue(seen.add(c.identityPrefix()), c + " shares its identity prefix");
      assertEquals(c.identityPrefix() + ":42", c.identity("42"));
    }
  }

  @Test
  void labelsAreBilingualAndPublicPathsBelongToOneChannel() {
    Set<String> paths = new HashSet<>();
    for (Channel c : Channel.values()) {
      assertFalse(c.labelVi().isBlank());
      assertFalse(c.labelEn().isBlank());
      assertNotEquals(c.labelVi(), c.labelEn());
      for (String p : c.publicPathPrefixes()) {
        assertTrue(p.startsWith("/") && p.length() > 1, c + " prefix " + p);
        assertTrue(paths.add(p), p + " is claimed twice");
      }
      c.publicPages().forEach(p -> assertTrue(p.startsWith("/"), p));
    }
  }

  @Test
  void exactlyOneChannelTakesHandedBackNoticesAndOpen311CannotDeliver() {
    List<Channel> sms = Arrays.stream(Channel.values())
        .filter(c -> c.noticeDelivery() == Channel.NoticeDelivery.BY_SMS).toList();
    assertEquals(List.of(Channel.HOTLINE), sms);
    assertEquals(Channel.HOTLINE, Channel.handBackChannel().orElseThrow());
    assertFalse(Channel.OPEN311.deliversNotices());
    assertTrue(Channel.ZALO.deliversNotices());
  }

  @Test
  void theWireNameIsTheConstantsName() throws Exception {
    for (Channel c : Channel.values()) {
      assertEquals("\"" + c.name() + "\"", ContractJson.mapper().writeValueAsString(c));
      assertEquals(c, ContractJson.mapper().readValue("\"" + c.name() + "\"", Channel.class));
    }
  }
}
