package io.influxcheck.core.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The runbook: for every {@link FindingCode} what it means, how to confirm it by hand with curl
 * (secrets as {@code $INFLUX_TOKEN}-style placeholders) and how to fix it, plus the ordered diagnostic
 * workflow the diagnosis automates. {@code influx-check runbook}, docs/RUNBOOK.md and the chat
 * {@code runbook} command are generated from it.
 */
public final class FindingCatalogue {
  private static final Map<FindingCode, RunbookEntry> ENTRIES = build();

  private static final List<String> WORKFLOW = List.of(
      "Check the data source's settings without the network: a usable URL, a known query language (jsonData.version),"
          + " an organization for Flux, secrets in secureJsonData and environment variables that resolved.",
      "Identify the server: GET /ping and /health (X-Influxdb-Version, X-Influxdb-Build, InfluxDB 3's /ping JSON)."
          + " No answer means the rest proves nothing (INCONCLUSIVE).",
      "Replay Grafana's own health query exactly: Flux POST /api/v2/query?org=<org> with 'Authorization: Token <token>'"
          + " and buckets(); InfluxQL GET|POST /query?db=<db>&epoch=ms&q=SHOW MEASUREMENTS with Basic auth (custom headers win);"
          + " SQL SELECT 1.",
      "Match the query language to the server: Flux needs 2.x or 1.8 with flux-enabled; InfluxQL on 2.x needs a v1"
          + " authorization or a token and a DBRP mapping; SQL needs InfluxDB 3.",
      "Explain a token failure: 401 unauthorized access = unknown token; GET /api/v2/me answering 'token is inactive' ="
          + " disabled token; buckets() with no rows = no read permission in that organization.",
      "Tell a missing bucket from an unreadable one: GET /api/v2/buckets?org=<org>&name=<bucket> answers 404 when it does"
          + " not exist and 200 with [] when the token may not read it (Flux says 'could not find bucket' for both).",
      "Tell a missing 1.x database from an empty one: SHOW MEASUREMENTS answers 200 with nothing for both, a SELECT answers"
          + " 'database not found'; SHOW DATABASES lists the alternatives; a deliberately wrong password proves whether"
          + " authentication is on.",
      "Fix with the exact YAML change to the provisioning file (secrets as ${VARIABLES}) and, where useful, the influx"
          + " command filled in with the org, bucket and IDs found.",
      "Re-test through Grafana's health API (GET /api/datasources/uid/<uid>/health) and compare Grafana's view with the"
          + " direct probe; remember that health can pass while panels fail.");

  private FindingCatalogue() {
  }

  private static Map<FindingCode, RunbookEntry> build() {
    Map<FindingCode, RunbookEntry> all = new EnumMap<>(FindingCode.class);
    all.putAll(InfluxRunbook.entries());
    all.putAll(GrafanaRunbook.entries());
    return all;
  }

  /** The entry of {@code code}; every code has one. */
  public static RunbookEntry entry(FindingCode code) {
    RunbookEntry entry = ENTRIES.get(code);
    if (entry == null) {
      throw new IllegalStateException("no runbook entry for " + code);
    }
    return entry;
  }

  /** Every entry, in {@link FindingCode} order. */
  public static List<RunbookEntry> entries() {
    List<RunbookEntry> list = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      list.add(entry(code));
    }
    return List.copyOf(list);
  }

  /** The ordered diagnostic workflow, one step per item. */
  public static List<String> workflow() {
    return WORKFLOW;
  }
}
