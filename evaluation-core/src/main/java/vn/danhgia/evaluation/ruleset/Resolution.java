package vn.danhgia.evaluation.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.evaluation.model.Rating;

/**
 * Where the parts of a resolved version come from: the versions it extends, and the version whose
 * folder holds each rule file and whose parameters set each parameter; and the text of the resolved
 * manifest and parameters, which stand in a resolved overlay's {@link RuleSetSource#files()} for its
 * own.
 *
 * @param extended the versions extended, nearest first; empty for a version that extends none
 * @param ruleVersions each rule file's version
 * @param ruleOrigins each rule file's origin: where the folder of its version was loaded from
 * @param parameterVersions each parameter's version
 */
record Resolution(List<String> extended, Map<String, String> ruleVersions, Map<String, String> ruleOrigins,
    Map<String, String> parameterVersions) {
  Resolution {
    extended = List.copyOf(extended);
    ruleVersions = java.util.Collections.unmodifiableMap(new TreeMap<>(ruleVersions));
    ruleOrigins = java.util.Collections.unmodifiableMap(new TreeMap<>(ruleOrigins));
    parameterVersions = java.util.Collections.unmodifiableMap(new TreeMap<>(parameterVersions));
  }

  /** The resolution of a version that extends none: everything is its own. */
  static Resolution own(RuleSetManifest manifest, Parameters parameters, String origin) {
    Map<String, String> rules = new TreeMap<>();
    Map<String, String> origins = new TreeMap<>();
    manifest.rules().forEach(r -> rules.put(r, manifest.version()));
    manifest.rules().forEach(r -> origins.put(r, origin));
    Map<String, String> values = new TreeMap<>();
    parameters.names().forEach(p -> values.put(p, manifest.version()));
    return new Resolution(List.of(), rules, origins, values);
  }

  /**
   * The resolved manifest as a manifest of a version that extends none, one entry a line in a fixed
   * order: id, version, name, effectiveFrom, description, rules, phases, groupPhases (when there are
   * any), each label that differs from the rating's default, in the ratings' order, the components
   * with their parts, in their order, and the flags' meanings, by code.
   */
  static byte[] manifestText(RuleSetManifest m) {
    StringBuilder out = new StringBuilder();
    line(out, "id", m.id());
    line(out, "version", m.version());
    line(out, "name", m.name());
    line(out, "effectiveFrom", m.effectiveFrom().toString());
    line(out, "description", m.description());
    line(out, "rules", String.join(", ", m.rules()));
    line(out, "phases", String.join(", ", m.phases()));
    if (!m.groupPhases().isEmpty()) {
      line(out, "groupPhases", String.join(", ", m.groupPhases()));
    }
    for (Rating r : Rating.values()) {
      if (!m.labels().get(r).equals(r.vietnamese())) {
        line(out, "label." + r.name(), m.labels().get(r));
      }
    }
    line(out, "components", String.join(", ", m.componentCodes()));
    for (ComponentDefinition c : m.components()) {
      line(out, "component." + c.code() + ".max", c.max());
      line(out, "component." + c.code() + ".vi", c.name().vi());
      line(out, "component." + c.code() + ".en", c.name().en());
    }
    m.flags().forEach((code, meaning) -> {
      line(out, "flag." + code + ".vi", meaning.vi());
      line(out, "flag." + code + ".en", meaning.en());
    });
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Parameters as a parameters file: {@code name = value} a line, by name. */
  static byte[] parametersText(Map<String, String> values) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(values).forEach((k, v) -> line(out, k, v));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, String name, String value) {
    out.append(name).append(" = ").append(value).append('\n');
  }
}
