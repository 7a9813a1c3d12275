package io.influxcheck.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The two options needed before the object graph is built: {@code --verbose} (logging starts first)
 * and {@code --config} (the graph is wired once from it). picocli still parses and validates them.
 */
record LaunchOptions(boolean verbose, Optional<Path> config) {
  static LaunchOptions scan(String[] args) {
    boolean verbose = false;
    Path config = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals("-v") || arg.equals("--verbose")) {
        verbose = true;
      } else if (arg.equals("--config") && i + 1 < args.length) {
        config = Path.of(args[++i]);
      } else if (arg.startsWith("--config=")) {
        config = Path.of(arg.substring("--config=".length()));
      }
    }
    return new LaunchOptions(verbose, Optional.ofNullable(config));
  }
}
