package io.influxcheck.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A token, password or signing secret. Its {@link #toString()} never shows the value: it prints a
 * fingerprint (the first 8 hex digits of its SHA-256 and its length), which two people can compare
 * to confirm they hold the same secret without pasting it anywhere.
 *
 * <p>The raw value is read only through {@link #reveal()}, and only where a request header is built.
 * There is deliberately no {@code equals} on the value.
 */
public final class Secret {
  private static final Secret EMPTY = new Secret("", "");

  private final String value;
  private final String source;

  private Secret(String value, String source) {
    this.value = Objects.requireNonNull(value, "value is null");
    this.source = Objects.requireNonNull(source, "source is null");
  }

  /** A secret with the given value; {@code source} says where it came from, e.g. {@code ${INFLUX_TOKEN}}. */
  public static Secret of(String value, String source) {
    return value == null || value.isEmpty() ? new Secret("", source == null ? "" : source) : new Secret(value, source == null ? "" : source);
  }

  public static Secret of(String value) {
    return of(value, "");
  }

  public static Secret empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  /** The raw value. Call it only to build a request; never log, render or serialise it. */
  public String reveal() {
    return value;
  }

  /** Where the value came from (an environment variable reference or a file), or empty. Never the value. */
  public String source() {
    return source;
  }

  /** {@code sha256:1f2e3d4c}, or {@code (empty)}. */
  public String fingerprint() {
    if (value.isEmpty()) {
      return "(empty)";
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The fingerprint with the length, e.g. {@code sha256:1f2e3d4c (88 chars)}. */
  public String describe() {
    return value.isEmpty() ? "(empty)" : fingerprint() + " (" + value.length() + " chars)";
  }

  @Override
  public String toString() {
    return "Secret[" + describe() + "]";
  }
}
