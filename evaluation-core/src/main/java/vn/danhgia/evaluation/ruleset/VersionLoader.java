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
  private final Bases bases;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<String, byte[]> read = new TreeMap<>();

  private VersionLoader(VersionFiles files, Bases bases) {
    this.files = files;
    this.bases = bases;
  }

  static RuleSetSource load(String origin, VersionFiles files) {
    return load(origin, files, Bases.NONE);
  }

  /**
   * @param origin where the version is, for messages
   * @param files its files
   * @param bases where the version it extends, if it extends one, is found
   */
  static RuleSetSource load(String origin, VersionFiles files, Bases bases) {
    return new VersionLoader(files, bases).load(origin);
  }

  /**
   * @param files a version's files
   * @return the version its manifest states, or null when it cannot be read
   */
  static @Nullable String peekVersion(VersionFiles files) {
    try {
      byte[] bytes = files.read(RuleSetManifest.FILE, RuleSetLimits.MANIFEST_BYTES);
      if (bytes == null) {
        return null;
      }
      return PropertiesFile.parse(RuleSetManifest.FILE, bytes).entries.stream()
          .filter(x -> x.name().equals("version")).map(PropertiesFile.Entry::value).findFirst().orElse(null);
    } catch (IOException | FileRefusal e) {
      return null; // the load reports it
    }
  }

  private RuleSetSource load(String origin) {
    byte[] manifestBytes = manifest(origin);
    PropertiesFile.Entry extended = Overlay.extendsEntry(PropertiesFile.parse(RuleSetManifest.FILE, manifestBytes));
    if (extended != null) {
      return overlay(origin, manifestBytes, extended);
    }
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

  /** Loads a version that extends another: see {@link Overlay}. */
  private RuleSetSource overlay(String origin, byte[] manifestBytes, PropertiesFile.Entry extended) {
    PropertiesFile parsed = PropertiesFile.parse(RuleSetManifest.FILE, manifestBytes);
    problems.addAll(parsed.problems);
    RuleSetSource base;
    try {
      base = bases.find(extended.value());
    } catch (Bases.Unresolved e) {
      problems.add(new Diagnostic(RuleSetManifest.FILE, extended.line(), extended.valueColumn(), "extends "
          + FileNames.shown(extended.value()) + ": " + e.getMessage()));
      throw new InvalidRuleSetException(origin, problems);
    }
    Overlay.Resolved resolved = Overlay.manifest(parsed, base.manifest(), problems);
    Parameters own = parameters();
    read.clear(); // the resolved version's files are made below, not those of this folder
    Map<String, String> parameters = Overlay.parameters(parsed, base.parameters(), own, problems);
    Map<String, String> parameterVersions = new TreeMap<>();
    parameters.keySet().forEach(p -> parameterVersions.put(p, own.names().contains(p)
        ? versionOf(parsed) : base.parameterVersions().get(p)));
    RuleSetManifest manifest = resolved.manifest();
    if (manifest == null) {
      throw new InvalidRuleSetException(origin, problems);
    }
    Map<String, String> ruleVersions = new TreeMap<>();
    Map<String, String> ruleOrigins = new TreeMap<>();
    Map<String, RuleSetManifest.Listed> added = new java.util.LinkedHashMap<>();
    resolved.added().forEach(a -> added.put(a.name(), a));
    long total = 0;
    for (String rule : manifest.rules()) {
      RuleSetManifest.Listed where = added.get(rule);
      byte[] bytes = null;
      try {
        bytes = files.read(rule, RuleSetLimits.RULE_FILE_BYTES);
      } catch (FileRefusal e) {
        problems.add(where != null ? where.problem("the rule file " + FileNames.shown(rule) + " listed here is"
            + " refused: it is " + e.getMessage()) : refused(rule, e));
        continue;
      } catch (IOException e) {
        problems.add(unreadable(rule, e));
        continue;
      }
      if (bytes != null) {
        ruleVersions.put(rule, manifest.version());
        ruleOrigins.put(rule, origin);
      } else if (where != null) {
        problems.add(where.problem("the manifest adds " + FileNames.shown(rule) + ", which is not in this"
            + " version's folder"));
        continue;
      } else {
        bytes = base.files().get(rule);
        ruleVersions.put(rule, base.ruleVersions().get(rule));
        ruleOrigins.put(rule, base.ruleOrigins().get(rule));
      }
      total += bytes.length;
      if (total > RuleSetLimits.RULE_SET_BYTES) {
        problems.add(new Diagnostic(rule, 0, 0, "the rule files up to " + FileNames.shown(rule) + " come to more than "
            + RuleSetLimits.bytes(RuleSetLimits.RULE_SET_BYTES) + ", the limit for a rule set"));
        break;
      }
      read.put(rule, bytes);
    }
    others(new HashSet<>(manifest.rules()));
    Parameters merged = null;
    try {
      merged = Parameters.parse(Parameters.FILE, Resolution.parametersText(parameters));
    } catch (InvalidRuleSetException e) {
      problems.addAll(e.diagnostics());
    }
    if (!problems.isEmpty() || merged == null) {
      throw new InvalidRuleSetException(manifest.title(), problems);
    }
    read.put(RuleSetManifest.FILE, Resolution.manifestText(manifest));
    read.put(Parameters.FILE, Resolution.parametersText(parameters));
    List<String> chain = new ArrayList<>();
    chain.add(base.manifest().version());
    chain.addAll(base.extended());
    return RuleSetSource.resolved(manifest, merged, read, origin,
        new Resolution(chain, ruleVersions, ruleOrigins, parameterVersions));
  }

  private static String versionOf(PropertiesFile parsed) {
    return parsed.entries.stream().filter(x -> x.name().equals("version")).map(PropertiesFile.Entry::value)
        .findFirst().orElse("");
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
