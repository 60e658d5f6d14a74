/**
 * The KIE (Drools) wiring behind the engine: compiling a rule set into a KIE base with full
 * diagnostics, and running sessions with bounded firing. Not API: nothing here is meant to be used
 * outside the library, and these types may change in any release.
 */
@NullMarked
package vn.danhgia.evaluation.engine.internal;

import org.jspecify.annotations.NullMarked;
