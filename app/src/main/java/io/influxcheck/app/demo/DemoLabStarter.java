package io.influxcheck.app.demo;

import io.influxcheck.lab.scenario.LabSecrets;

/** Starts the embedded lab on free loopback ports. */
@FunctionalInterface
public interface DemoLabStarter {
  DemoLab start(LabSecrets secrets);
}
