package vn.ngoso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A lint of the stylesheets, without a browser: every brace closed, ignoring those in comments
 * and strings. A browser reads an unclosed <code>@media (min-width: 720px)</code> block to the end
 * of the file, so every rule after it silently became desktop-only (phones lost the tabs, the offline
 * bar's colours and the widths that kept forms on the screen).
 */
class StylesheetBracesTest {

	private static final Path STATIC = Path.of("src/main/resources/static");

	@Test
	void everyStylesheetClosesWhatItOpens() throws IOException {
		List<Path> sheets;
		try (Stream<Path> files = Files.walk(STATIC)) {
			sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
		}
		assertThat(sheets).as("stylesheets under %s", STATIC).isNotEmpty();
		for (Path sheet : sheets) {
			assertThat(problem(Files.readString(sheet))).as("%s", sheet).isEmpty();
		}
	}

	@Test
	void theLintCatchesTheMediaBlockLeftOpen() {
		// the shape of the old ngoso.css: a desktop block opened near the end and never closed
		String old = """
				.chart { width: 100%; }
				@media (min-width: 720px) {
				  .chart { height: 300px; }
				/* Reported values: tabs */
				.tabs { display: flex; }
				@media (min-width: 720px) {
				  .tabs a { padding: .5rem .75rem; }
				}
				.field-status .queue { color: var(--warn); }
				""";
		assertThat(problem(old).orElse("")).contains("line 2: '{' never closed");
		assertThat(problem(".a { color: red; } }").orElse("")).contains("line 1: '}' closes nothing");
	}

	@Test
	void bracesInCommentsAndStringsDoNotCount() {
		assertThat(problem("/* { a note } } */ .a::after { content: \"{\"; } .b::before { content: '}\\'}'; }")).isEmpty();
		assertThat(problem(".a { color: red; } /* open").orElse("")).contains("comment never closed");
		assertThat(problem(".a::after { content: \"{ }").orElse("")).contains("string never closed");
	}

	/** What is wrong with the braces of a stylesheet, or empty when they balance. */
	static Optional<String> problem(String css) {
		Deque<Integer> open = new ArrayDeque<>(); // line of each brace still open
		int line = 1;
		int commentFrom = 0;
		int stringFrom = 0;
		char quote = 0;
		boolean comment = false;
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (comment) {
				if (c == '*' && i + 1 < css.length() && css.charAt(i + 1) == '/') {
					comment = false;
					i++;
				}
			}
			else if (quote != 0) {
				if (c == '\\' && i + 1 < css.length()) {
					if (css.charAt(++i) == '\n') {
						line++;
					}
				}
				else if (c == quote) {
					quote = 0;
				}
			}
			else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
				comment = true;
				commentFrom = line;
				i++;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
				stringFrom = line;
			}
			else if (c == '{') {
				open.push(line);
			}
			else if (c == '}') {
				if (open.isEmpty()) {
					return Optional.of("line " + line + ": '}' closes nothing");
				}
				open.pop();
			}
		}
		if (comment) {
			return Optional.of("line " + commentFrom + ": comment never closed");
		}
		if (quote != 0) {
			return Optional.of("line " + stringFrom + ": string never closed");
		}
		if (!open.isEmpty()) {
			// the outermost one left open is where the mistake usually is
			return Optional.of("line " + open.getLast() + ": '{' never closed");
		}
		return Optional.empty();
	}
}
