package io.influxcheck.config;

import io.influxcheck.config.yaml.YamlNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Binds the root mapping of influx-check.yaml to {@link InfluxCheckConfig}, section by section,
 * recording every problem in the {@link Binding}. Chat sections are bound by {@link ChatSections}.
 */
final class ConfigBinder {
  static final List<String> SECTIONS =
      List.of("probes", "provisioning", "grafana", "datasources", "slack", "discord", "log");
  /** Top-level keys that are single values, not sections. */
  static final List<String> TOP_LEVEL_KEYS = List.of("runbookUrl");
  private static final List<String> ROOT_KEYS =
      Stream.concat(SECTIONS.stream(), TOP_LEVEL_KEYS.stream()).toList();
  static final List<String> PROBE_KEYS = List.of("timeout", "deadline", "maxBodyBytes", "concurrency");
  static final List<String> GRAFANA_KEYS = List.of("name", "url", "token", "orgId", "tls");
  static final List<String> TLS_KEYS = List.of("insecureSkipVerify", "caFile");
  static final List<String> DATASOURCE_KEYS = List.of("match", "url", "token", "user", "password");
  static final List<String> MATCH_KEYS = List.of("uid", "name");
  static final List<String> LOG_KEYS = List.of("level");
  private static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

  private final Binding binding;

  ConfigBinder(Binding binding) {
    this.binding = binding;
  }

  InfluxCheckConfig bind(Path file, YamlNode root) {
    Optional<YamlNode.Mapping> mapping =
        binding.mapping(root, "", "a mapping of sections (" + String.join(", ", ROOT_KEYS) + ")");
    if (mapping.isEmpty()) {
      return InfluxCheckConfig.defaults();
    }
    Fields top = new Fields(binding, mapping.get(), "", ROOT_KEYS);
    ChatSections chat = new ChatSections(binding);
    return new InfluxCheckConfig(
        Optional.of(file),
        top.section("probes", PROBE_KEYS)
            .map(this::probes).orElse(ProbeSettings.DEFAULTS),
        provisioning(top),
        grafana(top),
        datasources(top),
        top.section("slack", ChatSections.SLACK_KEYS).flatMap(chat::slack),
        top.section("discord", ChatSections.DISCORD_KEYS).flatMap(chat::discord),
        top.section("log", LOG_KEYS)
            .map(f -> new LogSettings(f.enumValue("level", LogSettings.Level.class, LogSettings.Level.INFO)))
            .orElse(LogSettings.DEFAULTS),
        top.url("runbookUrl", "http", "https://wiki.example.com/influx-check/RUNBOOK.html", false));
  }

  private ProbeSettings probes(Fields f) {
    ProbeSettings d = ProbeSettings.DEFAULTS;
    Duration timeout = f.duration("timeout", d.timeout());
    // An unset deadline grows with a long timeout instead of contradicting it.
    Duration deadline = f.duration("deadline", timeout.compareTo(d.deadline()) > 0 ? timeout : d.deadline());
    if (deadline.compareTo(timeout) < 0) {
      binding.problem(f.lineOf("deadline"), f.keyPath("deadline"),
          "must not be shorter than timeout (" + timeout.toMillis() + "ms): the deadline covers all probes");
      deadline = timeout;
    }
    long maxBodyBytes = f.byteSize("maxBodyBytes", d.maxBodyBytes(), MAX_BODY_BYTES);
    int concurrency = f.integer("concurrency", 1, 64).map(Long::intValue).orElse(d.concurrency());
    return new ProbeSettings(timeout, deadline, maxBodyBytes, concurrency);
  }

  private List<Path> provisioning(Fields top) {
    List<Path> paths = new ArrayList<>();
    List<YamlNode> items = top.list("provisioning", "a list of provisioning files or folders");
    for (int i = 0; i < items.size(); i++) {
      String path = "provisioning[" + i + "]";
      YamlNode item = items.get(i);
      binding.path(item, path).ifPresent(p -> {
        if (Files.exists(p)) {
          paths.add(p);
        } else {
          binding.problem(item.line(), path, "no such file or folder: " + p);
        }
      });
    }
    return paths;
  }

  private List<GrafanaTarget> grafana(Fields top) {
    List<GrafanaTarget> targets = new ArrayList<>();
    Map<String, String> seenNames = new HashMap<>();
    List<YamlNode> items = top.list("grafana", "a list of Grafana instances");
    for (int i = 0; i < items.size(); i++) {
      String path = "grafana[" + i + "]";
      Optional<Fields> entry = binding.mapping(items.get(i), path, "a mapping with name, url and token")
          .map(m -> new Fields(binding, m, path, GRAFANA_KEYS));
      if (entry.isEmpty()) {
        continue;
      }
      Fields f = entry.get();
      Optional<String> name = f.requiredString("name", "a short name for this Grafana, e.g. prod");
      name.ifPresent(n -> {
        String previous = seenNames.putIfAbsent(n.toLowerCase(Locale.ROOT), path);
        if (previous != null) {
          binding.problem(f.lineOf("name"), f.keyPath("name"), "duplicate name '" + n + "' (also " + previous + ")");
        }
      });
      var url = f.requiredUrl("url", "http", "https://grafana.example.com", true);
      var token = f.requiredSecret("token");
      OptionalLong orgId = f.integer("orgId", 1, Long.MAX_VALUE).map(OptionalLong::of).orElse(OptionalLong.empty());
      TlsSettings tls = f.section("tls", TLS_KEYS).map(this::tls)
          .orElse(TlsSettings.DEFAULTS);
      if (name.isPresent() && url.isPresent() && token.isPresent()) {
        targets.add(new GrafanaTarget(name.get(), url.get(), token.get(), orgId, tls));
      }
    }
    return targets;
  }

  private TlsSettings tls(Fields f) {
    Optional<Path> caFile = f.path("caFile");
    caFile.filter(p -> !Files.isRegularFile(p)).ifPresent(p ->
        binding.problem(f.lineOf("caFile"), f.keyPath("caFile"), "no such file: " + p + " (expected a PEM file)"));
    return new TlsSettings(f.bool("insecureSkipVerify", false), caFile.filter(Files::isRegularFile));
  }

  private List<DataSourceCredentials> datasources(Fields top) {
    List<DataSourceCredentials> result = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    List<YamlNode> items = top.list("datasources", "a list of data-source credentials");
    for (int i = 0; i < items.size(); i++) {
      String path = "datasources[" + i + "]";
      Optional<Fields> entry = binding.mapping(items.get(i), path, "a mapping with match and credentials")
          .map(m -> new Fields(binding, m, path, DATASOURCE_KEYS));
      if (entry.isEmpty()) {
        continue;
      }
      Fields f = entry.get();
      Optional<DataSourceCredentials.Match> match = match(f);
      match.ifPresent(m -> {
        String previous = seen.putIfAbsent(m.toString().toLowerCase(Locale.ROOT), path);
        if (previous != null) {
          binding.problem(f.lineOf("match"), f.keyPath("match"), "duplicate match " + m + " (also " + previous + ")");
        }
      });
      var url = f.url("url", "http", "http://influxdb.example.com:8086", false);
      var token = f.secret("token");
      var user = f.string("user").orElse("");
      var password = f.secret("password");
      boolean written = token.isPresent() && password.isPresent();
      if (written && token.get().isEmpty() && user.isEmpty()) {
        binding.problem(f.line(), path, "no credentials: give token (InfluxDB 2.x/3.x), or user and password (1.x)");
      } else if (written && !user.isEmpty() && password.get().isEmpty()) {
        binding.problem(f.lineOf("user"), f.keyPath("password"), "missing; user " + user + " needs a password");
      } else if (written && user.isEmpty() && !password.get().isEmpty()) {
        binding.problem(f.lineOf("password"), f.keyPath("user"), "missing; password is given without a user");
      }
      if (match.isPresent() && written && (f.node("url").isEmpty() || url.isPresent())) {
        result.add(new DataSourceCredentials(match.get(), url, token.get(), user, password.get()));
      }
    }
    return result;
  }

  private Optional<DataSourceCredentials.Match> match(Fields f) {
    if (f.node("match").isEmpty()) {
      f.missing("match", "a mapping with uid or name, e.g. match: {uid: P951FEA4DE68E13C5}");
      return Optional.empty();
    }
    Optional<Fields> match = f.section("match", MATCH_KEYS);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Fields m = match.get();
    Optional<String> uid = m.string("uid");
    Optional<String> name = m.string("name");
    if (m.node("uid").isPresent() == m.node("name").isPresent()) {
      binding.problem(m.line(), m.path(), "expected exactly one of uid or name");
      return Optional.empty();
    }
    return uid.map(u -> new DataSourceCredentials.Match(DataSourceCredentials.MatchBy.UID, u))
        .or(() -> name.map(n -> new DataSourceCredentials.Match(DataSourceCredentials.MatchBy.NAME, n)));
  }
}
