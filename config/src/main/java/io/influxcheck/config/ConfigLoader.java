package io.influxcheck.config;

import io.influxcheck.config.yaml.YamlNode;
import io.influxcheck.config.yaml.YamlSyntaxException;
import io.influxcheck.config.yaml.YamlTree;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and validates influx-check.yaml into an {@link InfluxCheckConfig}.
 *
 * <p>Without {@code --config}, the first existing file of {@link #defaultLocations(Path)} is used:
 * <ol>
 *   <li>{@code ./influx-check.yaml}</li>
 *   <li>{@code $XDG_CONFIG_HOME/influx-check/config.yaml}, or {@code ~/.config/influx-check/config.yaml}
 *       when {@code XDG_CONFIG_HOME} is unset or not absolute</li>
 *   <li>{@code /etc/influx-check/config.yaml}</li>
 * </ol>
 * No file at all means {@link InfluxCheckConfig#defaults()}.
 *
 * <p>Every problem in the file is collected and thrown together in one {@link ConfigException};
 * no message ever contains a secret. Environment variables are read through the function given to
 * the constructor, so tests need not touch the real environment.
 */
public final class ConfigLoader {
  private final Function<String, String> env;

  /** Reads the process environment. */
  public ConfigLoader() {
    this(System::getenv);
  }

  /** @param env looks up an environment variable; returns null when unset */
  public ConfigLoader(Function<String, String> env) {
    this.env = Objects.requireNonNull(env, "env is null");
  }

  /** Loads the given file, which must exist (the {@code --config} case). */
  public InfluxCheckConfig load(Path file) throws ConfigException {
    String display = file.toString();
    if (!Files.exists(file)) {
      throw single(display, "no such file (give an existing file to --config, or leave --config out to use the"
          + " default locations)");
    }
    if (!Files.isRegularFile(file)) {
      throw single(display, "not a regular file");
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (AccessDeniedException e) {
      throw single(display, "cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      throw single(display, "is not UTF-8 text");
    } catch (IOException e) {
      throw single(display, "cannot be read: " + e.getClass().getSimpleName());
    }
    return parse(text, file);
  }

  /** Loads the first existing default location from the working directory, or returns the defaults. */
  public InfluxCheckConfig loadDefault() throws ConfigException {
    return loadFirstExisting(defaultLocations(Path.of("")));
  }

  /** Loads the first of {@code candidates} that exists, or returns the defaults when none does. */
  public InfluxCheckConfig loadFirstExisting(List<Path> candidates) throws ConfigException {
    for (Path candidate : candidates) {
      if (Files.exists(candidate)) {
        return load(candidate);
      }
    }
    return InfluxCheckConfig.defaults();
  }

  /** The default locations, in the order they are tried. */
  public List<Path> defaultLocations(Path workingDirectory) {
    List<Path> locations = new ArrayList<>();
    locations.add(workingDirectory.resolve("influx-check.yaml"));
    Optional.ofNullable(env.apply("XDG_CONFIG_HOME"))
        .filter(dir -> !dir.isBlank() && Path.of(dir).isAbsolute())
        .map(Path::of)
        .or(() -> home().map(h -> h.resolve(".config")))
        .ifPresent(dir -> locations.add(dir.resolve("influx-check").resolve("config.yaml")));
    locations.add(Path.of("/etc/influx-check/config.yaml"));
    return List.copyOf(locations);
  }

  /**
   * Parses YAML text as if read from {@code file}: problems name that file, and relative paths in it
   * are resolved against its folder.
   */
  public InfluxCheckConfig parse(String yaml, Path file) throws ConfigException {
    String display = file.toString();
    Optional<YamlNode> root;
    try {
      root = YamlTree.parse(yaml);
    } catch (YamlSyntaxException e) {
      String where = e.column() > 0 ? " (column " + e.column() + ")" : "";
      throw new ConfigException(List.of(
          new ConfigProblem(display, e.line(), "", "malformed YAML" + where + ": " + e.getMessage())));
    }
    if (root.isEmpty()) {
      return withFile(InfluxCheckConfig.defaults(), file);
    }
    Path baseDir = file.toAbsolutePath().getParent();
    Binding binding = new Binding(display, baseDir == null ? Path.of("").toAbsolutePath() : baseDir, env);
    InfluxCheckConfig config = new ConfigBinder(binding).bind(file, root.get());
    if (!binding.problems().isEmpty()) {
      throw new ConfigException(binding.problems());
    }
    return config;
  }

  private Optional<Path> home() {
    return Optional.ofNullable(env.apply("HOME")).filter(h -> !h.isBlank()).map(Path::of)
        .or(() -> Optional.ofNullable(System.getProperty("user.home")).map(Path::of));
  }

  private static InfluxCheckConfig withFile(InfluxCheckConfig c, Path file) {
    return new InfluxCheckConfig(Optional.of(file), c.probes(), c.provisioning(), c.grafana(), c.datasources(),
        c.slack(), c.discord(), c.log(), c.runbookUrl());
  }

  private static ConfigException single(String file, String message) {
    return new ConfigException(List.of(new ConfigProblem(file, 0, "", message)));
  }
}
