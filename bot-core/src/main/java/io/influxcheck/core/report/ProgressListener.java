package io.influxcheck.core.report;

/**
 * Receives a new checklist snapshot each time a check starts or finishes, so a chat adapter can
 * tick a live checklist. Called from probe threads; implementations must be thread-safe, fast and
 * must not throw (an adapter that posts updates should coalesce them off this thread).
 */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = checklist -> { };

  void onProgress(Checklist checklist);
}
