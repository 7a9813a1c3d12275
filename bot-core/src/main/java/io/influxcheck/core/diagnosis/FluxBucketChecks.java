package io.influxcheck.core.diagnosis;

import static io.influxcheck.core.diagnosis.ChecklistTracker.CREDENTIALS;
import static io.influxcheck.core.diagnosis.ChecklistTracker.ORGANIZATION;
import static io.influxcheck.core.diagnosis.ChecklistTracker.TARGET;

import io.influxcheck.core.probe.HttpExchange;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.ProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deeper 2.x probes behind a Flux failure. {@code /api/v2/query} answers the same for a missing
 * and an unreadable bucket, and list endpoints silently hide what a token may not read, so:
 * {@code GET /api/v2/buckets?org=&name=} tells "missing" (404) from "unreadable" (200 with []),
 * {@code GET /api/v2/me} tells a disabled token (401 token is inactive), and
 * {@code GET /api/v2/buckets} without org shows whether the token reads buckets of another org.
 */
final class FluxBucketChecks {
  private final DiagnosisRun run;

  FluxBucketChecks(DiagnosisRun run) {
    this.run = run;
  }

  /** buckets() returned no row: the token is disabled, or reads nothing in this organization. */
  void noReadableBucket(ProbeResult.Answered replay) {
    String bucket = run.settings.defaultBucket();
    Prober.Pending me = run.prober.start(run.withGrafanaCredentials(ProbeRequest.get("/api/v2/me")));
    Prober.Pending anywhere = run.prober.start(run.withGrafanaCredentials(ProbeRequest.get("/api/v2/buckets").withQuery("limit", "20")));
    Prober.Pending named = bucket.isEmpty() ? null : run.prober.start(FluxChecks.bucketsNamed(run, run.settings.organization(), bucket));

    ProbeResult meResult = me.result();
    if (meResult instanceof ProbeResult.Answered
        && Classifier.signal(((ProbeResult.Answered) meResult).exchange()) == Signal.V2_TOKEN_INACTIVE) {
      run.checklist.failed(CREDENTIALS, "token is inactive");
      run.checklist.skipped(TARGET, "an inactive token reads nothing");
      run.add(FindingCode.TOKEN_INACTIVE, "The API token is disabled",
          "InfluxDB accepts the token at the door but every permission check fails with 'token is inactive', so buckets()"
              + " sees no bucket and Grafana reports 'error getting flux query buckets'.",
          List.of(replay.evidence(), meResult.evidence()), run.remedies.activateToken());
      return;
    }
    List<Evidence> evidence = new ArrayList<>(List.of(replay.evidence(), meResult.evidence()));
    ProbeResult anywhereResult = anywhere.result();
    evidence.add(anywhereResult.evidence());
    String elsewhere = otherOrgBuckets(anywhereResult);
    if (named != null) {
      ProbeResult namedResult = named.result();
      evidence.add(namedResult.evidence());
      if (isBucketMissing(namedResult)) {
        bucketMissing(List.of(replay.evidence(), namedResult.evidence()), List.of(), "");
      }
    }
    run.checklist.settle(TARGET, io.influxcheck.core.report.CheckStatus.FAILED, "token reads no bucket in " + run.settings.organization());
    run.add(FindingCode.TOKEN_NO_READ_PERMISSION,
        "The token can read no bucket in organization " + run.settings.organization(),
        "The token is valid, but buckets() run in organization " + run.settings.organization() + " returns nothing it may read"
            + (elsewhere.isEmpty() ? "." : "; " + elsewhere + ".")
            + " Grafana's health check then fails with 'error getting flux query buckets'.",
        evidence, run.remedies.newReadToken("Create a read token for the bucket in this organization and use it.", "", ""));
  }

  /** The configured bucket is not among the readable ones: missing, or unreadable by this token. */
  void bucketUnavailable(List<Evidence> context, String orgId, List<String> readable) {
    String bucket = run.settings.defaultBucket();
    if (bucket.isEmpty()) {
      run.checklist.failed(TARGET, "bucket not found or not readable");
      run.add(FindingCode.BUCKET_NOT_FOUND, "A queried bucket is missing or not readable",
          "The query names a bucket that InfluxDB cannot find for this token.", context, run.remedies.setBucket("", orgId));
      return;
    }
    ProbeResult lookup = run.prober.send(FluxChecks.bucketsNamed(run, run.settings.organization(), bucket));
    List<Evidence> evidence = new ArrayList<>(context);
    evidence.add(lookup.evidence());
    if (isBucketMissing(lookup)) {
      bucketMissing(evidence, readable, orgId);
      return;
    }
    Optional<BucketList> list = lookup instanceof ProbeResult.Answered && ((ProbeResult.Answered) lookup).exchange().status() == 200
        ? BucketList.parse(((ProbeResult.Answered) lookup).exchange().body(), "buckets") : Optional.empty();
    if (list.isPresent() && list.get().items().isEmpty()) {
      run.checklist.failed(TARGET, "bucket " + bucket + " exists but is not readable");
      run.add(FindingCode.TOKEN_NO_READ_PERMISSION, "The token cannot read bucket " + bucket,
          "Bucket " + bucket + " exists (the buckets API answers 200, not 404) but the token has no read permission on it,"
              + " so Flux answers 'could not find bucket' exactly as if it did not exist.",
          evidence, run.remedies.newReadToken("Create a token that can read " + bucket + " and use it.", orgId, ""));
      return;
    }
    if (list.isPresent()) {
      run.checklist.passed(TARGET, "bucket " + bucket + " readable");
      return;
    }
    run.checklist.failed(TARGET, "could not tell whether " + bucket + " exists");
    if (lookup instanceof ProbeResult.Answered) {
      CommonFindings.unrecognised(run, (ProbeResult.Answered) lookup, "The bucket lookup");
    } else {
      CommonFindings.transport(run, (ProbeResult.TransportFailure) lookup, context);
    }
  }

  /** Flux said the org does not exist; lists the organizations the token can see for a suggestion. */
  void organizationNotFound(ProbeResult.Answered replay) {
    ProbeResult orgs = run.prober.send(run.withGrafanaCredentials(ProbeRequest.get("/api/v2/orgs")));
    List<String> names = orgs instanceof ProbeResult.Answered
        ? BucketList.parse(((ProbeResult.Answered) orgs).exchange().body(), "orgs").map(BucketList::names).orElse(List.of())
        : List.of();
    String wanted = run.settings.organization();
    String suggestion = Names.closest(wanted, names);
    run.checklist.failed(ORGANIZATION, "organization " + wanted + " not found");
    run.checklist.skipped(TARGET, "needs an existing organization");
    run.add(FindingCode.ORG_NOT_FOUND, "Organization \"" + wanted + "\" does not exist",
        "InfluxDB has no organization named \"" + wanted + "\" (names are case-sensitive). Organizations this token can see: "
            + Names.list(names) + (suggestion.isEmpty() ? "." : "; did you mean \"" + suggestion + "\"?"),
        List.of(replay.evidence(), orgs.evidence()), run.remedies.setOrganization(suggestion));
  }

  private void bucketMissing(List<Evidence> evidence, List<String> readable, String orgId) {
    String bucket = run.settings.defaultBucket();
    String suggestion = Names.closest(bucket, readable);
    run.checklist.failed(TARGET, "bucket " + bucket + " does not exist");
    run.add(FindingCode.BUCKET_NOT_FOUND, "Bucket \"" + bucket + "\" does not exist in " + run.settings.organization(),
        "The buckets API answers 404 for \"" + bucket + "\" in organization " + run.settings.organization()
            + " (a bucket that exists but is unreadable would answer 200 with an empty list)."
            + (suggestion.isEmpty() ? "" : " Did you mean \"" + suggestion + "\"?"),
        evidence, run.remedies.setBucket(suggestion, orgId));
  }

  private static boolean isBucketMissing(ProbeResult lookup) {
    if (!(lookup instanceof ProbeResult.Answered)) {
      return false;
    }
    HttpExchange exchange = ((ProbeResult.Answered) lookup).exchange();
    return exchange.status() == 404 && Classifier.signal(exchange) == Signal.V2_BUCKET_NOT_FOUND;
  }

  private String otherOrgBuckets(ProbeResult anywhere) {
    if (!(anywhere instanceof ProbeResult.Answered) || ((ProbeResult.Answered) anywhere).exchange().status() != 200) {
      return "";
    }
    Optional<BucketList> list = BucketList.parse(((ProbeResult.Answered) anywhere).exchange().body(), "buckets");
    if (list.isEmpty() || list.get().items().isEmpty()) {
      return "it cannot read any bucket in any organization";
    }
    List<String> orgIds = list.get().items().stream().map(BucketList.Item::orgId).distinct().toList();
    return "it can read " + Names.list(list.get().names()) + " in organization ID " + String.join(", ", orgIds)
        + ", so it probably belongs to another organization";
  }
}
