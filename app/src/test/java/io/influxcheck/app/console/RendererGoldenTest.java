package io.influxcheck.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.app.golden.Golden;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RendererGoldenTest {
  static Stream<Arguments> fixtures() {
    return ReportFixtures.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "text {0}")
  @MethodSource("fixtures")
  void text(String name, Report report) {
    String out = new TextRenderer(Ansi.OFF).render(List.of(report));
    assertThat(out).doesNotContain(ReportFixtures.CANARY_SECRET).doesNotContain("\u001b[");
    Golden.assertMatches("text/" + name + ".txt", out);
  }

  @ParameterizedTest(name = "json {0}")
  @MethodSource("fixtures")
  void json(String name, Report report) {
    String out = new JsonRenderer().render(List.of(report));
    assertThat(out).doesNotContain(ReportFixtures.CANARY_SECRET);
    Golden.assertMatches("json/" + name + ".json", out);
  }

  @ParameterizedTest(name = "markdown {0}")
  @MethodSource("fixtures")
  void markdown(String name, Report report) {
    String out = new MarkdownRenderer().render(List.of(report));
    assertThat(out).doesNotContain(ReportFixtures.CANARY_SECRET);
    Golden.assertMatches("markdown/" + name + ".md", out);
  }

  @Test
  void severalReportsInOneRun() {
    List<Report> reports = List.of(ReportFixtures.healthy(), ReportFixtures.v1Credentials());
    Golden.assertMatches("text/two-reports.txt", new TextRenderer(Ansi.OFF).render(reports));
    Golden.assertMatches("markdown/two-reports.md", new MarkdownRenderer().render(reports));
  }

  @Test
  void colourOnlyWhenAsked() {
    String coloured = new TextRenderer(Ansi.ON).render(List.of(ReportFixtures.badToken()));
    assertThat(coloured).contains("\u001b[31m").contains("\u001b[0m");
    String plain = coloured.replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(plain).isEqualTo(new TextRenderer(Ansi.OFF).render(List.of(ReportFixtures.badToken())));
  }

  @Test
  void jsonHasExactlyTheDocumentedFields() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new JsonRenderer().render(List.of(ReportFixtures.inconclusive())));
    JsonNode report = root.get("reports").get(0);
    assertThat(fieldNames(root)).containsExactly("reports");
    assertThat(fieldNames(report)).containsExactly("datasource", "verdict", "server", "findings", "durationMs");
    assertThat(fieldNames(report.get("datasource"))).containsExactly("name", "uid", "url", "queryLanguage", "grafana", "link");
    assertThat(fieldNames(report.get("server"))).containsExactly("product", "version");
    JsonNode finding = report.get("findings").get(0);
    assertThat(fieldNames(finding)).containsExactly("code", "severity", "title", "cause", "evidence", "fix", "runbook");
    assertThat(fieldNames(finding.get("evidence").get(0)))
        .containsExactly("target", "method", "path", "auth", "status", "excerpt", "elapsedMs");
    assertThat(finding.get("evidence").get(0).get("status").isNull()).isTrue();
    assertThat(fieldNames(finding.get("fix"))).containsExactly("description", "yaml", "command");
    assertThat(report.get("verdict").asText()).isEqualTo("INCONCLUSIVE");
  }

  @Test
  void jsonCarriesTheGrafanaInstanceAndLinkOfAReportFromGrafana() throws Exception {
    Report healthy = ReportFixtures.healthy();
    DataSourceRef file = healthy.datasource();
    DataSourceRef fromGrafana = new DataSourceRef(file.name(), file.uid(), file.url(), file.queryLanguage(),
        "prod", "http://127.0.0.1:3000/connections/datasources/edit/" + file.uid());
    Report report = new Report(fromGrafana, healthy.verdict(), healthy.server(), healthy.findings(), healthy.checklist(),
        healthy.durationMs(), healthy.finishedAt());

    JsonNode datasource = new ObjectMapper().readTree(new JsonRenderer().render(List.of(report))).get("reports").get(0).get("datasource");

    assertThat(datasource.get("grafana").asText()).isEqualTo("prod");
    assertThat(datasource.get("link").asText()).isEqualTo("http://127.0.0.1:3000/connections/datasources/edit/" + file.uid());
  }

  @Test
  void textCapsHugeExcerptsAndSaysWhereTheRestIs() {
    String out = new TextRenderer(Ansi.OFF).render(List.of(ReportFixtures.oversized()));
    assertThat(out).contains("more characters; --format json has them all");
    String json = new JsonRenderer().render(List.of(ReportFixtures.oversized()));
    assertThat(json).contains("very-long-bucket-name-".repeat(120));
  }

  @Test
  void markdownFencesSurviveBackticksInEvidence() {
    assertThat(MarkdownRenderer.fence("a ``` b", "")).startsWith("````\n").endsWith("\n````");
    assertThat(MarkdownRenderer.code("x`y")).isEqualTo("`` x`y ``");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
