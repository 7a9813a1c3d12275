package io.influxcheck.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.probe.BodyState;
import io.influxcheck.core.probe.HttpExchange;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Exact bodies from /work/shared/research/influx-grafana-api.md, sections A-C, and what they mean. */
class ClassifierTest {

  private static HttpExchange answer(int status, String body) {
    return new HttpExchange(status, Map.of("Content-Type", "application/json; charset=utf-8"), body, BodyState.COMPLETE);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "401|{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}|V2_UNAUTHORIZED_ACCESS",
      "401|{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}|V2_COMPAT_UNAUTHORIZED",
      "401|{\"code\":\"unauthorized\",\"message\":\"token is inactive\"}|V2_TOKEN_INACTIVE",
      "403|{\"code\":\"forbidden\",\"message\":\"User is inactive\"}|V2_USER_INACTIVE",
      "401|{\"code\":\"unauthorized\",\"message\":\"read:orgs/0000000000000001/buckets/00000000000000b1 is unauthorized\"}|V2_PERMISSION_DENIED",
      "401|{\"code\":\"unauthorized\",\"message\":\"read:users/0000000000000001 is unauthorized\"}|V2_PERMISSION_DENIED",
      "400|{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization name \\\"nope\\\" not found\"}|V2_ORG_NOT_FOUND",
      "400|{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization not found\"}|V2_ORG_NOT_FOUND",
      "400|{\"code\":\"invalid\",\"message\":\"failed to decode request body: Please provide either orgID or org\"}|V2_ORG_REQUIRED",
      "404|{\"code\":\"not found\",\"message\":\"failed to initialize execute state: could not find bucket \\\"x\\\"\"}|V2_BUCKET_NOT_FOUND",
      "404|`{\n\t\"code\": \"not found\",\n\t\"message\": \"bucket \\\"x\\\" not found\"\n}`|V2_BUCKET_NOT_FOUND",
      "404|`{\n\t\"code\": \"not found\",\n\t\"message\": \"organization name \\\"nope\\\" not found\"\n}`|V2_ORG_NOT_FOUND",
      "401|{\"error\":\"unable to parse authentication credentials\"}|V1_NO_CREDENTIALS",
      "401|{\"error\":\"username required\"}|V1_USERNAME_REQUIRED",
      "401|{\"error\":\"authorization failed\"}|V1_AUTHORIZATION_FAILED",
      "401|{\"error\":\"bearer auth disabled\"}|V1_BEARER_DISABLED",
      "403|{\"error\":\"error authorizing query: bob not authorized to execute statement 'SHOW MEASUREMENTS', requires READ on mydb\"}|V1_NOT_AUTHORIZED",
      "403|{\"error\":\"error authorizing query: create admin user first or disable authentication\"}|V1_NO_ADMIN_USER",
      "403|Flux query service disabled. Verify flux-enabled=true in the [http] section of the InfluxDB config.|V1_FLUX_DISABLED",
      "401|{\"error\": \"the request was not authenticated\"}|V3_UNAUTHENTICATED",
      "403|{\"error\": \"requestor is forbidden from requested resource\"}|V3_FORBIDDEN",
      "400|{\"error\":\"Database mydb not found\"}|DATABASE_NOT_FOUND",
      "404|404 page not found|NO_SUCH_ROUTE",
      "404|Not found|NO_SUCH_ROUTE",
      "500|{\"code\":\"internal error\",\"message\":\"An internal error has occurred - check server logs\"}|OTHER",
  })
  void readsTheExactBodies(int status, String body, Signal expected) {
    assertThat(Classifier.signal(answer(status, body + "\n"))).isEqualTo(expected);
  }

  @Test
  void statementErrorsNameTheDatabase() {
    assertThat(Classifier.missingDatabase("database not found: mydb")).isEqualTo("mydb");
    assertThat(Classifier.missingDatabase("database not found: \"mydb\"")).isEqualTo("mydb");
    assertThat(Classifier.missingDatabase("Database mydb not found")).isEqualTo("mydb");
    assertThat(Classifier.missingDatabase("authorization failed")).isEmpty();
  }

  @Test
  void anomaliesAreNamed() {
    assertThat(Classifier.anomaly(new HttpExchange(200, Map.of("Content-Type", "text/html"), "<html>login</html>", BodyState.COMPLETE)))
        .hasValueSatisfying(why -> assertThat(why).contains("HTML page"));
    assertThat(Classifier.anomaly(answer(503, "{}"))).hasValueSatisfying(why -> assertThat(why).contains("503"));
    assertThat(Classifier.anomaly(new HttpExchange(200, Map.of(), "x", BodyState.OVER_CAP))).isPresent();
    assertThat(Classifier.anomaly(new HttpExchange(200, Map.of(), "x", BodyState.CUT_SHORT))).isPresent();
    assertThat(Classifier.anomaly(answer(401, "{\"error\":\"authorization failed\"}"))).isEmpty();
  }

  @Test
  void fluxCsvCountsBucketsAndSpotsInBandErrors() {
    String buckets = "#datatype,string,long,string,string,string,string,long\r\n#group,false,false,false,false,false,false,false\r\n"
        + "#default,_result,,,,,,\r\n,result,table,name,id,organizationID,retentionPolicy,retentionPeriod\r\n"
        + ",,0,_monitoring,0000000000000002,0000000000000001,,604800000000000\r\n,,0,telegraf,00000000000000b1,0000000000000001,,0\r\n\r\n";
    FluxCsv csv = FluxCsv.parse(buckets).orElseThrow();
    assertThat(csv.column("name")).containsExactly("_monitoring", "telegraf");
    assertThat(csv.column("organizationID")).containsOnly("0000000000000001");

    FluxCsv error = FluxCsv.parse("#datatype,string,string\n#group,true,true\n#default,,\n,error,reference\n,boom,\n").orElseThrow();
    assertThat(error.error()).isEqualTo("boom");
    assertThat(FluxCsv.parse("<html>nope</html>")).isEmpty();
  }
}
