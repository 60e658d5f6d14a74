package vn.danhgia.evaluation.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * The build step that precompiles the rule sets of a module into Drools' executable model (see
 * {@link PrecompiledModels}). Run by the build of {@code evaluation-rules} after its resources are
 * copied:
 *
 * <pre>java -cp … vn.danhgia.evaluation.engine.internal.ModelPrecompiler target/classes</pre>
 *
 * <p>For each rule set listed in the folder's {@value RuleSets#INDEX}, it first compiles the files
 * as the library does at run time (every check, the standard policy, diagnostics with file and
 * line), so that a broken rule file fails the build with the same message a policy editor sees;
 * then it generates and compiles the executable model and writes the archive, with its entries in
 * name order and fixed times. (The archive is not byte-for-byte reproducible: Drools' code generator
 * numbers generated patterns and orders rule attributes differently from one run to the next; the
 * rules it holds are the same.)
 */
public final class ModelPrecompiler {
  private static final long FIXED_TIME = 315_532_800_000L; // 1980-01-01, the earliest ZIP time

  private ModelPrecompiler() {}

  /**
   * @param args the classes folder holding the rule sets and their index
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ModelPrecompiler <classes folder>");
      System.exit(2);
    }
    Path classes = Path.of(args[0]);
    Path index = classes.resolve(RuleSets.INDEX);
    List<String> folders = Files.readAllLines(index, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    Path out = classes.resolve(PrecompiledModels.FOLDER);
    Files.createDirectories(out);
    for (String folder : folders) {
      RuleSetSource source = RuleSetSource.fromDirectory(classes.resolve(folder));
      long started = System.nanoTime();
      KieRuleBase checked;
      try {
        checked = KieRuleBase.compile(source, RulePolicy.standard(), false);
      } catch (InvalidRuleSetException e) {
        System.err.println(e.getMessage());
        System.exit(1);
        return;
      }
      String key = PrecompiledModels.key(source);
      byte[] archive = archive(source, checked.rules());
      Files.write(out.resolve(key + ".jar"), archive);
      System.out.printf("Precompiled %s (%d rules) into %s%s.jar in %d ms%n", source.manifest().title(),
          checked.rules().size(), PrecompiledModels.FOLDER, key, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** Generates the executable model of a checked rule set and packs what loading it needs. */
  static byte[] archive(RuleSetSource source, Map<String, RuleInfo> rules) throws IOException {
    KieServices kie = KieServices.Factory.get();
    ReleaseId release = kie.newReleaseId("vn.danhgia.evaluation.generated",
        // Generated class names derive from the release, so it is fixed by the rules for the same bytes.
        "precompiled-" + PrecompiledModels.key(source), "1.0.0");
    KieFileSystem files = kie.newKieFileSystem();
    files.generateAndWritePomXML(release);
    for (String file : source.manifest().rules()) {
      files.write("src/main/resources/rules/" + file, source.text(file));
    }
    byte[] kjar;
    try {
      KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        throw new IOException("the executable model of " + source.manifest().title() + " does not compile: " + errors);
      }
      kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
    } finally {
      kie.getRepository().removeKieModule(release);
    }

    Map<String, byte[]> entries = new TreeMap<>();
    List<String> models = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] bytes = zip.readAllBytes();
        if (e.getName().endsWith(".class")) {
          entries.put(e.getName(), bytes);
        } else if (e.getName().endsWith("/drools-model")) {
          new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).forEach(models::add);
        }
      }
    }
    if (models.isEmpty()) {
      throw new IOException("the executable model of " + source.manifest().title() + " names no model class");
    }
    entries.put(PrecompiledModels.MODEL_LIST, (String.join("\n", models) + "\n").getBytes(StandardCharsets.UTF_8));
    entries.put(PrecompiledModels.RULE_INFO, properties(PrecompiledModels.writeRules(rules)));
    DroolsRelease drools = DroolsRelease.running();
    if (drools.version() == null) {
      throw new IOException("the Drools version on the class path cannot be told: "
          + DroolsRelease.POM_PROPERTIES + " is missing");
    }
    entries.put(PrecompiledModels.DROOLS_VERSION, (drools.version() + "\n").getBytes(StandardCharsets.UTF_8));
    entries.put(PrecompiledModels.DROOLS_FINGERPRINT,
        (drools.fingerprint() + "\n").getBytes(StandardCharsets.UTF_8));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTime(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * Properties in key order, without the date comment {@link Properties#store} writes; ISO-8859-1
   * with other characters as {@code \\uXXXX}, as {@link Properties#load(java.io.InputStream)} reads.
   */
  private static byte[] properties(Properties p) throws IOException {
    ByteArrayOutputStream stored = new ByteArrayOutputStream();
    p.store(stored, null);
    List<String> lines = new ArrayList<>(new String(stored.toByteArray(), StandardCharsets.ISO_8859_1).lines()
        .filter(l -> !l.startsWith("#")).toList());
    lines.sort(null);
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
