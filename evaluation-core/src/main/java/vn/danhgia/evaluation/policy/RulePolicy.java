package vn.danhgia.evaluation.policy;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What rule files may use. Checked on the parsed rules (the Drools parser's descriptors, and the
 * Drools expression parser's syntax trees of every condition, consequence and function), never on
 * text patterns.
 *
 * <p>A rule file may import and name only the allowed types (the library's model, vocabulary and
 * parameter types, and a small set of JDK value types: numbers, dates, strings, collections,
 * {@code Math}), the types it declares itself, and its own functions. It may not use class
 * literals, anonymous or local classes, {@code synchronized}, reflective or process-control methods
 * ({@code getClass}, {@code getDeclaringClass}, {@code forName}, {@code exec}, {@code exit} …, also
 * when a condition reads them as properties, {@code this.class}), fully qualified names of types
 * outside the allow-list, globals other than the allowed ones, function or accumulate imports,
 * custom accumulate code, or the MVEL dialect. Of the rule context it may use only {@code
 * drools.getRule().getName()}. Everything Drools evaluates besides conditions, consequences and
 * functions must be a literal: annotation values (Drools evaluates them while compiling), salience,
 * {@code enabled}, default values of declared fields and arguments of declared enums; rule attributes
 * that carry code ({@code timer}, {@code duration}, {@code calendars}) are refused, as are declared
 * types extending a type outside the allow-list. Unicode escapes are read as the Java compiler reads
 * them.
 *
 * <p>Immutable; the {@code with…} methods return changed copies.
 */
public final class RulePolicy {
  private static final Set<String> STANDARD_TYPES = Set.of(
      "java.lang.String", "java.lang.Math", "java.lang.StrictMath", "java.lang.Integer", "java.lang.Long",
      "java.lang.Short", "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
      "java.lang.Character", "java.lang.Number", "java.lang.Object", "java.lang.Comparable",
      "java.lang.IllegalArgumentException", "java.lang.IllegalStateException", "java.lang.ArithmeticException",
      "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext",
      "java.time.LocalDate", "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.Month",
      "java.time.DayOfWeek", "java.time.temporal.ChronoUnit",
      "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection", "java.util.ArrayList",
      "java.util.HashMap", "java.util.HashSet", "java.util.LinkedHashMap", "java.util.LinkedHashSet",
      "java.util.TreeMap", "java.util.TreeSet", "java.util.Collections", "java.util.Objects", "java.util.Optional",
      "java.util.Arrays", "java.util.Comparator",
      "vn.danhgia.evaluation.ruleset.Parameters", "vn.danhgia.evaluation.ruleset.Ratio",
      "vn.danhgia.evaluation.report.WorkKind", "vn.danhgia.evaluation.report.WorkStatus",
      "vn.danhgia.evaluation.report.Message");
  private static final Set<String> STANDARD_PACKAGES = Set.of(
      "vn.danhgia.evaluation.model", "vn.danhgia.evaluation.vocabulary");
  private static final Set<String> FORBIDDEN_METHODS = Set.of(
      "getClass", "forName", "getClassLoader", "loadClass", "defineClass", "newInstance", "invoke",
      "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields",
      "getDeclaredField", "getDeclaredFields", "getConstructor", "getDeclaredConstructor", "setAccessible",
      "exec", "exit", "halt", "getRuntime", "load", "loadLibrary", "setSecurityManager", "getenv",
      "getProperty", "setProperty", "wait", "notify", "notifyAll", "start", "interrupt", "finalize",
      "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getKnowledgeBase",
      "getEntryPoint", "getChannels", "getGlobal", "setGlobal", "eval",
      // Ways to a Class, a class loader or a code source without naming one: Enum.getDeclaringClass()
      // and what a Class leads to (its protection domain leads to URLs, and URLs to any file).
      "getDeclaringClass", "getEnclosingClass", "getNestHost", "getSuperclass", "getComponentType",
      "getConstructors", "getDeclaredConstructors", "getClasses", "getDeclaredClasses", "getRecordComponents",
      "getProtectionDomain", "getModule", "getResource", "getResources", "getResourceAsStream",
      "getSystemClassLoader", "getPlatformClassLoader", "getContextClassLoader", "setContextClassLoader",
      "currentThread", "lookup", "privateLookupIn", "openStream", "openConnection",
      // System properties read through the number and boolean wrappers, and printing.
      "getInteger", "getLong", "getBoolean", "printStackTrace");
  private static final RulePolicy STANDARD = new RulePolicy(STANDARD_TYPES, STANDARD_PACKAGES,
      Map.of("params", "vn.danhgia.evaluation.ruleset.Parameters"));

  private final Set<String> types;
  private final Set<String> packages;
  private final Map<String, String> globals;

  private RulePolicy(Set<String> types, Set<String> packages, Map<String, String> globals) {
    this.types = Collections.unmodifiableSet(new TreeSet<>(types));
    this.packages = Collections.unmodifiableSet(new TreeSet<>(packages));
    this.globals = Collections.unmodifiableMap(new TreeMap<>(globals));
  }

  /** @return the library's policy: the allow-list described above, and the global {@code params} */
  public static RulePolicy standard() {
    return STANDARD;
  }

  /**
   * A copy that also allows some types, e.g. a host's own value types.
   *
   * @param fullyQualifiedNames the types' names
   * @return the changed copy
   */
  public RulePolicy withAllowedTypes(String... fullyQualifiedNames) {
    Set<String> more = new TreeSet<>(types);
    for (String t : fullyQualifiedNames) {
      more.add(Objects.requireNonNull(t));
    }
    return new RulePolicy(more, packages, globals);
  }

  /**
   * A copy that also allows a global.
   *
   * @param name the global's name
   * @param type its fully qualified type, which becomes an allowed type too
   * @return the changed copy
   */
  public RulePolicy withAllowedGlobal(String name, String type) {
    Map<String, String> more = new TreeMap<>(globals);
    more.put(Objects.requireNonNull(name), Objects.requireNonNull(type));
    Set<String> moreTypes = new TreeSet<>(types);
    moreTypes.add(type);
    return new RulePolicy(moreTypes, packages, more);
  }

  /**
   * @param fullyQualifiedName a type's name
   * @return whether rules may use it
   */
  public boolean allowsType(String fullyQualifiedName) {
    if (types.contains(fullyQualifiedName)) {
      return true;
    }
    int dot = fullyQualifiedName.lastIndexOf('.');
    return dot > 0 && packages.contains(fullyQualifiedName.substring(0, dot));
  }

  /**
   * @param packageName a package's name
   * @return whether every type of it is allowed (so that {@code import package.*} is)
   */
  public boolean allowsPackage(String packageName) {
    return packages.contains(packageName);
  }

  /**
   * @param method a method's name
   * @return whether calling a method of that name is refused whatever its receiver
   */
  public boolean forbidsMethod(String method) {
    return FORBIDDEN_METHODS.contains(method);
  }

  /**
   * @param other another policy
   * @return whether this policy allows everything {@code other} allows: its types, packages and
   *     globals (with the same types); then rules accepted under {@code other} are accepted here
   */
  public boolean includes(RulePolicy other) {
    return types.containsAll(other.types) && packages.containsAll(other.packages)
        && globals.entrySet().containsAll(other.globals.entrySet());
  }

  /** @return the allowed globals, name to fully qualified type */
  public Map<String, String> globals() {
    return globals;
  }

  /** @return the allowed types, beyond the allowed packages */
  public Set<String> types() {
    return types;
  }

  /** @return the packages whose every type is allowed */
  public Set<String> packages() {
    return packages;
  }
}
