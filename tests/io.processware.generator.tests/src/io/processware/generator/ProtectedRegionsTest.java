package io.processware.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedRegionsTest {

	private static final String JAVA = """
			class A {
			    // Start of user code A.members
			    int kept;
			    // End of user code
			    // Start of user code A.methods
			    // End of user code
			}
			""";

	@Test
	void findsRegionsWithContentAndLine() {
		ProtectedRegions regions = ProtectedRegions.parse(JAVA, CommentSyntax.SLASHES, "A.java");
		assertEquals(List.of("A.members", "A.methods"), List.copyOf(regions.byId().keySet()));
		assertEquals("    int kept;\n", regions.byId().get("A.members").content());
		assertEquals(2, regions.byId().get("A.members").line());
		assertEquals("", regions.byId().get("A.methods").content());
	}

	@Test
	void replacesContentsAndKeepsEverythingElse() {
		ProtectedRegions regions = ProtectedRegions.parse(JAVA, CommentSyntax.SLASHES, "A.java");
		String replaced = regions.replaceContents(id -> id.equals("A.methods") ? "    void run() {}\n" : null);
		assertEquals(JAVA.replace("A.methods\n", "A.methods\n    void run() {}\n"), replaced);
	}

	@Test
	void skeletonDropsOnlyRegionContents() {
		String skeleton = ProtectedRegions.parse(JAVA, CommentSyntax.SLASHES, "A.java").skeleton();
		assertEquals(JAVA.replace("    int kept;\n", ""), skeleton);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"a\\n// End of user code\\n|A.java:2: 'End of user code' without a start marker",
			"// Start of user code x\\nb\\n|A.java:1: protected region 'x' is never closed with 'End of user code'",
			"// Start of user code x\\n// Start of user code y\\n|A.java:2: protected region 'y' starts inside region 'x' (opened at line 1)",
			"// Start of user code x\\n// End of user code\\n// Start of user code x\\n// End of user code\\n|A.java:3: protected region 'x' appears twice (first at line 1)" })
	void malformedMarkersNameFileAndLine(String text, String message) {
		GenerationException failure = assertThrows(GenerationException.class,
				() -> ProtectedRegions.parse(text.replace("\\n", "\n"), CommentSyntax.SLASHES, "A.java"));
		assertEquals(message, failure.getMessage());
	}

	@ParameterizedTest
	@CsvSource({ "Invoice.java,// Start of user code r", "schema.sql,-- Start of user code r",
			"values.yaml,# Start of user code r", "pom.xml,<!-- Start of user code r -->",
			"README.md,<!-- Start of user code r -->", "main.tf,// Start of user code r",
			"Dockerfile,# Start of user code r", "site.css,/* Start of user code r */" })
	void markersFollowTheFileType(String path, String marker) {
		assertEquals(marker, CommentSyntax.forPath("out/" + path).startMarker("r"));
	}

	@Test
	void filesWithoutCommentsHaveNoSyntax() {
		assertNull(CommentSyntax.forPath("openapi.json"));
	}
}
