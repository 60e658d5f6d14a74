/**
 * Live rule changes for long-running hosts: {@link vn.danhgia.evaluation.repository.RuleRepository}
 * keeps the rule sets of a folder compiled and current, swaps a changed version in atomically, and
 * keeps serving the previous one when a change is refused.
 */
@NullMarked
package vn.danhgia.evaluation.repository;

import org.jspecify.annotations.NullMarked;
