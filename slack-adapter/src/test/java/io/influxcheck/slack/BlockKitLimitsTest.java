package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every message the renderer can produce stays inside Block Kit's limits and carries no secret. */
class BlockKitLimitsTest {
  private final BlockKitRenderer renderer = new BlockKitRenderer("https://wiki.example.com/runbook");

  @Test
  void everyMessageRespectsBlockKitLimitsAndCarriesNoSecret() {
    Map<String, SlackMessage> messages = allMessages();
    assertThat(messages).hasSizeGreaterThan(12);
    messages.forEach((name, message) -> {
      String json = Golden.json(message);
      assertThat(json).as(name).doesNotContain(ReportFixtures.CANARY_SECRET).doesNotContain("canary");
      JsonArray blocks = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("blocks");
      assertThat(blocks.size()).as("%s: block count", name).isBetween(1, BlockLimits.MAX_BLOCKS);
      assertThat(message.text().length()).as("%s: fallback text", name).isLessThanOrEqualTo(BlockLimits.MAX_FALLBACK_TEXT);
      for (JsonElement element : blocks) {
        checkBlock(name, element.getAsJsonObject());
      }
    });
  }

  @Test
  void aReportWithMoreFindingsThanBlocksSaysWhatWasLeftOut() {
    Report report = manyFindings(40);
    SlackMessage message = renderer.report(report);
    assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockLimits.MAX_BLOCKS);
    assertThat(Golden.json(message)).contains("more findings (").contains(":scissors: Shortened to fit Slack");
  }

  @Test
  void infoFindingsThatDoNotFitTheirLineAreCountedAndNamed() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      findings.add(new Finding(FindingCode.TOKEN_INVALID, io.influxcheck.core.diagnosis.Severity.INFO,
          "Note " + i + " " + "&".repeat(200), "", List.of(), new Fix("", "", ""), "TOKEN_INVALID"));
    }
    Report base = ReportFixtures.healthy();
    Report report = new Report(base.datasource(), base.verdict(), base.server(), findings, base.checklist(), 1, base.finishedAt());

    String json = Golden.json(renderer.report(report));

    assertThat(json).contains("Note 0").doesNotContain("Note 29").containsPattern("… \\d+ more")
        .containsPattern("left out \\d+ INFO findings");
  }

  private void checkBlock(String name, JsonObject block) {
    String type = block.get("type").getAsString();
    switch (type) {
      case "header" -> assertThat(text(block.getAsJsonObject("text"))).as("%s: header", name).hasSizeBetween(1, BlockLimits.MAX_HEADER_TEXT);
      case "section" -> {
        if (block.has("text")) {
          assertBalanced(name, text(block.getAsJsonObject("text")), BlockLimits.MAX_SECTION_TEXT);
        }
        if (block.has("fields")) {
          assertThat(block.getAsJsonArray("fields").size()).as("%s: fields", name).isLessThanOrEqualTo(10);
          block.getAsJsonArray("fields").forEach(f -> assertBalanced(name, text(f.getAsJsonObject()), BlockLimits.MAX_FIELD_TEXT));
        }
        if (block.has("accessory")) {
          checkButton(name, block.getAsJsonObject("accessory"));
        }
      }
      case "context" -> {
        assertThat(block.getAsJsonArray("elements").size()).as("%s: context elements", name).isLessThanOrEqualTo(10);
        block.getAsJsonArray("elements").forEach(e -> assertBalanced(name, text(e.getAsJsonObject()), BlockLimits.MAX_CONTEXT_TEXT));
      }
      case "actions" -> {
        assertThat(block.getAsJsonArray("elements").size()).as("%s: actions", name).isLessThanOrEqualTo(25);
        block.getAsJsonArray("elements").forEach(e -> checkButton(name, e.getAsJsonObject()));
      }
      case "divider" -> { }
      default -> throw new AssertionError(name + ": unexpected block type " + type);
    }
  }

  private static void checkButton(String name, JsonObject button) {
    assertThat(text(button.getAsJsonObject("text"))).as("%s: button text", name).hasSizeBetween(1, BlockLimits.MAX_BUTTON_TEXT);
    assertThat(button.get("action_id").getAsString()).as("%s: action_id", name).hasSizeLessThanOrEqualTo(255);
    if (button.has("value")) {
      assertThat(button.get("value").getAsString()).as("%s: button value", name).hasSizeBetween(1, BlockLimits.MAX_BUTTON_VALUE);
    }
    if (button.has("url")) {
      assertThat(button.get("url").getAsString()).as("%s: button url", name).hasSizeLessThanOrEqualTo(BlockLimits.MAX_BUTTON_URL);
    }
  }

  private static void assertBalanced(String name, String text, int max) {
    assertThat(text).as("%s: text length", name).hasSizeBetween(1, max);
    int fences = (text.length() - text.replace("```", "").length()) / 3;
    assertThat(fences % 2).as("%s: code fences closed in %s", name, text).isZero();
  }

  private static String text(JsonObject textObject) {
    return textObject.get("text").getAsString();
  }

  private Map<String, SlackMessage> allMessages() {
    Map<String, SlackMessage> messages = new LinkedHashMap<>();
    ReportFixtures.all().forEach((name, report) -> messages.put("report " + name, renderer.report(report)));
    messages.put("report 40 findings", renderer.report(manyFindings(40)));
    List<Finding> infos = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      infos.add(new Finding(FindingCode.TOKEN_INVALID, io.influxcheck.core.diagnosis.Severity.INFO, "<&>".repeat(150),
          "", List.of(), new Fix("", "", ""), "TOKEN_INVALID"));
    }
    Report healthy = ReportFixtures.healthy();
    messages.put("report 40 INFO findings", renderer.report(new Report(healthy.datasource(), healthy.verdict(), healthy.server(),
        infos, healthy.checklist(), 1, healthy.finishedAt())));
    List<Report> sixty = IntStream.range(0, 60).mapToObj(i -> ReportFixtures.oversized()).toList();
    messages.put("summary 60", renderer.summary(sixty));
    Report oversized = ReportFixtures.oversized();
    messages.put("progress oversized", renderer.progress(oversized.datasource().name(), List.of(oversized.checklist()), "U1"));
    messages.put("progress 60", renderer.progress("all data sources",
        IntStream.range(0, 60).mapToObj(i -> oversized.checklist()).toList(), "U1"));
    String longMessage = "error reading buckets: " + "x".repeat(5000);
    RetestResult retest = new RetestResult(oversized.datasource(),
        new HealthSnapshot(HealthStatus.ERROR, longMessage, FindingCode.TOKEN_INVALID, ReportFixtures.FINISHED_AT),
        new HealthSnapshot(HealthStatus.OK, longMessage, null, ReportFixtures.FINISHED_AT), 5, "x".repeat(500));
    messages.put("retest oversized", renderer.render(new Reply.RetestReply(retest), "U1", Optional.empty()));
    messages.put("retest oversized with button", renderer.render(new Reply.RetestReply(retest), "U1",
        Optional.of(RetestButton.after(oversized))));
    List<DataSourceEntry> many = IntStream.range(0, 120).mapToObj(i -> new DataSourceEntry(new DataSourceRef(
        "ds-" + i + "-" + "n".repeat(400), "uid" + i, "http://influx-" + i + ".internal:8086/" + "p".repeat(400),
        QueryLanguage.FLUX, "prod", "https://grafana.example.com/d/" + i), "grafana prod " + "f".repeat(400))).toList();
    messages.put("list 120", renderer.dataSourceList(many));
    messages.put("list empty", renderer.dataSourceList(List.of()));
    List<RunbookEntry> runbook = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      runbook.add(new RunbookEntry(code, "meaning ".repeat(300), "curl -i ".repeat(400), "fix ".repeat(400)));
    }
    messages.put("runbook all", renderer.runbook(runbook));
    messages.put("runbook one", renderer.runbook(runbook.subList(0, 1)));
    messages.put("usage error", renderer.usageError("Unknown command `" + "z".repeat(3000) + "`.", List.of("retest", "list")));
    messages.put("failure", renderer.failure("Could not post " + "y".repeat(4000), "ref-1"));
    return messages;
  }

  private static Report manyFindings(int count) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      findings.add(Finding.of(FindingCode.TOKEN_INVALID, "Finding " + i + " ```unbalanced fence", "cause <&>", List.of(),
          new Fix("fix", "a: ```b", "influx auth list")));
    }
    Report base = ReportFixtures.badToken();
    return new Report(base.datasource(), base.verdict(), base.server(), findings,
        new Checklist("t", List.of(new CheckLine("a", "A", CheckStatus.FAILED, "d"))), 1, base.finishedAt());
  }
}
