package vn.ngoso.imports.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.ngoso.platform.xlsx.XlsxReader;

/**
 * @param batchHouseholds households merged per transaction: a crash loses at most one batch,
 *        and never part of a household
 * @param maxRows rows a file may have (an XLSX sheet holds 1,048,576 at most)
 * @param queue jobs waiting (on all nodes) before uploads are turned away
 * @param workMem PostgreSQL's work_mem for the checks, which hash a whole file's rows (hash tables
 *        may take twice this: the largest for a province's 1.7 million rows, about 180 MB, stays in
 *        memory at the default; less only makes the checks spill to disk and slow down)
 * @param xlsxSheet an XLSX file's sheet, unpacked: it is streamed, so this bounds the time a file
 *        can take (a full sheet of 1,048,576 household rows is about 500 MB), not memory
 * @param xlsxOther the rest of an XLSX file, unpacked, which is held in memory while the sheet
 *        is read: mostly the shared strings, under 150 MB for a full sheet of distinct names
 * @param poll how often an idle node looks for a job to claim (it also looks at once after an
 *        upload to it, and after each job it ran)
 * @param staleAfter a running job whose node has not renewed its heartbeat for this long is taken
 *        to be on a dead node, and another node claims it and runs it again from its file
 */
@ConfigurationProperties("ngoso.imports")
public record ImportProperties(@DefaultValue("2000") int batchHouseholds, @DefaultValue("2000000") int maxRows,
		@DefaultValue("20") int queue, @DefaultValue("128MB") String workMem, @DefaultValue("2GB") DataSize xlsxSheet,
		@DefaultValue("256MB") DataSize xlsxOther, @DefaultValue("5s") Duration poll,
		@DefaultValue("60s") Duration staleAfter) {

	public XlsxReader.Limits xlsxLimits() {
		return new XlsxReader.Limits(maxRows, xlsxSheet.toBytes(), xlsxOther.toBytes());
	}
}
