package vn.danhgia.evaluation.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.EvaluationException;
import vn.danhgia.evaluation.report.Message;

/**
 * Checks the parameters that the manifest's terms name against the version's parameters: each
 * component's {@code max} in braces is a decimal parameter, and each placeholder of a component's
 * or a flag's message names a parameter. Every rule set source passes it, whatever its parameters
 * were changed to.
 */
final class TermsCheck {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]*)\\}");

  private TermsCheck() {}

  /**
   * @param manifest the manifest
   * @param parameters the parameters
   * @param manifestText the manifest's bytes, to place each problem on its line (the resolved text of
   *     an overlay), or null
   * @return every problem
   */
  static List<Diagnostic> problems(RuleSetManifest manifest, Parameters parameters, byte @Nullable [] manifestText) {
    List<PropertiesFile.Entry> entries = manifestText == null ? List.of()
        : PropertiesFile.parse(RuleSetManifest.FILE, manifestText).entries;
    List<Diagnostic> problems = new ArrayList<>();
    for (ComponentDefinition c : manifest.components()) {
      String key = "component." + c.code() + ".max";
      String name = c.maxParameter();
      if (name != null) {
        try {
          parameters.decimal(name);
        } catch (EvaluationException e) {
          problems.add(at(entries, key, key + " names the parameter \"" + name + "\", which is not a decimal parameter of "
              + Parameters.FILE + (parameters.names().contains(name) ? " (its value is \""
              + parameters.asText().get(name) + "\")" : "")));
        }
      }
      placeholders(entries, "component." + c.code(), c.name(), parameters, problems);
    }
    for (Map.Entry<String, Message> f : manifest.flags().entrySet()) {
      placeholders(entries, "flag." + f.getKey(), f.getValue(), parameters, problems);
    }
    return problems;
  }

  /** @return the names of the parameters the manifest's terms name */
  static List<String> named(RuleSetManifest manifest) {
    List<String> out = new ArrayList<>();
    for (ComponentDefinition c : manifest.components()) {
      if (c.maxParameter() != null) {
        out.add(c.maxParameter());
      }
      names(c.name().vi(), out);
      names(c.name().en(), out);
    }
    manifest.flags().values().forEach(m -> {
      names(m.vi(), out);
      names(m.en(), out);
    });
    return out;
  }

  private static void names(String text, List<String> out) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
  }

  private static void placeholders(List<PropertiesFile.Entry> entries, String prefix, Message message, Parameters parameters,
      List<Diagnostic> problems) {
    for (String part : List.of("vi", "en")) {
      Matcher m = PLACEHOLDER.matcher(part.equals("vi") ? message.vi() : message.en());
      while (m.find()) {
        if (!parameters.names().contains(m.group(1))) {
          problems.add(at(entries, prefix + "." + part, "the placeholder {" + m.group(1) + "} of " + prefix + "." + part
              + " names no parameter of " + Parameters.FILE + "; a placeholder of the manifest is a parameter's name"));
        }
      }
    }
  }

  private static Diagnostic at(List<PropertiesFile.Entry> entries, String key, String message) {
    for (PropertiesFile.Entry e : entries) {
      if (e.name().equals(key)) {
        return new Diagnostic(RuleSetManifest.FILE, e.line(), e.valueColumn(), message);
      }
    }
    return new Diagnostic(RuleSetManifest.FILE, 0, 0, message);
  }
}
