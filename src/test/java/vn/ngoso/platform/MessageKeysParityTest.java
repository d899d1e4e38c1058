package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message file has the same keys in Vietnamese ({@code x.properties}) and English
 * ({@code x_en.properties}): a key in one only shows its code, or the other language, to half the users.
 */
class MessageKeysParityTest {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	@Test
	void everyMessageFileHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		List<Path> vietnamese = vietnameseFiles();
		assertThat(vietnamese).as("message files in " + MESSAGES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Path vi : vietnamese) {
			String name = vi.getFileName().toString();
			Path en = vi.resolveSibling(name.replace(".properties", "_en.properties"));
			if (!Files.exists(en)) {
				problems.add(name + ": no " + en.getFileName());
				continue;
			}
			Set<String> viKeys = keys(vi);
			Set<String> enKeys = keys(en);
			Set<String> missingInEnglish = new TreeSet<>(viKeys);
			missingInEnglish.removeAll(enKeys);
			Set<String> missingInVietnamese = new TreeSet<>(enKeys);
			missingInVietnamese.removeAll(viKeys);
			if (!missingInEnglish.isEmpty()) {
				problems.add(name + ": missing in " + en.getFileName() + ": " + missingInEnglish);
			}
			if (!missingInVietnamese.isEmpty()) {
				problems.add(name + ": missing in " + name + " (only in " + en.getFileName() + "): "
						+ missingInVietnamese);
			}
		}
		assertThat(problems).as("keys in one language only").isEmpty();
	}

	@Test
	void everyEnglishFileHasItsVietnameseFile() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			List<String> orphans = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith("_en.properties"))
				.filter(n -> !Files.exists(MESSAGES.resolve(n.replace("_en.properties", ".properties"))))
				.sorted()
				.toList();
			assertThat(orphans).as("English files without a Vietnamese one").isEmpty();
		}
	}

	private static List<Path> vietnameseFiles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".properties"))
				.filter(p -> !p.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
