package vn.citizenhub.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Keeps every line the JVM logs, formatted by the console's own layout (so exactly as printed,
 * with the hub's escaping and withheld messages), while a test class runs.
 */
final class LogCapture {

  private static final String APPENDER = "personal-data-scan";
  private static final String HUB_LOGGER = "vn.citizenhub";
  private static Level hubLevelBefore;

  private LogCapture() {}

  static synchronized void start() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    if (root.getAppender(APPENDER) != null) {
      return;
    }
    Capturing appender = new Capturing(consoleLayout(context, root));
    appender.setName(APPENDER);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    Logger hub = context.getLogger(HUB_LOGGER);
    hubLevelBefore = hub.getLevel();
    hub.setLevel(Level.DEBUG);
  }

  /** Stops capturing; the lines captured since {@link #start()}. */
  static synchronized List<String> stop() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> appender = root.getAppender(APPENDER);
    if (appender == null) {
      return List.of();
    }
    root.detachAppender(appender);
    appender.stop();
    context.getLogger(HUB_LOGGER).setLevel(hubLevelBefore);
    return ((Capturing) appender).lines();
  }

  private static Layout<ILoggingEvent> consoleLayout(LoggerContext context, Logger root) {
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      if (it.next() instanceof OutputStreamAppender<ILoggingEvent> out
          && out.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder) {
        return encoder.getLayout();
      }
    }
    PatternLayout plain = new PatternLayout();
    plain.setContext(context);
    plain.setPattern("%-5level %logger - %msg%n%ex");
    plain.start();
    return plain;
  }

  private static final class Capturing extends AppenderBase<ILoggingEvent> {
    private final Layout<ILoggingEvent> layout;
    private final List<String> lines = new ArrayList<>();

    Capturing(Layout<ILoggingEvent> layout) {
      this.layout = layout;
    }

    @Override
    protected void append(ILoggingEvent event) {
      String text = layout.doLayout(event);
      synchronized (lines) {
        lines.addAll(text.lines().toList());
      }
    }

    List<String> lines() {
      synchronized (lines) {
        return new ArrayList<>(lines);
      }
    }
  }
}
