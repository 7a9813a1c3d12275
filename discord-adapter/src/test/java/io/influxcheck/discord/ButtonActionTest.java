package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.retest.HealthStatus;
import org.junit.jupiter.api.Test;

class ButtonActionTest {
  @Test
  void aReTestIdCarriesTheTargetAndTheStatusTheMessageShowed() {
    String id = ButtonAction.retest("influx-prod@prod", HealthStatus.ERROR).customId().orElseThrow();

    assertThat(id).isEqualTo("ic:rt:E:influx-prod@prod");
    assertThat(ButtonAction.parse(id)).contains(ButtonAction.retest("influx-prod@prod", HealthStatus.ERROR));
  }

  @Test
  void everyStatusAndNoStatusRoundTrip() {
    for (HealthStatus status : new HealthStatus[] {HealthStatus.OK, HealthStatus.ERROR, HealthStatus.UNKNOWN, null}) {
      ButtonAction action = ButtonAction.retest("uid:with:colons@grafana", status);
      assertThat(ButtonAction.parse(action.customId().orElseThrow())).contains(action);
    }
    ButtonAction diagnose = ButtonAction.diagnose("P951FEA4DE68E13C5");
    assertThat(ButtonAction.parse(diagnose.customId().orElseThrow())).contains(diagnose);
  }

  @Test
  void anIdLongerThanDiscordAllowsIsNotMade() {
    assertThat(ButtonAction.retest("x".repeat(92), HealthStatus.OK).customId()).hasValueSatisfying(id -> assertThat(id).hasSize(100));
    assertThat(ButtonAction.retest("x".repeat(93), HealthStatus.OK).customId()).isEmpty();
    assertThat(ButtonAction.diagnose("").customId()).isEmpty();
  }

  @Test
  void foreignOrMalformedIdsAreNotOurs() {
    assertThat(ButtonAction.parse("ic:rt:Z:uid")).isEmpty();
    assertThat(ButtonAction.parse("ic:rt:E")).isEmpty();
    assertThat(ButtonAction.parse("ic:dx:")).isEmpty();
    assertThat(ButtonAction.parse("someone-else:button")).isEmpty();
    assertThat(ButtonAction.parse(null)).isEmpty();
  }
}
