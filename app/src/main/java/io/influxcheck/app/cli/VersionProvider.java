package io.influxcheck.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = RootCommand.class.getPackage().getImplementationVersion();
    return new String[] {"influx-check " + (version == null ? "development build" : version)};
  }
}
