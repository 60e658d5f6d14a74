/**
 * Reading and writing the interchange documents ({@code evaluation-input/1}, {@code
 * evaluation-report/1}) with exact decimals and ISO dates, their validation and the canonical form
 * behind {@code input.sha256}. The entry point is {@link vn.danhgia.evaluation.io.Interchange}.
 */
@NullMarked
package vn.danhgia.evaluation.io;

import org.jspecify.annotations.NullMarked;
