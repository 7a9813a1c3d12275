package io.influxcheck.lab.http;

import io.influxcheck.lab.fault.FaultPlan;
import java.net.URI;

/**
 * What every lab server shares: a {@link SimServer} on 127.0.0.1 answering with {@link #handle}, its call log,
 * its fault plan, and {@link #close()}. A subclass builds its routes in its constructor and is started with
 * {@link #listen}, so the server only begins answering once the subclass is fully built.
 */
public abstract class Simulator implements AutoCloseable {
  private final String name;
  private SimServer server;

  protected Simulator(String name) {
    this.name = name;
  }

  /** Starts {@code simulator}'s server (once) and returns it. */
  protected static <T extends Simulator> T listen(T simulator) {
    Simulator base = simulator;
    if (base.server != null) {
      throw new IllegalStateException(base.name + " simulator is already listening");
    }
    base.server = SimServer.start(base.name, base::handle);
    return simulator;
  }

  /** Answers one request. */
  protected abstract SimResponse handle(SimRequest request) throws Exception;

  /** {@code http://127.0.0.1:<port>}. */
  public URI url() {
    return server.url();
  }

  public CallLog calls() {
    return server.calls();
  }

  public FaultPlan faults() {
    return server.faults();
  }

  @Override
  public void close() {
    server.close();
  }
}
