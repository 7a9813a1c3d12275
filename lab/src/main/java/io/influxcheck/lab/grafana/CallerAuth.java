package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.lab.http.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Authenticates the caller's service-account token and checks RBAC actions, answering refusals with
 * Grafana 11's exact bodies (facts E.1).
 */
final class CallerAuth {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SERVICE_ACCOUNT_PREFIX = "glsa_";
  private final GrafanaState state;

  CallerAuth(GrafanaState state) {
    this.state = state;
  }

  /** Who is calling, or the 401 to answer. */
  sealed interface Caller permits Authenticated, Rejected {}

  record Authenticated(ServiceAccount account) implements Caller {}

  record Rejected(SimResponse response) implements Caller {}

  Caller authenticate(String authorization) {
    Optional<String> token = tokenFrom(authorization);
    if (token.isEmpty()) {
      if (authorization != null && authorization.startsWith("Basic ")) {
        // A user/password login: the simulator has no users. Grafana's password client answers this
        // (errutil "password-auth.failed"; not in the facts document, read from authn/clients/password.go).
        return new Rejected(unauthorized("Invalid username or password", "password-auth.failed"));
      }
      return new Rejected(unauthorized("Unauthorized", "auth.unauthorized"));
    }
    Optional<ServiceAccount> account = state.accountWithToken(token.get());
    if (account.isEmpty()) {
      return new Rejected(wellFormed(token.get())
          ? unauthorized("Invalid API key", "api-key.invalid")
          : GrafanaResponse.messageWithTrace(401, "Unauthorized"));
    }
    switch (account.get().tokenState()) {
      case EXPIRED:
        return new Rejected(unauthorized("Expired API key", "api-key.expired"));
      case REVOKED:
        return new Rejected(unauthorized("Revoked API key", "api-key.revoked"));
      default:
        return new Authenticated(account.get());
    }
  }

  /** The 403 Grafana's access-control middleware sends when {@code permission} is missing, if it is. */
  static Optional<SimResponse> authorize(ServiceAccount account, GrafanaPermission permission) {
    if (account.has(permission)) {
      return Optional.empty();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accessErrorId", "ACE" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
    body.put("message", "You'll need additional permissions to perform this action. Permissions needed: "
        + permission.action());
    body.put("title", "Access denied");
    return Optional.of(GrafanaResponse.json(403, body));
  }

  /** {@code Bearer <token>} or Basic {@code api_key:<token>} ({@code authn/clients/api_key.go}). */
  private static Optional<String> tokenFrom(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    if (authorization.startsWith("Bearer ")) {
      String token = authorization.substring("Bearer ".length()).trim();
      return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
    if (authorization.startsWith("Basic ")) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon > 0 && decoded.substring(0, colon).equals("api_key")) {
        return Optional.of(decoded.substring(colon + 1));
      }
    }
    return Optional.empty();
  }

  /**
   * A service-account token ({@code glsa_…}) or a decodable legacy API key (base64 JSON with {@code k});
   * anything else fails to decode and Grafana falls back to its plain 401.
   */
  private static boolean wellFormed(String token) {
    if (token.startsWith(SERVICE_ACCOUNT_PREFIX)) {
      return true;
    }
    try {
      JsonNode legacy = MAPPER.readTree(Base64.getDecoder().decode(token));
      return legacy != null && legacy.hasNonNull("k");
    } catch (Exception notALegacyKey) {
      return false;
    }
  }

  private static SimResponse unauthorized(String message, String messageId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("extra", null);
    body.put("message", message);
    body.put("messageId", messageId);
    body.put("statusCode", 401);
    body.put("traceID", "");
    return GrafanaResponse.json(401, body);
  }
}
