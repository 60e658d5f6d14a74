/**
 * The checks of the interchange contract: every problem of an input found in one pass, each with the
 * JSON path of the offending value.
 */
@NullMarked
package vn.danhgia.evaluation.validation;

import org.jspecify.annotations.NullMarked;
