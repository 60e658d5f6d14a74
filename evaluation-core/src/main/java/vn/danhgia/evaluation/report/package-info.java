/**
 * The evaluation report ({@code evaluation-report/1}): one result per cadre with its score
 * components, rating, reasons, flags and an explanation of what counted, and a summary.
 */
@NullMarked
package vn.danhgia.evaluation.report;

import org.jspecify.annotations.NullMarked;
