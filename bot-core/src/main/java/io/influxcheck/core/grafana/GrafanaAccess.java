package io.influxcheck.core.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Grafana's 401 and 403 answers to the bot's own requests: a rejected service-account token
 * (told apart by {@code messageId}) or a missing RBAC permission (named from the 403 body).
 */
public final class GrafanaAccess {
  private static final Pattern PERMISSIONS_NEEDED = Pattern.compile("Permissions needed: ([A-Za-z0-9:._*-]+(?:[ ,]+[A-Za-z0-9:._*-]+)*)");

  private GrafanaAccess() { }

  /**
   * A GRAFANA_TOKEN_INVALID or GRAFANA_PERMISSION_MISSING finding when Grafana refused the bot,
   * else empty.
   *
   * @param expectedPermission the action the route needs, named when the 403 body does not say
   */
  public static Optional<Finding> problem(GrafanaConnection grafana, GrafanaExchange.Answered answer, String expectedPermission) {
    if (answer.status() == 401) {
      return Optional.of(tokenRejected(grafana, answer));
    }
    if (answer.status() == 403) {
      return Optional.of(permissionMissing(grafana, answer, expectedPermission));
    }
    return Optional.empty();
  }

  private static Finding tokenRejected(GrafanaConnection grafana, GrafanaExchange.Answered answer) {
    JsonNode body = GrafanaJson.parse(answer.body());
    String messageId = GrafanaJson.text(body, "messageId");
    String message = GrafanaJson.text(body, "message");
    String where = "grafana[" + grafana.name() + "].token";
    String source = grafana.token().source().isEmpty() ? where : grafana.token().source();
    String newToken = "Create a new token for the bot's service account (Administration > Users and access > Service accounts) "
        + "and put it in " + source + ".";
    String title;
    String cause;
    Fix fix;
    switch (messageId) {
      case "api-key.expired" -> {
        title = "Grafana " + grafana.name() + " says the bot's service-account token has expired";
        cause = "The token " + grafana.token().describe() + " passed its expiry date.";
        fix = Fix.of(newToken + " Choose a later expiry, or none, for a bot token.");
      }
      case "api-key.revoked" -> {
        title = "Grafana " + grafana.name() + " says the bot's service-account token was revoked";
        cause = "The token " + grafana.token().describe() + " was deleted from its service account, or the account was disabled.";
        fix = Fix.of(newToken);
      }
      case "api-key.organization-mismatch" -> {
        title = "The bot's token belongs to another Grafana organization";
        cause = "Service-account tokens are bound to one organization; this one is not the organization being asked.";
        fix = Fix.of("Create the service account and its token in the organization that owns the data sources, and put it in " + source + ".");
      }
      case "auth.unauthorized" -> {
        title = grafana.token().isEmpty()
            ? "No service-account token is configured for Grafana " + grafana.name()
            : "Grafana " + grafana.name() + " did not accept the bot's credentials";
        cause = grafana.token().isEmpty()
            ? where + " is empty (is its environment variable set?), so the bot called Grafana anonymously."
            : "Grafana could not authenticate the request.";
        fix = Fix.of(newToken);
      }
      default -> {
        title = "Grafana " + grafana.name() + " rejected the bot's service-account token"
            + (message.isEmpty() ? "" : " (" + message + ")");
        cause = "Grafana does not know the token " + grafana.token().describe()
            + ": it is mistyped, was deleted, or belongs to another Grafana.";
        fix = Fix.of(newToken);
      }
    }
    return Finding.of(FindingCode.GRAFANA_TOKEN_INVALID, title, cause,
        List.of(answer.evidence(grafana.authDescription())), fix);
  }

  private static Finding permissionMissing(GrafanaConnection grafana, GrafanaExchange.Answered answer, String expectedPermission) {
    JsonNode body = GrafanaJson.parse(answer.body());
    String message = GrafanaJson.text(body, "message");
    Matcher matcher = PERMISSIONS_NEEDED.matcher(message);
    String permission = matcher.find() ? matcher.group(1) : expectedPermission;
    String title = "The bot's service account lacks `" + permission + "` in Grafana " + grafana.name();
    String cause = "Grafana answered 403" + (message.isEmpty() ? "" : " \"" + message + "\"")
        + " to " + answer.method() + " " + answer.path() + ".";
    Fix fix = Fix.of("Grant the bot's service account " + GrafanaPermissions.grantingRole(permission)
        + " (Administration > Users and access > Service accounts > the bot's account > Role).");
    return Finding.of(FindingCode.GRAFANA_PERMISSION_MISSING, title, cause,
        List.of(answer.evidence(grafana.authDescription())), fix);
  }
}
