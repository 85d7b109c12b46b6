package vn.citizenhub.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.util.Arrays;

/** A logged exception as {@link SafeThrowableConverter} shows it: messages made safe. */
final class SafeThrowableProxy implements IThrowableProxy {

  private final IThrowableProxy delegate;

  private SafeThrowableProxy(IThrowableProxy delegate) {
    this.delegate = delegate;
  }

  static IThrowableProxy of(IThrowableProxy proxy) {
    return proxy == null || proxy instanceof SafeThrowableProxy ? proxy
        : new SafeThrowableProxy(proxy);
  }

  @Override
  public String getMessage() {
    if (delegate instanceof ThrowableProxy real) {
      return ErrorText.message(real.getThrowable());
    }
    // A proxy without its exception (e.g. deserialised from another process): no way to tell
    // what the message quotes, so a driver's or parser's message is withheld by class name.
    String name = delegate.getClassName();
    return name.startsWith("java.sql.") || name.contains("jdbc") || name.contains("jackson")
        ? ErrorText.WITHHELD : LogText.escape(delegate.getMessage());
  }

  @Override
  public String getOverridingMessage() {
    // Logback prints an exception's own toString() when the class overrides it; that text may
    // quote anything, so the class name and the safe message are printed instead.
    return delegate.getOverridingMessage() == null ? null
        : getMessage() == null ? getClassName() : getClassName() + ": " + getMessage();
  }

  @Override
  public String getClassName() {
    return delegate.getClassName();
  }

  @Override
  public StackTraceElementProxy[] getStackTraceElementProxyArray() {
    return delegate.getStackTraceElementProxyArray();
  }

  @Override
  public int getCommonFrames() {
    return delegate.getCommonFrames();
  }

  @Override
  public IThrowableProxy getCause() {
    return of(delegate.getCause());
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    IThrowableProxy[] suppressed = delegate.getSuppressed();
    return suppressed == null ? null
        : Arrays.stream(suppressed).map(SafeThrowableProxy::of).toArray(IThrowableProxy[]::new);
  }

  @Override
  public boolean isCyclic() {
    return delegate.isCyclic();
  }
}
