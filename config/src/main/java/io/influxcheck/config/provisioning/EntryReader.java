package io.influxcheck.config.provisioning;

import io.influxcheck.config.ConfigProblem;
import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import io.influxcheck.config.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one entry of a provisioning file's {@code datasources} list the way Grafana does: every
 * string value goes through {@link GrafanaExpansion}, unknown keys are ignored, and custom headers
 * are read from {@code httpHeaderName1} upwards until the first missing index. A header whose name is
 * not a valid HTTP field name (e.g. the whole line {@code Authorization: Token ...} written as the
 * name) is left out of {@code customHeaders}: Grafana cannot send it, and the name may hold a secret.
 */
final class EntryReader {
  private static final Set<String> GO_TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");
  private static final Set<String> GO_FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");
  /** A value that is nothing but one variable reference: safe to show as a secret's source. */
  private static final Pattern SINGLE_REFERENCE = Pattern.compile("\\$(\\{[^}]+}|\\w+|__(env|file)\\{[^}]+})");
  private static final Pattern SECRET_LIKE_KEY = Pattern.compile("(?i).*(token|password|secret|api_?key).*");
  private static final Pattern HEADER_VALUE_KEY = Pattern.compile("httpHeaderValue\\d+");
  private static final Pattern HEADER_NAME_KEY = Pattern.compile("httpHeaderName\\d+");
  /** RFC 9110 field-name characters; a name like "Authorization: Token x" is left out (and flagged). */
  private static final Pattern HEADER_TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final String file;
  private final Function<String, String> env;
  private final List<ConfigProblem> problems;

  private final List<String> notes;

  EntryReader(String file, Function<String, String> env, List<ConfigProblem> problems) {
    this(file, env, problems, new java.util.ArrayList<>());
  }

  /** @param notes receives a line per near-miss key (see {@link KeyHints}) of an InfluxDB entry */
  EntryReader(String file, Function<String, String> env, List<ConfigProblem> problems, List<String> notes) {
    this.file = file;
    this.env = env;
    this.problems = problems;
    this.notes = notes;
  }

  /** Adds the entry to {@code influx} (type influxdb) or to {@code skipped}; adds nothing after a problem. */
  void read(YamlNode node, String path, List<DataSourceSettings> influx, List<SkippedDataSource> skipped) {
    if (!(node instanceof YamlNode.Mapping entry)) {
      problem(node.line(), path, "expected a data source (a mapping with name, type, url, ...), found "
          + node.describeKind());
      return;
    }
    GrafanaExpansion expansion = new GrafanaExpansion(env);
    int problemsBefore = problems.size();
    String name = string(entry, "name", path, expansion);
    String type = string(entry, "type", path, expansion);
    if (name.isBlank()) {
      problem(entry.line(), path + ".name", "missing; every data source needs a name");
    }
    if (type.isBlank()) {
      problem(entry.line(), path + ".type", "missing; expected the plugin type, e.g. influxdb");
    }
    SettingsOrigin origin = SettingsOrigin.file(file, entry.line());
    Map<String, String> jsonData = stringMap(entry, "jsonData", path, expansion, true);
    Map<String, String> secureJsonData = stringMap(entry, "secureJsonData", path, expansion, false);
    String database = jsonData.getOrDefault("dbName", "");
    DataSourceSettings.Builder settings = DataSourceSettings.builder(name)
        .uid(string(entry, "uid", path, expansion))
        .type(type)
        .url(string(entry, "url", path, expansion))
        .access(string(entry, "access", path, expansion))
        .database(database.isEmpty() ? string(entry, "database", path, expansion) : database)
        .user(string(entry, "user", path, expansion))
        .basicAuth(bool(entry.get("basicAuth"), path + ".basicAuth", expansion))
        .basicAuthUser(string(entry, "basicAuthUser", path, expansion))
        .origin(origin);
    applyJsonData(settings, jsonData, entry, path);
    if (problems.size() > problemsBefore) {
      return;
    }
    if (!type.equals("influxdb")) {
      skipped.add(new SkippedDataSource(name, type, origin));
      return;
    }
    new KeyHints(file).check(entry, path, notes);
    applySecrets(settings, secureJsonData, entry, jsonData);
    expandUnread(entry, expansion);
    settings.secretsInJsonData(secretsInJsonData(jsonData));
    settings.unresolvedVariables(expansion.unresolved());
    influx.add(settings.build());
  }

  private void applyJsonData(DataSourceSettings.Builder settings, Map<String, String> jsonData,
      YamlNode.Mapping entry, String path) {
    String version = jsonData.getOrDefault("version", "");
    settings.queryLanguage(QueryLanguage.fromGrafana(version).orElse(QueryLanguage.INFLUXQL)).rawVersion(version);
    settings.organization(jsonData.getOrDefault("organization", ""))
        .defaultBucket(jsonData.getOrDefault("defaultBucket", ""))
        .httpMode(jsonData.getOrDefault("httpMode", ""));
    String skip = jsonData.getOrDefault("tlsSkipVerify", "false");
    if (!GO_TRUE.contains(skip) && !GO_FALSE.contains(skip)) {
      int line = entry.get("jsonData").map(YamlNode::line).orElse(entry.line());
      problem(line, path + ".jsonData.tlsSkipVerify", "expected true or false, found '" + skip + "'");
    }
    settings.tlsSkipVerify(GO_TRUE.contains(skip));
  }

  private void applySecrets(DataSourceSettings.Builder settings, Map<String, String> secure,
      YamlNode.Mapping entry, Map<String, String> jsonData) {
    Map<String, String> raw = rawStrings(entry.get("secureJsonData"));
    int line = entry.get("secureJsonData").map(YamlNode::line).orElse(entry.line());
    Function<String, Secret> secret = key -> Secret.of(secure.get(key),
        SINGLE_REFERENCE.matcher(raw.getOrDefault(key, "")).matches()
            ? raw.get(key) : file + ":" + line + " secureJsonData." + key);
    settings.token(secret.apply("token"))
        .password(secret.apply("password"))
        .basicAuthPassword(secret.apply("basicAuthPassword"));
    Set<String> stored = new LinkedHashSet<>();
    secure.forEach((key, value) -> {
      if (!value.isEmpty()) {
        stored.add(key);
      }
    });
    settings.storedSecrets(stored);
    List<CustomHeader> headers = new ArrayList<>();
    for (int i = 1; !jsonData.getOrDefault("httpHeaderName" + i, "").isEmpty(); i++) {
      String name = jsonData.get("httpHeaderName" + i).trim();
      if (HEADER_TOKEN.matcher(name).matches()) {
        headers.add(new CustomHeader(i, name, secret.apply("httpHeaderValue" + i)));
      }
    }
    settings.customHeaders(headers);
  }

  /** jsonData keys holding a secret in plain text: Grafana stores and returns them unencrypted. */
  private static List<String> secretsInJsonData(Map<String, String> jsonData) {
    List<String> keys = new ArrayList<>();
    jsonData.forEach((key, value) -> {
      if (value.isEmpty()) {
        return;
      }
      boolean headerLineInName = HEADER_NAME_KEY.matcher(key).matches()
          && value.trim().toLowerCase(Locale.ROOT).startsWith("authorization") && value.trim().contains(" ");
      if (SECRET_LIKE_KEY.matcher(key).matches() || HEADER_VALUE_KEY.matcher(key).matches()
          || key.equalsIgnoreCase("authorization") || headerLineInName) {
        keys.add(key);
      }
    });
    return keys;
  }

  private String string(YamlNode.Mapping entry, String key, String path, GrafanaExpansion expansion) {
    return entry.get(key).map(node -> scalar(node, path + "." + key, expansion)).orElse("");
  }

  private String scalar(YamlNode node, String path, GrafanaExpansion expansion) {
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar.isNull() ? "" : scalar.type() == YamlNode.ScalarType.STRING
          ? expansion.expand(scalar.text()) : scalar.text();
    }
    problem(node.line(), path, "expected a string, found " + node.describeKind());
    return "";
  }

  private boolean bool(Optional<YamlNode> node, String path, GrafanaExpansion expansion) {
    if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
      return false;
    }
    String text = scalar(node.get(), path, expansion);
    if (!GO_TRUE.contains(text) && !GO_FALSE.contains(text)) {
      problem(node.get().line(), path, "expected true or false, found '" + text + "'");
    }
    return GO_TRUE.contains(text);
  }

  /**
   * A mapping's scalar values, expanded. jsonData ({@code nested} true) may also hold lists and
   * mappings, which are left out; secureJsonData holds strings only.
   */
  private Map<String, String> stringMap(YamlNode.Mapping entry, String key, String path,
      GrafanaExpansion expansion, boolean nested) {
    Map<String, String> values = new LinkedHashMap<>();
    Optional<YamlNode> node = entry.get(key);
    if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
      return values;
    }
    if (!(node.get() instanceof YamlNode.Mapping mapping)) {
      problem(node.get().line(), path + "." + key, "expected a mapping, found " + node.get().describeKind());
      return values;
    }
    for (YamlNode.Entry e : mapping.entries()) {
      if (!nested || e.value() instanceof YamlNode.Scalar) {
        values.put(e.key(), scalar(e.value(), path + "." + key + "." + e.key(), expansion));
      }
    }
    return values;
  }

  private static Map<String, String> rawStrings(Optional<YamlNode> node) {
    Map<String, String> raw = new LinkedHashMap<>();
    if (node.isPresent() && node.get() instanceof YamlNode.Mapping mapping) {
      for (YamlNode.Entry e : mapping.entries()) {
        if (e.value() instanceof YamlNode.Scalar s) {
          raw.put(e.key(), s.text().trim());
        }
      }
    }
    return raw;
  }

  /** Expands every string value (again), so unset variables in values not read are recorded too. */
  private static void expandUnread(YamlNode node, GrafanaExpansion expansion) {
    if (node instanceof YamlNode.Mapping mapping) {
      mapping.entries().forEach(e -> expandUnread(e.value(), expansion));
    } else if (node instanceof YamlNode.Sequence sequence) {
      sequence.items().forEach(item -> expandUnread(item, expansion));
    } else if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.STRING) {
      expansion.expand(scalar.text());
    }
  }

  private void problem(int line, String path, String message) {
    problems.add(new ConfigProblem(file, line, path, message));
  }
}
