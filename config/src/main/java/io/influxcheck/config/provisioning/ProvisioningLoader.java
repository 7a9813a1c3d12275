package io.influxcheck.config.provisioning;

import io.influxcheck.config.ConfigException;
import io.influxcheck.config.ConfigProblem;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.yaml.YamlNode;
import io.influxcheck.config.yaml.YamlSyntaxException;
import io.influxcheck.config.yaml.YamlTree;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads Grafana data-source provisioning files ({@code apiVersion: 1}) into {@link DataSourceSettings}.
 *
 * <p>A folder is read like Grafana reads it: its {@code *.yaml} and {@code *.yml} files, not its
 * sub-folders, here in name order. Variables are expanded as Grafana does (see {@link GrafanaExpansion}),
 * with unset ones recorded in {@link DataSourceSettings#unresolvedVariables()}. Entries whose type is
 * not {@code influxdb} are returned as {@link SkippedDataSource}s. {@code deleteDatasources} is ignored.
 *
 * <p>An unknown {@code jsonData.version} still yields settings: {@code queryLanguage} is InfluxQL (what
 * the plugin falls back to) and {@code rawVersion} keeps the string, so the diagnosis can report it.
 *
 * <p>Every problem across all files (malformed YAML, no {@code datasources} list, an entry without a
 * name or type, a wrongly typed value) is thrown together in one {@link ConfigException}.
 */
public final class ProvisioningLoader {
  private final Function<String, String> env;

  /** Expands variables from the process environment. */
  public ProvisioningLoader() {
    this(System::getenv);
  }

  /** @param env looks up an environment variable; returns null when unset */
  public ProvisioningLoader(Function<String, String> env) {
    this.env = Objects.requireNonNull(env, "env is null");
  }

  /** Reads every file or folder, in order. */
  public ProvisioningResult load(List<Path> paths) throws ConfigException {
    List<ConfigProblem> problems = new ArrayList<>();
    ProvisioningResult result = ProvisioningResult.empty();
    for (Path path : paths) {
      for (Path file : files(path, problems)) {
        result = result.plus(read(file, problems));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return result;
  }

  /** Reads one file, or the {@code *.yaml}/{@code *.yml} files of a folder. */
  public ProvisioningResult load(Path fileOrFolder) throws ConfigException {
    return load(List.of(fileOrFolder));
  }

  /** Parses provisioning YAML as if read from {@code file}. */
  public ProvisioningResult parse(String yaml, Path file) throws ConfigException {
    List<ConfigProblem> problems = new ArrayList<>();
    ProvisioningResult result = parse(yaml, file.toString(), problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return result;
  }

  private static List<Path> files(Path path, List<ConfigProblem> problems) {
    if (!Files.exists(path)) {
      problems.add(new ConfigProblem(path.toString(), 0, "", "no such file or folder"));
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> children = Files.list(path)) {
      List<Path> files = children
          .filter(p -> Files.isRegularFile(p))
          .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
      if (files.isEmpty()) {
        problems.add(new ConfigProblem(path.toString(), 0, "", "the folder holds no *.yaml or *.yml files"));
      }
      return files;
    } catch (IOException e) {
      problems.add(new ConfigProblem(path.toString(), 0, "", "cannot list the folder: " + e.getClass().getSimpleName()));
      return List.of();
    }
  }

  private ProvisioningResult read(Path file, List<ConfigProblem> problems) {
    String text;
    try {
      text = Files.readString(file);
    } catch (AccessDeniedException e) {
      return fail(problems, file.toString(), 0, "cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      return fail(problems, file.toString(), 0, "is not UTF-8 text");
    } catch (IOException e) {
      return fail(problems, file.toString(), 0, "cannot be read: " + e.getClass().getSimpleName());
    }
    return parse(text, file.toString(), problems);
  }

  /** Parses one file, adding its problems to {@code problems} in line order. */
  private ProvisioningResult parse(String yaml, String file, List<ConfigProblem> problems) {
    List<ConfigProblem> fileProblems = new ArrayList<>();
    ProvisioningResult result = parseFile(yaml, file, fileProblems);
    fileProblems.sort(Comparator.comparingInt(ConfigProblem::line));
    problems.addAll(fileProblems);
    return result;
  }

  private ProvisioningResult parseFile(String yaml, String file, List<ConfigProblem> problems) {
    Optional<YamlNode> root;
    try {
      root = YamlTree.parse(yaml);
    } catch (YamlSyntaxException e) {
      String where = e.column() > 0 ? " (column " + e.column() + ")" : "";
      return fail(problems, file, e.line(), "malformed YAML" + where + ": " + e.getMessage());
    }
    if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping mapping)) {
      return fail(problems, file, root.map(YamlNode::line).orElse(0),
          "expected a provisioning file: a mapping with apiVersion: 1 and a datasources list");
    }
    checkApiVersion(mapping, file, problems);
    Optional<YamlNode> datasources = mapping.get("datasources");
    if (datasources.isEmpty() || datasources.get() instanceof YamlNode.Scalar s && s.isNull()) {
      if (mapping.get("deleteDatasources").isEmpty()) {
        fail(problems, file, mapping.line(), "missing datasources: this is not a data-source provisioning file");
      }
      return ProvisioningResult.empty();
    }
    if (!(datasources.get() instanceof YamlNode.Sequence list)) {
      return fail(problems, file, datasources.get().line(), "datasources",
          "expected a list of data sources, found " + datasources.get().describeKind());
    }
    List<DataSourceSettings> influx = new ArrayList<>();
    List<SkippedDataSource> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    EntryReader reader = new EntryReader(file, env, problems, notes);
    for (int i = 0; i < list.items().size(); i++) {
      reader.read(list.items().get(i), "datasources[" + i + "]", influx, skipped);
    }
    return new ProvisioningResult(influx, skipped, notes);
  }

  /** Grafana reads a file without apiVersion in the old v0 format (snake_case keys), which is not supported. */
  private static void checkApiVersion(YamlNode.Mapping mapping, String file, List<ConfigProblem> problems) {
    Optional<YamlNode> version = mapping.get("apiVersion");
    if (version.isEmpty()) {
      fail(problems, file, mapping.line(), "apiVersion", "missing; expected apiVersion: 1 (files without it are"
          + " in Grafana's deprecated v0 format, which influx-check does not read)");
      return;
    }
    if (!(version.get() instanceof YamlNode.Scalar scalar) || !scalar.text().trim().matches("[1-9]\\d{0,8}")) {
      fail(problems, file, version.get().line(), "apiVersion", "expected apiVersion: 1");
    }
  }

  private static ProvisioningResult fail(List<ConfigProblem> problems, String file, int line, String message) {
    return fail(problems, file, line, "", message);
  }

  private static ProvisioningResult fail(List<ConfigProblem> problems, String file, int line, String path,
      String message) {
    problems.add(new ConfigProblem(file, line, path, message));
    return ProvisioningResult.empty();
  }
}
