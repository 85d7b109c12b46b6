package vn.citizenhub.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * {@code %safeEx}: the stack trace as {@code %ex} prints it, except that each exception's message
 * (and each cause's) is escaped onto its own line and withheld where it may quote personal data
 * (see {@link ErrorText}). Stack frames come from class files, never from citizens.
 */
public class SafeThrowableConverter extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return super.throwableProxyToString(SafeThrowableProxy.of(proxy));
  }
}
