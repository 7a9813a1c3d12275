package io.influxcheck.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with a configured gateway URL: JDA without a shard manager connects to
 * {@code getGateway()} and has no other setting for it (tests point it at a fake gateway).
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {
  private final String gateway;

  FixedGatewaySessionController(String gateway) {
    this.gateway = gateway;
  }

  @Override
  public String getGateway() {
    return gateway;
  }
}
