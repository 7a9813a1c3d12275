package io.influxcheck.core.grafana;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the settings Grafana is running with the provisioning file that declares the same data
 * source (by uid, else by name): language, organization, bucket, database, URL, and secrets declared
 * in the file but absent from {@code secureJsonFields}.
 */
public final class ProvisioningDrift {
  private ProvisioningDrift() { }

  /** The file entry that declares {@code live}, if any. */
  public static Optional<DataSourceSettings> declaring(DataSourceSettings live, List<DataSourceSettings> files) {
    Optional<DataSourceSettings> byUid = files.stream()
        .filter(f -> !f.uid().isEmpty() && f.uid().equalsIgnoreCase(live.uid())).findFirst();
    return byUid.isPresent() ? byUid : files.stream()
        .filter(f -> f.uid().isEmpty() && f.name().equalsIgnoreCase(live.name())).findFirst();
  }

  public static Optional<Finding> compare(DataSourceSettings live, DataSourceSettings file) {
    List<String> differences = new ArrayList<>();
    differ("query language (jsonData.version)", file.queryLanguage().grafanaName(), live.queryLanguage().grafanaName(), differences);
    differ("url", file.url(), live.url(), differences);
    differ("organization", file.organization(), live.organization(), differences);
    differ("defaultBucket", file.defaultBucket(), live.defaultBucket(), differences);
    differ("database", file.database(), live.database(), differences);
    for (String key : List.of("token", "password", "basicAuthPassword")) {
      if (declares(file, key) && !live.hasStoredSecret(key)) {
        differences.add("secureJsonData." + key + " is declared in the file but Grafana has none stored (secureJsonFields)");
      }
    }
    if (differences.isEmpty()) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.note("config", file.origin().toString(), "provisioning file for " + file.displayName()));
    differences.forEach(d -> evidence.add(Evidence.note("grafana", "GET /api/datasources/uid/" + live.uid(), d)));
    return Optional.of(Finding.of(FindingCode.PROVISIONING_DRIFT,
        "Grafana is not running what " + file.origin() + " declares (" + differences.size() + " difference" + (differences.size() == 1 ? "" : "s") + ")",
        String.join("; ", differences) + ". Someone edited the data source in the UI or through the API, or Grafana has not reloaded the file"
            + " (an unset environment variable also leaves a secret empty).",
        evidence,
        new Fix("Make the file the truth: fix the file if it is wrong, then reload it (restart Grafana, or POST /api/admin/provisioning/datasources/reload).",
            "", "curl -X POST -H \"Authorization: Bearer $GRAFANA_ADMIN_TOKEN\" <grafana>/api/admin/provisioning/datasources/reload")));
  }

  private static boolean declares(DataSourceSettings file, String key) {
    return file.hasStoredSecret(key) || switch (key) {
      case "token" -> !file.token().isEmpty();
      case "password" -> !file.password().isEmpty();
      default -> !file.basicAuthPassword().isEmpty();
    };
  }

  private static void differ(String what, String inFile, String live, List<String> differences) {
    if (!inFile.isEmpty() && !inFile.equals(live)) {
      differences.add(what + ": file `" + inFile + "`, Grafana `" + (live.isEmpty() ? "(empty)" : live) + "`");
    }
  }
}
