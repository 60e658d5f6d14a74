package vn.danhgia.evaluation.engine.internal;

import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.Severity;

/**
 * What the engine knows of one rule from its source: where it is, its phase, and the reason it gives.
 *
 * @param name the rule's name
 * @param file the rule file
 * @param line the line of its {@code rule} keyword
 * @param phase its agenda group
 * @param phaseIndex the position of its phase among the rule set's phases (per-cadre phases first)
 * @param code the reason code it gives ({@code @code}), or null when it gives none
 * @param message the reason's message ({@code @vi}, {@code @en}), or null when it gives none
 * @param severity the reason's severity ({@code @severity}, else information), or null when it gives none
 */
record RuleInfo(String name, String file, int line, String phase, int phaseIndex, @Nullable String code,
    @Nullable Message message, @Nullable Severity severity) {}
