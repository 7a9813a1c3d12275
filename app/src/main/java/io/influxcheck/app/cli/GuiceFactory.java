package io.influxcheck.app.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli obtain subcommands from Guice, so each command declares its collaborators in its constructor. */
public final class GuiceFactory implements CommandLine.IFactory {
  private final Injector injector;

  public GuiceFactory(Injector injector) {
    this.injector = injector;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (!type.getName().startsWith("io.influxcheck.")) {
      return CommandLine.defaultFactory().create(type);
    }
    try {
      return injector.getInstance(type);
    } catch (ConfigurationException e) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
