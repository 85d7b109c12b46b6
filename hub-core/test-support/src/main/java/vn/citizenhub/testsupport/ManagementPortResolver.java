package vn.citizenhub.testsupport;

import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code ${hub-test.management-port}} in a test's configuration: a free port for the management
 * listener, drawn below Linux's ephemeral range (32768-60999). Micronaut's {@code ${random.port}}
 * draws from the whole range, so the port it found free could be taken by one of the test's own
 * outgoing connections (to Kafka, to MariaDB) before the listener bound it, and the context failed
 * to start ("Address already in use"). Outgoing connections never take a port below that range.
 */
public final class ManagementPortResolver implements PropertyExpressionResolver {

  static final String EXPRESSION = "hub-test.management-port";
  private static final int LOWEST = 20_000;
  private static final int BELOW_EPHEMERAL = 32_768;

  @Override
  public <T> Optional<T> resolve(PropertyResolver propertyResolver,
      ConversionService conversionService, String expression, Class<T> requiredType) {
    if (!EXPRESSION.equals(expression)) {
      return Optional.empty();
    }
    return conversionService.convert(freePort(), requiredType);
  }

  static int freePort() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(LOWEST, BELOW_EPHEMERAL);
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(false);
        socket.bind(new InetSocketAddress(port));
        return port;
      } catch (IOException taken) {
        // someone listens there: draw again
      }
    }
    throw new IllegalStateException("no free port between " + LOWEST + " and " + BELOW_EPHEMERAL);
  }
}
