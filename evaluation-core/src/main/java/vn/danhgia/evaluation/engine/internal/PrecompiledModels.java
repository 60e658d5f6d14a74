package vn.danhgia.evaluation.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * Rule sets compiled at build time into Drools' executable model, so that loading them compiles
 * nothing. The build ({@link ModelPrecompiler}) writes one archive per shipped rule set under
 * {@value #FOLDER}, named by the {@linkplain #key key} of its rules: the generated classes, the list
 * of model classes, and what the engine knows of each rule ({@link RuleInfo}).
 *
 * <p>Any rule set whose rules have the key of an archive on the class path loads from that archive,
 * wherever its files come from: a copy of a shipped version whose parameters were edited still
 * loads in a fraction of a second, because parameters are read at run time (the global {@code
 * params}) and are not part of the key. A rule set whose rule files, rule-file list or phases differ
 * by one byte has another key and is compiled from its files as before.
 *
 * <p>Each archive's classes are defined by a class loader of their own, dropped with the rule base.
 */
final class PrecompiledModels {
  /** Where archives are found on the class path, as {@code <key>.jar}. */
  static final String FOLDER = "META-INF/vn.danhgia.evaluation/models/";
  /** The archive entry naming the model classes, one per line (the Drools model file's format). */
  static final String MODEL_LIST = "model-classes";
  /** The archive entry with each rule's {@link RuleInfo}, as properties. */
  static final String RULE_INFO = "rules.properties";

  private static final Logger LOG = LoggerFactory.getLogger(PrecompiledModels.class);

  private PrecompiledModels() {}

  /**
   * The key of a rule set's rules: the SHA-256 over the rule files (names and bytes, in the
   * manifest's order) and the per-cadre and peer-group phases. Parameters and descriptions are not
   * part of it.
   *
   * @param source a rule set
   * @return the key, lower-case hex
   */
  static String key(RuleSetSource source) {
    RuleSetManifest m = source.manifest();
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    for (String file : m.rules()) {
      digest.update(("file\u0000" + file + "\u0000").getBytes(StandardCharsets.UTF_8));
      digest.update(source.text(file).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    digest.update(("phases\u0000" + String.join(",", m.phases()) + "\u0000groupPhases\u0000"
        + String.join(",", m.groupPhases())).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * @param source a rule set
   * @return its rules loaded from a precompiled archive, or empty when there is none for its key or
   *     the archive cannot be loaded (then it is logged, and the caller compiles the files)
   */
  static Optional<KieRuleBase> load(RuleSetSource source) {
    String key = key(source);
    ClassLoader loader = PrecompiledModels.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(FOLDER + key + ".jar")) {
      if (in == null) {
        return Optional.empty();
      }
      long started = System.nanoTime();
      KieRuleBase base = read(in, loader);
      LOG.debug("Loaded {} from its precompiled model {} in {} ms", source.manifest().title(), key,
          (System.nanoTime() - started) / 1_000_000);
      return Optional.of(base);
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.warn("The precompiled model {} of {} could not be loaded ({}); compiling its files instead", key,
          source.manifest().title(), e.toString());
      return Optional.empty();
    }
  }

  private static KieRuleBase read(InputStream archive, ClassLoader parent) throws IOException,
      ReflectiveOperationException {
    Map<String, byte[]> classes = new HashMap<>();
    List<String> models = new ArrayList<>();
    Properties info = new Properties();
    try (ZipInputStream zip = new ZipInputStream(archive)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        byte[] bytes = zip.readAllBytes();
        if (e.getName().endsWith(".class")) {
          classes.put(e.getName().substring(0, e.getName().length() - ".class".length()).replace('/', '.'), bytes);
        } else if (e.getName().equals(MODEL_LIST)) {
          new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty())
              .forEach(models::add);
        } else if (e.getName().equals(RULE_INFO)) {
          info.load(new ByteArrayInputStream(bytes));
        }
      }
    }
    if (models.isEmpty()) {
      throw new IOException("the archive names no model class");
    }
    ClassLoader own = new ModelClassLoader(classes, parent);
    List<Model> instances = new ArrayList<>();
    for (String name : models) {
      instances.add((Model) own.loadClass(name).getConstructor().newInstance());
    }
    KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(instances);
    return KieRuleBase.of(kieBase, readRules(info), true);
  }

  /** Writes rule infos as properties: {@code rule.<n>.<field>}. */
  static Properties writeRules(Map<String, RuleInfo> rules) {
    Properties out = new Properties();
    int n = 0;
    for (RuleInfo r : rules.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
      String p = "rule." + n++ + ".";
      out.setProperty(p + "name", r.name());
      out.setProperty(p + "file", r.file());
      out.setProperty(p + "line", Integer.toString(r.line()));
      out.setProperty(p + "phase", r.phase());
      out.setProperty(p + "phaseIndex", Integer.toString(r.phaseIndex()));
      if (r.code() != null) {
        out.setProperty(p + "code", r.code());
      }
      if (r.message() != null) {
        out.setProperty(p + "vi", r.message().vi());
        out.setProperty(p + "en", r.message().en());
      }
    }
    return out;
  }

  private static Map<String, RuleInfo> readRules(Properties in) {
    Map<String, RuleInfo> rules = new HashMap<>();
    for (int n = 0; in.getProperty("rule." + n + ".name") != null; n++) {
      String p = "rule." + n + ".";
      String vi = in.getProperty(p + "vi");
      @Nullable Message message = vi == null ? null : new Message(vi, in.getProperty(p + "en"));
      RuleInfo r = new RuleInfo(in.getProperty(p + "name"), in.getProperty(p + "file"),
          Integer.parseInt(in.getProperty(p + "line")), in.getProperty(p + "phase"),
          Integer.parseInt(in.getProperty(p + "phaseIndex")), in.getProperty(p + "code"), message);
      rules.put(r.name(), r);
    }
    return rules;
  }

  /** Defines an archive's classes, delegating everything else to the library's class loader. */
  private static final class ModelClassLoader extends ClassLoader {
    static {
      registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    ModelClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super("precompiled-rules", parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public @Nullable InputStream getResourceAsStream(String name) {
      if (name.endsWith(".class")) {
        byte[] bytes = classes.get(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        if (bytes != null) {
          return new ByteArrayInputStream(bytes);
        }
      }
      return super.getResourceAsStream(name);
    }
  }
}
