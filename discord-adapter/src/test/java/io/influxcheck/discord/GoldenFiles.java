package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.SerializableData;

/**
 * Compares rendered JSON with files under {@code src/test/resources/<package>/<TestClass>/}. With
 * {@code -DupdateGolden=true} the file is rewritten and the test still fails, so a human reviews the diff.
 */
final class GoldenFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Path directory;

  GoldenFiles(Class<?> testClass) {
    this.directory = Path.of("src", "test", "resources")
        .resolve(testClass.getPackageName().replace('.', '/'))
        .resolve(testClass.getSimpleName());
  }

  /** The JSON JDA would send for {@code data}, key-sorted and pretty-printed. */
  static String json(SerializableData data) {
    try {
      Map<?, ?> tree = MAPPER.readValue(data.toData().toJson(), Map.class);
      return MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void assertMatches(String name, String actual) {
    Path file = directory.resolve(name + ".json");
    try {
      if (Boolean.getBoolean("updateGolden")) {
        Files.createDirectories(directory);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        fail("Rewrote golden file " + file + "; review the diff and run again without -DupdateGolden=true");
      }
      if (!Files.exists(file)) {
        fail("Missing golden file " + file + "; run once with -DupdateGolden=true and review it");
      }
      assertThat(actual).as("rendering of %s (golden file %s)", name, file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
