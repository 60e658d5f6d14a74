package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads one rule set version from its files (see {@link RuleSetSource}): the manifest, the
 * parameters and exactly the rule files the manifest lists, each a plain file within its limit
 * ({@link RuleSetLimits}); and, where the folder can be listed, refuses every other entry of it, so
 * that nothing lies in a rule folder that is not part of the rule set. Every problem is found in one
 * pass and reported together, a listed file's at the manifest's line and column that lists it.
 */
final class VersionLoader {
  private static final String ONLY = "a rule folder holds only " + RuleSetManifest.FILE + ", " + Parameters.FILE
      + " or " + Parameters.SPREADSHEET_FILE + ", and the rule files " + RuleSetManifest.FILE + " lists";

  private final VersionFiles files;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<String, byte[]> read = new TreeMap<>();

  private VersionLoader(VersionFiles files) {
    this.files = files;
  }

  static RuleSetSource load(String origin, VersionFiles files) {
    return new VersionLoader(files).load(origin);
  }

  private RuleSetSource load(String origin) {
    byte[] manifestBytes = manifest(origin);
    read.put(RuleSetManifest.FILE, manifestBytes);
    RuleSetManifest manifest = null;
    try {
      manifest = RuleSetManifest.parse(manifestBytes);
    } catch (InvalidRuleSetException e) {
      problems.addAll(e.diagnostics()); // and the rest is checked still, to report every problem at once
    }
    // The names the manifest may list: a refused name is never looked up, so never read.
    Map<String, RuleSetManifest.Listed> listed = new java.util.LinkedHashMap<>();
    for (RuleSetManifest.Listed rule : RuleSetManifest.listed(manifestBytes)) {
      if (listed.size() < RuleSetLimits.RULE_FILES && FileNames.ruleFileProblem(rule.name()) == null) {
        listed.putIfAbsent(rule.name(), rule);
      }
    }
    Parameters parameters = parameters();
    ruleFiles(List.copyOf(listed.values()));
    others(listed.keySet());
    if (!problems.isEmpty() || manifest == null) {
      throw new InvalidRuleSetException(manifest == null ? origin : manifest.title(), problems);
    }
    return RuleSetSource.of(manifest, parameters, read, origin);
  }

  private byte[] manifest(String origin) {
    try {
      byte[] bytes = files.read(RuleSetManifest.FILE, RuleSetLimits.MANIFEST_BYTES);
      if (bytes != null) {
        return bytes;
      }
    } catch (FileRefusal e) {
      throw new InvalidRuleSetException(origin, List.of(refused(RuleSetManifest.FILE, e)));
    } catch (IOException e) {
      throw new InvalidRuleSetException(origin, List.of(unreadable(RuleSetManifest.FILE, e)));
    }
    throw new InvalidRuleSetException(origin, List.of(new Diagnostic(RuleSetManifest.FILE, 0, 0, "missing: "
        + origin + " has no " + RuleSetManifest.FILE)));
  }

  private Parameters parameters() {
    byte[] text = optional(Parameters.FILE);
    byte[] sheet = optional(Parameters.SPREADSHEET_FILE);
    try {
      if (text != null && sheet != null) {
        problems.add(new Diagnostic(Parameters.SPREADSHEET_FILE, 0, 0, "both " + Parameters.FILE + " and "
            + Parameters.SPREADSHEET_FILE + " are here, so which one holds the parameters is ambiguous: keep"
            + " one of them"));
      } else if (text != null) {
        read.put(Parameters.FILE, text);
        return Parameters.parse(Parameters.FILE, text);
      } else if (sheet != null) {
        read.put(Parameters.SPREADSHEET_FILE, sheet);
        return Parameters.parseSpreadsheet(Parameters.SPREADSHEET_FILE, sheet);
      }
    } catch (InvalidRuleSetException e) {
      problems.addAll(e.diagnostics());
    }
    return Parameters.empty();
  }

  private byte @Nullable [] optional(String name) {
    try {
      return files.read(name, RuleSetLimits.PARAMETERS_BYTES);
    } catch (FileRefusal e) {
      problems.add(refused(name, e));
    } catch (IOException e) {
      problems.add(unreadable(name, e));
    }
    return null;
  }

  private void ruleFiles(List<RuleSetManifest.Listed> listed) {
    long total = 0;
    for (RuleSetManifest.Listed rule : listed) {
      String shown = FileNames.shown(rule.name());
      try {
        byte[] bytes = files.read(rule.name(), RuleSetLimits.RULE_FILE_BYTES);
        if (bytes == null) {
          problems.add(rule.problem("the manifest lists " + shown + ", which is not there"));
          continue;
        }
        total += bytes.length;
        if (total > RuleSetLimits.RULE_SET_BYTES) {
          problems.add(rule.problem("the rule files up to " + shown + " come to more than "
              + RuleSetLimits.bytes(RuleSetLimits.RULE_SET_BYTES) + ", the limit for a rule set: the rest is not read"));
          return;
        }
        read.put(rule.name(), bytes);
      } catch (FileRefusal e) {
        problems.add(rule.problem("the rule file " + shown + " listed here is refused: it is " + e.getMessage()));
      } catch (IOException e) {
        problems.add(unreadable(rule.name(), e));
      }
    }
  }

  /** Refuses every entry of the folder that is not one of the rule set's files. */
  private void others(Set<String> ruleFiles) {
    List<VersionFiles.Entry> entries;
    try {
      entries = files.list();
    } catch (IOException e) {
      problems.add(new Diagnostic(".", 0, 0, "cannot list the folder: " + FileNames.shown(String.valueOf(e.getMessage()))));
      return;
    }
    if (entries == null) {
      return; // the classpath: only the files named are ever looked up
    }
    if (entries.size() > RuleSetLimits.FOLDER_ENTRIES) {
      problems.add(new Diagnostic(".", 0, 0, "the folder holds more than " + RuleSetLimits.FOLDER_ENTRIES
          + " entries: " + ONLY));
      return;
    }
    Set<String> expected = new HashSet<>(ruleFiles);
    expected.addAll(List.of(RuleSetManifest.FILE, Parameters.FILE, Parameters.SPREADSHEET_FILE));
    for (VersionFiles.Entry entry : entries) {
      if (!expected.contains(entry.name())) {
        problems.add(new Diagnostic(FileNames.asFile(entry.name()), 0, 0, unexpected(entry)));
      }
      // An expected name that is no plain file was refused when it was read.
    }
  }

  private static String unexpected(VersionFiles.Entry entry) {
    String name = entry.name().toLowerCase(Locale.ROOT);
    switch (entry.kind()) {
      case LINK:
        return "a symbolic link: a rule set's files are plain files, and links are never followed; remove it";
      case OTHER:
        return "not a plain file (a device, a pipe or a socket): " + ONLY + "; remove it";
      case FOLDER:
        return "a folder inside a version's folder" + (name.equals("meta-inf") ? " (META-INF would configure"
            + " the Drools build)" : "") + ": " + ONLY + "; remove it (it is never read)";
      default:
        if (name.endsWith(".drl")) {
          return "this rule file is not listed in " + RuleSetManifest.FILE + " (rules = …), so it would be ignored";
        }
        return "not part of the rule set" + kind(name) + ": " + ONLY + "; remove it (it is never read)";
    }
  }

  /** What Drools would take a file for, by its name, to make a refusal plain. */
  private static String kind(String name) {
    if (name.endsWith(".drl.properties")) {
      return " (Drools would read NAME.drl.properties as the resource configuration of NAME.drl)";
    }
    if (name.endsWith(".properties")) {
      return " (a properties file other than the manifest and the parameters)";
    }
    if (name.equals("kmodule.xml") || name.equals("pom.xml")) {
      return " (a KIE module descriptor, which would configure the Drools build)";
    }
    for (String ending : List.of(".dsl", ".dslr", ".rdslr", ".rdrl", ".gdst", ".xls", ".xlsx", ".csv", ".bpmn",
        ".bpmn2", ".dmn", ".pmml", ".java", ".class", ".jar")) {
      if (name.endsWith(ending)) {
        return " (a " + ending + " file, which Drools would build as a resource of its own)";
      }
    }
    return "";
  }

  private static Diagnostic refused(String name, FileRefusal e) {
    return new Diagnostic(name, 0, 0, "refused: it is " + e.getMessage());
  }

  private static Diagnostic unreadable(String name, IOException e) {
    return new Diagnostic(name, 0, 0, "cannot read: " + FileNames.shown(String.valueOf(e.getMessage())));
  }
}
