/**
 * The rule-code policy: what rule files may import, call and declare. Drools has no sandbox and a
 * rule's consequence is Java, so a rule set is checked against the policy before it is compiled
 * and refused, with file and line, when it reaches for anything outside the allow-list.
 */
@NullMarked
package vn.danhgia.evaluation.policy;

import org.jspecify.annotations.NullMarked;
