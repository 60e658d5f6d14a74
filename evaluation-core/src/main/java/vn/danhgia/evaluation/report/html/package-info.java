/**
 * A readable, self-contained HTML page of an evaluation: the ratings by peer group as a chart, and
 * for each cadre the score, its components, the rating, the reasons, the flags and what counted for
 * each task, order and product. Start with {@link vn.danhgia.evaluation.report.html.HtmlReport}.
 *
 * <p>The page is rendered from Mustache templates and UTF-8 resource bundles ({@code
 * messages_vi.properties}, {@code messages_en.properties}) kept beside these classes.
 */
@NullMarked
package vn.danhgia.evaluation.report.html;

import org.jspecify.annotations.NullMarked;
