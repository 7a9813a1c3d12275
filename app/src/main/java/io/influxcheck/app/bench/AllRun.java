package io.influxcheck.app.bench;

/**
 * {@code all} over one set of data sources at one concurrency.
 *
 * @param workload which data sources
 * @param dataSources how many {@code all} diagnosed per run
 * @param concurrency how many at once
 * @param wall the wall time of one whole {@code all} command
 * @param dataSourcesPerSecond {@code dataSources} divided by the median wall time
 * @param check whether every run answered with one report per data source
 */
public record AllRun(String workload, int dataSources, int concurrency, Stats wall, double dataSourcesPerSecond, String check) { }
