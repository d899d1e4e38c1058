/**
 * The live figures: one catalogue of indicators (tracked and reported), the tracked ones kept as
 * small aggregate rows by unit and month, updated in the transaction of the write that changes
 * them through the {@link vn.ngoso.figures.FigureSource}s the owning modules declare, the full
 * recompute from the records, and the reads of those rows. Knows nothing of who reads it.
 */
@ApplicationModule(displayName = "Figures", allowedDependencies = { "platform", "territory" })
@NullMarked
package vn.ngoso.figures;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
