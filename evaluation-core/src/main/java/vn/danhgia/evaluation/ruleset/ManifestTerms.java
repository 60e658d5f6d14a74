package vn.danhgia.evaluation.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.Message;

/**
 * The manifest's entries that say what a version's results are made of: its score components
 * ({@code components}, {@code component.CODE.max|vi|en}) and its flags ({@code flag.CODE.vi|en}),
 * read for a version of its own or over those of the version it extends (an overlay inherits each
 * entry it does not state).
 */
final class ManifestTerms {
  static final String COMPONENTS = "components";
  private static final Pattern FLAG = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final List<String> COMPONENT_PARTS = List.of("max", "vi", "en");
  private static final List<String> FLAG_PARTS = List.of("vi", "en");
  /** A version has at most this many components and this many flags. */
  static final int MAX_COMPONENTS = 32;
  static final int MAX_FLAGS = 256;

  /**
   * What was read.
   *
   * @param components the components, in order
   * @param flags each flag's meaning, by code
   */
  record Terms(List<ComponentDefinition> components, Map<String, Message> flags) {}

  private ManifestTerms() {}

  /** An entry's name {@code PREFIX.CODE.PART} taken apart; the part is empty when there is no dot. */
  private record Key(String code, String part) {
    static Key of(PropertiesFile.Entry e, String prefix) {
      String rest = e.name().substring(prefix.length());
      int dot = rest.lastIndexOf('.');
      return dot < 0 ? new Key(rest, "") : new Key(rest.substring(0, dot), rest.substring(dot + 1));
    }
  }

  /**
   * @param name a manifest entry's name
   * @return whether it is one of the entries read here
   */
  static boolean isTerm(String name) {
    return name.equals(COMPONENTS) || name.startsWith("component.") || name.startsWith("flag.");
  }

  /**
   * Reads the terms.
   *
   * @param entries the manifest's entries (others are ignored)
   * @param inherited the terms of the version extended, or null for a version that extends none
   * @param problems where each problem is added, at its entry's line
   * @return the terms, or null when there are problems
   */
  static @Nullable Terms read(List<PropertiesFile.Entry> entries, @Nullable Terms inherited, List<Diagnostic> problems) {
    int before = problems.size();
    PropertiesFile.Entry listEntry = null;
    Map<String, Map<String, String>> parts = new LinkedHashMap<>();
    Map<String, Map<String, String>> flagParts = new TreeMap<>();
    if (inherited != null) {
      for (ComponentDefinition c : inherited.components()) {
        parts.put(c.code(), new LinkedHashMap<>(Map.of("max", c.max(), "vi", c.name().vi(), "en", c.name().en())));
      }
      inherited.flags().forEach((code, m) -> flagParts.put(code, new LinkedHashMap<>(Map.of("vi", m.vi(), "en", m.en()))));
    }
    List<PropertiesFile.Entry> componentEntries = new ArrayList<>();
    for (PropertiesFile.Entry e : entries) {
      if (e.name().equals(COMPONENTS)) {
        listEntry = e;
      } else if (e.name().startsWith("component.")) {
        componentEntries.add(e);
      } else if (e.name().startsWith("flag.")) {
        flag(e, flagParts, problems);
      }
    }
    List<String> codes = inherited == null ? List.of()
        : inherited.components().stream().map(ComponentDefinition::code).toList();
    if (listEntry != null) {
      codes = codes(listEntry, problems);
    } else if (inherited == null) {
      problems.add(new Diagnostic(RuleSetManifest.FILE, 0, 0, "the manifest has no \"components\": a version declares"
          + " its score components (components = general, annual, …) with each one's max, vi and en"));
    }
    for (PropertiesFile.Entry e : componentEntries) {
      Key key = Key.of(e, "component.");
      String code = key.code();
      String part = key.part();
      if (!COMPONENT_PARTS.contains(part)) {
        problems.add(at(e, "unknown manifest entry " + FileNames.shown(e.name()) + ": a component has"
            + " component.CODE.max, component.CODE.vi and component.CODE.en"));
      } else if (!codes.contains(code)) {
        problems.add(at(e, FileNames.shown(e.name()) + " is about a component " + FileNames.shown(code) + " that"
            + " \"components\" does not list (" + String.join(", ", codes) + ")"));
      } else if (part.equals("max") && ComponentDefinition.maxProblem(e.value()) != null) {
        problems.add(atValue(e, ComponentDefinition.maxProblem(e.value())));
      } else if (e.value().isBlank()) {
        problems.add(atValue(e, FileNames.shown(e.name()) + " is empty"));
      } else {
        parts.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(part, e.value());
      }
    }
    List<ComponentDefinition> components = new ArrayList<>();
    for (String code : codes) {
      Map<String, String> p = parts.getOrDefault(code, Map.of());
      List<String> missing = COMPONENT_PARTS.stream().filter(x -> !p.containsKey(x)).map(x -> "component." + code + "." + x)
          .toList();
      if (!missing.isEmpty()) {
        problems.add(listEntry == null ? new Diagnostic(RuleSetManifest.FILE, 0, 0, "missing " + String.join(", ", missing))
            : atValue(listEntry, "the component " + FileNames.shown(code) + " needs " + String.join(", ", missing)));
      } else if (problems.size() == before) {
        components.add(new ComponentDefinition(code, p.get("max"), new Message(p.get("vi"), p.get("en"))));
      }
    }
    Map<String, Message> flags = new TreeMap<>();
    flagParts.forEach((code, p) -> {
      if (p.size() == FLAG_PARTS.size()) {
        flags.put(code, new Message(p.get("vi"), p.get("en")));
      } else {
        String missing = FLAG_PARTS.stream().filter(x -> !p.containsKey(x)).map(x -> "flag." + code + "." + x).findFirst()
            .orElseThrow();
        problems.add(new Diagnostic(RuleSetManifest.FILE, 0, 0, "the flag " + code + " needs " + missing
            + " (a flag has both flag.CODE.vi and flag.CODE.en)"));
      }
    });
    if (flags.size() > MAX_FLAGS) {
      problems.add(new Diagnostic(RuleSetManifest.FILE, 0, 0, "more than " + MAX_FLAGS + " flags"));
    }
    return problems.size() == before ? new Terms(components, flags) : null;
  }

  private static List<String> codes(PropertiesFile.Entry e, List<Diagnostic> problems) {
    Set<String> codes = new LinkedHashSet<>();
    for (RuleSetManifest.Listed code : RuleSetManifest.listed(e)) {
      if (!ComponentDefinition.CODE.matcher(code.name()).matches()) {
        problems.add(code.problem(ComponentDefinition.codeProblem(code.name())));
      } else if (!codes.add(code.name())) {
        problems.add(code.problem("the component " + FileNames.shown(code.name()) + " is listed twice"));
      }
    }
    if (codes.isEmpty() && problems.stream().noneMatch(d -> d.line() == e.line())) {
      problems.add(atValue(e, "\"components\" lists no component: a score has at least one"));
    }
    if (codes.size() > MAX_COMPONENTS) {
      problems.add(atValue(e, "more than " + MAX_COMPONENTS + " components"));
    }
    return List.copyOf(codes);
  }

  private static void flag(PropertiesFile.Entry e, Map<String, Map<String, String>> flagParts, List<Diagnostic> problems) {
    Key key = Key.of(e, "flag.");
    String code = key.code();
    String part = key.part();
    if (!FLAG_PARTS.contains(part)) {
      problems.add(at(e, "unknown manifest entry " + FileNames.shown(e.name()) + ": a flag has flag.CODE.vi and"
          + " flag.CODE.en"));
    } else if (!FLAG.matcher(code).matches()) {
      problems.add(at(e, "a flag's code is upper-case letters, digits and _, not " + FileNames.shown(code)));
    } else if (e.value().isBlank()) {
      problems.add(atValue(e, FileNames.shown(e.name()) + " is empty"));
    } else {
      flagParts.computeIfAbsent(code, k -> new LinkedHashMap<>()).put(part, e.value());
    }
  }

  private static Diagnostic at(PropertiesFile.Entry e, String message) {
    return new Diagnostic(RuleSetManifest.FILE, e.line(), 1, message);
  }

  private static Diagnostic atValue(PropertiesFile.Entry e, String message) {
    return new Diagnostic(RuleSetManifest.FILE, e.line(), e.valueColumn(), message);
  }
}
