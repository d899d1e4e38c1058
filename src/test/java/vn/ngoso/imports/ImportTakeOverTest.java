package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ngoso.imports.internal.ImportJobs;
import vn.ngoso.imports.internal.ImportUploads;
import vn.ngoso.imports.internal.ImportWorker;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.cluster.NodeName;
import vn.ngoso.support.IntegrationTest;

/**
 * A job left running by a node that died (its heartbeat stale) is claimed by this node and run
 * again from the file stored in the database; a job running on a live node is left alone. The
 * two-node test (vn.ngoso.TwoNodesTest) stops a node mid-import; this is the crash, where the
 * dead node hands nothing back.
 */
@IntegrationTest
class ImportTakeOverTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportJobs jobs;

	@Autowired
	ImportUploads uploads;

	@Autowired
	ImportWorker worker;

	@Autowired
	NodeName node;

	@Test
	void aJobWhoseNodeDiedIsRunAgainFromItsStoredFileByAnotherNode() throws Exception {
		HouseholdFile file = new HouseholdFile();
		for (int i = 0; i < 4; i++) {
			String code = HouseholdFile.code();
			file.resident(code, "Số " + i, HouseholdFile.name(), "1970", "Nam", "Chủ hộ", "", HouseholdFile.cccd())
				.resident(code, "Số " + i, HouseholdFile.name(), "1975", "Nữ", "Vợ", "", "");
		}
		UUID id = UUID.randomUUID();
		uploads.store(id, new ByteArrayInputStream(file.csv()));
		jobs.insert(id, ImportStatus.RUNNING, "ho.csv", xa());
		jdbc.sql("""
				update import_job set claimed_by = 'dead-node', heartbeat_at = now() - interval '5 minutes',
				    started_at = now() - interval '6 minutes', rows_read = 8
				where id = ?
				""").param(id).update();

		worker.nudge();
		var runs = new ImportRuns(mvc);
		JsonNode job = runs.awaitFinished(runs.bearer("xa"), id.toString());

		assertThat(job.get("status").asString()).isEqualTo("DONE");
		assertThat(job.get("householdsCreated").asInt()).isEqualTo(4);
		assertThat(job.get("rowsRead").asInt()).isEqualTo(8);
		assertThat(jdbc.sql("select claimed_by from import_job where id = ?").param(id).query(String.class).single())
			.isEqualTo(node.get());
		assertThat(jdbc.sql("select count(*) from import_upload where job_id = ?").param(id).query(Integer.class).single())
			.as("the stored file goes when the job ends").isZero();
	}

	@Test
	void aJobRunningOnALiveNodeIsLeftToIt() throws Exception {
		UUID id = UUID.randomUUID();
		uploads.store(id, new ByteArrayInputStream(new HouseholdFile().csv()));
		jobs.insert(id, ImportStatus.RUNNING, "ho.csv", xa());
		jdbc.sql("update import_job set claimed_by = 'live-node', heartbeat_at = now() where id = ?").param(id).update();
		try {
			worker.nudge();
			Thread.sleep(1_000);
			assertThat(jdbc.sql("select status || ' ' || claimed_by from import_job where id = ?").param(id)
				.query(String.class).single()).isEqualTo("RUNNING live-node");
		}
		finally {
			jobs.finish(id, ImportStatus.FAILED, "import.failed", null);
			uploads.delete(id);
		}
	}

	private Scope xa() {
		String path = jdbc.sql("select path::text from admin_unit where code = '27781' and valid_to is null")
			.query(String.class).single();
		return new Scope("xa", Role.COMMUNE, null, path, null, null);
	}
}
