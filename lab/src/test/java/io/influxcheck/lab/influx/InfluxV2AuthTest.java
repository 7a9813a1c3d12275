package io.influxcheck.lab.influx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins section A.1 / A.3 / A.4 of the research: one test per row of the 2.x authentication tables. */
class InfluxV2AuthTest {
  private static final String UNAUTHORIZED_ACCESS = "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}";
  private static final String UNAUTHORIZED_CAPITAL = "{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}";

  private InfluxV2State state;
  private InfluxV2Simulator influx;
  private V2Org org;
  private V2Bucket telegraf;
  private V2User admin;
  private V2Authorization readToken;

  @BeforeEach
  void start() {
    state = new InfluxV2State();
    org = state.addOrg("myorg");
    telegraf = state.addBucket(org, "telegraf");
    admin = state.addUser("admin");
    readToken = state.addToken("canary-read-token", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));
    state.addPoints(telegraf, List.of(Point.of("cpu", Map.of("host", "a"), "usage", 0.5, Instant.parse("2024-01-15T10:00:00Z"))));
    influx = InfluxV2Simulator.start(state);
  }

  @AfterEach
  void stop() {
    influx.close();
  }

  private HttpResponse<String> buckets(String authorization) {
    var request = Http.get(influx.url(), "/api/v2/buckets");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Http.send(request);
  }

  private static void assertCompactError(HttpResponse<String> response, int status, String body, String code) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).isEqualTo(body);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(response.headers().firstValue("X-Platform-Error-Code")).hasValue(code);
    assertThat(response.headers().firstValue("X-Influxdb-Build")).hasValue("OSS");
    assertThat(response.headers().firstValue("X-Influxdb-Version")).hasValue("v2.7.12");
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void noAuthorizationHeaderIs401UnauthorizedAccess() {
    assertCompactError(buckets(null), 401, UNAUTHORIZED_ACCESS, "unauthorized");
  }

  @Test
  void basicSchemeOnApiV2Is401UnauthorizedAccess() {
    assertCompactError(buckets(Http.basic("admin", "canary-read-token")), 401, UNAUTHORIZED_ACCESS, "unauthorized");
  }

  @Test
  void unknownTokenIs401UnauthorizedAccess() {
    assertCompactError(buckets("Token canary-unknown"), 401, UNAUTHORIZED_ACCESS, "unauthorized");
    assertCompactError(buckets("Bearer canary-unknown"), 401, UNAUTHORIZED_ACCESS, "unauthorized");
  }

  @Test
  void tokenAndBearerSchemesAreCaseInsensitiveOnApiV2() {
    assertThat(buckets("Token canary-read-token").statusCode()).isEqualTo(200);
    assertThat(buckets("token canary-read-token").statusCode()).isEqualTo(200);
    assertThat(buckets("BEARER canary-read-token").statusCode()).isEqualTo(200);
  }

  @Test
  void inactiveUserIs403UserIsInactive() {
    state.setUserStatus(admin, V2Status.INACTIVE);
    assertCompactError(buckets("Token canary-read-token"), 403, "{\"code\":\"forbidden\",\"message\":\"User is inactive\"}", "forbidden");
  }

  @Test
  void inactiveTokenPassesButSeesAnEmptyList() {
    state.setTokenStatus(readToken, V2Status.INACTIVE);
    HttpResponse<String> response = buckets("Token canary-read-token");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"buckets\": []");
  }

  @Test
  void singleBucketWithoutPermissionIs401WithThePermissionText() {
    V2Bucket other = state.addBucket(org, "other");
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v2/buckets/" + other.id()).header("Authorization", "Token canary-read-token"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\n\t\"code\": \"unauthorized\",\n\t\"message\": \"read:orgs/" + org.id() + "/buckets/" + other.id() + " is unauthorized\"\n}");
  }

  @Test
  void singleBucketWithInactiveTokenSaysTokenIsInactive() {
    state.setTokenStatus(readToken, V2Status.INACTIVE);
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v2/buckets/" + telegraf.id()).header("Authorization", "Token canary-read-token"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\n\t\"code\": \"unauthorized\",\n\t\"message\": \"token is inactive\"\n}");
  }

  @Test
  void meNeedsReadOnTheOwnerUser() {
    HttpResponse<String> response = Http.send(Http.get(influx.url(), "/api/v2/me").header("Authorization", "Token canary-read-token"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\n\t\"code\": \"unauthorized\",\n\t\"message\": \"read:users/" + admin.id() + " is unauthorized\"\n}");
    state.addAllAccessToken("canary-all-access", admin, org);
    HttpResponse<String> ok = Http.send(Http.get(influx.url(), "/api/v2/me").header("Authorization", "Token canary-all-access"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("{\n\t\"links\": {\n\t\t\"self\": \"/api/v2/users/" + admin.id() + "\"\n\t},\n\t\"id\": \"" + admin.id()
        + "\",\n\t\"name\": \"admin\",\n\t\"status\": \"active\"\n}");
  }

  // ---- v1 compatibility /query (A.3) ----

  private HttpResponse<String> legacy(String authorization, String query) {
    var request = Http.get(influx.url(), "/query?db=telegraf&epoch=ms&q=SHOW%20MEASUREMENTS" + query);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Http.send(request);
  }

  @Test
  void legacyWithoutCredentialsIs401UnauthorizedAccess() {
    assertCompactError(legacy(null, ""), 401, UNAUTHORIZED_ACCESS, "unauthorized");
  }

  @Test
  void legacyBearerIsNotAccepted() {
    assertCompactError(legacy("Bearer canary-read-token", ""), 401, UNAUTHORIZED_ACCESS, "unauthorized");
  }

  @Test
  void legacyTokenSchemeIsCaseSensitive() {
    assertThat(legacy("Token canary-read-token", "").statusCode()).isEqualTo(200);
    assertThat(legacy("Token anyone:canary-read-token", "").statusCode()).isEqualTo(200);
    assertCompactError(legacy("token canary-read-token", ""), 401, UNAUTHORIZED_ACCESS, "unauthorized");
  }

  @Test
  void legacyBasicWithTokenAsPasswordWorksForAnyUsername() {
    HttpResponse<String> response = legacy(Http.basic("whoever", "canary-read-token"), "");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"columns\":[\"name\"],\"values\":[[\"cpu\"]]}]}]}\n");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
  }

  @Test
  void legacyUandPParamsWork() {
    assertThat(legacy(null, "&u=x&p=canary-read-token").statusCode()).isEqualTo(200);
  }

  @Test
  void legacyOrdinaryUserPasswordIs401CapitalUnauthorized() {
    assertCompactError(legacy(Http.basic("admin", "canary-ui-password"), ""), 401, UNAUTHORIZED_CAPITAL, "unauthorized");
  }

  @Test
  void legacyV1CredentialWithWrongPasswordIs401CapitalUnauthorized() {
    state.addV1Credential("grafana", "canary-v1-password", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));
    assertThat(legacy(Http.basic("grafana", "canary-v1-password"), "").statusCode()).isEqualTo(200);
    assertCompactError(legacy(Http.basic("grafana", "canary-wrong"), ""), 401, UNAUTHORIZED_CAPITAL, "unauthorized");
  }

  @Test
  void legacyInactiveTokenIs401CapitalUnauthorized() {
    state.setTokenStatus(readToken, V2Status.INACTIVE);
    assertCompactError(legacy("Token canary-read-token", ""), 401, UNAUTHORIZED_CAPITAL, "unauthorized");
  }

  @Test
  void legacyInactiveUserIs401CapitalUnauthorized() {
    state.setUserStatus(admin, V2Status.INACTIVE);
    assertCompactError(legacy(Http.basic("x", "canary-read-token"), ""), 401, UNAUTHORIZED_CAPITAL, "unauthorized");
  }
}
