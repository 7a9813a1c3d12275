package io.influxcheck.core.diagnosis;

import io.influxcheck.core.probe.HttpExchange;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads InfluxDB answers: which {@link Signal} an error body carries, and whether an answer is not
 * InfluxDB's at all (an HTML page from a proxy, a 5xx, a cut or oversized body). Matching is on the
 * exact texts InfluxDB 1.x, 2.x and 3.x write.
 */
final class Classifier {
  private static final Pattern V1_DB_NOT_FOUND = Pattern.compile("database not found: \"?([^\"]*)\"?");
  private static final Pattern V3_DB_NOT_FOUND = Pattern.compile("Database (\\S+) not found");

  private Classifier() {
  }

  static Signal signal(HttpExchange answer) {
    ErrorBody body = ErrorBody.parse(answer.body());
    String text = body.humanText();
    int status = answer.status();
    if (text.startsWith("Flux query service disabled")) {
      return Signal.V1_FLUX_DISABLED;
    }
    if (body.json() && !body.code().isEmpty()) {
      return v2Signal(status, body);
    }
    if (body.json() && !body.error().isEmpty()) {
      return errorFieldSignal(status, body.error());
    }
    if (status == 404 && (text.equals("404 page not found") || text.equals("Not found"))) {
      return Signal.NO_SUCH_ROUTE;
    }
    return Signal.OTHER;
  }

  private static Signal v2Signal(int status, ErrorBody body) {
    String message = body.message();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("token is inactive")) {
      return Signal.V2_TOKEN_INACTIVE;
    }
    if (message.equals("User is inactive")) {
      return Signal.V2_USER_INACTIVE;
    }
    if (status == 401 && message.equals("unauthorized access")) {
      return Signal.V2_UNAUTHORIZED_ACCESS;
    }
    if (status == 401 && message.equals("Unauthorized")) {
      return Signal.V2_COMPAT_UNAUTHORIZED;
    }
    if (lower.contains("organization name") && lower.contains("not found") || lower.endsWith("organization not found")) {
      return Signal.V2_ORG_NOT_FOUND;
    }
    if (message.contains("Please provide either orgID or org")) {
      return Signal.V2_ORG_REQUIRED;
    }
    if (lower.contains("could not find bucket") || lower.matches(".*bucket \".*\" not found.*")) {
      return Signal.V2_BUCKET_NOT_FOUND;
    }
    if (lower.endsWith("is unauthorized") || lower.contains("is authorized") || lower.startsWith("insufficient permissions")) {
      return Signal.V2_PERMISSION_DENIED;
    }
    return Signal.OTHER;
  }

  private static Signal errorFieldSignal(int status, String error) {
    if (error.equals("unable to parse authentication credentials")) {
      return Signal.V1_NO_CREDENTIALS;
    }
    if (error.equals("username required")) {
      return Signal.V1_USERNAME_REQUIRED;
    }
    if (error.equals("authorization failed")) {
      return Signal.V1_AUTHORIZATION_FAILED;
    }
    if (error.equals("bearer auth disabled")) {
      return Signal.V1_BEARER_DISABLED;
    }
    if (error.contains("create admin user first")) {
      return Signal.V1_NO_ADMIN_USER;
    }
    if (error.startsWith("error authorizing query:")) {
      return Signal.V1_NOT_AUTHORIZED;
    }
    if (error.equals(ServerDetector.THREE_UNAUTHENTICATED)) {
      return Signal.V3_UNAUTHENTICATED;
    }
    if (error.startsWith("requestor is forbidden")) {
      return Signal.V3_FORBIDDEN;
    }
    if (error.startsWith("Authorization header was malformed")) {
      return Signal.V3_AUTH_MALFORMED;
    }
    if (V1_DB_NOT_FOUND.matcher(error).find() || V3_DB_NOT_FOUND.matcher(error).find()) {
      return Signal.DATABASE_NOT_FOUND;
    }
    if (status == 401 && error.equals("unauthorized access")) {
      return Signal.V3_UNAUTHENTICATED;
    }
    return Signal.OTHER;
  }

  /** Why an answer cannot be InfluxDB's own, or empty when it may be. */
  static Optional<String> anomaly(HttpExchange answer) {
    switch (answer.bodyState()) {
      case OVER_CAP:
        return Optional.of("the body is larger than the size cap; InfluxDB's answers to these probes are small");
      case CUT_SHORT:
        return Optional.of("the connection closed before the body was complete");
      case COMPLETE:
      default:
        break;
    }
    if (isHtml(answer)) {
      return Optional.of("an HTML page answered (HTTP " + answer.status() + "), not InfluxDB: a proxy, load balancer or login page is in the way, or the URL points at another service");
    }
    if (answer.status() >= 500) {
      return Optional.of("the server failed with HTTP " + answer.status());
    }
    return Optional.empty();
  }

  static boolean isHtml(HttpExchange answer) {
    String type = answer.contentType().toLowerCase(Locale.ROOT);
    String start = answer.body().stripLeading().toLowerCase(Locale.ROOT);
    return type.contains("text/html") || start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /** The database named in a {@code database not found} error, or empty. */
  static String missingDatabase(String error) {
    Matcher v1 = V1_DB_NOT_FOUND.matcher(error);
    if (v1.find()) {
      return v1.group(1);
    }
    Matcher v3 = V3_DB_NOT_FOUND.matcher(error);
    return v3.find() ? v3.group(1) : "";
  }
}
