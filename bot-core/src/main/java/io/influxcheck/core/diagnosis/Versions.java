package io.influxcheck.core.diagnosis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads InfluxDB version strings such as {@code 2.7.12}, {@code v2.7.4} or {@code 1.8.10}. */
final class Versions {
  private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)");

  private Versions() {
  }

  /** The major version, or -1 when the text is not a version (e.g. {@code dev}). */
  static int major(String version) {
    Matcher m = VERSION.matcher(version == null ? "" : version.strip());
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  static boolean atLeast(String version, int major, int minor) {
    Matcher m = VERSION.matcher(version == null ? "" : version.strip());
    if (!m.find()) {
      return false;
    }
    int actualMajor = Integer.parseInt(m.group(1));
    int actualMinor = Integer.parseInt(m.group(2));
    return actualMajor > major || (actualMajor == major && actualMinor >= minor);
  }
}
