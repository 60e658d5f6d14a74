package vn.danhgia.evaluation.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.evaluation.model.Rating;

/**
 * A rule set's manifest ({@code ruleset.properties}): who it is, when it takes effect, its rule files
 * and the phases its rules run in.
 *
 * <pre>
 * id = leaders
 * version = 2025.1
 * name = 100-point framework with quota
 * effectiveFrom = 2025-09-01
 * description = …
 * rules = 01-work.drl, 02-score.drl, …
 * phases = work-items, products, …        # per-cadre agenda groups, in firing order
 * groupPhases = quota-allowance, quota    # peer-group agenda groups (optional)
 * label.COMPLETED = Hoàn thành nhiệm vụ    # the rating's Vietnamese label in this version (optional)
 * </pre>
 *
 * @param id the rule set's id, e.g. {@code leaders}
 * @param version the version, e.g. {@code 2025.1}
 * @param name a short name in words
 * @param effectiveFrom the first day the version is in force
 * @param description what the version is
 * @param rules the rule files, in the order they are compiled
 * @param phases the agenda groups of the per-cadre stage, in firing order
 * @param groupPhases the agenda groups of the peer-group stage, in firing order; may be empty
 * @param labels the Vietnamese label of each rating in this version
 */
public record RuleSetManifest(
    String id,
    String version,
    String name,
    LocalDate effectiveFrom,
    String description,
    List<String> rules,
    List<String> phases,
    List<String> groupPhases,
    Map<Rating, String> labels) {

  /** The manifest's file name. */
  public static final String FILE = "ruleset.properties";

  /**
   * Checks and copies the components; missing labels take the defaults of {@link Rating}.
   *
   * @param id the rule set's id, e.g. {@code leaders}
   * @param version the version, e.g. {@code 2025.1}
   * @param name a short name in words
   * @param effectiveFrom the first day the version is in force
   * @param description what the version is
   * @param rules the rule files, in the order they are compiled
   * @param phases the agenda groups of the per-cadre stage, in firing order
   * @param groupPhases the agenda groups of the peer-group stage, in firing order; may be empty
   * @param labels the Vietnamese label of each rating in this version
   */
  public RuleSetManifest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(description, "description");
    rules = List.copyOf(rules);
    phases = List.copyOf(phases);
    groupPhases = List.copyOf(groupPhases);
    EnumMap<Rating, String> all = new EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      all.put(r, labels.getOrDefault(r, r.vietnamese()));
    }
    labels = java.util.Collections.unmodifiableMap(all);
  }

  /** @return {@code id version}, e.g. {@code leaders 2025.1} */
  public String title() {
    return id + " " + version;
  }

  /**
   * Parses a manifest file.
   *
   * @param content the file's UTF-8 bytes
   * @return the manifest
   * @throws InvalidRuleSetException listing every problem with its line
   */
  public static RuleSetManifest parse(byte[] content) {
    PropertiesFile parsed = PropertiesFile.parse(FILE, content);
    List<Diagnostic> problems = new ArrayList<>(parsed.problems);
    Map<String, PropertiesFile.Entry> e = new java.util.HashMap<>();
    parsed.entries.forEach(x -> e.put(x.name(), x));
    for (String required : List.of("id", "version", "name", "effectiveFrom", "rules", "phases")) {
      if (!e.containsKey(required) || e.get(required).value().isEmpty()) {
        problems.add(new Diagnostic(FILE, 0, 0, "the manifest has no \"" + required + "\""));
      }
    }
    LocalDate effective = null;
    if (e.containsKey("effectiveFrom")) {
      try {
        effective = LocalDate.parse(e.get("effectiveFrom").value());
      } catch (DateTimeParseException ex) {
        PropertiesFile.Entry x = e.get("effectiveFrom");
        problems.add(new Diagnostic(FILE, x.line(), x.valueColumn(), "effectiveFrom is not a date (yyyy-MM-dd): \""
            + x.value() + "\""));
      }
    }
    Map<Rating, String> labels = new EnumMap<>(Rating.class);
    for (PropertiesFile.Entry x : parsed.entries) {
      if (x.name().startsWith("label.")) {
        String rating = x.name().substring("label.".length());
        if (Arrays.stream(Rating.values()).noneMatch(r -> r.name().equals(rating))) {
          problems.add(new Diagnostic(FILE, x.line(), 1, "no rating is called \"" + rating + "\""));
        } else {
          labels.put(Rating.valueOf(rating), x.value());
        }
      } else if (!List.of("id", "version", "name", "effectiveFrom", "description", "rules", "phases",
          "groupPhases").contains(x.name())) {
        problems.add(new Diagnostic(FILE, x.line(), 1, "unknown manifest entry \"" + x.name() + "\""));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(FILE, problems);
    }
    return new RuleSetManifest(e.get("id").value(), e.get("version").value(), e.get("name").value(),
        effective, e.containsKey("description") ? e.get("description").value() : "",
        list(e.get("rules")), list(e.get("phases")), list(e.get("groupPhases")), labels);
  }

  private static List<String> list(PropertiesFile.Entry e) {
    if (e == null || e.value().isBlank()) {
      return List.of();
    }
    return Arrays.stream(e.value().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
