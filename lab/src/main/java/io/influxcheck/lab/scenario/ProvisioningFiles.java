package io.influxcheck.lab.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a scenario's data source as a Grafana provisioning file ({@code apiVersion: 1}). Secrets go in
 * {@code secureJsonData} as {@code ${SCENARIO_NAME_TOKEN}}-style references whose values are returned
 * separately, so the file itself holds no secret; loading it back through the config module's
 * {@code ProvisioningLoader} with those variables gives the scenario's settings. A scenario about an unset
 * variable references it without returning it; one about a secret in {@code jsonData} writes a placeholder there.
 */
public final class ProvisioningFiles {
  /** The plain-text value written for a secret a scenario keeps in {@code jsonData} (the mistake it is about). */
  static final String JSONDATA_PLACEHOLDER = "pasted-into-jsondata-by-mistake";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

  private ProvisioningFiles() {
  }

  /**
   * The settings a scenario's provisioning file declares: a direct scenario's settings, or for a Grafana
   * scenario the file the bot reads (drift) or else the bot's direct credentials; empty when it has neither.
   */
  public static Optional<DataSourceSettings> declared(Scenario scenario, Lab lab) {
    ScenarioInput input = scenario.input(lab);
    if (input instanceof ScenarioInput.Direct direct) {
      return Optional.of(direct.settings());
    }
    ScenarioInput.ThroughGrafana grafana = (ScenarioInput.ThroughGrafana) input;
    return grafana.provisioned().stream().findFirst().or(grafana::directCredentials);
  }

  /** Writes {@code <folder>/<scenario>.yaml} when the scenario declares a data source. */
  public static Optional<ProvisioningFile> write(Path folder, Scenario scenario, Lab lab) {
    Optional<DataSourceSettings> settings = declared(scenario, lab);
    if (settings.isEmpty()) {
      return Optional.empty();
    }
    ProvisioningFile file = render(settings.get(), scenario.name());
    Path path = folder.resolve(scenario.name() + ".yaml");
    try {
      Files.writeString(path, file.yaml());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the provisioning file " + path, e);
    }
    return Optional.of(file.writtenTo(path));
  }

  /** The file for {@code settings}; variable names start with {@code prefix} in upper snake case. */
  public static ProvisioningFile render(DataSourceSettings s, String prefix) {
    String stem = prefix.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    Map<String, String> env = new LinkedHashMap<>();
    ObjectNode root = YAML.createObjectNode();
    root.put("apiVersion", 1);
    ArrayNode list = root.putArray("datasources");
    ObjectNode ds = list.addObject();
    ds.put("name", s.name());
    putIfSet(ds, "uid", s.uid());
    ds.put("type", s.type());
    ds.put("access", s.access());
    ds.put("url", s.url());
    putIfSet(ds, "user", s.user());
    if (s.basicAuth()) {
      ds.put("basicAuth", true);
      putIfSet(ds, "basicAuthUser", s.basicAuthUser());
    }
    ObjectNode json = ds.putObject("jsonData");
    putIfSet(json, "version", s.rawVersion());
    putIfSet(json, "organization", s.organization());
    putIfSet(json, "defaultBucket", s.defaultBucket());
    putIfSet(json, "dbName", s.database());
    json.put("httpMode", s.httpMode());
    if (s.tlsSkipVerify()) {
      json.put("tlsSkipVerify", true);
    }
    for (CustomHeader h : s.customHeaders()) {
      json.put("httpHeaderName" + h.index(), h.name());
    }
    for (String key : s.secretsInJsonData()) {
      json.put(key, JSONDATA_PLACEHOLDER);
    }
    ObjectNode secure = YAML.createObjectNode();
    List<String> unresolved = new ArrayList<>(s.unresolvedVariables());
    secret(secure, env, "token", s.token(), stem + "_TOKEN", unresolved, usesToken(s));
    secret(secure, env, "password", s.password(), stem + "_PASSWORD", unresolved, !usesToken(s) && !s.basicAuth());
    secret(secure, env, "basicAuthPassword", s.basicAuthPassword(), stem + "_BASIC_AUTH_PASSWORD", unresolved, !usesToken(s) && s.basicAuth());
    for (CustomHeader h : s.customHeaders()) {
      secret(secure, env, "httpHeaderValue" + h.index(), h.value(), stem + "_HEADER_" + h.index(), unresolved, false);
    }
    if (!secure.isEmpty()) {
      ds.set("secureJsonData", secure);
    }
    try {
      return new ProvisioningFile(YAML.writeValueAsString(root), env, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes one {@code secureJsonData} key: a set secret as a reference to a returned variable; an empty one
   * that the language would send, as a reference to the next deliberately unset variable, if any.
   */
  private static void secret(ObjectNode secure, Map<String, String> env, String key, Secret value, String variable,
      List<String> unresolved, boolean takesUnresolved) {
    if (!value.isEmpty()) {
      secure.put(key, "${" + variable + "}");
      env.put(variable, value.reveal());
    } else if (takesUnresolved && !unresolved.isEmpty()) {
      secure.put(key, "${" + unresolved.remove(0) + "}");
    }
  }

  private static boolean usesToken(DataSourceSettings s) {
    return s.queryLanguage() == QueryLanguage.FLUX || s.queryLanguage() == QueryLanguage.SQL;
  }

  private static void putIfSet(ObjectNode node, String key, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(key, value);
    }
  }
}
