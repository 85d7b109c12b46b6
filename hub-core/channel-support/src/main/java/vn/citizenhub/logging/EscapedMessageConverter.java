package vn.citizenhub.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %safeMsg}: the formatted message on one line, whatever its arguments hold (see
 * {@link LogText}). Every module's logback.xml uses it instead of {@code %msg}.
 */
public class EscapedMessageConverter extends ClassicConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogText.escape(event.getFormattedMessage());
  }
}
