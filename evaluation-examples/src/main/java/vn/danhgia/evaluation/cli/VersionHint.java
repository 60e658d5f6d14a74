package vn.danhgia.evaluation.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * The rule set version an input will most likely be evaluated with, read from the head of the
 * document before the whole of it is: {@code --version}, else the period's {@code ruleSetVersion},
 * else the version in force on the period's end. It only lets the version load while the document is
 * read; the version used is still chosen from the input once it is read and checked, and a wrong or
 * missing hint costs nothing but the early load.
 *
 * <p>Only the first {@value #BUDGET} bytes are looked at: a document whose {@code period} comes
 * after its big arrays gives no hint.
 */
final class VersionHint {
  /** How far into the document the period is looked for. */
  static final long BUDGET = 1L << 20;
  private static final JsonFactory JSON = new JsonFactory();

  private VersionHint() {}

  /**
   * @param input the input document
   * @param version the caller's {@code --version}, or null
   * @param sets the rule sets to choose from
   * @return the version the input names or implies, when its head says so and the rule sets have it
   */
  static Optional<String> of(Path input, @Nullable String version, RuleSets sets) {
    Optional<String> hinted = version != null ? Optional.of(version) : fromPeriod(input, sets);
    return hinted.filter(v -> sets.version(v).isPresent());
  }

  private static Optional<String> fromPeriod(Path input, RuleSets sets) {
    try (JsonParser p = JSON.createParser(input.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME && p.currentLocation().getByteOffset() < BUDGET) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("period".equals(field)) {
          return value == JsonToken.START_OBJECT ? fromPeriodObject(p, sets) : Optional.empty();
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> fromPeriodObject(JsonParser p, RuleSets sets) throws IOException {
    String named = null;
    LocalDate end = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_STRING && "ruleSetVersion".equals(field)) {
        named = p.getText();
      } else if (value == JsonToken.VALUE_STRING && "end".equals(field)) {
        end = date(p.getText());
      } else {
        p.skipChildren();
      }
    }
    if (named != null) {
      return Optional.of(named);
    }
    return end == null ? Optional.empty() : sets.timeline().inForceOn(end);
  }

  private static @Nullable LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
