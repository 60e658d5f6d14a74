package vn.danhgia.evaluation.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.Message;

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
 * components = general, annual, …        # the score's components, in the report's order
 * component.general.max = {weight.general}
 * component.general.vi = Tiêu chí chung
 * component.general.en = General criteria
 * flag.SELF_ASSESSMENT_DIVERGES.vi = …    # each flag the rules may raise, with its meaning
 * flag.SELF_ASSESSMENT_DIVERGES.en = …
 * </pre>
 *
 * <p>A message ({@code vi}, {@code en}) may name a parameter in braces, {@code {vote.vetoAbove}}: it
 * is shown with the parameter's value as written.
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
 * @param components the score's components, in the report's order; at least one
 * @param flags what each flag the rules may raise means, by its code
 * @param resultParts the optional parts its results carry ({@code resultParts = reviews, nextBand})
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
    Map<Rating, String> labels,
    List<ComponentDefinition> components,
    Map<String, Message> flags,
    Set<ResultPart> resultParts) {

  /** The manifest's file name. */
  public static final String FILE = "ruleset.properties";

  /** The entries of a manifest of a version that extends no other, besides {@code label.RATING}. */
  static final List<String> KEYS = List.of("id", "version", "name", "effectiveFrom", "description", "rules",
      "phases", "groupPhases", "resultParts");

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
   * @param components the score's components, in the report's order; at least one
   * @param flags what each flag the rules may raise means, by its code
   * @param resultParts the optional parts its results carry
   * @throws IllegalArgumentException when a rule file's name is not a plain {@code .drl} file name of
   *     the rule set's own folder (see {@code docs/rule-authoring.md}), or is given twice; when there
   *     is no component, or two of the same code
   */
  public RuleSetManifest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(description, "description");
    rules = List.copyOf(rules);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String rule : rules) {
      String problem = FileNames.ruleFileProblem(rule);
      if (problem != null) {
        throw new IllegalArgumentException("rule file " + FileNames.shown(rule) + ": " + problem);
      }
      if (!seen.add(rule.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException("rule file " + FileNames.shown(rule) + " is listed twice");
      }
    }
    phases = List.copyOf(phases);
    groupPhases = List.copyOf(groupPhases);
    EnumMap<Rating, String> all = new EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      all.put(r, labels.getOrDefault(r, r.vietnamese()));
    }
    labels = java.util.Collections.unmodifiableMap(all);
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a rule set declares at least one score component");
    }
    if (components.stream().map(ComponentDefinition::code).distinct().count() != components.size()) {
      throw new IllegalArgumentException("two score components have the same code: " + components);
    }
    flags = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(flags));
    resultParts = resultParts.isEmpty() ? Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(resultParts));
  }

  /**
   * A manifest whose results carry no optional part.
   *
   * @param id the rule set's id
   * @param version the version
   * @param name a short name in words
   * @param effectiveFrom the first day the version is in force
   * @param description what the version is
   * @param rules the rule files, in the order they are compiled
   * @param phases the agenda groups of the per-cadre stage, in firing order
   * @param groupPhases the agenda groups of the peer-group stage, in firing order; may be empty
   * @param labels the Vietnamese label of each rating in this version
   * @param components the score's components, in the report's order; at least one
   * @param flags what each flag the rules may raise means, by its code
   */
  public RuleSetManifest(String id, String version, String name, LocalDate effectiveFrom, String description,
      List<String> rules, List<String> phases, List<String> groupPhases, Map<Rating, String> labels,
      List<ComponentDefinition> components, Map<String, Message> flags) {
    this(id, version, name, effectiveFrom, description, rules, phases, groupPhases, labels, components, flags,
        Set.of());
  }

  /**
   * @param part an optional part of a result
   * @return whether this version's results carry it
   */
  public boolean carries(ResultPart part) {
    return resultParts.contains(part);
  }

  /**
   * Reads a {@code resultParts} entry.
   *
   * @param e the entry, or null when there is none
   * @param problems where an unknown word is added, at its line
   * @return the parts named
   */
  static Set<ResultPart> resultParts(PropertiesFile.@org.jspecify.annotations.Nullable Entry e, List<Diagnostic> problems) {
    Set<ResultPart> parts = java.util.EnumSet.noneOf(ResultPart.class);
    for (String word : list(e)) {
      java.util.Optional<ResultPart> part = ResultPart.named(word);
      if (part.isPresent()) {
        parts.add(part.get());
      } else {
        problems.add(new Diagnostic(FILE, e.line(), e.valueColumn() + Math.max(0, e.value().indexOf(word)),
            "resultParts names " + FileNames.shown(word) + ", which is not a part of a result (reviews, nextBand)"));
      }
    }
    return parts;
  }

  /** @return the components' codes, in the report's order */
  public List<String> componentCodes() {
    return components.stream().map(ComponentDefinition::code).toList();
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
        problems.add(new Diagnostic(FILE, x.line(), x.valueColumn(), "effectiveFrom is not a date (yyyy-MM-dd): "
            + FileNames.shown(x.value())));
      }
    }
    Map<Rating, String> labels = new EnumMap<>(Rating.class);
    for (PropertiesFile.Entry x : parsed.entries) {
      if (x.name().startsWith("label.")) {
        String rating = x.name().substring("label.".length());
        if (Arrays.stream(Rating.values()).noneMatch(r -> r.name().equals(rating))) {
          problems.add(new Diagnostic(FILE, x.line(), 1, "no rating is called " + FileNames.shown(rating)));
        } else {
          labels.put(Rating.valueOf(rating), x.value());
        }
      } else if (ManifestTerms.isTerm(x.name())) {
        continue; // read below
      } else if (Overlay.KEYS.contains(x.name())) {
        problems.add(new Diagnostic(FILE, x.line(), 1, "\"" + x.name() + "\" is for a version that extends"
            + " another (extends = VERSION), and this one does not"));
      } else if (!KEYS.contains(x.name())) {
        problems.add(new Diagnostic(FILE, x.line(), 1, "unknown manifest entry " + FileNames.shown(x.name())));
      }
    }
    problems.addAll(ruleFileProblems(listed(e.get("rules"))));
    ManifestTerms.Terms terms = ManifestTerms.read(parsed.entries, null, problems);
    Set<ResultPart> parts = resultParts(e.get("resultParts"), problems);
    if (!problems.isEmpty() || terms == null) {
      throw new InvalidRuleSetException(FILE, PropertiesFile.capped(FILE, problems));
    }
    return new RuleSetManifest(e.get("id").value(), e.get("version").value(), e.get("name").value(),
        effective, e.containsKey("description") ? e.get("description").value() : "",
        listed(e.get("rules")).stream().map(Listed::name).toList(), list(e.get("phases")), list(e.get("groupPhases")), labels,
        terms.components(), terms.flags(), parts);
  }

  /**
   * A rule file as listed in the manifest, with where.
   *
   * @param name the name as written
   * @param line the manifest's line
   * @param column the column where the name starts
   */
  record Listed(String name, int line, int column) {
    Diagnostic problem(String message) {
      return new Diagnostic(FILE, line, column, message);
    }
  }

  /**
   * @param content the manifest's bytes, which {@link #parse} accepted
   * @return each rule file listed, with the line and column where it is
   */
  static List<Listed> listed(byte[] content) {
    PropertiesFile parsed = PropertiesFile.parse(FILE, content);
    return listed(parsed.entries.stream().filter(x -> x.name().equals("rules")).findFirst().orElse(null));
  }

  static List<Listed> listed(PropertiesFile.@org.jspecify.annotations.Nullable Entry rules) {
    List<Listed> out = new ArrayList<>();
    if (rules == null) {
      return out;
    }
    String value = rules.value();
    int start = 0;
    while (start <= value.length()) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      int from = start;
      while (from < end && Character.isWhitespace(value.charAt(from))) {
        from++;
      }
      int to = end;
      while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
        to--;
      }
      // An empty name at the very end ("a.drl,") or in the middle ("a.drl,,b.drl") is listed, to be refused.
      if (from < to || comma >= 0 || !out.isEmpty()) {
        out.add(new Listed(value.substring(from, to), rules.line(), rules.valueColumn() + from));
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return out;
  }

  static List<Diagnostic> ruleFileProblems(List<Listed> listed) {
    List<Diagnostic> problems = new ArrayList<>();
    if (listed.size() > RuleSetLimits.RULE_FILES) {
      problems.add(listed.get(RuleSetLimits.RULE_FILES).problem("more than " + RuleSetLimits.RULE_FILES
          + " rule files are listed (" + listed.size() + "); a rule set has at most " + RuleSetLimits.RULE_FILES));
      return problems;
    }
    Map<String, Listed> seen = new java.util.HashMap<>();
    for (Listed l : listed) {
      String problem = FileNames.ruleFileProblem(l.name());
      if (problem != null) {
        problems.add(l.problem("rule file " + FileNames.shown(l.name()) + " is refused: " + problem));
        continue;
      }
      Listed first = seen.putIfAbsent(l.name().toLowerCase(java.util.Locale.ROOT), l);
      if (first != null) {
        problems.add(l.problem("rule file " + FileNames.shown(l.name()) + " is listed twice (also at column "
            + first.column() + (first.name().equals(l.name()) ? "" : " as " + FileNames.shown(first.name()))
            + "): each rule file is listed once"));
      }
    }
    return problems;
  }

  static List<String> list(PropertiesFile.@org.jspecify.annotations.Nullable Entry e) {
    if (e == null || e.value().isBlank()) {
      return List.of();
    }
    return Arrays.stream(e.value().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
