package io.influxcheck.slack;

import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.retest.HealthStatus;

/** The emoji and words the adapter uses for states, in one place so every message agrees. */
final class Glyphs {
  private Glyphs() { }

  static String of(CheckStatus status) {
    return switch (status) {
      case PENDING -> ":white_circle:";
      case RUNNING -> ":hourglass_flowing_sand:";
      case PASSED -> ":white_check_mark:";
      case WARNED -> ":warning:";
      case FAILED -> ":x:";
      case SKIPPED -> ":heavy_minus_sign:";
    };
  }

  static String of(Verdict verdict) {
    return switch (verdict) {
      case HEALTHY -> ":white_check_mark:";
      case UNHEALTHY -> ":x:";
      case INCONCLUSIVE -> ":grey_question:";
    };
  }

  static String word(Verdict verdict) {
    return switch (verdict) {
      case HEALTHY -> "Healthy";
      case UNHEALTHY -> "Unhealthy";
      case INCONCLUSIVE -> "Inconclusive";
    };
  }

  static String of(Severity severity) {
    return switch (severity) {
      case ERROR -> ":x:";
      case WARN -> ":warning:";
      case INFO -> ":information_source:";
    };
  }

  static String of(HealthStatus status) {
    return switch (status) {
      case OK -> ":white_check_mark:";
      case ERROR -> ":x:";
      case UNKNOWN -> ":grey_question:";
    };
  }

  static String word(HealthStatus status) {
    return switch (status) {
      case OK -> "OK";
      case ERROR -> "failing";
      case UNKNOWN -> "unknown";
    };
  }
}
