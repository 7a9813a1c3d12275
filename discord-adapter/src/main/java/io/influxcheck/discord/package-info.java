/** Placeholder until the module is built out. */
package io.influxcheck.discord;
