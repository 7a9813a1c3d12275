package io.influxcheck.config;

import static io.influxcheck.config.ConfigLoaderAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigProblemsTest {
  private static final String CANARY = "canary-literal-secret-4d2f";

  @TempDir Path dir;

  private ConfigException problems(String yaml) {
    return problems(yaml, Map.of());
  }

  private ConfigException problems(String yaml, Map<String, String> env) {
    return problemsOf(() -> new ConfigLoader(env::get).parse(yaml, Path.of("influx-check.yaml")));
  }

  @Test
  void malformedYamlNamesLineAndColumnWithoutStackTraceOrSourceLine() {
    ConfigException e = problems("""
        probes:
          timeout: 3s
        grafana:
          - name: prod
            token: ${X} foo: canary-literal-secret-4d2f
        """);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("influx-check.yaml");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.message()).startsWith("malformed YAML (column ").contains("mapping values are not allowed");
    });
    assertThat(e.getMessage()).doesNotContain(CANARY).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void tabIndentationIsReportedWithItsLine() {
    ConfigException e = problems("probes:\n\ttimeout: 3s\n");
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
  }

  @Test
  void duplicateKeysAreRejected() {
    ConfigException e = problems("log:\n  level: info\nlog:\n  level: debug\n");
    assertThat(e.describe()).isEqualTo(
        "influx-check.yaml:3: malformed YAML (column 1): duplicate key 'log' (first written on line 1)");
  }

  @Test
  void unknownKeyGetsDidYouMeanHint() {
    ConfigException e = problems("""
        probes:
          timout: 3s
        slak:
          botToken: x
        """);

    assertThat(e.problems()).extracting(ConfigProblem::line, ConfigProblem::keyPath, ConfigProblem::message)
        .containsExactly(
            tuple(2, "probes.timout", "unknown key 'timout'; did you mean 'timeout'?"),
            tuple(3, "slak", "unknown key 'slak'; did you mean 'slack'?"));
  }

  @Test
  void unknownKeyWithoutCloseMatchListsTheKnownKeys() {
    ConfigException e = problems("log:\n  verbosity: 3\n");
    assertThat(e.problems()).singleElement().extracting(ConfigProblem::message)
        .isEqualTo("unknown key 'verbosity'; expected one of: level");
  }

  @Test
  void badDurationsSizesAndNumbersSayWhatIsExpected() {
    ConfigException e = problems("""
        probes:
          timeout: 3
          deadline: 3 seconds
          maxBodyBytes: lots
          concurrency: 0
        """);

    assertThat(e.problems()).extracting(ConfigProblem::keyPath, ConfigProblem::message).containsExactly(
        tuple("probes.timeout", "expected a duration like 3s, 500ms or 1m, found '3' (add a unit: 3s)"),
        tuple("probes.deadline", "expected a duration like 3s, 500ms or 1m, found '3 seconds'"),
        tuple("probes.maxBodyBytes", "expected a size like 1MiB, 512KiB or 1048576 (bytes), found 'lots'"),
        tuple("probes.concurrency", "expected an integer from 1 to 64, found '0'"));
  }

  @Test
  void unsetDeadlineGrowsWithALongTimeout() throws Exception {
    InfluxCheckConfig config = new ConfigLoader(k -> null).parse("probes:\n  timeout: 15s\n", Path.of("c.yaml"));
    assertThat(config.probes().deadline()).hasSeconds(15);
  }

  @Test
  void deadlineShorterThanTimeoutIsAProblem() {
    ConfigException e = problems("probes:\n  timeout: 5s\n  deadline: 2s\n");
    assertThat(e.describe()).isEqualTo("influx-check.yaml:3: probes.deadline: must not be shorter than timeout"
        + " (5000ms): the deadline covers all probes");
  }

  @Test
  void runbookUrlIsOptionalAndReadAsAnHttpUrl() throws Exception {
    InfluxCheckConfig without = new ConfigLoader(k -> null).parse("log:\n  level: info\n", Path.of("c.yaml"));
    InfluxCheckConfig with = new ConfigLoader(k -> null)
        .parse("runbookUrl: https://wiki.example.com/sre/influx-check/RUNBOOK.html\n", Path.of("c.yaml"));

    assertThat(without.runbookUrl()).isEmpty();
    assertThat(InfluxCheckConfig.defaults().runbookUrl()).isEmpty();
    assertThat(with.runbookUrl()).hasValueSatisfying(url ->
        assertThat(url).hasToString("https://wiki.example.com/sre/influx-check/RUNBOOK.html"));
  }

  @Test
  void badRunbookUrlsSayWhatIsExpected() {
    assertThat(problems("runbookUrl: wiki/RUNBOOK.md\n").problems())
        .extracting(ConfigProblem::line, ConfigProblem::keyPath, ConfigProblem::message)
        .containsExactly(tuple(1, "runbookUrl", "expected an absolute http(s) URL like"
            + " https://wiki.example.com/influx-check/RUNBOOK.html (scheme and host are required)"));
    assertThat(problems("runbookUrl: ftp://wiki.example.com/RUNBOOK.md\n").problems())
        .extracting(ConfigProblem::keyPath, ConfigProblem::message)
        .containsExactly(tuple("runbookUrl", "expected an absolute http(s) URL like"
            + " https://wiki.example.com/influx-check/RUNBOOK.html, found scheme 'ftp'"));
    // influx-check appends '#CODE' itself
    assertThat(problems("runbookUrl: https://wiki.example.com/RUNBOOK.md#top\n").problems())
        .extracting(ConfigProblem::keyPath).containsExactly("runbookUrl");
  }

  @Test
  void badUrlsSayWhatIsExpectedAndNeverEchoTheUrl() {
    ConfigException e = problems("""
        grafana:
          - name: a
            url: grafana.example.com
            token: ${T}
          - name: b
            url: ftp://grafana.example.com
            token: ${T}
          - name: c
            url: https://admin:canary-literal-secret-4d2f@grafana.example.com
            token: ${T}
        discord:
          token: ${T}
          gatewayUrl: https://gateway.discord.gg
        """, Map.of("T", "v"));

    assertThat(e.problems()).extracting(ConfigProblem::line, ConfigProblem::keyPath, ConfigProblem::message)
        .containsExactly(
            tuple(3, "grafana[0].url", "expected an absolute http(s) URL like https://grafana.example.com"
                + " (scheme and host are required)"),
            tuple(6, "grafana[1].url",
                "expected an absolute http(s) URL like https://grafana.example.com, found scheme 'ftp'"),
            tuple(9, "grafana[2].url", "credentials must not be written in a URL: remove 'user:password@' and use"
                + " the token, user and password keys with secret references"),
            tuple(13, "discord.gatewayUrl",
                "expected an absolute ws(s) URL like wss://gateway.discord.gg/, found scheme 'https'"));
    assertThat(e.getMessage()).doesNotContain(CANARY);
  }

  @Test
  void literalSecretIsRejectedWithHowToWriteItAndWithoutItsValue() {
    ConfigException e = problems("""
        slack:
          botToken: xoxb-canary-literal-secret-4d2f
          appToken: $SLACK_APP_TOKEN
        """, Map.of("SLACK_APP_TOKEN", "xapp-1"));

    assertThat(e.problems()).extracting(ConfigProblem::line, ConfigProblem::keyPath, ConfigProblem::message)
        .containsExactly(
            tuple(2, "slack.botToken", "a secret must not be written in the file: write ${SLACK_BOT_TOKEN} and"
                + " set that environment variable, or file:/path/to/secret to read it from a file"),
            tuple(3, "slack.appToken", "write the reference with braces: ${SLACK_APP_TOKEN}"));
    assertThat(e.getMessage()).doesNotContain(CANARY);
  }

  @Test
  void unsetOrEmptyEnvironmentVariableNamesKeyPathAndVariable() {
    ConfigException e = problems("""
        grafana:
          - name: prod
            url: https://grafana.example.com
            token: ${GRAFANA_TOKEN}
          - name: lab
            url: https://lab.example.com
            token: ${EMPTY_TOKEN}
        """, Map.of("EMPTY_TOKEN", ""));

    assertThat(e.describe()).isEqualTo("""
        influx-check.yaml:4: grafana[0].token: environment variable GRAFANA_TOKEN is not set
        influx-check.yaml:7: grafana[1].token: environment variable EMPTY_TOKEN is set but empty""");
  }

  @Test
  void secretFileProblems() throws Exception {
    Files.writeString(dir.resolve("empty"), "\n");
    ConfigException e = problemsOf(() -> new ConfigLoader(k -> null).parse("""
        discord:
          token: file:missing-token
        slack:
          botToken: file:empty
          appToken: "file:"
        """, dir.resolve("influx-check.yaml")));

    assertThat(e.problems()).extracting(ConfigProblem::message).containsExactly(
        "secret file " + dir.resolve("missing-token") + " does not exist",
        "secret file " + dir.resolve("empty") + " is empty",
        "expected file:/path/to/secret, found no path after 'file:'");
  }

  @Test
  void wrongTypesAreProblems() {
    ConfigException e = problems("""
        provisioning: /etc/grafana/provisioning/datasources
        grafana:
          name: prod
        probes: [3s]
        slack:
          botToken: [a, b]
          appToken: {ref: x}
        """);

    assertThat(e.problems()).extracting(ConfigProblem::line, ConfigProblem::keyPath, ConfigProblem::message)
        .containsExactly(
            tuple(1, "provisioning", "expected a list of provisioning files or folders, found a string"
                + " (write a YAML list: one '- item' per line)"),
            tuple(3, "grafana", "expected a list of Grafana instances, found a mapping"
                + " (write a YAML list: one '- item' per line)"),
            tuple(4, "probes", "expected a mapping of timeout, deadline, maxBodyBytes, concurrency, found a list"),
            tuple(6, "slack.botToken", "expected a secret reference like ${SLACK_BOT_TOKEN}, found a list"),
            tuple(7, "slack.appToken", "expected a secret reference like ${SLACK_APP_TOKEN}, found a mapping"));
  }

  @Test
  void requiredKeysAndCrossKeyRules() {
    ConfigException e = problems("""
        grafana:
          - url: https://grafana.example.com
          - name: Prod
            url: https://g2.example.com
            token: ${T}
          - name: prod
            url: https://g3.example.com
            token: ${T}
        datasources:
          - match: {uid: a, name: b}
            token: ${T}
          - match: {uid: c}
          - match: {name: d}
            user: reader
        slack:
          botToken: ${XAPP}
          mode: http
        """, Map.of("T", "t", "XAPP", "xapp-1-canary-literal-secret-4d2f"));

    assertThat(e.problems()).extracting(ConfigProblem::keyPath, ConfigProblem::message).containsExactly(
        tuple("grafana[0].name", "missing; expected a short name for this Grafana, e.g. prod"),
        tuple("grafana[0].token", "missing; expected a secret reference like ${GRAFANA_TOKEN}"),
        tuple("grafana[2].name", "duplicate name 'prod' (also grafana[1])"),
        tuple("datasources[0].match", "expected exactly one of uid or name"),
        tuple("datasources[1]", "no credentials: give token (InfluxDB 2.x/3.x), or user and password (1.x)"),
        tuple("datasources[2].password", "missing; user reader needs a password"),
        tuple("slack.botToken", "expected a bot token (xoxb-...), but ${XAPP} holds an app-level token (xapp-...)"),
        tuple("slack.signingSecret", "missing; expected a secret reference like ${SLACK_SIGNING_SECRET}"));
    assertThat(e.getMessage()).doesNotContain(CANARY);
  }

  @Test
  void chatChannelIdsAndRepliesAreChecked() {
    ConfigException e = problems("""
        slack:
          botToken: ${B}
          appToken: ${A}
          defaultReply: thred
          channels:
            "#general": {reply: thread}
            C0123ABCDEF: {reply: public}
        discord:
          token: ${D}
          guilds: [my-server]
        log:
          level: verbose
        """, Map.of("B", "xoxb-1", "A", "xapp-1", "D", "d"));

    assertThat(e.problems()).extracting(ConfigProblem::keyPath, ConfigProblem::message).containsExactly(
        tuple("slack.defaultReply", "expected one of channel, thread, ephemeral, found 'thred'; did you mean 'thread'?"),
        tuple("slack.channels.#general", "expected a Slack channel id like C0123ABCDEF (from the channel's details),"
            + " not its #name"),
        tuple("slack.channels.C0123ABCDEF.reply", "expected one of channel, thread, ephemeral, found 'public'"),
        tuple("discord.guilds[0]", "expected a guild id like 123456789012345678 (Developer Mode: right-click the"
            + " server, Copy Server ID), found 'my-server'"),
        tuple("log.level", "expected one of trace, debug, info, warn, error, found 'verbose'"));
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    ConfigException e = problems("""
        probes:
          timeout: soon
          concurency: 2
        grafana:
          - name: prod
            url: not a url
            token: canary-literal-secret-4d2f
        slack:
          botToken: ${UNSET_BOT_TOKEN}
          appToken: ${UNSET_APP_TOKEN}
          port: 70000
        """);

    assertThat(e.problems()).hasSize(7);
    assertThat(e.describe().lines()).hasSize(7).allSatisfy(line -> assertThat(line).startsWith("influx-check.yaml:"));
    assertThat(e.problems()).extracting(ConfigProblem::keyPath).containsExactlyInAnyOrder(
        "probes.concurency", "probes.timeout", "grafana[0].url", "grafana[0].token",
        "slack.botToken", "slack.appToken", "slack.port");
    assertThat(e.getMessage()).isEqualTo(e.describe()).doesNotContain(CANARY);
  }
}
