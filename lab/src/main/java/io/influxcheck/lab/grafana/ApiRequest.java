package io.influxcheck.lab.grafana;

/**
 * One request as the routes see it.
 *
 * @param path decoded path, e.g. {@code /api/datasources/uid/abc}
 * @param rawQuery the raw query string, or empty
 * @param authorization the Authorization header, or null
 */
record ApiRequest(String method, String path, String rawQuery, String authorization, String body) {}
