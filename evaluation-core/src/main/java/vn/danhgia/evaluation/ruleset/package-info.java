/**
 * Rule sets as data: their manifest, parameters and rule files, how they are loaded (classpath,
 * folder, jar) and compiled, and the diagnostics of a rule set that does not compile.
 */
@NullMarked
package vn.danhgia.evaluation.ruleset;

import org.jspecify.annotations.NullMarked;
