package vn.danhgia.evaluation.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * What {@code validate --resolved} prints of a version: the versions it extends, its SHA-256, the
 * resolved manifest's entries, each rule file (in compile order) with the folder that holds it, and
 * each parameter with the version that sets it, every line indented by two spaces.
 */
final class ResolvedVersion {
  private ResolvedVersion() {}

  /**
   * @param source the resolved version
   * @param folderOf the folder, as the command shows it, of a version loaded from an origin
   * @param out where to print
   */
  static void print(RuleSetSource source, UnaryOperator<String> folderOf, PrintWriter out) {
    RuleSetManifest m = source.manifest();
    out.println("  extends: " + (source.extended().isEmpty() ? "(none)" : String.join(" > ", source.extended())));
    out.println("  sha256: " + source.sha256());
    out.println("  manifest:");
    out.println("    id = " + m.id());
    out.println("    version = " + m.version());
    out.println("    name = " + m.name());
    out.println("    effectiveFrom = " + m.effectiveFrom());
    out.println("    description = " + m.description());
    out.println("    phases = " + String.join(", ", m.phases()));
    out.println("    groupPhases = " + String.join(", ", m.groupPhases()));
    for (Rating r : Rating.values()) {
      if (!m.labels().get(r).equals(r.vietnamese())) {
        out.println("    label." + r.name() + " = " + m.labels().get(r));
      }
    }
    out.println("  rules (in compile order, each from the folder of its version):");
    for (String rule : m.rules()) {
      String folder = folderOf.apply(source.ruleOrigins().getOrDefault(rule, source.origin()));
      out.println("    " + rule + "  from " + source.ruleVersions().get(rule)
          + (folder.isEmpty() ? "" : " (" + folder + rule + ")"));
    }
    out.println("  parameters (each from the version that sets it):");
    for (Map.Entry<String, String> p : source.parameters().asText().entrySet()) {
      out.println("    " + p.getKey() + " = " + p.getValue() + "  from " + source.parameterVersions().get(p.getKey()));
    }
  }
}
