package vn.danhgia.evaluation.ruleset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Rating;

/**
 * The manifest of a version that extends another ({@code extends = VERSION}), resolved over the
 * manifest and parameters of the version it extends (see "Versions as overlays" in {@code
 * docs/rule-authoring.md}):
 *
 * <ul>
 *   <li>{@code id}, {@code version} and {@code effectiveFrom} are stated by every version; the id is
 *       the one of the version extended, and {@code effectiveFrom} is never inherited;
 *   <li>{@code name}, {@code description}, {@code phases}, {@code groupPhases}, {@code resultParts}, {@code label.RATING},
 *       {@code components} and each {@code component.CODE.PART} and {@code flag.CODE.PART} are
 *       inherited unless stated (an empty {@code groupPhases =} states none);
 *   <li>the rule files are the inherited list without {@code removeRules} and then {@code addRules},
 *       in the order written, unless {@code rules} states the whole list (then neither may be given);
 *       a file of an inherited name in the overlay's own folder replaces the inherited one;
 *   <li>the parameters are the inherited ones without {@code removeParameters}, then those of the
 *       overlay's own parameters file over them.
 * </ul>
 *
 * Every problem is a {@link Diagnostic} at the manifest's line and column.
 */
final class Overlay {
  /** The entries only an overlay's manifest has. */
  static final List<String> KEYS = List.of("extends", "addRules", "removeRules", "removeParameters");

  private final Map<String, PropertiesFile.Entry> entries = new HashMap<>();
  private final List<PropertiesFile.Entry> labelEntries = new ArrayList<>();
  private final List<PropertiesFile.Entry> termEntries = new ArrayList<>();
  private final List<Diagnostic> problems;

  private Overlay(PropertiesFile parsed, List<Diagnostic> problems) {
    this.problems = problems;
    for (PropertiesFile.Entry x : parsed.entries) {
      if (x.name().startsWith("label.")) {
        labelEntries.add(x);
      } else if (ManifestTerms.isTerm(x.name())) {
        termEntries.add(x);
      } else if (KEYS.contains(x.name()) || RuleSetManifest.KEYS.contains(x.name())) {
        entries.put(x.name(), x);
      } else {
        problems.add(new Diagnostic(RuleSetManifest.FILE, x.line(), 1, "unknown manifest entry "
            + FileNames.shown(x.name())));
      }
    }
  }

  /**
   * @param manifest the overlay's parsed manifest
   * @return its {@code extends} entry, or null when it extends no version
   */
  static PropertiesFile.@Nullable Entry extendsEntry(PropertiesFile manifest) {
    return manifest.entries.stream().filter(x -> x.name().equals("extends")).findFirst().orElse(null);
  }

  /**
   * The resolved manifest, and what the overlay adds to the inherited rule list, with where.
   *
   * @param manifest the resolved manifest, or null when it has problems
   * @param added the rule files {@code addRules} or {@code rules} name, which must be in the overlay's folder
   */
  record Resolved(@Nullable RuleSetManifest manifest, List<RuleSetManifest.Listed> added) {}

  /**
   * Resolves an overlay's manifest over the manifest it extends.
   *
   * @param parsed the overlay's manifest
   * @param base the resolved manifest of the version extended
   * @param problems where each problem is added
   */
  static Resolved manifest(PropertiesFile parsed, RuleSetManifest base, List<Diagnostic> problems) {
    return new Overlay(parsed, problems).resolve(base);
  }

  private Resolved resolve(RuleSetManifest base) {
    for (String required : List.of("id", "version", "effectiveFrom")) {
      if (!entries.containsKey(required) || entries.get(required).value().isEmpty()) {
        problems.add(new Diagnostic(RuleSetManifest.FILE, 0, 0, "the manifest has no \"" + required + "\" (a version"
            + " that extends another states its own id, version and effectiveFrom)"));
      }
    }
    PropertiesFile.Entry id = entries.get("id");
    if (id != null && !id.value().isEmpty() && !id.value().equals(base.id())) {
      problems.add(at(id, "the id is " + FileNames.shown(id.value()) + ", but the version it extends, "
          + base.version() + ", is of the rule set " + FileNames.shown(base.id())
          + ": a version extends only another version of its own rule set"));
    }
    LocalDate effective = date(entries.get("effectiveFrom"));
    Map<Rating, String> labels = labels(base);
    List<RuleSetManifest.Listed> added = new ArrayList<>();
    List<String> rules = rules(base, added);
    ManifestTerms.Terms terms = ManifestTerms.read(termEntries, new ManifestTerms.Terms(base.components(), base.flags()),
        problems);
    Set<ResultPart> parts = entries.containsKey("resultParts")
        ? RuleSetManifest.resultParts(entries.get("resultParts"), problems) : base.resultParts();
    if (!problems.isEmpty() || effective == null || terms == null) {
      return new Resolved(null, added);
    }
    RuleSetManifest resolved = new RuleSetManifest(id.value(), entries.get("version").value(),
        stated("name", base.name()), effective, stated("description", base.description()), rules,
        entries.containsKey("phases") ? RuleSetManifest.list(entries.get("phases")) : base.phases(),
        entries.containsKey("groupPhases") ? RuleSetManifest.list(entries.get("groupPhases")) : base.groupPhases(),
        labels, terms.components(), terms.flags(), parts);
    if (resolved.phases().isEmpty()) {
      problems.add(at(entries.get("phases"), "the manifest has no \"phases\""));
    }
    return new Resolved(resolved, added);
  }

  private String stated(String key, String inherited) {
    PropertiesFile.Entry e = entries.get(key);
    return e == null ? inherited : e.value();
  }

  private @Nullable LocalDate date(PropertiesFile.@Nullable Entry e) {
    if (e == null || e.value().isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(e.value());
    } catch (DateTimeParseException ex) {
      problems.add(at(e, "effectiveFrom is not a date (yyyy-MM-dd): " + FileNames.shown(e.value())));
      return null;
    }
  }

  private Map<Rating, String> labels(RuleSetManifest base) {
    Map<Rating, String> labels = new EnumMap<>(base.labels());
    for (PropertiesFile.Entry x : labelEntries) {
      String rating = x.name().substring("label.".length());
      if (Arrays.stream(Rating.values()).noneMatch(r -> r.name().equals(rating))) {
        problems.add(new Diagnostic(RuleSetManifest.FILE, x.line(), 1, "no rating is called " + FileNames.shown(rating)));
      } else {
        labels.put(Rating.valueOf(rating), x.value());
      }
    }
    return labels;
  }

  private List<String> rules(RuleSetManifest base, List<RuleSetManifest.Listed> added) {
    PropertiesFile.Entry stated = entries.get("rules");
    if (stated != null) {
      for (String key : List.of("addRules", "removeRules")) {
        if (entries.containsKey(key)) {
          problems.add(at(entries.get(key), "\"" + key + "\" together with \"rules\": state the whole list in"
              + " \"rules\", or change the inherited one with addRules and removeRules, not both"));
        }
      }
      List<RuleSetManifest.Listed> listed = RuleSetManifest.listed(stated);
      problems.addAll(RuleSetManifest.ruleFileProblems(listed));
      listed.stream().filter(l -> !base.rules().contains(l.name())).forEach(added::add);
      return listed.stream().map(RuleSetManifest.Listed::name).toList();
    }
    Map<String, String> kept = new LinkedHashMap<>();
    base.rules().forEach(r -> kept.put(r.toLowerCase(Locale.ROOT), r));
    for (RuleSetManifest.Listed removed : RuleSetManifest.listed(entries.get("removeRules"))) {
      if (kept.remove(removed.name().toLowerCase(Locale.ROOT)) == null) {
        problems.add(removed.problem("removeRules names " + FileNames.shown(removed.name()) + ", which the version"
            + " it extends (" + base.version() + ") does not have: its rule files are " + String.join(", ", base.rules())));
      }
    }
    List<RuleSetManifest.Listed> adding = RuleSetManifest.listed(entries.get("addRules"));
    problems.addAll(RuleSetManifest.ruleFileProblems(adding));
    List<String> rules = new ArrayList<>(kept.values());
    for (RuleSetManifest.Listed add : adding) {
      if (FileNames.ruleFileProblem(add.name()) != null) {
        continue;
      }
      if (kept.containsKey(add.name().toLowerCase(Locale.ROOT))) {
        problems.add(add.problem("addRules names " + FileNames.shown(add.name()) + ", which is inherited from "
            + base.version() + " already: to replace it, put a file of that name in this version's folder"));
      } else if (!rules.contains(add.name())) {
        rules.add(add.name());
        added.add(add);
      }
    }
    if (rules.size() > RuleSetLimits.RULE_FILES) {
      problems.add(at(entries.get("addRules"), "more than " + RuleSetLimits.RULE_FILES + " rule files"));
    }
    return rules;
  }

  /**
   * The parameters of an overlay: the inherited ones without {@code removeParameters}, then its own
   * over them.
   *
   * @param parsed the overlay's manifest
   * @param base the parameters inherited
   * @param own the overlay's own parameters (empty when it has no parameters file)
   * @param problems where each parameter removed that is not inherited is reported
   * @return every parameter's value as written, by name
   */
  static Map<String, String> parameters(PropertiesFile parsed, Parameters base, Parameters own,
      List<Diagnostic> problems) {
    Map<String, String> out = new TreeMap<>(base.asText());
    PropertiesFile.Entry remove = parsed.entries.stream().filter(x -> x.name().equals("removeParameters"))
        .findFirst().orElse(null);
    for (RuleSetManifest.Listed name : RuleSetManifest.listed(remove)) {
      if (out.remove(name.name()) == null) {
        problems.add(name.problem("removeParameters names " + FileNames.shown(name.name()) + ", which the version it"
            + " extends does not have"));
      } else if (own.names().contains(name.name())) {
        problems.add(name.problem("removeParameters names " + FileNames.shown(name.name()) + ", which this"
            + " version's own " + Parameters.FILE + " sets: remove it, or set it, not both"));
      }
    }
    out.putAll(own.asText());
    return out;
  }

  private static Diagnostic at(PropertiesFile.@Nullable Entry e, String message) {
    return e == null ? new Diagnostic(RuleSetManifest.FILE, 0, 0, message)
        : new Diagnostic(RuleSetManifest.FILE, e.line(), e.valueColumn(), message);
  }
}
