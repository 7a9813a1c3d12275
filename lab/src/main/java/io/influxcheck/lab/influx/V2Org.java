package io.influxcheck.lab.influx;

import java.time.Instant;

/** An InfluxDB 2.x organisation. */
public record V2Org(String id, String name, String description, Instant createdAt) {}
