package io.influxcheck.app.demo;

/** Starts the embedded lab on free loopback ports. */
@FunctionalInterface
public interface DemoLabStarter {
  DemoLab start();
}
