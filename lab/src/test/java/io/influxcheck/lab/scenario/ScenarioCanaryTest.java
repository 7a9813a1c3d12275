package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.report.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every scenario run with random canary secrets: no canary appears in any report serialised with Jackson,
 * in the {@code all} summary, nor in anything logged (slf4j or java.util.logging) at any level meanwhile.
 */
class ScenarioCanaryTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));

  private final LabSecrets canaries = LabSecrets.canaries();
  private final ListAppender<ILoggingEvent> slf4j = new ListAppender<>();
  private final List<String> jul = new ArrayList<>();
  private final Handler julHandler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (jul) {
        jul.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
            + (record.getThrown() == null ? "" : " " + record.getThrown()));
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private Level previousLevel;
  private java.util.logging.Level previousJulLevel;

  @BeforeEach
  void captureLogs() {
    Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previousLevel = root.getLevel();
    root.setLevel(Level.ALL);
    slf4j.start();
    root.addAppender(slf4j);
    java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    previousJulLevel = julRoot.getLevel();
    julRoot.setLevel(java.util.logging.Level.ALL);
    julHandler.setLevel(java.util.logging.Level.ALL);
    julRoot.addHandler(julHandler);
  }

  @AfterEach
  void restoreLogs() {
    Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(slf4j);
    root.setLevel(previousLevel);
    java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    julRoot.removeHandler(julHandler);
    julRoot.setLevel(previousJulLevel);
  }

  @Test
  void noCanaryLeavesTheDiagnosis() throws Exception {
    StringBuilder output = new StringBuilder();
    ExecutorService probes = Executors.newFixedThreadPool(8);
    OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(2)).build();
    try (Lab lab = Lab.start(canaries); ScenarioRunner runner = new ScenarioRunner(lab)) {
      List<ScenarioOutcome> outcomes = runner.runAll(ScenarioCatalogue.all());
      for (ScenarioOutcome outcome : outcomes) {
        assertThat(outcome.report()).as(outcome.scenario().name() + ": " + outcome.failure()).isPresent();
        output.append(JSON.writeValueAsString(outcome.report().get())).append('\n');
        output.append(outcome.mismatch()).append('\n');
      }
      Reply all = LabDiagnoseAllTest.handler(lab, probes, http)
          .handle(new Command.DiagnoseAll(), new Requester("cli", "lab", "lab"), ProgressListener.NONE);
      for (Report report : ((Reply.SummaryReply) all).reports()) {
        output.append(JSON.writeValueAsString(report)).append('\n');
      }
      assertThat(outcomes).as("the canary lab behaves like the fixed one").allMatch(ScenarioOutcome::asExpected);
    } finally {
      probes.shutdownNow();
    }
    slf4j.list.forEach(e -> output.append(e.getFormattedMessage()).append(' ')
        .append(e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()).append('\n'));
    synchronized (jul) {
      jul.forEach(line -> output.append(line).append('\n'));
    }

    String text = output.toString();
    assertThat(text).contains("sha256:");
    for (String canary : canaries.all()) {
      assertThat(text).as("a report or log line contains a canary secret").doesNotContain(canary);
    }
    assertThat(text).doesNotContain("canary-");
  }
}
