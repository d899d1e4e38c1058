package vn.ngoso.imports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchHouseholds households merged per transaction: a crash loses at most one batch,
 *        and never part of a household
 * @param maxRows rows a file may have (an XLSX sheet holds 1,048,576 at most)
 * @param queue jobs waiting for the single import thread before uploads are turned away
 * @param workMem PostgreSQL's work_mem for the checks, which hash a whole file's rows (hash tables
 *        may take twice this: the largest for a province's 1.7 million rows, about 180 MB, stays in
 *        memory at the default; less only makes the checks spill to disk and slow down)
 */
@ConfigurationProperties("ngoso.imports")
public record ImportProperties(@DefaultValue("2000") int batchHouseholds, @DefaultValue("2000000") int maxRows,
		@DefaultValue("20") int queue, @DefaultValue("128MB") String workMem) {
}
