/** A YAML tree whose nodes know their line, read with SnakeYAML, for binders that report problems by line. */
package io.influxcheck.config.yaml;
