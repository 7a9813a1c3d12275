package io.influxcheck.lab.influx;

import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Authentication on InfluxDB 2.x: the {@code /api/v2} middleware and the v1-compatibility handler. */
final class V2Auth {
  private final InfluxV2State state;

  V2Auth(InfluxV2State state) {
    this.state = state;
  }

  /** Outcome: a caller, or the error response to send. */
  record Result(V2Caller caller, SimResponse error) {
    static Result ok(V2Caller caller) {
      return new Result(caller, null);
    }

    static Result fail(SimResponse error) {
      return new Result(null, error);
    }

    boolean failed() {
      return error != null;
    }
  }

  /**
   * {@code /api/v2/*}: {@code Token <t>} or {@code Bearer <t>}, scheme case-insensitive; anything else 401
   * {@code unauthorized access}; an inactive user 403 {@code User is inactive}; an inactive token passes
   * (its permission checks fail later).
   */
  Result apiV2(SimRequest request) {
    Optional<String> token = request.header("Authorization").flatMap(V2Auth::apiToken);
    if (token.isEmpty()) {
      return Result.fail(V2Errors.unauthorizedAccess());
    }
    Optional<V2Authorization> auth = state.authorizationByToken(token.get());
    if (auth.isEmpty()) {
      return Result.fail(V2Errors.unauthorizedAccess());
    }
    boolean userActive = state.userById(auth.get().userId()).map(V2User::isActive).orElse(false);
    if (!userActive) {
      return Result.fail(V2Errors.compact("forbidden", "User is inactive"));
    }
    return Result.ok(V2Caller.of(auth.get()));
  }

  static Optional<String> apiToken(String header) {
    for (String scheme : new String[] {"Token ", "Bearer "}) {
      if (header.length() >= scheme.length() && header.substring(0, scheme.length()).equalsIgnoreCase(scheme)) {
        return Optional.of(header.substring(scheme.length()));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code /query}, {@code /write}: {@code u}+{@code p}, then {@code Token <t>} / {@code Token <user>:<t>}
   * (exact case), then Basic. Token scheme ⇒ v2 token; u/p and Basic ⇒ v1 credential by username, else the
   * password as a v2 token. Unparseable ⇒ 401 {@code unauthorized access}; any failed check ⇒ 401
   * {@code Unauthorized}.
   */
  Result legacy(SimRequest request) {
    String username;
    String secret;
    boolean tokenScheme = false;
    Optional<String> u = request.query("u").filter(s -> !s.isEmpty());
    Optional<String> p = request.query("p").filter(s -> !s.isEmpty());
    String header = request.header("Authorization").orElse("");
    String[] parts = header.split(" ", -1);
    if (u.isPresent() && p.isPresent()) {
      username = u.get();
      secret = p.get();
    } else if (parts.length == 2 && parts[0].equals("Token")) {
      tokenScheme = true;
      int colon = parts[1].indexOf(':');
      username = colon < 0 ? "" : parts[1].substring(0, colon);
      secret = colon < 0 ? parts[1] : parts[1].substring(colon + 1);
    } else {
      Optional<String[]> basic = basic(header);
      if (basic.isEmpty()) {
        return Result.fail(V2Errors.unauthorizedAccess());
      }
      username = basic.get()[0];
      secret = basic.get()[1];
    }
    if (!tokenScheme) {
      Optional<V2V1Credential> cred = state.v1CredentialByUsername(username);
      if (cred.isPresent()) {
        V2V1Credential c = cred.get();
        boolean ok = c.passwordEquals(secret) && c.status() == V2Status.ACTIVE && userActive(c.userId());
        return ok ? Result.ok(V2Caller.of(c)) : Result.fail(unauthorizedCapital());
      }
    }
    Optional<V2Authorization> auth = state.authorizationByToken(secret);
    if (auth.isEmpty() || !auth.get().isActive() || !userActive(auth.get().userId())) {
      return Result.fail(unauthorizedCapital());
    }
    return Result.ok(V2Caller.of(auth.get()));
  }

  private boolean userActive(String userId) {
    return state.userById(userId).map(V2User::isActive).orElse(false);
  }

  static SimResponse unauthorizedCapital() {
    return V2Errors.compact("unauthorized", "Unauthorized");
  }

  /** Go's {@code Request.BasicAuth}: scheme {@code Basic} (case-insensitive), base64 of {@code user:pass}. */
  static Optional<String[]> basic(String header) {
    if (header.length() < 6 || !header.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
