package vn.danhgia.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.EvaluationLimits;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.OutsideWorld;
import vn.danhgia.evaluation.testing.Situation;

/**
 * The rule sandbox tried as an attacker would: every technique (read or write a file, start a
 * process or thread, open a socket, load a class by name, reflect, exit or halt the JVM, set a
 * system property, run without end or take all memory) written in every place rule code can live
 * (a consequence, a function, {@code eval}, a pattern constraint, a {@code from} expression, an
 * accumulate argument, a declared type's field default, salience, a query). Each rule set must be
 * refused before it is served, or, when accepted, evaluating it must not do what it tries: the
 * sentinel file stays absent, no process or thread starts, the test's socket server sees no
 * connection, the property stays unset, the JVM lives, and the evaluation ends within its limits
 * with a {@link RuleExecutionException}.
 */
class RuleCodeAttackTest {
  private static Path sentinels;
  private static ServerSocket server;
  private static final AtomicInteger CONNECTIONS = new AtomicInteger();
  private static final String PROPERTY = "hostile.attack";
  private static final Duration TIME_LIMIT = Duration.ofSeconds(3);
  /** What came of each attack, written to {@code target/rule-code-attacks.txt} for review. */
  private static final Map<String, String> OUTCOMES = new java.util.concurrent.ConcurrentSkipListMap<>();

  /** One technique: an expression of any type that tries it, or a statement for code places only. */
  record Technique(String name, String expression, boolean statementOnly) {}

  /** Where rule code lives; {@code %s} is the technique's expression (or statement). */
  record Place(String name, String drl, boolean takesStatement) {}

  /** One rule set to try. */
  record Attack(Technique technique, Place place) {
    String drl() {
      String code = technique.expression()
          .replace("SENTINEL", sentinels.resolve(technique.name() + "-" + place.name()).toString())
          .replace("PORT", Integer.toString(server.getLocalPort()));
      return place.drl().replace("HELPERS", code.contains("spin(") ? SPIN : "").replace("%s", code);
    }

    @Override
    public String toString() {
      return technique.name() + " in " + place.name();
    }
  }

  static List<Technique> techniques() {
    List<Technique> t = new ArrayList<>();
    t.add(new Technique("read-file", "java.nio.file.Files.readString( java.nio.file.Path.of( \"/etc/passwd\" ) )", false));
    t.add(new Technique("read-file-io", "new java.io.FileInputStream( \"/etc/passwd\" ).read()", false));
    t.add(new Technique("read-file-scanner", "new java.util.Scanner( new java.io.File( \"/etc/passwd\" ) ).next()", false));
    t.add(new Technique("write-file", "java.nio.file.Files.writeString( java.nio.file.Path.of( \"SENTINEL\" ), \"x\" )", false));
    t.add(new Technique("write-file-io", "new java.io.FileOutputStream( \"SENTINEL\" )", false));
    t.add(new Technique("write-file-create", "new java.io.File( \"SENTINEL\" ).createNewFile()", false));
    t.add(new Technique("process-builder", "new ProcessBuilder( \"touch\", \"SENTINEL\" ).start()", false));
    t.add(new Technique("runtime-exec", "Runtime.getRuntime().exec( new String[] { \"touch\", \"SENTINEL\" } )", false));
    t.add(new Technique("thread", "new Thread( \"hostile-thread\" ).start()", false));
    t.add(new Technique("thread-pool", "java.util.concurrent.Executors.newSingleThreadExecutor()", false));
    t.add(new Technique("socket", "new java.net.Socket( \"127.0.0.1\", PORT )", false));
    t.add(new Technique("url", "java.net.URI.create( \"http://127.0.0.1:PORT/\" ).toURL().openStream()", false));
    t.add(new Technique("class-for-name", "Class.forName( \"java.lang.Runtime\" )", false));
    t.add(new Technique("class-loader", "ClassLoader.getSystemClassLoader().loadClass( \"java.lang.Runtime\" )", false));
    t.add(new Technique("class-of-string", "\"x\".getClass().getMethods()", false));
    t.add(new Technique("class-property", "\"x\".class.methods", false));
    t.add(new Technique("reflection", "java.lang.reflect.Array.newInstance( String.class, 3 )", false));
    t.add(new Technique("method-handles", "java.lang.invoke.MethodHandles.lookup()", false));
    t.add(new Technique("enum-declaring-class", "vn.danhgia.evaluation.model.Rating.GOOD.getDeclaringClass().getMethods()", false));
    t.add(new Technique("system-exit", "System.exit( 3 )", false));
    t.add(new Technique("runtime-halt", "Runtime.getRuntime().halt( 3 )", false));
    t.add(new Technique("set-property", "System.setProperty( \"hostile.attack\", \"yes\" )", false));
    t.add(new Technique("properties-put", "System.getProperties().put( \"hostile.attack\", \"yes\" )", false));
    t.add(new Technique("getenv", "System.getenv( \"PATH\" )", false));
    t.add(new Technique("loop", "while ( true ) { }", true));
    t.add(new Technique("for-loop", "for ( int i = 0; i >= 0; i = i + 0 ) { }", true));
    t.add(new Technique("recursion", "spin( 1 )", false));
    t.add(new Technique("repeat", "\"x\".repeat( 2000000000 )", false));
    t.add(new Technique("repeat-from-input", "$name.repeat( 2000000000 )", false));
    t.add(new Technique("big-integer-pow", "BigInteger.TEN.pow( 999999999 )", false));
    t.add(new Technique("big-integer-pow-qualified", "java.math.BigInteger.TEN.pow( 999999999 )", false));
    t.add(new Technique("big-decimal-pow", "BigDecimal.TEN.pow( 999999999 )", false));
    t.add(new Technique("big-decimal-scale", "BigDecimal.ONE.setScale( 999999999 )", false));
    t.add(new Technique("big-decimal-exponent", "new BigDecimal( \"1e999999999\" ).toPlainString()", false));
    t.add(new Technique("big-decimal-scale-exponent", "BigDecimal.valueOf( 1, -999999999 ).toPlainString()", false));
    t.add(new Technique("big-decimal-plain", "BigDecimal.ONE.movePointRight( 999999999 ).toPlainString()", false));
    t.add(new Technique("big-decimal-mvel-literal", "( 1E999999999B ).toPlainString()", false));
    t.add(new Technique("big-integer-shift", "BigInteger.ONE.shiftLeft( 2000000000 )", false));
    t.add(new Technique("regex-matches", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\".matches( \"(a+)+b\" )", false));
    t.add(new Technique("regex-replace", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\".replaceAll( \"(a+)+b\", \"\" )", false));
    t.add(new Technique("regex-split", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\".split( \"(a+)+b\" )", false));
    t.add(new Technique("format-width", "String.format( \"%0999999999d\", 1 )", false));
    t.add(new Technique("formatted-width", "\"%0999999999d\".formatted( 1 )", false));
    t.add(new Technique("huge-list", "new java.util.ArrayList( 2000000000 )", false));
    t.add(new Technique("huge-map", "new java.util.HashMap( 1073741824 )", false));
    t.add(new Technique("n-copies", "java.util.Collections.nCopies( 2000000000, \"x\" ).toString()", false));
    t.add(new Technique("huge-array", "new long[ 2000000000 ]", false));
    t.add(new Technique("string-builder-capacity", "new StringBuilder( 2000000000 )", false));
    t.add(new Technique("string-pad", "String.valueOf( new char[ 2000000000 ] )", false));
    t.add(new Technique("join-copies", "String.join( \",\", java.util.Collections.nCopies( 2000000000, \"x\" ) )", false));
    return t;
  }

  private static final String HEAD = """
      package mini;

      import java.math.BigDecimal;
      import java.math.BigInteger;
      import vn.danhgia.evaluation.model.Cadre;
      import vn.danhgia.evaluation.vocabulary.Flag;

      HELPERS
      """;
  /** The helper a technique may call: a function that calls itself. */
  private static final String SPIN = """
      function boolean spin( int n ) {
          return spin( n + 1 );
      }
      """;

  static List<Place> places() {
    return List.of(
        new Place("consequence", HEAD + """
            rule "Attack in a consequence"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
            then
                Object o = %s;
                insert( new Flag( $id, String.valueOf( o ) ) );
            end
            """, false),
        new Place("consequence-statement", HEAD + """
            rule "Attack as a consequence's statement"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
            then
                %s;
            end
            """, true),
        new Place("function", HEAD + """
            function Object attack( String $name ) {
                return %s;
            }

            rule "Attack in a function"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
            then
                insert( new Flag( $id, String.valueOf( attack( $name ) ) ) );
            end
            """, false),
        new Place("function-statement", HEAD + """
            function void attack( String $name ) {
                %s;
            }

            rule "Attack as a function's statement"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
            then
                attack( $name );
            end
            """, true),
        new Place("eval", HEAD + """
            rule "Attack in eval"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
                eval( String.valueOf( %s ) != null )
            then
            end
            """, false),
        new Place("constraint", HEAD + """
            rule "Attack in a constraint"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name, String.valueOf( %s ) != null )
            then
            end
            """, false),
        new Place("constraint-binding", HEAD + """
            rule "Attack in a constraint's binding"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name, $x : String.valueOf( %s ) )
            then
                insert( new Flag( $id, $x ) );
            end
            """, false),
        new Place("from", HEAD + """
            rule "Attack in from"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
                $x : Object() from %s
            then
            end
            """, false),
        new Place("accumulate", HEAD + """
            rule "Attack in an accumulate argument"
                agenda-group "score"
            when
                Cadre( $id : id )
                $all : java.util.List() from accumulate( Cadre( $name : name ), collectList( %s ) )
            then
            end
            """, false),
        new Place("declared-field", HEAD + """
            declare Holder
                value : Object = %s
            end

            rule "Attack in a declared type's field default"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
            then
                insert( new Holder() );
            end
            """, false),
        new Place("salience", HEAD + """
            rule "Attack in salience"
                agenda-group "score"
                salience ( String.valueOf( %s ).length() )
            when
                Cadre( $id : id, $name : name )
            then
            end
            """, false),
        new Place("query", HEAD + """
            query attack( String $name )
                Cadre( name == $name, String.valueOf( %s ) != null )
            end

            rule "Calls a query"
                agenda-group "score"
            when
                Cadre( $id : id, $name : name )
                attack( $name; )
            then
            end
            """, false));
  }

  static Stream<Attack> attacks() {
    List<Attack> out = new ArrayList<>();
    for (Technique t : techniques()) {
      for (Place p : places()) {
        if (!t.statementOnly() || p.takesStatement()) {
          out.add(new Attack(t, p));
        }
      }
    }
    return out.stream();
  }

  @BeforeAll
  static void startTheWorldToProtect() throws IOException {
    // The JVM sets user.timezone and MVEL mvel.debugger on first use: let them be set before the world is seen.
    CompiledRuleSet.compileFromFiles(ruleSet(resource("rulesets/mini/mini.drl")), RulePolicy.standard()).evaluate(Situation.year(2024).cadre("A", c -> c.superior("20"))
        .build(), EvaluationLimits.defaults());
    sentinels = Files.createTempDirectory("escaped-attack");
    server = new ServerSocket(0);
    Thread accept = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          CONNECTIONS.incrementAndGet();
        } catch (IOException e) {
          return;
        }
      }
    }, "attack-test-server");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterAll
  static void stopTheServer() throws IOException {
    server.close();
    Files.write(Path.of("target", "rule-code-attacks.txt"), OUTCOMES.entrySet().stream()
        .map(e -> e.getKey() + " -> " + e.getValue().replace('\n', ' ')).toList(), StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(sentinels)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(sentinels);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void attack_isRefused_orCannotDoWhatItTries(Attack attack) throws IOException {
    OutsideWorld world = OutsideWorld.now();
    long children = ProcessHandle.current().children().count();
    Set<String> threads = threadNames();
    int connections = CONNECTIONS.get();

    CompiledRuleSet compiled;
    try {
      compiled = CompiledRuleSet.compile(ruleSet(attack.drl()));
    } catch (InvalidRuleSetException refused) {
      compiled = null;
      OUTCOMES.put(attack.toString(), "refused: " + refused.diagnostics().get(0));
      assertThat(refused.diagnostics()).as("the refusal names the rule file and a line")
          .anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("attack.drl");
            assertThat(d.line()).isPositive();
          });
    }
    if (compiled != null) {
      long started = System.nanoTime();
      CompiledRuleSet accepted = compiled;
      Throwable failure = null;
      try {
        accepted.evaluate(Situation.year(2024).cadre("A", c -> c.superior("20")).build(),
            EvaluationLimits.defaults().withTimeout(TIME_LIMIT));
      } catch (RuleExecutionException e) {
        failure = e;
      }
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      OUTCOMES.put(attack.toString(), "accepted, evaluation failed in " + took.toMillis() + " ms: "
          + (failure == null ? "no" : failure.getMessage()));
      assertThat(failure).as("%s was accepted and evaluated without failing:%n%s", attack, attack.drl()).isNotNull();
      assertThat(took).as("the evaluation ends within its limits").isLessThan(TIME_LIMIT.multipliedBy(2));
    }

    try (Stream<Path> written = Files.list(sentinels)) {
      assertThat(written).as("no file written").isEmpty();
    }
    world.assertUnchanged();
    assertThat(System.getProperty(PROPERTY)).as("no property set").isNull();
    assertThat(ProcessHandle.current().children().count()).as("no process started").isEqualTo(children);
    assertThat(threadNames()).as("no thread started").isSubsetOf(threads);
    assertThat(CONNECTIONS.get()).as("no connection to the server").isEqualTo(connections);
  }

  @Test
  void attacks_coverEveryTechniqueInEveryPlace() {
    assertThat(attacks().map(a -> a.place().name()).collect(Collectors.toSet())).hasSize(places().size());
    assertThat(attacks()).hasSizeGreaterThan(400);
  }

  private static Set<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
        .filter(n -> !n.startsWith("ForkJoinPool") && !n.startsWith("surefire")).collect(Collectors.toSet());
  }

  private static RuleSetSource ruleSet(String drl) {
    String manifest = resource("rulesets/mini/ruleset.properties")
        .replaceAll("(?m)^rules\\s*=.*$", Matcher.quoteReplacement("rules = attack.drl"))
        .replaceAll("(?m)^phases\\s*=.*$", "phases = score, level");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("ruleset.properties", manifest.getBytes(StandardCharsets.UTF_8));
    files.put("parameters.properties", resource("rulesets/mini/parameters.properties").getBytes(StandardCharsets.UTF_8));
    files.put("attack.drl", drl.getBytes(StandardCharsets.UTF_8));
    return RuleSetSource.fromFiles("attack", files);
  }

  private static String resource(String name) {
    try (InputStream in = RuleCodeAttackTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no " + name + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
