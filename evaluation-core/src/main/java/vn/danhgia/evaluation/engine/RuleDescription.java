package vn.danhgia.evaluation.engine;

import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.Severity;

/**
 * One rule of a compiled rule set, as its file states it.
 *
 * @param name the rule's name
 * @param file the rule file it is in
 * @param line the line of its {@code rule} keyword
 * @param phase the phase (agenda group) it runs in
 * @param reasonCode the reason code it gives ({@code @code}), or {@code null} when it gives none
 * @param message the reason's message ({@code @vi}, {@code @en}), or {@code null}
 * @param severity how much the reason weighs ({@code @severity}, else information), or {@code null}
 *     when the rule gives no reason
 */
public record RuleDescription(String name, String file, int line, String phase, @Nullable String reasonCode,
    @Nullable Message message, @Nullable Severity severity) {}
