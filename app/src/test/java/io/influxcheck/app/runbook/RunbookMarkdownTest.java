package io.influxcheck.app.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.app.golden.Golden;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RunbookEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookMarkdownTest {
  private static final List<RunbookEntry> ENTRIES = List.of(
      new RunbookEntry(FindingCode.V1_BAD_CREDENTIALS,
          "InfluxDB 1.x rejected the user or password Grafana sends (401 `{\"error\":\"authorization failed\"}`).",
          "curl -sS -i -u \"grafana:$INFLUX_PASSWORD\" 'http://influxdb:8086/query?db=telegraf&q=SHOW+MEASUREMENTS'",
          "Reset the password (`SET PASSWORD FOR grafana = '...'`) and update `secureJsonData.password`."),
      new RunbookEntry(FindingCode.TOKEN_INVALID,
          "InfluxDB 2.x does not know the token (401 `unauthorized access`).",
          "curl -sS -i -H \"Authorization: Token $INFLUX_TOKEN\" 'http://influxdb:8086/api/v2/buckets?limit=1'",
          "Create a token with `influx auth create --org ORG --read-bucket BUCKET_ID` and store it in `secureJsonData.token`."));

  @Test
  void wholeRunbook() {
    String markdown = new RunbookMarkdown().render(List.of("Check the settings.", "Replay Grafana's query."), ENTRIES);
    assertThat(markdown.indexOf("### TOKEN_INVALID")).isLessThan(markdown.indexOf("### V1_BAD_CREDENTIALS"));
    assertThat(markdown).contains("[TOKEN_INVALID](#token_invalid)").contains("## Diagnostic workflow").contains("2. Replay Grafana's query.");
    Golden.assertMatches("runbook/two-entries.md", markdown);
  }

  @Test
  void placeholdersStayVisibleOutsideCode() {
    assertThat(RunbookMarkdown.prose("use <org> or `influx auth create --org <org>`"))
        .isEqualTo("use &lt;org&gt; or `influx auth create --org <org>`");
  }

  @Test
  void oneEntry() {
    Golden.assertMatches("runbook/one-entry.md", new RunbookMarkdown().render(ENTRIES.get(1)));
  }
}
