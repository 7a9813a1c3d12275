package io.influxcheck.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Grafana provisioning file for a lab scenario, so a person can point {@code diagnose} (or a real
 * Grafana) at a simulator. Lab credentials are throw-away values of the simulators, written as they are.
 */
public final class ProvisioningFiles {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  public Path write(Path folder, DemoScenario scenario) {
    Path file = folder.resolve(scenario.name() + ".yaml");
    try {
      Files.writeString(file, yaml(scenario.settings()));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  String yaml(DataSourceSettings s) {
    ObjectNode root = YAML.createObjectNode();
    root.put("apiVersion", 1);
    ArrayNode list = root.putArray("datasources");
    ObjectNode ds = list.addObject();
    ds.put("name", s.name());
    if (!s.uid().isEmpty()) {
      ds.put("uid", s.uid());
    }
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
    for (CustomHeader h : s.customHeaders()) {
      json.put("httpHeaderName" + h.index(), h.name());
    }
    ObjectNode secure = YAML.createObjectNode();
    putIfSet(secure, "token", s.token().reveal());
    putIfSet(secure, "password", s.password().reveal());
    putIfSet(secure, "basicAuthPassword", s.basicAuthPassword().reveal());
    for (CustomHeader h : s.customHeaders()) {
      putIfSet(secure, "httpHeaderValue" + h.index(), h.value().reveal());
    }
    if (!secure.isEmpty()) {
      ds.set("secureJsonData", secure);
    }
    try {
      return YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void putIfSet(ObjectNode node, String key, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(key, value);
    }
  }
}
