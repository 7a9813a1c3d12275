package io.influxcheck.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/** Discord ids with a current timestamp: JDA derives an interaction's 15-minute expiry from its id. */
public final class Snowflakes {
  private static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong COUNTER = new AtomicLong();

  private Snowflakes() { }

  public static String next() {
    return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (COUNTER.incrementAndGet() & 0xFFF));
  }
}
