package vn.ngoso.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the application on its real port (Tomcat, not MockMvc), the way a client on the
 * network does: bearer tokens, multipart uploads, bodies sent in chunks of unknown length.
 */
public final class RealHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();

	public RealHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public String bearer(String username) throws Exception {
		var response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"demo\"}")));
		return "Bearer " + json(response).get("token").asString();
	}

	/** A multipart/form-data upload of one file in the field {@code file}. */
	public HttpResponse<String> upload(String path, String bearer, Path file) throws Exception {
		String boundary = "ngoso-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		BodyPublisher body = BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofFile(file),
				BodyPublishers.ofByteArray(tail));
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", bearer)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
	}

	/** A POST whose body goes in chunks: the length is not known before, so no Content-Length is sent. */
	public HttpResponse<String> postChunked(String path, String contentType, InputStream body) throws Exception {
		return send("POST", path, contentType, body);
	}

	/** A request of this method whose body goes in chunks. */
	public HttpResponse<String> send(String method, String path, String contentType, InputStream body) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
			.method(method, BodyPublishers.ofInputStream(() -> body)));
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	/** A GET with a bearer token, its JSON body. */
	public JsonNode getJson(String path, String bearer) throws Exception {
		return json(send(HttpRequest.newBuilder(uri(path)).header("Authorization", bearer).GET()));
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.timeout(Duration.ofMinutes(2)).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	/** A body of {@code prefix}, then {@code count} times {@code filler}, then {@code suffix}, made as it is read. */
	public static InputStream generated(String prefix, long count, char filler, String suffix) {
		byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
		byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
		long total = head.length + count + tail.length;
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				if (position == total) {
					return -1;
				}
				long at = position++;
				if (at < head.length) {
					return head[(int) at] & 0xff;
				}
				return at < head.length + count ? filler : tail[(int) (at - head.length - count)] & 0xff;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (position == total) {
					return -1;
				}
				int n = (int) Math.min(len, total - position);
				for (int i = 0; i < n; i++) {
					b[off + i] = (byte) read();
				}
				return n;
			}
		};
	}
}
