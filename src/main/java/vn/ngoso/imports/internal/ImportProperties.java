package vn.ngoso.imports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchHouseholds households merged per transaction: a crash loses at most one batch,
 *        and never part of a household
 * @param maxRows rows a file may have (an XLSX sheet holds 1,048,576 at most)
 * @param queue jobs waiting for the single import thread before uploads are turned away
 * @param workMem PostgreSQL's work_mem for the checks, which sort and hash a whole file's rows
 *        (a province's file needs about 200 MB to stay in memory; less only makes them slower)
 */
@ConfigurationProperties("ngoso.imports")
public record ImportProperties(@DefaultValue("2000") int batchHouseholds, @DefaultValue("2000000") int maxRows,
		@DefaultValue("20") int queue, @DefaultValue("128MB") String workMem) {
}
