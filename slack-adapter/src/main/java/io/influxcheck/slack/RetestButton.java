package io.influxcheck.slack;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.RetestResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a Re-test click needs, carried in the button's value so that any bot replica can handle
 * it: the data source key ({@code uid@grafana}) and what the message showed before the click.
 *
 * @param ds the data source key, {@link io.influxcheck.core.report.DataSourceRef#key()}
 * @param name the data source name, for the updated message's header
 * @param before the state shown before: a verdict ({@code HEALTHY}, ...) or a health status ({@code OK}, ...)
 * @param detail a one-line explanation of that state, e.g. the first finding's title
 * @param at when that state was observed, epoch seconds
 */
record RetestButton(String ds, String name, String before, String detail, long at) {
  // Gson's default HTML escaping turns < > & = ' into six-character \\uXXXX sequences, which would
  // multiply the value's length; Slack needs none of it in a button value.
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  private static final int DETAIL_BUDGET = 300;
  private static final int NAME_BUDGET = 300;

  static RetestButton after(Report report) {
    String detail = report.findings().stream()
        .filter(f -> f.severity() != io.influxcheck.core.diagnosis.Severity.INFO)
        .findFirst().map(f -> f.title()).orElse(report.verdict() == Verdict.HEALTHY ? "all checks passed" : "");
    return new RetestButton(report.datasource().key(), report.datasource().name(), report.verdict().name(), detail,
        report.finishedAt().getEpochSecond());
  }

  static RetestButton after(RetestResult result) {
    return new RetestButton(result.datasource().key(), result.datasource().name(), "GRAFANA_" + result.current().status().name(),
        result.current().message(), result.current().at().getEpochSecond());
  }

  Instant observedAt() {
    return Instant.ofEpochSecond(at);
  }

  /**
   * The JSON value, at most {@link BlockLimits#MAX_BUTTON_VALUE} characters whatever the texts hold
   * (JSON escaping can make a text longer): the detail goes first, then the name (a click falls back to
   * the data source key); the key itself is never cut, so when it alone does not fit there is no value.
   */
  Optional<String> encode() {
    for (RetestButton candidate : List.of(
        new RetestButton(ds, Mrkdwn.fit(name, NAME_BUDGET), before, Mrkdwn.fit(detail, DETAIL_BUDGET), at),
        new RetestButton(ds, Mrkdwn.fit(name, NAME_BUDGET), before, "", at),
        new RetestButton(ds, "", before, "", at))) {
      String json = GSON.toJson(candidate);
      if (json.length() <= BlockLimits.MAX_BUTTON_VALUE) {
        return Optional.of(json);
      }
    }
    return Optional.empty();
  }

  static Optional<RetestButton> decode(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      RetestButton button = GSON.fromJson(value, RetestButton.class);
      if (button == null || button.ds() == null || button.ds().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(new RetestButton(button.ds(), button.name() == null || button.name().isEmpty() ? button.ds() : button.name(),
          button.before() == null ? "" : button.before(), button.detail() == null ? "" : button.detail(), button.at()));
    } catch (JsonParseException e) {
      return Optional.empty();
    }
  }
}
