/**
 * Bulk import of households with their residents from the spreadsheets communes already keep
 * (CSV or XLSX, one row per resident): streamed into a staging table through PostgreSQL COPY,
 * checked set-wise, merged in batches of whole households, with a row-level error report.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "households", "teams", "figures" })
@NullMarked
package vn.ngoso.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
