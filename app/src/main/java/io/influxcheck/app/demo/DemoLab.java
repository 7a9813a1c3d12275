package io.influxcheck.app.demo;

import java.util.List;

/** The embedded lab while it runs: simulators on loopback ports and the scenarios that point at them. */
public interface DemoLab extends AutoCloseable {
  /** "InfluxDB 2.7.12 simulator  http://127.0.0.1:41234" and the like, one per simulator. */
  List<String> endpoints();

  List<DemoScenario> scenarios();

  /** Stops every simulator; never throws. */
  @Override
  void close();
}
