package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RunbookEntry;
import io.influxcheck.core.report.CheckLine;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.lab.fixtures.ReportFixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmbedRendererTest {
  private static final String CANARY = ReportFixtures.CANARY_SECRET;
  private static final Instant AT = ReportFixtures.FINISHED_AT;
  private static final String GRAFANA_LINK = "https://grafana.example.com/connections/datasources/edit/P951FEA4DE68E13C5";

  private final EmbedRenderer renderer = new EmbedRenderer("");
  private final GoldenFiles golden = new GoldenFiles(EmbedRendererTest.class);

  static Stream<String> fixtureNames() {
    return ReportFixtures.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureNames")
  void reportEmbedsAndButtonsMatchTheGoldenFile(String name) {
    MessageEditData message = renderer.report(ReportFixtures.all().get(name));

    golden.assertMatches("report-" + name, GoldenFiles.json(message));
  }

  @Test
  void aReportFoundInGrafanaLinksTitleAndButtonToTheDataSource() {
    MessageEditData message = renderer.report(inGrafana(ReportFixtures.badToken()));

    assertThat(message.getEmbeds().get(0).getUrl()).isEqualTo(GRAFANA_LINK);
    golden.assertMatches("report-bad-token-in-grafana", GoldenFiles.json(message));
  }

  @Test
  void theOversizedReportNamesWhatWasLeftOut() {
    Report report = ReportFixtures.oversized();

    MessageEmbed embed = renderer.report(report).getEmbeds().get(0);

    MessageEmbed.Field last = embed.getFields().get(embed.getFields().size() - 1);
    assertThat(last.getName()).matches("➕ \\d+ more findings? not shown");
    int shown = embed.getFields().size() - 1;
    assertThat(shown).isGreaterThan(0);
    assertThat(last.getValue()).contains("TOKEN_INACTIVE").contains("Not shown");
    assertThat(embed.getFields().get(0).getValue()).contains("…").contains("📖 Runbook");
  }

  @Test
  void aDataSourceIdTooLongForAButtonIdLeavesThoseButtonsOutAndSaysSo() {
    Report report = ReportFixtures.badToken();
    DataSourceRef ds = report.datasource();
    DataSourceRef longId = new DataSourceRef(ds.name(), "u".repeat(60), ds.url(), ds.queryLanguage(), "g".repeat(40), GRAFANA_LINK);
    Report withLongId = new Report(longId, report.verdict(), report.server(), report.findings(), report.checklist(),
        report.durationMs(), report.finishedAt());

    MessageEditData message = renderer.report(withLongId);

    assertThat(message.getComponents()).hasSize(1);
    assertThat(message.getComponents().get(0).asActionRow().getButtons()).extracting(b -> b.getLabel()).containsExactly("Open in Grafana");
    assertThat(message.getEmbeds().get(0).getFooter().getText())
        .endsWith("no Re-test/Diagnose again buttons: this data source's id is longer than a Discord button id allows "
            + "(100 characters); use /influx-check retest or diagnose");
  }

  @Test
  void everyFindingFieldKeepsItsRunbookLineAndFixEvenWhenCut() {
    for (Report report : ReportFixtures.all().values()) {
      for (MessageEmbed.Field field : renderer.report(report).getEmbeds().get(0).getFields()) {
        if (!field.getName().startsWith("➕")) {
          assertThat(field.getValue()).as(field.getName()).contains("📖 Runbook");
        }
      }
    }
  }

  @Test
  void runbookLinksPointAtThePublishedRunbookWhenConfigured() {
    MessageEditData message = new EmbedRenderer("https://runbooks.example.com/influx-check").report(ReportFixtures.badToken());

    assertThat(message.getEmbeds().get(0).getFields().get(0).getValue())
        .contains("[Runbook: token_invalid](https://runbooks.example.com/influx-check#token_invalid)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyMessage")
  void everyMessageIsWithinDiscordsLimitsAndHoldsNoSecret(String name, MessageEditData message) {
    DiscordLimits.assertWithin(message);
    assertThat(GoldenFiles.json(message)).doesNotContain(CANARY).doesNotContain("canary-");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> everyMessage() {
    EmbedRenderer renderer = new EmbedRenderer("https://runbooks.example.com/influx-check");
    Map<String, MessageEditData> messages = new LinkedHashMap<>();
    ReportFixtures.all().forEach((name, report) -> {
      messages.put("report " + name, renderer.report(report));
      messages.put("report in grafana " + name, renderer.report(inGrafana(report)));
      messages.put("checklist " + name, renderer.checklist(report.checklist()));
      messages.put("retest keeping " + name, RetestEmbeds.message(retest(inGrafana(report).datasource(), true), HealthStatus.ERROR,
          "<@42>", renderer.report(report).getEmbeds()));
    });
    messages.put("summary", renderer.render(new Reply.SummaryReply(List.copyOf(ReportFixtures.all().values()))));
    messages.put("summary of 40", renderer.render(new Reply.SummaryReply(
        Stream.generate(ReportFixtures::oversized).limit(40).toList())));
    messages.put("list of 40", renderer.render(new Reply.DataSourceList(entries(40))));
    messages.put("runbook", renderer.render(new Reply.RunbookReply(runbook())));
    return messages.entrySet().stream().map(e -> org.junit.jupiter.params.provider.Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void theLiveChecklistMatchesTheGoldenFile() {
    Checklist checklist = new Checklist("influx-prod (P951FEA4DE68E13C5)", List.of(
        new CheckLine("reach", "InfluxDB reachable", CheckStatus.PASSED, "http://influxdb.internal:8086"),
        new CheckLine("token", "Token accepted", CheckStatus.RUNNING, ""),
        new CheckLine("org", "Organization exists", CheckStatus.PENDING, "acme")));

    golden.assertMatches("checklist", GoldenFiles.json(renderer.checklist(checklist)));
  }

  @Test
  void aRetestShowsBeforeAfterAndWhoAskedAndKeepsTheReportBelow() {
    Report report = inGrafana(ReportFixtures.badToken());
    RetestResult result = retest(report.datasource(), true);

    MessageEditData message = RetestEmbeds.message(result, HealthStatus.ERROR, "<@1001>", renderer.report(report).getEmbeds());

    assertThat(message.getEmbeds()).hasSize(2);
    assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("🔁 Re-test influx-prod: fixed ✅");
    assertThat(message.getEmbeds().get(0).getDescription()).contains("requested by <@1001>");
    golden.assertMatches("retest-fixed", GoldenFiles.json(message));
  }

  @Test
  void aRetestOfAnOversizedReportDropsTheReportAndSaysSo() {
    Report report = ReportFixtures.oversized();
    MessageEditData message = RetestEmbeds.message(retest(report.datasource(), false), HealthStatus.ERROR, "<@7>",
        renderer.report(report).getEmbeds());

    assertThat(message.getEmbeds()).hasSize(1);
    assertThat(message.getEmbeds().get(0).getTitle()).endsWith("still failing ❌");
    assertThat(message.getEmbeds().get(0).getDescription()).contains("no longer fits");
  }

  @Test
  void aSecondRetestReplacesTheFirstInsteadOfStackingUp() {
    Report report = ReportFixtures.badToken();
    MessageEditData first = RetestEmbeds.message(retest(report.datasource(), false), HealthStatus.ERROR, "<@1>",
        renderer.report(report).getEmbeds());

    MessageEditData second = RetestEmbeds.message(retest(report.datasource(), true), HealthStatus.ERROR, "<@2>", first.getEmbeds());

    assertThat(second.getEmbeds()).hasSize(2);
    assertThat(second.getEmbeds().get(0).getDescription()).contains("<@2>");
    assertThat(second.getEmbeds().get(1).getTitle()).startsWith("❌ influx-prod");
  }

  @Test
  void theDataSourceListMatchesTheGoldenFile() {
    golden.assertMatches("list", GoldenFiles.json(renderer.render(new Reply.DataSourceList(entries(3)))));
  }

  @Test
  void theSummaryOfAllMatchesTheGoldenFile() {
    golden.assertMatches("summary", GoldenFiles.json(renderer.render(new Reply.SummaryReply(List.copyOf(ReportFixtures.all().values())))));
  }

  @Test
  void oneRunbookEntryMatchesTheGoldenFile() {
    golden.assertMatches("runbook-one", GoldenFiles.json(renderer.render(new Reply.RunbookReply(runbook().subList(0, 1)))));
  }

  @Test
  void helpMatchesTheGoldenFile() {
    golden.assertMatches("help", GoldenFiles.json(renderer.render(new Reply.HelpReply("ignored: Discord has its own usage"))));
  }

  @Test
  void aUsageErrorMatchesTheGoldenFile() {
    golden.assertMatches("usage-error", GoldenFiles.json(renderer.render(
        new Reply.UsageError("Unknown data source `influx-prd`.", List.of("influx-prod", "influx-legacy")))));
  }

  @Test
  void aLongListGetsAtMostTwentyFiveDiagnoseButtonsAndACountOfTheRest() {
    MessageEditData message = renderer.render(new Reply.DataSourceList(entries(40)));

    assertThat(message.getComponents()).hasSize(5);
    MessageEmbed embed = message.getEmbeds().get(0);
    assertThat(embed.getFields()).hasSize(25);
    assertThat(embed.getFields().get(24).getName()).isEqualTo("➕ 16 more data sources not shown");
  }

  private static Report inGrafana(Report report) {
    DataSourceRef ds = report.datasource();
    DataSourceRef linked = new DataSourceRef(ds.name(), ds.uid(), ds.url(), ds.queryLanguage(), "prod", GRAFANA_LINK);
    return new Report(linked, report.verdict(), report.server(), report.findings(), report.checklist(),
        report.durationMs(), report.finishedAt());
  }

  private static RetestResult retest(DataSourceRef ds, boolean ok) {
    HealthSnapshot now = ok
        ? new HealthSnapshot(HealthStatus.OK, "3 buckets found", null, AT.plusSeconds(60))
        : new HealthSnapshot(HealthStatus.ERROR, "error reading InfluxDB. Status Code: 401", FindingCode.TOKEN_INVALID, AT.plusSeconds(60));
    return new RetestResult(ds, now, null, 118, "alice");
  }

  private static List<DataSourceEntry> entries(int count) {
    List<DataSourceEntry> entries = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      entries.add(new DataSourceEntry(new DataSourceRef("influx-" + i, "uid" + i, "http://influx-" + i + ".internal:8086",
          i % 2 == 0 ? QueryLanguage.FLUX : QueryLanguage.INFLUXQL, "prod", ""), "grafana prod"));
    }
    return entries;
  }

  private static List<RunbookEntry> runbook() {
    List<RunbookEntry> entries = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      entries.add(new RunbookEntry(code, code.summary() + ": what it means, in a sentence or two.",
          "curl -sS -i -H \"Authorization: Token $INFLUX_TOKEN\" http://influxdb.internal:8086/api/v2/buckets",
          "What to change in the data source."));
    }
    return entries;
  }
}
