package vn.danhgia.evaluation.engine.internal;

import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.internal.CodeAllowList.Kind;

/**
 * One class the build generated for a rule set, and where in the rule files it comes from.
 *
 * @param name the class's internal name ({@code leaders/Rule_…})
 * @param bytes its class file
 * @param kind what it is, which decides what it may reference
 * @param origin the rule, function or declared type it was generated from, when known
 */
record GeneratedClass(String name, byte[] bytes, Kind kind, @Nullable Origin origin) {

  /**
   * Where generated code comes from.
   *
   * @param what {@code rule "name"}, {@code function name} or {@code declared type Name}
   * @param file the rule file
   * @param line the line of its declaration
   * @param startLine the rule file's line of the generated source's first mapped line, or 0
   * @param offset the generated source's line that maps to {@code startLine}
   */
  record Origin(String what, String file, int line, int startLine, int offset) {
    /**
     * @param generatedLine a line of the generated Java source, or 0
     * @return the rule file's line it was written on, or the declaration's line when unknown
     */
    int lineOf(int generatedLine) {
      if (generatedLine <= 0 || startLine <= 0) {
        return line;
      }
      int mapped = startLine + generatedLine - offset;
      return mapped >= line ? mapped : line;
    }
  }
}
