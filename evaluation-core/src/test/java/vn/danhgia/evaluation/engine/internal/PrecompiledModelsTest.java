package vn.danhgia.evaluation.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.engine.EvaluationLimits;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Loading rules from a precompiled executable model: the archive the build writes is found by the
 * key of the rules, gives the same results as compiling the files, and a broken archive falls back
 * to compiling. Archives are written into the test class path (a
 * folder, so the class loader sees them at once) and removed after each test.
 */
class PrecompiledModelsTest {
  private static final EvaluationInput INPUT = Situation.year(2020)
      .cadre("A", c -> c.superior("25"))
      .cadre("B", c -> c.superior("5"))
      .cadre("C", c -> c.superior("20"))
      .cadre("D", c -> { })
      .build();

  private Path written;

  @AfterEach
  void removeArchive() throws Exception {
    if (written != null) {
      Files.deleteIfExists(written);
    }
  }

  @Test
  void compile_archiveForTheRules_loadsItAndGivesTheSameReport() throws Exception {
    RuleSetSource mini = mini();
    KieRuleBase fromFiles = KieRuleBase.compile(mini, RulePolicy.standard(), false);
    write(mini, ModelPrecompiler.archive(mini, fromFiles.rules()));

    KieRuleBase loaded = KieRuleBase.compile(mini, RulePolicy.standard(), true);

    assertThat(loaded.precompiled()).isTrue();
    assertThat(fromFiles.precompiled()).isFalse();
    assertThat(loaded.rules()).isEqualTo(fromFiles.rules());
    assertThat(loaded.declaresGlobal("params")).isEqualTo(fromFiles.declaresGlobal("params"));
    assertThat(evaluate(loaded, mini)).isEqualTo(evaluate(fromFiles, mini));
  }

  @Test
  void compile_archiveWithCodeOutsideTheAllowList_isNotUsed_theFilesAreCompiled() throws Exception {
    RuleSetSource mini = mini();
    byte[] archive = ModelPrecompiler.archive(mini, KieRuleBase.compile(mini, RulePolicy.standard(), false).rules());
    write(mini, withEntry(archive, "mini/Injected.class", injected()));

    KieRuleBase loaded = KieRuleBase.compile(mini, RulePolicy.standard(), true);

    assertThat(loaded.precompiled()).as("an archive whose code fails the bytecode check is not served").isFalse();
  }

  @Test
  void compile_archiveOfTheBuild_passesTheBytecodeCheck() throws Exception {
    RuleSetSource mini = mini();
    byte[] archive = ModelPrecompiler.archive(mini, KieRuleBase.compile(mini, RulePolicy.standard(), false).rules());
    java.util.Map<String, byte[]> classes = new java.util.HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] bytes = zip.readAllBytes();
        if (e.getName().endsWith(".class")) {
          classes.put(e.getName().substring(0, e.getName().length() - ".class".length()), bytes);
        }
      }
    }
    CodeAllowList allowed = new CodeAllowList(RulePolicy.standard(), getClass().getClassLoader());

    assertThat(BytecodeCheck.check(allowed, GeneratedClasses.model(classes), "mini.drl")).isEmpty();
    classes.put("mini/Injected", injected());
    assertThat(BytecodeCheck.check(allowed, GeneratedClasses.model(classes), "mini.drl"))
        .extracting(vn.danhgia.evaluation.ruleset.Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("java.lang.Runtime.exec(String)"));
  }

  /** A class that starts a process, as someone who edits an archive would add. */
  private static byte[] injected() {
    org.objectweb.asm.ClassWriter w = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_FRAMES
        | org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
    w.visit(org.objectweb.asm.Opcodes.V17, org.objectweb.asm.Opcodes.ACC_PUBLIC, "mini/Injected", null,
        "java/lang/Object", null);
    org.objectweb.asm.MethodVisitor m = w.visitMethod(org.objectweb.asm.Opcodes.ACC_PUBLIC
        | org.objectweb.asm.Opcodes.ACC_STATIC, "run", "()V", null, null);
    m.visitCode();
    m.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Runtime", "getRuntime",
        "()Ljava/lang/Runtime;", false);
    m.visitLdcInsn("touch escaped-injected");
    m.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", "exec",
        "(Ljava/lang/String;)Ljava/lang/Process;", false);
    m.visitInsn(org.objectweb.asm.Opcodes.POP);
    m.visitInsn(org.objectweb.asm.Opcodes.RETURN);
    m.visitMaxs(0, 0);
    m.visitEnd();
    w.visitEnd();
    return w.toByteArray();
  }

  private static byte[] withEntry(byte[] archive, String name, byte[] content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(in.readAllBytes());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void compile_precompiledNotAllowed_compilesTheFiles() throws Exception {
    RuleSetSource mini = mini();
    write(mini, ModelPrecompiler.archive(mini, KieRuleBase.compile(mini, RulePolicy.standard(), false).rules()));

    assertThat(KieRuleBase.compile(mini, RulePolicy.standard(), false).precompiled()).isFalse();
    RulePolicy narrower = RulePolicy.standard().withAllowedGlobal("params", "java.lang.String");
    assertThat(narrower.includes(RulePolicy.standard())).isFalse();
    try {
      assertThat(KieRuleBase.compile(mini, narrower, true).precompiled())
          .as("a policy that does not allow what the standard one does").isFalse();
    } catch (InvalidRuleSetException refusedByTheFilesCheck) {
      assertThat(refusedByTheFilesCheck.diagnostics()).isNotEmpty();
    }
    assertThat(KieRuleBase.compile(mini, RulePolicy.standard().withAllowedTypes("java.util.UUID"), true)
        .precompiled()).as("a policy that allows more").isTrue();
  }

  @Test
  void compile_brokenArchive_compilesTheFilesInstead() throws Exception {
    RuleSetSource mini = mini();
    write(mini, "not a zip archive".getBytes(StandardCharsets.UTF_8));

    KieRuleBase base = KieRuleBase.compile(mini, RulePolicy.standard(), true);

    assertThat(base.precompiled()).isFalse();
    assertThat(evaluate(base, mini).results()).hasSize(4);
  }

  @Test
  void compile_archiveOfAnotherDroolsVersion_compilesTheFilesInstead() throws Exception {
    RuleSetSource mini = mini();
    byte[] archive = ModelPrecompiler.archive(mini, KieRuleBase.compile(mini, RulePolicy.standard(), false).rules());
    write(mini, withEntry(archive, PrecompiledModels.DROOLS_VERSION, "9.44.0.Final\n"));

    KieRuleBase base = KieRuleBase.compile(mini, RulePolicy.standard(), true);

    assertThat(base.precompiled()).isFalse();
    assertThat(evaluate(base, mini).results()).hasSize(4);
  }

  /** The archive with one entry's content replaced. */
  private static byte[] withEntry(byte[] archive, String name, String content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void key_dependsOnRulesAndPhasesButNotParameters() throws Exception {
    RuleSetSource mini = mini();
    Path copy = Files.createTempDirectory("mini");
    for (String f : new String[] {"ruleset.properties", "parameters.properties", "mini.drl"}) {
      Files.copy(folder().resolve(f), copy.resolve(f));
    }
    String parameters = Files.readString(copy.resolve("parameters.properties"));
    Files.writeString(copy.resolve("parameters.properties"), parameters + "\n# edited\n");
    String withOtherParameters = PrecompiledModels.key(RuleSetSource.fromDirectory(copy));
    Files.writeString(copy.resolve("mini.drl"), Files.readString(copy.resolve("mini.drl")) + "\n// edited\n");
    String withOtherRules = PrecompiledModels.key(RuleSetSource.fromDirectory(copy));

    assertThat(withOtherParameters).isEqualTo(PrecompiledModels.key(mini));
    assertThat(withOtherRules).isNotEqualTo(PrecompiledModels.key(mini));
  }

  private static EvaluationReport evaluate(KieRuleBase base, RuleSetSource source) {
    return new EvaluationRun(base, source, source.parameters(), EvaluationLimits.defaults(), 2, null, false)
        .evaluate(INPUT, "0".repeat(64));
  }

  private void write(RuleSetSource source, byte[] archive) throws Exception {
    Path root = Path.of(PrecompiledModelsTest.class.getResource("/").toURI());
    written = root.resolve(PrecompiledModels.FOLDER).resolve(PrecompiledModels.key(source) + ".jar");
    Files.createDirectories(written.getParent());
    Files.write(written, archive);
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(PrecompiledModelsTest.class.getResource("/rulesets/mini").toURI());
  }

  private static RuleSetSource mini() throws URISyntaxException {
    return RuleSetSource.fromDirectory(folder());
  }
}
