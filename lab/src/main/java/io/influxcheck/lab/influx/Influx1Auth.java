package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.lab.http.SimRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code services/httpd/handler.go} {@code parseCredentials} and {@code authenticate} of InfluxDB 1.8 / 1.6.
 * Authentication runs only when auth is enabled and an admin user exists.
 */
final class Influx1Auth {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, String> HMAC = Map.of("HS256", "HmacSHA256", "HS384", "HmacSHA384", "HS512", "HmacSHA512");

  private final Influx1State state;

  Influx1Auth(Influx1State state) {
    this.state = state;
  }

  /** The authenticated user (empty = no authentication ran), or the 401 message. */
  record Result(Optional<Influx1User> user, String error) {
    boolean failed() {
      return error != null;
    }
  }

  Result authenticate(SimRequest request) {
    if (!state.authEnabled() || !state.adminExists()) {
      return new Result(Optional.empty(), null);
    }
    String u = request.query("u").orElse("");
    String p = request.query("p").orElse("");
    String header = request.header("Authorization").orElse("");
    if (!u.isEmpty() && !p.isEmpty()) {
      return password(u, p);
    }
    if (!header.isEmpty()) {
      String[] parts = header.split(" ", -1);
      if (parts.length == 2 && parts[0].equals("Bearer")) {
        return bearer(parts[1]);
      }
      if (parts.length == 2 && parts[0].equals("Token") && state.mode() == Influx1Mode.V1_8) {
        int colon = parts[1].indexOf(':');
        if (colon >= 0) {
          return password(parts[1].substring(0, colon), parts[1].substring(colon + 1));
        }
      }
      Optional<String[]> basic = V2Auth.basic(header);
      if (basic.isPresent()) {
        return password(basic.get()[0], basic.get()[1]);
      }
    }
    return fail("unable to parse authentication credentials");
  }

  private Result password(String username, String password) {
    if (username.isEmpty()) {
      return fail("username required");
    }
    Optional<Influx1User> user = state.user(username);
    if (user.isEmpty() || user.get().password().isEmpty() || !user.get().password().reveal().equals(password)) {
      return fail("authorization failed");
    }
    return new Result(user, null);
  }

  /** HMAC-signed JWT with {@code exp} and {@code username} claims, messages as jwt-go and the handler word them. */
  private Result bearer(String jwt) {
    if (state.sharedSecret().isEmpty()) {
      return fail("bearer auth disabled");
    }
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) {
      return fail("token contains an invalid number of segments");
    }
    try {
      JsonNode header = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
      String algorithm = HMAC.get(header.path("alg").asText());
      if (algorithm == null) {
        return fail("unexpected signing method: " + header.path("alg").asText());
      }
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(state.sharedSecret().reveal().getBytes(StandardCharsets.UTF_8), algorithm));
      byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
        return fail("signature is invalid");
      }
      JsonNode claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
      double exp = claims.path("exp").asDouble(0);
      if (exp <= 0) {
        return fail("token expiration required");
      }
      if (exp < System.currentTimeMillis() / 1000.0) {
        return fail("Token is expired");
      }
      if (!claims.path("username").isTextual()) {
        return fail("username in token must be a string");
      }
      String username = claims.path("username").asText();
      if (username.isEmpty()) {
        return fail("token must contain a username");
      }
      Optional<Influx1User> user = state.user(username);
      return user.isPresent() ? new Result(user, null) : fail("user not found");
    } catch (java.io.IOException | IllegalArgumentException | GeneralSecurityException e) {
      return fail("illegal base64 data at input byte 0");
    }
  }

  private static Result fail(String message) {
    return new Result(Optional.empty(), message);
  }
}
