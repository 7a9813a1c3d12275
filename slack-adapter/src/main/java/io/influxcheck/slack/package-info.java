/** Placeholder until the module is built out. */
package io.influxcheck.slack;
