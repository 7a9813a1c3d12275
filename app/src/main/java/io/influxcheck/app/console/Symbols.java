package io.influxcheck.app.console;

import io.influxcheck.core.diagnosis.Severity;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.CheckStatus;

/** The emoji every human-facing format uses, so text and Markdown agree. */
public final class Symbols {
  private Symbols() { }

  public static String of(CheckStatus status) {
    switch (status) {
      case PASSED: return "✅";
      case FAILED: return "❌";
      case WARNED: return "⚠️";
      case SKIPPED: return "➖";
      default: return "⏳";
    }
  }

  public static String of(Severity severity) {
    switch (severity) {
      case ERROR: return "❌";
      case WARN: return "⚠️";
      default: return "ℹ️";
    }
  }

  public static String of(Verdict verdict) {
    switch (verdict) {
      case HEALTHY: return "✅";
      case UNHEALTHY: return "❌";
      default: return "❔";
    }
  }
}
