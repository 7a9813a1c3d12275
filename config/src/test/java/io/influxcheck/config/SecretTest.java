package io.influxcheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {
  private static final String CANARY = "canary-token-7f3a9c";

  @Test
  void toStringShowsFingerprintAndLengthNeverTheValue() {
    Secret secret = Secret.of(CANARY, "${INFLUX_TOKEN}");
    assertThat(secret.toString()).doesNotContain(CANARY).contains("sha256:").contains("19 chars");
    assertThat(secret.fingerprint()).matches("sha256:[0-9a-f]{8}");
    assertThat(secret.reveal()).isEqualTo(CANARY);
  }

  @Test
  void sameValueSameFingerprint() {
    assertThat(Secret.of(CANARY).fingerprint()).isEqualTo(Secret.of(CANARY, "file").fingerprint());
    assertThat(Secret.of(CANARY).fingerprint()).isNotEqualTo(Secret.of(CANARY + "x").fingerprint());
  }

  @Test
  void emptySecret() {
    assertThat(Secret.of(null).isEmpty()).isTrue();
    assertThat(Secret.empty().describe()).isEqualTo("(empty)");
  }

  @Test
  void recordsHoldingSecretsDoNotLeakThem() {
    DataSourceSettings s = DataSourceSettings.builder("prod").token(Secret.of(CANARY)).build();
    assertThat(s.toString()).doesNotContain(CANARY);
  }
}
