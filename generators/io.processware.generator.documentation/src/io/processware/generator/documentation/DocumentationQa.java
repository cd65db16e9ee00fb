package io.processware.generator.documentation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;

/**
 * The documentation validator: every Markdown file is parsed by commonmark-java; each must open
 * with a heading, every relative link and image must reach a file or folder of the generated tree
 * (and never leave it), and every Mermaid block must name a diagram type. The Mermaid syntax itself
 * is parsed by Mermaid in the test suite (npm {@code mermaid}), not at run time: Processware does not
 * ship a JavaScript runtime.
 */
public final class DocumentationQa {

	/** The validator's name in run summaries. */
	public static final String NAME = "documentation (Markdown by commonmark-java, links to generated files)";

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

	private DocumentationQa() {
	}

	/** @return what the validator finds in the Markdown files among {@code files} */
	public static QaReport report(Path output, Collection<String> files) {
		List<QaFinding> findings = new ArrayList<>();
		int checked = 0;
		for (String file : files.stream().sorted().toList()) {
			if (!file.toLowerCase(Locale.ROOT).endsWith(".md")) {
				continue;
			}
			checked++;
			try {
				check(output, file, PARSER.parse(Files.readString(output.resolve(file), StandardCharsets.UTF_8)),
						findings);
			} catch (IOException e) {
				findings.add(new QaFinding(file, 0, "cannot read: " + e.getMessage()));
			}
		}
		return new QaReport(NAME, findings, checked);
	}

	/** @return the Mermaid blocks of a Markdown text, in order (for the test suite's Mermaid parse) */
	public static List<String> mermaidBlocks(String markdown) {
		List<String> blocks = new ArrayList<>();
		PARSER.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(FencedCodeBlock block) {
				if ("mermaid".equals(block.getInfo())) {
					blocks.add(block.getLiteral());
				}
			}
		});
		return blocks;
	}

	private static void check(Path output, String file, Node document, List<QaFinding> findings) {
		if (!(document.getFirstChild() instanceof Heading)) {
			findings.add(new QaFinding(file, 1, "a document opens with its heading"));
		}
		Path folder = output.resolve(file).getParent();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				checkTarget(link, link.getDestination());
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				checkTarget(image, image.getDestination());
			}

			@Override
			public void visit(FencedCodeBlock block) {
				if ("mermaid".equals(block.getInfo()) && block.getLiteral().isBlank()) {
					findings.add(new QaFinding(file, line(block), "empty Mermaid block"));
				}
			}

			private void checkTarget(Node node, String destination) {
				if (destination == null || destination.isEmpty() || destination.startsWith("#")
						|| SCHEME.matcher(destination).find()) {
					return;
				}
				String path = destination.replaceAll("[#?].*$", "");
				Path target = folder.resolve(path).normalize();
				if (!target.startsWith(output.normalize())) {
					findings.add(new QaFinding(file, line(node), "link " + destination + " leaves the generated tree"));
				} else if (!Files.exists(target)) {
					findings.add(new QaFinding(file, line(node), "link " + destination + ": no such file in the generated tree"));
				}
			}
		});
	}

	private static long line(Node node) {
		return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1L;
	}
}
