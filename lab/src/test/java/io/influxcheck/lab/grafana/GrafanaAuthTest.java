package io.influxcheck.lab.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.lab.http.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins facts E.1 (401 bodies), E.2 (route → action) and E.3 ({@code /api/health}). */
class GrafanaAuthTest {
  private static final String TOKEN = "glsa_reader0123456789abcdefghijklmnopq_1a2b3c4d";
  private static final String DENIED = "^\\{\"accessErrorId\":\"ACE\\d{10}\",\"message\":\"You'll need additional "
      + "permissions to perform this action. Permissions needed: %s\",\"title\":\"Access denied\"}$";

  private GrafanaState state;
  private GrafanaSimulator grafana;

  @BeforeEach
  void start() {
    state = new GrafanaState().commit("b58701869e")
        .add(ServiceAccount.active("reader", TOKEN, GrafanaPermission.DATASOURCES_READ))
        .add(ServiceAccount.admin("old", "glsa_expired000000000000000000000000_00000000").expired())
        .add(ServiceAccount.admin("gone", "glsa_revoked000000000000000000000000_00000000").revoked())
        .add(GrafanaDataSource.builder("influx-prod", "InfluxDB").url("http://127.0.0.1:9").build());
    grafana = GrafanaSimulator.start(state);
  }

  @AfterEach
  void stop() {
    grafana.close();
  }

  @Test
  void apiHealthNeedsNoTokenAndIsTwoSpaceIndentedWithSortedKeys() {
    Http.Reply reply = Http.get(grafana.url() + "/api/health", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json; charset=UTF-8");
    assertThat(reply.body()).isEqualTo("{\n  \"commit\": \"b58701869e\",\n  \"database\": \"ok\",\n  \"version\": \"11.4.0\"\n}");
  }

  @Test
  void noCredentialsIsAuthUnauthorized() {
    Http.Reply reply = Http.get(grafana.url() + "/api/datasources", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.body())
        .isEqualTo("{\"extra\":null,\"message\":\"Unauthorized\",\"messageId\":\"auth.unauthorized\",\"statusCode\":401,\"traceID\":\"\"}");
  }

  @Test
  void unknownServiceAccountTokenIsInvalidApiKey() {
    Http.Reply reply = Http.get(grafana.url() + "/api/datasources", Http.bearer("glsa_unknown00000000000000000000000_deadbeef"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body())
        .isEqualTo("{\"extra\":null,\"message\":\"Invalid API key\",\"messageId\":\"api-key.invalid\",\"statusCode\":401,\"traceID\":\"\"}");
  }

  @Test
  void expiredAndRevokedTokensHaveTheirOwnMessageIds() {
    Http.Reply expired = Http.get(grafana.url() + "/api/datasources", Http.bearer("glsa_expired000000000000000000000000_00000000"));
    Http.Reply revoked = Http.get(grafana.url() + "/api/datasources", Http.bearer("glsa_revoked000000000000000000000000_00000000"));

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.body())
        .isEqualTo("{\"extra\":null,\"message\":\"Expired API key\",\"messageId\":\"api-key.expired\",\"statusCode\":401,\"traceID\":\"\"}");
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.body())
        .isEqualTo("{\"extra\":null,\"message\":\"Revoked API key\",\"messageId\":\"api-key.revoked\",\"statusCode\":401,\"traceID\":\"\"}");
  }

  @Test
  void garbageKeyGetsTheFallbackBody() {
    Http.Reply reply = Http.get(grafana.url() + "/api/datasources", Http.bearer("not-a-grafana-key"));

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("{\"message\":\"Unauthorized\",\"traceID\":\"\"}");
  }

  @Test
  void basicAuthWithApiKeyUserCarriesTheToken() {
    String basic = "Basic " + Base64.getEncoder().encodeToString(("api_key:" + TOKEN).getBytes(StandardCharsets.UTF_8));

    assertThat(Http.get(grafana.url() + "/api/datasources", basic).status()).isEqualTo(200);
  }

  @Test
  void missingPermissionIsAccessDeniedNamingTheAction() {
    Http.Reply health = Http.get(grafana.url() + "/api/datasources/uid/influx-prod/health", Http.bearer(TOKEN));
    Http.Reply put = Http.put(grafana.url() + "/api/datasources/uid/influx-prod", Http.bearer(TOKEN), "{}");
    Http.Reply query = Http.post(grafana.url() + "/api/ds/query", Http.bearer(TOKEN), "{}");

    assertThat(health.status()).isEqualTo(403);
    assertThat(health.body()).matches(String.format(DENIED, "datasources:query"));
    assertThat(put.status()).isEqualTo(403);
    assertThat(put.body()).matches(String.format(DENIED, "datasources:write"));
    assertThat(query.status()).isEqualTo(403);
    assertThat(query.body()).matches(String.format(DENIED, "datasources:query"));
  }

  @Test
  void readNeedsDatasourcesRead() {
    state.add(ServiceAccount.active("querier", "glsa_querier0000000000000000000000000_00000000", GrafanaPermission.DATASOURCES_QUERY));

    Http.Reply reply = Http.get(grafana.url() + "/api/datasources/uid/influx-prod",
        Http.bearer("glsa_querier0000000000000000000000000_00000000"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).matches(String.format(DENIED, "datasources:read"));
  }

  @Test
  void callLogRedactsTheAuthorizationHeader() {
    Http.get(grafana.url() + "/api/datasources", Http.bearer(TOKEN));

    RecordedCall call = state.calls().get(0);
    assertThat(call.authorization()).contains("Bearer " + TOKEN);
    assertThat(call.toString()).startsWith("RecordedCall[GET /api/datasources ")
        .contains("Authorization: Bearer <redacted " + TOKEN.length() + " chars>")
        .doesNotContain(TOKEN);
  }
}
