package vn.citizenhub.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every module's Logback configuration (main and test) prints messages and exceptions through the
 * hub's safe converters, so no module can be left writing attacker text raw.
 */
class LogPatternsTest {

  private static final Path REPOSITORY =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
  /** Logback's raw words for the message and the exception. */
  private static final Pattern RAW = Pattern.compile(
      "%(-?\\d*(\\.\\d+)?)(m|msg|message|ex|exception|throwable|xEx|xException|xThrowable|rEx"
          + "|rootException)(?![A-Za-z])");

  @Test
  void everyPatternUsesTheSafeConverters() throws Exception {
    List<Path> configs = configs();
    assertTrue(configs.size() >= 10, "found " + configs);
    for (Path config : configs) {
      var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(config.toFile());
      NodeList patterns = doc.getElementsByTagName("pattern");
      assertTrue(patterns.getLength() > 0, config + " has a pattern");
      for (int i = 0; i < patterns.getLength(); i++) {
        String pattern = patterns.item(i).getTextContent();
        assertTrue(pattern.contains("%safeMsg") && pattern.contains("%safeEx"),
            config + ": " + pattern);
        assertFalse(RAW.matcher(pattern).find(), config + " prints raw text: " + pattern);
      }
      NodeList rules = doc.getElementsByTagName("conversionRule");
      assertTrue(rules.getLength() == 2 && ((Element) rules.item(0)).getAttribute("class")
          .startsWith("vn.citizenhub.logging."), config + " declares the converters");
    }
  }

  private static List<Path> configs() throws IOException {
    // module/src/main/resources/logback.xml, hub-core/module/src/test/resources/logback-test.xml
    try (Stream<Path> files = Files.walk(REPOSITORY, 6)) {
      return files.filter(f -> f.getFileName().toString().matches("logback(-test)?\\.xml"))
          .filter(f -> f.toString().contains("/src/") && !f.toString().contains("/target/"))
          .toList();
    }
  }
}
