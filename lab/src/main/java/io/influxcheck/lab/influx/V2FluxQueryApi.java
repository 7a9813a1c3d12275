package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * {@code POST /api/v2/query}: org resolution and errors as {@code http/query_handler.go} (compact bodies),
 * bucket lookups through the caller's permissions (unreadable = not found), annotated CSV answers, and
 * gzip for bodies of 1400 bytes or more when the client accepts it (nytimes/gziphandler defaults).
 */
final class V2FluxQueryApi {
  static final int GZIP_MIN_SIZE = 1400;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final InfluxV2State state;

  V2FluxQueryApi(InfluxV2State state) {
    this.state = state;
  }

  SimResponse query(SimRequest request, V2Caller caller) {
    SimResponse response = answer(request, caller);
    return gzipIfAccepted(request, response).withHeader("Vary", "Accept-Encoding");
  }

  private SimResponse answer(SimRequest request, V2Caller caller) {
    Optional<String> script = script(request);
    if (script.isEmpty()) {
      return V2Errors.compact("invalid", "failed to decode request body: request body requires either spec or query");
    }
    String orgError = null;
    V2Org org = null;
    Optional<String> orgParam = request.query("org").filter(s -> !s.isEmpty());
    Optional<String> orgIdParam = request.query("orgID").filter(s -> !s.isEmpty());
    if (orgIdParam.isPresent()) {
      orgError = idError(orgIdParam.get());
      if (orgError == null) {
        org = state.orgById(orgIdParam.get()).orElse(null);
        orgError = org == null ? "organization not found" : null;
      }
    } else if (orgParam.isPresent()) {
      if (isId(orgParam.get())) {
        org = state.orgById(orgParam.get()).orElse(null);
        orgError = org == null ? "organization not found" : null;
      } else {
        org = state.orgByName(orgParam.get()).orElse(null);
        orgError = org == null ? "organization name \"" + orgParam.get() + "\" not found" : null;
      }
    } else {
      orgError = "Please provide either orgID or org";
    }
    if (orgError != null) {
      return V2Errors.compact("invalid", "failed to decode request body: " + orgError);
    }
    FluxScript flux = FluxScript.parse(script.get(), FluxEvaluator.now());
    String orgId = org.id();
    for (String name : flux.bucketsReferenced()) {
      Optional<V2Bucket> bucket = state.bucketByName(orgId, name);
      if (bucket.isEmpty() || !caller.canRead(bucket.get())) {
        return V2Errors.compact("not found", "failed to initialize execute state: could not find bucket \"" + name.replace("\"", "\\\"") + "\"");
      }
    }
    List<AnnotatedCsv.Table> tables;
    switch (flux.source()) {
      case BUCKETS -> tables = FluxEvaluator.buckets(flux, state.buckets().stream().filter(b -> b.orgId().equals(orgId)).filter(caller::canRead).toList());
      case SCHEMA_MEASUREMENTS -> tables = FluxEvaluator.measurements(state.points(state.bucketByName(orgId, flux.bucketsReferenced().get(0)).orElseThrow().id()));
      case FROM -> tables = FluxEvaluator.from(flux, state.points(state.bucketByName(orgId, flux.bucketsReferenced().get(0)).orElseThrow().id()));
      default -> {
        return V2Errors.compact("invalid", "error in query specification while starting program: this Flux script returns no streaming data. "
            + "Consider adding a \"yield\" or invoking streaming functions directly, without performing an assignment");
      }
    }
    return SimResponse.of(200, AnnotatedCsv.CONTENT_TYPE, AnnotatedCsv.write(flux.resultName(), tables));
  }

  private static Optional<String> script(SimRequest request) {
    String contentType = request.header("Content-Type").orElse("");
    if (contentType.startsWith("application/vnd.flux")) {
      return Optional.of(request.bodyText()).filter(s -> !s.isBlank());
    }
    try {
      JsonNode body = MAPPER.readTree(request.body());
      return Optional.ofNullable(body).map(b -> b.path("query").asText("")).filter(s -> !s.isBlank());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isId(String s) {
    return idError(s) == null;
  }

  /** {@code platform.IDFromString} errors. */
  private static String idError(String s) {
    if (s.length() != 16) {
      return "id must have a length of 16 bytes";
    }
    try {
      HexFormat.fromHexDigits(s.substring(0, 8));
      HexFormat.fromHexDigits(s.substring(8));
      return s.equals("0000000000000000") ? "invalid ID" : null;
    } catch (IllegalArgumentException e) {
      return "invalid ID";
    }
  }

  static SimResponse gzipIfAccepted(SimRequest request, SimResponse response) {
    boolean accepts = request.header("Accept-Encoding").map(v -> v.contains("gzip")).orElse(false);
    if (!accepts || response.body().length < GZIP_MIN_SIZE) {
      return response;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
      gzip.write(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return response.withBody(buffer.toByteArray()).withHeader("Content-Encoding", "gzip");
  }
}
