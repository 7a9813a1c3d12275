package io.influxcheck.app;

/** Entry point of the influx-check executable. */
public final class Main {
  private Main() { }

  public static void main(String[] args) {
    System.out.println("influx-check: not built out yet");
  }
}
