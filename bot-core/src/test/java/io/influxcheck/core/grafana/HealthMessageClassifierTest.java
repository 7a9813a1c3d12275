package io.influxcheck.core.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.ServerInfo;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Grafana's health messages from the facts file (sections D.3 and G), one per row. */
class HealthMessageClassifierTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      FLUX     | unauthorized: unauthorized access error reading buckets | TOKEN_INVALID
      FLUX     | error getting flux query buckets  | TOKEN_NO_READ_PERMISSION
      FLUX     | invalid: failed to decode request body: organization name "acme" not found error reading buckets | ORG_NOT_FOUND
      FLUX     | missing organization in datasource configuration error performing flux query | ORG_MISSING
      FLUX     | Unexpected status code 401 error reading buckets | TOKEN_INVALID
      FLUX     | 404 Not Found: Not found error reading buckets | FLUX_NOT_SUPPORTED
      FLUX     | 403 Forbidden: Flux query service disabled. Verify flux-enabled=true in the [http] section of the InfluxDB config. error reading buckets | FLUX_DISABLED
      FLUX     | not found: failed to initialize execute state: could not find bucket "metrics" | BUCKET_NOT_FOUND
      FLUX     | missing URL from datasource configuration error performing flux query | URL_MISSING
      INFLUXQL | InfluxDB returned error: unauthorized access error reading influxDB | V1_CREDENTIALS_MISSING
      INFLUXQL | InfluxDB returned error: Unauthorized error reading influxDB | INFLUXQL_AUTH_ON_V2
      INFLUXQL | InfluxDB returned error:  error reading influxDB | INFLUXQL_AUTH_ON_V2
      INFLUXQL | InfluxDB returned error: authorization failed error reading influxDB | V1_BAD_CREDENTIALS
      INFLUXQL | InfluxDB returned error: error authorizing query: bob not authorized to execute statement 'SHOW MEASUREMENTS', requires READ on mydb error reading influxDB | V1_NO_READ_PERMISSION
      INFLUXQL | InfluxDB returned error: the request was not authenticated error reading influxDB | TOKEN_INVALID
      INFLUXQL | InfluxDB returned error: Database mydb not found error reading influxDB | V1_DATABASE_NOT_FOUND
      INFLUXQL | InfluxDB returned error: unable to parse authentication credentials error reading influxDB | V1_CREDENTIALS_MISSING
      SQL      | unknown influx version  | QUERY_LANGUAGE_UNKNOWN
      FLUX     | Post "http://influxdb:8086/api/v2/query?org=acme": dial tcp 127.0.0.1:8086: connect: connection refused error performing flux query | INFLUX_UNREACHABLE
      FLUX     | Post "http://influxdb:8086/api/v2/query?org=acme": context deadline exceeded (Client.Timeout exceeded while awaiting headers) error performing flux query | INFLUX_TIMEOUT
      INFLUXQL | Get "https://influxdb:8086/query": tls: failed to verify certificate: x509: certificate signed by unknown authority error performing influxQL query | INFLUX_TLS_ERROR
      """)
  void classifiesGrafanasMessages(QueryLanguage language, String message, FindingCode expected) {
    assertThat(HealthMessageClassifier.classify(message, language, ServerInfo.unknown())).contains(expected);
  }

  @Test
  void aMissingDatabaseOnInflux2MeansNoDbrpMapping() {
    ServerInfo two = new ServerInfo("InfluxDB 2.x OSS", "v2.7.12");
    assertThat(HealthMessageClassifier.classify("database not found: telegraf", QueryLanguage.INFLUXQL, two)).contains(FindingCode.DBRP_MISSING);
    assertThat(HealthMessageClassifier.classify("database not found: telegraf", QueryLanguage.INFLUXQL, new ServerInfo("InfluxDB 1.x", "1.8.10")))
        .contains(FindingCode.V1_DATABASE_NOT_FOUND);
  }

  @Test
  void unknownAndPassingMessagesHaveNoCause() {
    assertThat(HealthMessageClassifier.classify("something odd happened", QueryLanguage.FLUX, ServerInfo.unknown())).isEqualTo(Optional.empty());
    assertThat(HealthMessageClassifier.isEmptyPass("datasource is working. 0 measurements found")).isTrue();
    assertThat(HealthMessageClassifier.isEmptyPass("datasource is working. 3 measurements found")).isFalse();
  }

  @Test
  void influxTextStripsGrafanasWrapping() {
    assertThat(HealthMessageClassifier.influxText("InfluxDB returned error: authorization failed error reading influxDB")).isEqualTo("authorization failed");
    assertThat(HealthMessageClassifier.influxText("unauthorized: unauthorized access error reading buckets")).isEqualTo("unauthorized: unauthorized access");
  }
}
