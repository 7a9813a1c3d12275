package io.influxcheck.app.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. {@code -DupdateGolden=true} rewrites a file
 * that differs (or is missing) and still fails, so a person reviews the diff before committing it.
 */
public final class Golden {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() { }

  public static void assertMatches(String relativePath, String actual) {
    Path file = ROOT.resolve(relativePath);
    boolean update = Boolean.getBoolean("updateGolden");
    try {
      String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (actual.equals(expected)) {
        return;
      }
      if (update) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        fail("Rewrote golden file " + file + ": review the diff (git diff), then run again without -DupdateGolden");
      }
      if (expected == null) {
        fail("Golden file " + file + " is missing: run with -DupdateGolden=true to create it, then review it");
      }
      assertThat(actual)
          .as("output differs from golden file %s (run with -DupdateGolden=true to rewrite it, then review the diff)", file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
