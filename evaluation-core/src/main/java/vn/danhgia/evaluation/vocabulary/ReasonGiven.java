package vn.danhgia.evaluation.vocabulary;

import org.jspecify.annotations.Nullable;

/**
 * A rule gives a reason for a cadre's result. The reason's code and its Vietnamese and English
 * messages are the giving rule's metadata ({@code @code}, {@code @vi}, {@code @en}).
 *
 * @param cadre the cadre's id
 * @param subject the task, order or other item concerned, or {@code null}
 * @param rule the giving rule's name ({@code drools.getRule().getName()} in a consequence)
 */
public record ReasonGiven(String cadre, @Nullable String subject, String rule) {}
