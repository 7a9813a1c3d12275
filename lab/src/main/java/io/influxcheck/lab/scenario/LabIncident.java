package io.influxcheck.lab.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.config.Secret;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaRetestService;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.retest.RetestResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One incident end to end, as {@code influx-check demo} shows it: diagnose the data source whose token Grafana
 * stores is stale (scenario {@value #SCENARIO}), apply the fix the diagnosis suggests (a working token in
 * {@code secureJsonData}) through the lab Grafana's {@code PUT /api/datasources/uid/:uid}, and re-test through
 * Grafana's health API, which now really reaches InfluxDB with the new token.
 */
public final class LabIncident {
  public static final String SCENARIO = "grafana-vantage-disagreement";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

  /**
   * @param diagnosis the Grafana-side report before the fix
   * @param fix the suggested fix that was applied (VANTAGE_DISAGREEMENT's)
   * @param applied the request that applied it, secrets as fingerprints, and Grafana's status
   * @param before the re-test before the fix; {@code after} the one after it, whose previous is {@code before}
   */
  public record Walkthrough(Report diagnosis, Finding fix, String applied, RetestResult before, RetestResult after) {
    /** The diagnosis found the problem, the re-test failed before the fix and passes after it. */
    public boolean resolved() {
      return !before.isOk() && after.isOk();
    }
  }

  private LabIncident() { }

  /** Runs the incident against {@code lab}; it changes the lab Grafana's copy of the data source. */
  public static Walkthrough run(Lab lab, ScenarioRunner runner) {
    Scenario scenario = ScenarioCatalogue.find(SCENARIO).orElseThrow();
    Report diagnosis = runner.diagnose(scenario);
    Finding fix = diagnosis.findings().stream().filter(f -> f.code() == FindingCode.VANTAGE_DISAGREEMENT).findFirst()
        .orElseThrow(() -> new IllegalStateException(SCENARIO + " was not diagnosed as a vantage disagreement: " + diagnosis.findings()));

    Duration timeout = ScenarioRunner.LAB_PROBES.deadline();
    OkHttpClient http = new OkHttpClient.Builder().callTimeout(timeout).readTimeout(timeout).build();
    Secret bot = Secret.of(lab.secrets().grafanaBot(), "lab");
    GrafanaClient grafana = new GrafanaClient(new GrafanaConnection("lab", lab.grafanaUrl(), bot, null, timeout, OptionalLong.empty()), http);
    GrafanaRetestService retest = new GrafanaRetestService(name -> Optional.of(grafana), Clock.systemUTC());

    RetestResult before = retest.retest(diagnosis.datasource(), "demo");
    String applied = storeToken(http, lab, bot, diagnosis.datasource().uid(), Secret.of(lab.secrets().v2AllAccess(), "lab"));
    RetestResult after = retest.retest(diagnosis.datasource(), "demo");
    return new Walkthrough(diagnosis, fix, applied, before, after);
  }

  /** What an operator does in Grafana's UI: read the data source, put the working token in, save. */
  private static String storeToken(OkHttpClient http, Lab lab, Secret bot, String uid, Secret token) {
    String url = lab.grafanaUrl() + "/api/datasources/uid/" + uid;
    try (Response read = http.newCall(new Request.Builder().url(url).header("Authorization", "Bearer " + bot.reveal()).build()).execute()) {
      if (read.code() != 200) {
        throw new IllegalStateException("GET " + url + " answered " + read.code());
      }
      ObjectNode dataSource = (ObjectNode) JSON.readTree(read.body().string());
      dataSource.putObject("secureJsonData").put("token", token.reveal());
      Request put = new Request.Builder().url(url).header("Authorization", "Bearer " + bot.reveal())
          .put(RequestBody.create(JSON.writeValueAsString(dataSource), APPLICATION_JSON)).build();
      try (Response saved = http.newCall(put).execute()) {
        if (saved.code() != 200) {
          throw new IllegalStateException("PUT " + url + " answered " + saved.code());
        }
        return "PUT /api/datasources/uid/" + uid + " secureJsonData.token = Token " + token.describe() + " → " + saved.code();
      }
    } catch (IOException e) {
      throw new IllegalStateException("the lab Grafana did not answer " + url + ": " + e.getMessage(), e);
    }
  }
}
