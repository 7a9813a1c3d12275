package io.influxcheck.config.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrafanaExpansionTest {
  private final GrafanaExpansion expansion =
      new GrafanaExpansion(Map.of("TOKEN", "tok", "HOST", "influx", "EMPTY", "", "DOLLAR", "a$HOST")::get);

  @TempDir Path dir;

  @Test
  void expandsDollarNameAndBracedName() {
    assertThat(expansion.expand("Token $TOKEN")).isEqualTo("Token tok");
    assertThat(expansion.expand("http://${HOST}:8086")).isEqualTo("http://influx:8086");
    assertThat(expansion.expand("$HOST.example")).as("a name stops at the first non-word character")
        .isEqualTo("influx.example");
    assertThat(expansion.expand("$__env{HOST}")).isEqualTo("influx");
    assertThat(expansion.unresolved()).isEmpty();
  }

  @Test
  void doubleDollarIsALiteralDollar() {
    assertThat(expansion.expand("pa$$word")).isEqualTo("pa$word");
    assertThat(expansion.expand("$${TOKEN}")).isEqualTo("${TOKEN}");
    assertThat(expansion.expand("$$$TOKEN")).isEqualTo("$tok");
    assertThat(expansion.unresolved()).isEmpty();
  }

  @Test
  void unsetVariablesExpandToEmptyAndAreRecordedOnce() {
    assertThat(expansion.expand("abc$def")).as("a password with a lone $ is cut, as in Grafana").isEqualTo("abc");
    assertThat(expansion.expand("${MISSING}/$MISSING/$EMPTY")).isEqualTo("//");
    assertThat(expansion.expand("x$1y")).as("$1 is a shell special variable").isEqualTo("xy");
    assertThat(expansion.unresolved()).containsExactly("def", "MISSING", "1");
  }

  @Test
  void badSyntaxFollowsGo() {
    assertThat(expansion.expand("cost: 5$")).isEqualTo("cost: 5$");
    assertThat(expansion.expand("a$%b")).isEqualTo("a$%b");
    assertThat(expansion.expand("a${}b")).isEqualTo("ab");
    assertThat(expansion.expand("a${b")).isEqualTo("ab");
  }

  @Test
  void valuesFromTheEnvironmentAreExpandedAgainLikeGrafanaDoes() {
    assertThat(expansion.expand("${DOLLAR}")).isEqualTo("ainflux");
  }

  @Test
  void fileExpanderReadsTrimmedContentOrRecordsTheFile() throws Exception {
    Path secret = dir.resolve("token");
    Files.writeString(secret, "  file-token \n");
    assertThat(expansion.expand("Token $__file{" + secret + "}")).isEqualTo("Token file-token");
    assertThat(expansion.expand("$__file{/nonexistent/secret}")).isEmpty();
    assertThat(expansion.unresolved()).containsExactly("__file{/nonexistent/secret}");
  }
}
