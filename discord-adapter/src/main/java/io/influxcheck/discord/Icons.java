package io.influxcheck.discord;

import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckStatus;
import io.influxcheck.core.retest.HealthStatus;

/** The emoji and embed colours the renderer uses for verdicts, severities and statuses. */
final class Icons {
  static final int GREEN = 0x2EB67D;
  static final int RED = 0xE01E5A;
  static final int AMBER = 0xECB22E;
  static final int BLURPLE = 0x5865F2;

  private Icons() { }

  static String verdict(Verdict verdict) {
    switch (verdict) {
      case HEALTHY: return "✅";
      case UNHEALTHY: return "❌";
      default: return "❔";
    }
  }

  static String verdictWord(Verdict verdict) {
    switch (verdict) {
      case HEALTHY: return "healthy";
      case UNHEALTHY: return "unhealthy";
      default: return "inconclusive";
    }
  }

  static int colour(Verdict verdict) {
    switch (verdict) {
      case HEALTHY: return GREEN;
      case UNHEALTHY: return RED;
      default: return AMBER;
    }
  }

  static String severity(Severity severity) {
    switch (severity) {
      case ERROR: return "❌";
      case WARN: return "⚠️";
      default: return "ℹ️";
    }
  }

  static String check(CheckStatus status) {
    switch (status) {
      case PENDING: return "⬜";
      case RUNNING: return "🔄";
      case PASSED: return "✅";
      case WARNED: return "⚠️";
      case FAILED: return "❌";
      default: return "⏭️";
    }
  }

  static String health(HealthStatus status) {
    switch (status) {
      case OK: return "✅ OK";
      case ERROR: return "❌ ERROR";
      default: return "❔ UNKNOWN";
    }
  }

  static int colour(HealthStatus status) {
    switch (status) {
      case OK: return GREEN;
      case ERROR: return RED;
      default: return AMBER;
    }
  }
}
