package io.influxcheck.core.grafana;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** Builds the OkHttp client for one Grafana: timeouts and the configured TLS trust. */
final class GrafanaHttp {
  private GrafanaHttp() { }

  static OkHttpClient client(GrafanaConnection connection) {
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .connectTimeout(connection.timeout())
        .readTimeout(connection.timeout())
        .callTimeout(connection.timeout())
        .followRedirects(false)
        .retryOnConnectionFailure(false);
    GrafanaConnection.TlsOptions tls = connection.tls();
    if (tls.insecureSkipVerify()) {
      X509TrustManager trustAll = new TrustingEverything();
      builder.sslSocketFactory(context(trustAll).getSocketFactory(), trustAll).hostnameVerifier((host, session) -> true);
    } else if (!tls.caFile().isEmpty()) {
      X509TrustManager trust = trustingCas(Path.of(tls.caFile()), connection.name());
      builder.sslSocketFactory(context(trust).getSocketFactory(), trust);
    }
    return builder.build();
  }

  private static SSLContext context(X509TrustManager trust) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
    }
  }

  private static X509TrustManager trustingCas(Path caFile, String grafanaName) {
    try (InputStream in = Files.newInputStream(caFile)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int index = 0;
      for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("ca-" + index++, certificate);
      }
      if (index == 0) {
        throw new IllegalArgumentException("grafana[" + grafanaName + "].tls.caFile " + caFile + " holds no PEM certificate");
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          return x509;
        }
      }
      throw new IllegalStateException("no X509 trust manager in this JVM");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("grafana[" + grafanaName + "].tls.caFile " + caFile + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** For {@code insecureSkipVerify}: accepts any certificate, as the user explicitly asked. */
  private static final class TrustingEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) { }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) { }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
