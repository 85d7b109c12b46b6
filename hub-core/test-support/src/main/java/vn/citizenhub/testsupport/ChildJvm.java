package vn.citizenhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the project run in a JVM of its own with the test's classpath, so that a test
 * can kill it with SIGKILL, as a crash or an operator would, and start it again.
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} with these system properties and arguments; output goes to
   * {@code log}. The environment is this JVM's with {@code environment} added; a variable mapped
   * to the empty string is removed.
   */
  public static ChildJvm start(String mainClass, Map<String, String> systemProperties,
      Map<String, String> environment, Path log, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return launch(new ProcessBuilder(command), environment, log);
  }

  /**
   * Runs a module's runnable jar as its container does ({@code java -jar}), in
   * {@code workingDirectory} so that its ./data stays there; environment as for {@link #start}.
   */
  public static ChildJvm startJar(Path jar, Path workingDirectory,
      Map<String, String> environment, Path log) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", jar.toString())
        .directory(workingDirectory.toFile());
    return launch(builder, environment, log);
  }

  private static ChildJvm launch(ProcessBuilder builder, Map<String, String> environment,
      Path log) {
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    environment.forEach((name, value) -> {
      if (value.isEmpty()) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    try {
      return new ChildJvm(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** Waits for the program to end by itself; its exit code. */
  public int awaitExit(long seconds) {
    try {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        kill();
        throw new IllegalStateException(log + ": did not end within " + seconds + " s");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C. */
  public void stop() {
    process.destroy();
    waitForExit();
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }
}
