/**
 * Bulk import of households with their residents from the spreadsheets communes already keep
 * (CSV or XLSX, one row per resident): streamed into a staging table through PostgreSQL COPY,
 * checked set-wise, merged in batches of whole households, with a row-level error report.
 *
 * <p>Writes the {@code households} module's {@code household} and {@code resident} tables in SQL,
 * declared here: 1.7 million residents go in by set-wise {@code INSERT ... SELECT} from the staging
 * table, which no per-record service could do in minutes. The households module's rules are
 * applied first (its validation and profile rule, its citizen-ID protection), and the live figures
 * move through {@code figures} as for any write.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "households", "teams", "figures" })
@NullMarked
package vn.ngoso.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
