package io.influxcheck.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.Secret;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class HttpProbeTest {

  @Test
  void recordedPathsNeverCarryCredentials() {
    HttpUrl url = HttpUrl.get("http://bob:pw@influx:8086/query?db=x&u=bob&p=s3cret&q=SHOW%20DATABASES");

    assertThat(HttpProbe.describePath(url)).isEqualTo("/query?db=x&q=SHOW%20DATABASES");
  }

  @Test
  void ioFailuresAreClassified() {
    assertThat(HttpProbe.kindOf(new UnknownHostException("influxdb"))).isEqualTo(FailureKind.DNS);
    assertThat(HttpProbe.kindOf(new ConnectException("Connection refused"))).isEqualTo(FailureKind.REFUSED);
    assertThat(HttpProbe.kindOf(new InterruptedIOException("timeout"))).isEqualTo(FailureKind.TIMEOUT);
    assertThat(HttpProbe.kindOf(new SSLHandshakeException("PKIX path building failed"))).isEqualTo(FailureKind.TLS);
    assertThat(HttpProbe.kindOf(new IOException("wrapped", new SSLHandshakeException("bad cert")))).isEqualTo(FailureKind.TLS);
    assertThat(HttpProbe.kindOf(new IOException("unexpected end of stream"))).isEqualTo(FailureKind.IO);
  }

  @Test
  void scrubberReplacesKnownSecretsWithTheirFingerprint() {
    Secret token = Secret.of("canary-0123456789");
    SecretScrubber scrubber = new SecretScrubber(List.of(token, Secret.empty(), Secret.of("ab")));

    assertThat(scrubber.scrub("echo: Token canary-0123456789 ab")).isEqualTo("echo: Token <redacted " + token.fingerprint() + "> ab");
  }

  @Test
  void excerptsAreShortAndMarkCutBodies() {
    HttpExchange big = new HttpExchange(200, java.util.Map.of(), "x".repeat(10_000), BodyState.OVER_CAP);

    assertThat(big.excerpt()).hasSizeLessThan(500).endsWith("[body over the size cap; reading stopped]");
  }
}
