package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * {@code ANY /api/datasources/proxy/uid/:uid/*} ({@code pkg/api/pluginproxy/ds_proxy.go}): forwards the
 * request to the data source URL with the stored credentials instead of the caller's Grafana token, and
 * turns an upstream 401 into 400 {@code Authentication to data source failed}. Transport failures are a
 * bare 502, as Go's reverse proxy answers.
 */
final class ProxyRoute {
  private final GrafanaState state;
  private final InfluxUpstream upstream;

  ProxyRoute(GrafanaState state, InfluxUpstream upstream) {
    this.state = state;
    this.upstream = upstream;
  }

  SimResponse forward(String uid, String rest, SimRequest request) {
    Optional<GrafanaDataSource> found = state.dataSource(uid);
    if (found.isEmpty()) {
      return DataSourceRoutes.notFound();
    }
    GrafanaDataSource ds = found.get();
    HttpUrl base = HttpUrl.parse(ds.url());
    if (base == null) {
      return GrafanaResponse.message(400, "Unable to parse data source URL");
    }
    HttpUrl.Builder url = base.newBuilder();
    String path = rest.startsWith("/") ? rest.substring(1) : rest;
    if (!path.isEmpty()) {
      url.addPathSegments(path);
    }
    if (!request.rawQuery().isEmpty()) {
      url.encodedQuery(request.rawQuery());
    }
    boolean hasBody = request.body().length > 0 || request.method().equals("POST") || request.method().equals("PUT");
    Request.Builder forwarded = new Request.Builder().url(url.build()).method(request.method(), hasBody
        ? RequestBody.create(request.body(), MediaType.parse("application/x-www-form-urlencoded"))
        : null);
    if (ds.basicAuth()) {
      forwarded.header("Authorization", Credentials.basic(ds.basicAuthUser(), ds.secret("basicAuthPassword").reveal(), StandardCharsets.UTF_8));
    } else if (!ds.user().isEmpty()) {
      forwarded.header("Authorization", Credentials.basic(ds.user(), ds.secret("password").reveal(), StandardCharsets.UTF_8));
    }
    for (int i = 1; !ds.json("httpHeaderName" + i).isEmpty(); i++) {
      forwarded.header(ds.json("httpHeaderName" + i), ds.secret("httpHeaderValue" + i).reveal());
    }
    UpstreamReply reply = upstream.send(forwarded.build(), state.upstreamTimeout());
    if (reply instanceof UpstreamReply.Failed || reply instanceof UpstreamReply.Cut) {
      return SimResponse.of(502, "text/plain; charset=utf-8", "");
    }
    UpstreamReply.Answered answered = (UpstreamReply.Answered) reply;
    if (answered.status() == 401) {
      return GrafanaResponse.text(400, "Authentication to data source failed");
    }
    String contentType = answered.contentType().isEmpty() ? "text/plain; charset=utf-8" : answered.contentType();
    return SimResponse.of(answered.status(), contentType, answered.body());
  }
}
