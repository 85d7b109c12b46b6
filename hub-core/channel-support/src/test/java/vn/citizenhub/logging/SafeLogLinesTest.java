package vn.citizenhub.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log line written through the hub's pattern cannot be split, and quotes no stored value. */
class SafeLogLinesTest {

  /** The modules' logback.xml, with the console replaced by a file the test reads. */
  private static final String CONFIG = """
      <configuration>
        <conversionRule conversionWord="safeMsg" class="vn.citizenhub.logging.EscapedMessageConverter"/>
        <conversionRule conversionWord="safeEx" class="vn.citizenhub.logging.SafeThrowableConverter"/>
        <appender name="STDOUT" class="ch.qos.logback.core.FileAppender">
          <file>LOG_FILE</file>
          <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %safeMsg%n%safeEx</pattern></encoder>
        </appender>
        <root level="INFO"><appender-ref ref="STDOUT"/></root>
      </configuration>
      """;

  @TempDir Path dir;
  private Path file;
  private LoggerContext context;
  private Logger log;

  @BeforeEach
  void configure() throws Exception {
    file = dir.resolve("hub.log");
    String config = CONFIG.replace("LOG_FILE", file.toString());
    context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    context.start();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
    log = context.getLogger("vn.citizenhub.Test");
  }

  @AfterEach
  void restore() {
    context.stop();
  }

  private String written() throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private List<String> lines() throws IOException {
    return written().lines().toList();
  }

  @Test
  void anArgumentWithALineBreakStaysOnItsOwnLine() throws IOException {
    log.info("Report refused: {}", "\n2026-01-01 INFO forged");

    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).endsWith("Report refused: \\n2026-01-01 INFO forged"), lines.get(0));
  }

  @Test
  void carriageReturnsTabsAndOtherControlCharactersAreEscaped() throws IOException {
    log.warn("a\rb\tc\u0000d\u001be\u2028f\u0085g");

    List<String> lines = lines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).endsWith("a\\rb\\tc\\u0000d\\u001be\\u2028f\\u0085g"), lines.get(0));
  }

  @Test
  void anExceptionMessageCannotForgeALineEither() throws IOException {
    log.warn("Round failed", new IllegalStateException("bad\n2026-01-01 INFO forged"));

    List<String> lines = lines();
    assertEquals("java.lang.IllegalStateException: bad\\n2026-01-01 INFO forged", lines.get(1));
    assertTrue(lines.stream().skip(2).allMatch(l -> l.startsWith("\tat ") || l.startsWith("\t...")),
        lines.toString());
  }

  @Test
  void aDatabaseErrorIsNamedByItsCodeNotByTheValueItQuotes() throws IOException {
    var driver = new SQLIntegrityConstraintViolationException(
        "Duplicate entry 'zalo-0912345678' for key 'uk_citizen_identity'", "23000", 1062);
    var wrapper = new RuntimeException("Error executing SQL INSERT: " + driver.getMessage(), driver);
    log.error("Intake batch failed", wrapper);
    log.warn("Intake batch failed: {}", ErrorText.of(wrapper));

    String all = written();
    assertFalse(all.contains("0912345678"), all);
    assertTrue(all.contains("Caused by: java.sql.SQLIntegrityConstraintViolationException: "
        + "[SQLState 23000, error 1062; message withheld"), all);
    assertTrue(all.contains("Intake batch failed: java.lang.RuntimeException: Error executing SQL"
        + " INSERT: [message withheld: may quote personal data] (SQLState 23000, error 1062)"), all);
  }

  @Test
  void anOrdinaryMessageIsPrintedAsItWas() {
    String text = "Relayed 3 delayed intake(s) to Kafka; 0 still pending";
    assertEquals(text, LogText.escape(text));
    assertEquals("java.io.IOException: timeout", ErrorText.of(new java.io.IOException("timeout")));
  }

  @Test
  void aPathLosesThePhoneOrAddressACitizenPutInIt() {
    String masked = "/api/staff/callers/*/tickets";
    assertEquals(masked, LogText.path("/api/staff/callers/0912345678/tickets"));
    assertEquals(masked, LogText.path("/api/staff/callers/+84%20912/tickets"));
    assertEquals("/x/*", LogText.path("/x/an@example.vn"));
    assertEquals("/api/staff/tickets/42/notes", LogText.path("/api/staff/tickets/42/notes"));
  }

  @Test
  void aParserErrorQuotingTheInputIsNamedNotQuoted() {
    var parser = new com.fasterxml.jackson.core.JsonParseException(null,
        "Unexpected character at [Source: {\"phone\":\"0912345678\"}; line: 1]");
    String text = ErrorText.of(new IllegalStateException(parser));

    assertFalse(text.contains("0912345678"), text);
    assertTrue(text.startsWith("java.lang.IllegalStateException: "), text);
  }
}
