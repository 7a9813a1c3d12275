package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Re-test button's value always fits Slack's 2000 characters and still carries the data source. */
class RetestButtonTest {
  private static final String KEY = "influx-prod@grafana-eu";

  @Test
  void roundTripsEverythingTheClickNeeds() {
    RetestButton button = new RetestButton(KEY, "InfluxDB prod", "UNHEALTHY", "InfluxDB rejects the token", 1_700_000_000L);
    assertThat(RetestButton.decode(button.encode().orElseThrow())).contains(button);
  }

  @Test
  void charactersJsonWouldEscapeDoNotPushTheValueOverTheLimit() {
    // each < ' & = would become a six-character \\u escape with Gson's default HTML escaping
    String hostile = "<'&=>".repeat(60);
    RetestButton button = new RetestButton(KEY, hostile, "UNHEALTHY", hostile, 1_700_000_000L);
    String value = button.encode().orElseThrow();
    assertThat(value).hasSizeLessThanOrEqualTo(BlockLimits.MAX_BUTTON_VALUE);
    RetestButton decoded = RetestButton.decode(value).orElseThrow();
    assertThat(decoded.ds()).isEqualTo(KEY);
    assertThat(decoded.name()).isEqualTo(hostile);
  }

  @Test
  void textsThatStillDoNotFitAreDroppedDetailFirstAndTheKeyIsKept() {
    // control characters are escaped as \\u0001 by any JSON encoder: 300 of them are 1800 characters
    String control = "\u0001".repeat(300);
    RetestButton button = new RetestButton(KEY, control, "UNHEALTHY", control, 1_700_000_000L);
    String value = button.encode().orElseThrow();
    assertThat(value).hasSizeLessThanOrEqualTo(BlockLimits.MAX_BUTTON_VALUE);
    RetestButton decoded = RetestButton.decode(value).orElseThrow();
    assertThat(decoded.ds()).isEqualTo(KEY);
    assertThat(decoded.detail()).isEmpty();
    assertThat(decoded.name()).isEqualTo(control);
  }

  @Test
  void aKeyThatCannotFitGivesNoValueRatherThanABrokenOne() {
    RetestButton button = new RetestButton("k".repeat(BlockLimits.MAX_BUTTON_VALUE), "n", "UNHEALTHY", "d", 0);
    assertThat(button.encode()).isEmpty();
  }
}
