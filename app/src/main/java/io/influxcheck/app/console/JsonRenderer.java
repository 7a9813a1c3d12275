package io.influxcheck.app.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.report.Report;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON output, a stable interface documented in the README (section "json"). Every field is mapped
 * by hand so nothing internal leaks by accident; adding a field is fine, renaming one is not.
 */
public final class JsonRenderer implements ReportRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withArrayEmptySeparator("")
          .withObjectEmptySeparator(""));

  @Override
  public String render(List<Report> reports) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode array = root.putArray("reports");
    reports.forEach(r -> array.add(report(r)));
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode report(Report report) {
    ObjectNode node = MAPPER.createObjectNode();
    ObjectNode ds = node.putObject("datasource");
    ds.put("name", report.datasource().name());
    ds.put("uid", report.datasource().uid());
    ds.put("url", report.datasource().url());
    ds.put("queryLanguage", report.datasource().queryLanguage().grafanaName());
    ds.put("grafana", report.datasource().grafana());
    ds.put("link", report.datasource().link());
    node.put("verdict", report.verdict().name());
    ObjectNode server = node.putObject("server");
    server.put("product", report.server().product());
    server.put("version", report.server().version());
    ArrayNode findings = node.putArray("findings");
    report.findings().forEach(f -> findings.add(finding(f)));
    node.put("durationMs", report.durationMs());
    return node;
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", finding.code().name());
    node.put("severity", finding.severity().name());
    node.put("title", finding.title());
    node.put("cause", finding.cause());
    ArrayNode evidence = node.putArray("evidence");
    finding.evidence().forEach(e -> evidence.add(evidence(e)));
    ObjectNode fix = node.putObject("fix");
    fix.put("description", finding.fix().description());
    fix.put("yaml", finding.fix().yaml());
    fix.put("command", finding.fix().command());
    node.put("runbook", finding.runbook());
    return node;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("target", e.target());
    node.put("method", e.method());
    node.put("path", e.path());
    node.put("auth", e.auth());
    if (e.status() == null) {
      node.putNull("status");
    } else {
      node.put("status", e.status().intValue());
    }
    node.put("excerpt", e.excerpt());
    node.put("elapsedMs", e.elapsedMs());
    return node;
  }
}
