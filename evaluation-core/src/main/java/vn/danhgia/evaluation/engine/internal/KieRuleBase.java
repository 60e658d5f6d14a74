package vn.danhgia.evaluation.engine.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.io.ResourceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * A rule set compiled into a KIE base with the classic DRL compiler, which reports errors with the
 * rule file's line (the executable model loses them). The KIE module is removed from the KIE
 * repository as soon as the base exists, so that recompiling never accumulates modules.
 *
 * <p>Immutable and thread-safe: the KIE base is shared, each evaluation opens its own session.
 */
final class KieRuleBase {
  private static final Logger LOG = LoggerFactory.getLogger(KieRuleBase.class);
  private static final String RESOURCE_FOLDER = "src/main/resources/";
  private static final Pattern PARSER_POSITION = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");

  private final KieBase kieBase;
  private final Map<String, RuleInfo> rules;
  private final Set<String> globals;
  private final boolean precompiled;
  private final List<Diagnostic> warnings;

  private KieRuleBase(KieBase kieBase, Map<String, RuleInfo> rules, Set<String> globals, boolean precompiled,
      List<Diagnostic> warnings) {
    this.precompiled = precompiled;
    this.kieBase = kieBase;
    this.rules = Map.copyOf(rules);
    this.globals = Set.copyOf(globals);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Compiles a rule set.
   *
   * @param source the rule set's files
   * @param policy what the rule files may use
   * @return the compiled rule base
   * @throws InvalidRuleSetException with every problem as file, line, column and message
   */
  static KieRuleBase compile(RuleSetSource source, RulePolicy policy) {
    return compile(source, policy, true);
  }

  /**
   * Compiles a rule set, or loads it from the executable model precompiled at build time when its
   * rules are those of a precompiled one ({@link PrecompiledModels}) and the policy allows at least
   * what the standard policy allows (the build checked them under the standard policy). On both paths
   * the parameters the rules read are checked against the rule set's own ({@link
   * ParameterReferences}); when they do not fit, the files are compiled so that every problem is
   * reported together.
   *
   * @param source the rule set's files
   * @param policy what the rule files may use
   * @param precompiled whether a precompiled model may be used
   * @return the compiled rule base
   * @throws InvalidRuleSetException with every problem as file, line, column and message
   */
  static KieRuleBase compile(RuleSetSource source, RulePolicy policy, boolean precompiled) {
    // On both paths: a precompiled model's parameters may have been edited since it was built.
    ParameterReferences references = ParameterReferences.of(source);
    if (precompiled && policy.includes(RulePolicy.standard()) && references.problems().isEmpty()) {
      java.util.Optional<KieRuleBase> loaded = PrecompiledModels.load(source);
      if (loaded.isPresent()) {
        return loaded.get().withWarnings(references.warnings());
      }
    }
    long started = System.nanoTime();
    RuleSourceCheck check = RuleSourceCheck.of(source);
    List<Diagnostic> problems = new ArrayList<>(check.problems);
    problems.addAll(PolicyCheck.check(policy, source, check.packages));
    problems.addAll(references.problems());
    if (!problems.isEmpty()) {
      // Refused before the Drools compiler sees a line of it.
      throw new InvalidRuleSetException(source.manifest().title(), sorted(problems));
    }

    KieServices kie = KieServices.Factory.get();
    ReleaseId release = kie.newReleaseId("vn.danhgia.evaluation.generated",
        source.manifest().id() + "-" + source.manifest().version() + "-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem files = kie.newKieFileSystem();
    files.generateAndWritePomXML(release);
    // Only the listed rule files, each as an explicit DRL resource: the manifest admits only plain
    // .drl names, so nothing written here can be a resource configuration (NAME.drl.properties), a
    // kmodule.xml, Java source or any other kind of resource the build would pick up by its name.
    // Each goes in the folder of its package (as Drools advises, else it warns once per file).
    Map<String, String> written = new HashMap<>();
    for (String file : source.manifest().rules()) {
      String path = folderOf(check.packages.get(file)) + file;
      written.put(path, file);
      files.write(kie.getResources().newByteArrayResource(source.text(file).getBytes(StandardCharsets.UTF_8))
          .setSourcePath(RESOURCE_FOLDER + path).setResourceType(ResourceType.DRL));
    }
    KieBuilder builder = kie.newKieBuilder(files);
    KieBase base = null;
    try {
      builder.buildAll();
      for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
        Diagnostic d = ConsequenceLines.refine(diagnostic(m, written), check, source);
        // A file the parser already refused is reported once, by the parser's own diagnostics.
        if (check.packages.containsKey(d.file()) || !source.manifest().rules().contains(d.file())) {
          problems.add(d);
        }
      }
      if (problems.isEmpty()) {
        base = kie.newKieContainer(release).getKieBase();
        // The decisive check: what the build generated, not what the text looks like.
        problems.addAll(BytecodeCheck.check(new CodeAllowList(policy, KieRuleBase.class.getClassLoader()),
            GeneratedClasses.classic(base, check), source.manifest().rules().get(0)));
      }
    } finally {
      kie.getRepository().removeKieModule(release);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(source.manifest().title(), sorted(problems));
    }
    LOG.debug("Compiled {} ({} rules) in {} ms", source.manifest().title(), check.rules.size(),
        (System.nanoTime() - started) / 1_000_000);
    return of(base, check.rules, false).withWarnings(references.warnings());
  }

  /**
   * @param base a KIE base
   * @param rules what is known of each of its rules
   * @param precompiled whether the base comes from a precompiled model
   * @return the rule base
   */
  static KieRuleBase of(KieBase base, Map<String, RuleInfo> rules, boolean precompiled) {
    Set<String> globals = new LinkedHashSet<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Global g : p.getGlobalVariables()) {
        globals.add(g.getName());
      }
    }
    return new KieRuleBase(base, rules, globals, precompiled, List.of());
  }

  private KieRuleBase withWarnings(List<Diagnostic> found) {
    return new KieRuleBase(kieBase, rules, globals, precompiled, found);
  }

  /** @return whether the base was loaded from a model precompiled at build time */
  boolean precompiled() {
    return precompiled;
  }

  /** @return the resource folder of a package ({@code a/b/} for {@code a.b}), {@code rules/} when unknown */
  private static String folderOf(@Nullable PackageDescr pkg) {
    String name = pkg == null || pkg.getName() == null ? "" : pkg.getName().strip();
    return name.isEmpty() ? "rules/" : name.replace('.', '/') + "/";
  }

  private static Diagnostic diagnostic(Message m, Map<String, String> written) {
    String path = m.getPath() == null ? "" : m.getPath();
    String relative = path.startsWith(RESOURCE_FOLDER) ? path.substring(RESOURCE_FOLDER.length()) : path;
    String file = written.getOrDefault(relative, relative);
    int line = Math.max(m.getLine(), 0);
    int column = Math.max(m.getColumn(), 0);
    String text = m.getText() == null ? "" : m.getText().strip();
    Matcher at = PARSER_POSITION.matcher(text);
    if (at.find()) {
      line = Integer.parseInt(at.group(1));
      column = Integer.parseInt(at.group(2)) + 1;
    }
    return new Diagnostic(file, line, column, text.replaceAll("\\s+", " "));
  }

  private static List<Diagnostic> sorted(List<Diagnostic> problems) {
    List<Diagnostic> out = new ArrayList<>(new LinkedHashSet<>(problems));
    out.removeIf(d -> d.message().contains("Parser returned a null Package"));
    if (out.isEmpty()) {
      out.addAll(problems);
    }
    out.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return out;
  }

  /** @return the KIE base, shared by every session */
  KieBase kieBase() {
    return kieBase;
  }

  /** @return each rule by name */
  Map<String, RuleInfo> rules() {
    return rules;
  }

  /**
   * What the checks of {@link #compile} found wrong but did not refuse: each parameter that no rule
   * reads and no message names.
   *
   * @return the warnings, each on its line of the parameters file
   */
  List<Diagnostic> warnings() {
    return warnings;
  }

  /**
   * @param name a global's name
   * @return whether a rule file declares it
   */
  boolean declaresGlobal(String name) {
    return globals.contains(name);
  }
}
