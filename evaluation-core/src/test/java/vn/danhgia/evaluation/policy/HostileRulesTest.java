package vn.danhgia.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.ruleset.Diagnostic;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * The rule-code policy against an adversarial corpus: {@code src/test/resources/hostile-rules/}
 * holds one DRL file per attack, each valid for Drools but doing something the policy forbids,
 * and a few legitimate files that use allowed things in tricky ways. Each file's first lines say
 * what must happen: {@code // expect: <line> <fragment>} (refused, with a diagnostic on that line of
 * that file whose message contains the fragment; a file may carry several) or {@code // expect: ok}.
 */
class HostileRulesTest {
  private static final String CORPUS = "hostile-rules";
  private static final Pattern EXPECT = Pattern.compile("^//\\s*expect:\\s*(ok|(\\d+)\\s+(.+?))\\s*$");

  /** One expected refusal: the 1-based line and a fragment of the message. */
  record Refusal(int line, String fragment) {}

  /** One corpus file and what it must come to; no refusals means it must compile. */
  record Case(String file, String text, List<Refusal> refusals) {
    boolean legitimate() {
      return refusals.isEmpty();
    }

    @Override
    public String toString() {
      String base = file.substring(0, file.length() - ".drl".length());
      StringBuilder what = new StringBuilder();
      for (String part : base.split("-")) {
        what.append(what.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
      return "compile_" + what + (legitimate() ? "_compiles" : "_isRefused");
    }
  }

  static Stream<Case> corpus() {
    try (Stream<Path> files = Files.list(corpusFolder())) {
      List<Case> cases = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        cases.add(new Case(p.getFileName().toString(), text, expectations(p.getFileName().toString(), text)));
      }
      return cases.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Case> hostile() {
    return corpus().filter(c -> !c.legitimate());
  }

  static Stream<Case> legitimate() {
    return corpus().filter(Case::legitimate);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileFile_isRefused_withFileLineAndWhat(Case c) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(ruleSet(c.file(), c.text())));

    assertThat(e).as("%s must be refused", c.file()).isNotNull();
    // Some files carry code Drools would run while compiling (it sets the property): it never ran.
    assertThat(System.clearProperty("hostile")).as("code of %s ran while compiling", c.file()).isNull();
    for (Refusal r : c.refusals()) {
      assertThat(e.diagnostics())
          .as("%s: a diagnostic on line %d saying \"%s\"; got:%n%s", c.file(), r.line(), r.fragment(), e.getMessage())
          .anySatisfy(d -> {
            assertThat(d.file()).isEqualTo(c.file());
            assertThat(d.line()).isEqualTo(r.line());
            assertThat(d.message()).contains(r.fragment());
          });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legitimate")
  void legitimateFile_compiles(Case c) {
    assertThatCode(() -> assertThat(CompiledRuleSet.compile(ruleSet(c.file(), c.text())).rules()).isNotEmpty())
        .as("%s must compile", c.file())
        .doesNotThrowAnyException();
  }

  @Test
  void wholeCorpus_compiled_changesNothingOutsideTheJvm() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path home = Path.of(System.getProperty("user.home"));
    java.util.Properties before = (java.util.Properties) System.getProperties().clone();
    List<String> tmpBefore = listing(tmp);
    List<String> homeBefore = listing(home);
    long childrenBefore = ProcessHandle.current().children().count();

    List<Case> all = corpus().toList();
    for (Case c : all) {
      try {
        CompiledRuleSet.compile(ruleSet(c.file(), c.text()));
      } catch (InvalidRuleSetException e) {
        assertThat(c.legitimate()).as("%s was refused: %s", c.file(), e.getMessage()).isFalse();
      }
    }

    Map<Object, Object> changed = new LinkedHashMap<>();
    System.getProperties().forEach((k, v) -> {
      // MVEL (Drools' condition language) sets mvel.debugger=false itself whenever it compiles.
      if (!v.equals(before.get(k)) && !(k.equals("mvel.debugger") && v.equals("false"))) {
        changed.put(k, v);
      }
    });
    assertThat(changed).as("no system property set or changed").isEmpty();
    assertThat(listing(tmp)).as("no file created or deleted in %s", tmp).isEqualTo(tmpBefore);
    assertThat(listing(home)).as("no file created or deleted in %s", home).isEqualTo(homeBefore);
    assertThat(ProcessHandle.current().children().count()).as("no process started").isEqualTo(childrenBefore);
    assertThat(all).hasSizeGreaterThan(80);
  }

  /** The corpus's runaway files use only allowed types: the text-level check alone accepted them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("runaway")
  void runawayFile_isRefusedByTheBytecodeCheck_notByTheTextLevelPolicy(Case c) {
    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(ruleSet(c.file(), c.text())));

    assertThat(e).isNotNull();
    assertThat(e.diagnostics()).allSatisfy(d -> assertThat(d.message()).doesNotContain("by the rule policy"));
  }

  static Stream<Case> runaway() {
    return hostile().filter(c -> c.file().startsWith("runaway-") && !c.file().contains("regex-constraint"));
  }

  private static List<String> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("surefire")
          && !n.startsWith("hsperfdata") && !n.startsWith(".")).sorted().toList();
    }
  }

  @Test
  void corpus_coversTheAttacks_andSomeLegitimateRules() {
    assertThat(hostile()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(legitimate()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(corpus()).allSatisfy(c -> assertThat(c.text()).contains("package mini;"));
  }

  @Test
  void refusal_happensBeforeCompiling_soOnlyThePolicyIsReported() {
    String drl = """
        package mini;

        import vn.danhgia.evaluation.model.Cadre;

        rule "Runs code in its metadata and exits"
            @note( java.lang.System.setProperty( "hostile.rules.ran", "yes" ) )
            agenda-group "score"
        when
            Cadre( $id : id )
        then
            System.exit( 0 );
        end

        rule "Has a type error the compiler would report"
            agenda-group "score"
        when
            Cadre( nickname == "x" )
        then
            insert( $id.nickname() );
        end
        """;

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(ruleSet("both.drl", drl)));

    assertThat(e).isNotNull();
    assertThat(e.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(s -> assertThat(s).startsWith("both.drl:11:").contains("calling exit(…) is not allowed"))
        .anySatisfy(s -> assertThat(s).startsWith("both.drl:6:").contains("annotation @note"))
        .noneSatisfy(s -> assertThat(s).containsAnyOf("nickname", "Unable to Analyse", "Rule Compilation error"));
    // The annotation's value is MVEL that Drools would have run while compiling: it never ran.
    assertThat(System.getProperty("hostile.rules.ran")).isNull();
  }

  @Test
  void withAllowedTypes_letsAHostWidenThePolicy_andNothingElse() {
    String drl = """
        package mini;

        import java.time.LocalDateTime;
        import vn.danhgia.evaluation.model.Cadre;

        rule "Uses a type the host allows"
            agenda-group "score"
        when
            Cadre( $id : id )
        then
            LocalDateTime noon = LocalDateTime.of( 2025, 1, 1, 12, 0 );
            insert( noon.toLocalDate() );
        end
        """;
    RuleSetSource source = ruleSet("widened.drl", drl);

    InvalidRuleSetException refused = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(source));
    assertThat(refused.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(s -> assertThat(s).startsWith("widened.drl:3:").contains("import of java.time.LocalDateTime"));

    RulePolicy widened = RulePolicy.standard().withAllowedTypes("java.time.LocalDateTime");
    assertThat(widened.allowsType("java.time.LocalDateTime")).isTrue();
    assertThat(RulePolicy.standard().allowsType("java.time.LocalDateTime")).as("standard() is unchanged").isFalse();
    assertThatCode(() -> CompiledRuleSet.compile(source, widened)).doesNotThrowAnyException();

    // Widening one type leaves the rest of the policy as it was.
    String hostile = drl.replace("insert( noon.toLocalDate() );", "System.exit( 0 );");
    InvalidRuleSetException still = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(ruleSet("widened.drl", hostile), widened));
    assertThat(still.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(s -> assertThat(s).startsWith("widened.drl:12:").contains("calling exit(…) is not allowed"));
  }

  @Test
  void withAllowedGlobal_letsAHostAddAGlobal_ofThatTypeOnly() {
    String drl = """
        package mini;

        import vn.danhgia.evaluation.model.Cadre;

        global java.time.Clock clock;

        rule "Reads the host's clock"
            agenda-group "score"
        when
            Cadre( $id : id )
        then
            java.time.Instant now = clock.instant();
            insert( String.valueOf( now ) );
        end
        """;
    RuleSetSource source = ruleSet("global.drl", drl);

    InvalidRuleSetException refused = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(source));
    assertThat(refused.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(s -> assertThat(s).startsWith("global.drl:5:")
            .contains("global java.time.Clock clock is not allowed"));

    RulePolicy widened = RulePolicy.standard().withAllowedGlobal("clock", "java.time.Clock")
        .withAllowedTypes("java.time.Instant");
    assertThat(widened.globals()).containsEntry("clock", "java.time.Clock")
        .containsEntry("params", "vn.danhgia.evaluation.ruleset.Parameters");
    assertThat(widened.allowsType("java.time.Clock")).as("the global's type becomes allowed").isTrue();
    assertThatCode(() -> CompiledRuleSet.compile(source, widened)).doesNotThrowAnyException();

    // The name is allowed with its type only.
    String otherType = drl.replace("global java.time.Clock clock;", "global java.util.Map clock;")
        .replace("java.time.Instant now = clock.instant();", "Object now = clock;");
    InvalidRuleSetException wrongType = catchThrowableOfType(InvalidRuleSetException.class,
        () -> CompiledRuleSet.compile(ruleSet("global.drl", otherType), widened));
    assertThat(wrongType.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(s -> assertThat(s).startsWith("global.drl:5:")
            .contains("global java.util.Map clock is not allowed"));
  }

  // ---- Building the rule sets -------------------------------------------------------------------

  /** The mini fixture's manifest and parameters with one rule file: the given one. */
  private static RuleSetSource ruleSet(String file, String drl) {
    String manifest = resource("rulesets/mini/ruleset.properties")
        .replaceAll("(?m)^rules\\s*=.*$", Matcher.quoteReplacement("rules = " + file))
        .replaceAll("(?m)^phases\\s*=.*$", "phases = score, level");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("ruleset.properties", manifest.getBytes(StandardCharsets.UTF_8));
    files.put("parameters.properties",
        resource("rulesets/mini/parameters.properties").getBytes(StandardCharsets.UTF_8));
    files.put(file, drl.getBytes(StandardCharsets.UTF_8));
    return RuleSetSource.fromFiles("hostile-rules/" + file, files);
  }

  private static List<Refusal> expectations(String file, String text) {
    List<Refusal> out = new ArrayList<>();
    boolean ok = false;
    for (String line : text.split("\r?\n")) {
      Matcher m = EXPECT.matcher(line.strip());
      if (!m.matches()) {
        break;
      }
      if (m.group(1).equals("ok")) {
        ok = true;
      } else {
        out.add(new Refusal(Integer.parseInt(m.group(2)), m.group(3)));
      }
    }
    if (ok == !out.isEmpty()) {
      throw new IllegalStateException(file + " must start with \"// expect: ok\" or \"// expect: <line> <fragment>\"");
    }
    return out;
  }

  private static Path corpusFolder() {
    URL url = HostileRulesTest.class.getClassLoader().getResource(CORPUS);
    if (url == null) {
      throw new IllegalStateException("no " + CORPUS + " on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HostileRulesTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
