package vn.ngoso.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.support.ApiTokens;

/** Runs imports through the API as a client would: upload, then poll the job until it has finished. */
final class ImportRuns {

	/** The job runs on the import thread; polled every 20 ms, for 60 s at most. */
	private static final int POLLS = 3000;

	private final MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	ImportRuns(MockMvc mvc) {
		this.mvc = mvc;
	}

	String bearer(String username) throws Exception {
		return ApiTokens.tokenFor(mvc, username);
	}

	/** Uploads as the user and answers the finished job's JSON. */
	JsonNode run(String username, String fileName, byte[] content) throws Exception {
		String bearer = bearer(username);
		return awaitFinished(bearer, upload(bearer, fileName, content));
	}

	JsonNode csv(String username, HouseholdFile file) throws Exception {
		return run(username, "ho.csv", file.csv());
	}

	JsonNode xlsx(String username, HouseholdFile file) throws Exception {
		return run(username, "ho.xlsx", file.xlsx());
	}

	String upload(String bearer, String fileName, byte[] content) throws Exception {
		var response = mvc.perform(multipart("/api/v1/imports/households")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
				.header("Authorization", bearer)).andReturn().getResponse();
		assertThat(response.getStatus()).as("upload: %s", response.getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(202);
		JsonNode started = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(started.get("status").asString()).isIn("QUEUED", "RUNNING", "DONE", "REFUSED", "FAILED");
		return started.get("id").asString();
	}

	JsonNode awaitFinished(String bearer, String id) throws Exception {
		for (int i = 0; i < POLLS; i++) {
			JsonNode job = job(bearer, id);
			if (!List.of("QUEUED", "RUNNING").contains(job.get("status").asString())) {
				return job;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("import " + id + " did not finish");
	}

	JsonNode job(String bearer, String id) throws Exception {
		var response = mvc.perform(get("/api/v1/imports/" + id).header("Authorization", bearer)).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET import %s", id).isEqualTo(200);
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** The job's row errors as "row|column|value|message" lines. */
	static List<String> errors(JsonNode job) {
		List<String> lines = new ArrayList<>();
		for (JsonNode e : job.get("errors")) {
			lines.add(e.get("row").asInt() + "|" + e.get("column").asString() + "|"
					+ (e.get("value").isNull() ? "" : e.get("value").asString()) + "|" + e.get("message").asString());
		}
		return lines;
	}
}
