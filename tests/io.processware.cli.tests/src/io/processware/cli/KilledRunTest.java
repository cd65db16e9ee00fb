package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.tests.support.InvoiceExample;

/**
 * Robustness on the real product: {@code ./processware generate} killed (SIGKILL) in the middle of a
 * run, at several moments after the run marked itself in progress. Whatever the moment, the
 * approved version and the repository stay intact, and the next run recovers and commits.
 */
class KilledRunTest {

	private static final Map<String, String> NO_BUILD = Map.of("PROCESSWARE_NO_BUILD", "1", "JAVA_HOME",
			System.getProperty("java.home"));

	@TempDir
	Path temp;

	@BeforeAll
	static void productIsMaterialised() {
		assertTrue(Files.isDirectory(ScriptRun.product().resolve("plugins")), "no product at " + ScriptRun.product());
	}

	@Test
	void aKilledRunLosesNothing() throws Exception {
		Path solution = InvoiceExample.copy(temp);
		Path output = solution.resolve("generated");
		CommandRun first = ScriptRun.run(NO_BUILD, "./processware", "generate", solution.toString(), "--author", "analyst@example.com");
		assertEquals(0, first.exitCode(), first::toString);
		for (String reviewer : PipelineCommandsTest.BOARD_REVIEWERS) {
			CommandRun board = ScriptRun.run(NO_BUILD, "./processware", "review", "approve", "r1", solution.toString(),
					"--as", reviewer);
			assertEquals(0, board.exitCode(), board::toString);
		}
		CommandRun gate = ScriptRun.run(NO_BUILD, "./processware", "verify", solution.toString(), "--criteria",
				"validators,secrets,documentation", "--junit", temp.resolve("gate.xml").toString());
		assertEquals(0, gate.exitCode(), gate::toString);
		CommandRun approve = ScriptRun.run(NO_BUILD, "./processware", "review", "approve", "r1", solution.toString(),
				"--as", "amira.benali@example.com");
		assertEquals(0, approve.exitCode(), approve::toString);
		String approved = resolve(output, "refs/tags/approved/v1^{commit}");
		String generationBefore = resolve(output, "refs/heads/processware/generation");

		List<String> killedAt = new ArrayList<>();
		InvoiceExample.changeOneRule(solution);
		for (long delayMillis : new long[] { 0, 400, 1200 }) {
			Files.writeString(solution.resolve("rules/approval-thresholds.rules"),
					Files.readString(solution.resolve("rules/approval-thresholds.rules")) + "\n// edit " + delayMillis + "\n");
			ProcessBuilder generate = new ProcessBuilder("./processware", "generate", solution.toString(), "--author",
					"analyst@example.com").directory(ScriptRun.repository().toFile()).redirectErrorStream(true)
					.redirectOutput(temp.resolve("killed-" + delayMillis + ".log").toFile());
			generate.environment().putAll(NO_BUILD); // a kill must never land in a product build
			Process process = generate.start();
			process.getOutputStream().close();
			Path marker = output.resolve(".processware/run-in-progress");
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (!Files.exists(marker) && process.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(2);
			}
			Thread.sleep(delayMillis);
			killedAt.add(process.isAlive() ? "killed " + delayMillis + " ms after the marker" : "finished first");
			process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
			process.waitFor(30, TimeUnit.SECONDS);

			assertEquals(approved, resolve(output, "refs/tags/approved/v1^{commit}"), "the approved version is intact");
			assertEquals(approved, resolve(output, "refs/heads/processware/approved"), "v1 stays current");
			try (Git git = Git.open(output.toFile());
					org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
				assertTrue(walk.isMergedInto(walk.parseCommit(git.getRepository().resolve(generationBefore)),
						walk.parseCommit(git.getRepository().resolve("refs/heads/processware/generation"))),
						"the generation branch's history is intact");
			}
			CommandRun next = ScriptRun.run(NO_BUILD, "./processware", "generate", solution.toString(), "--author",
					"analyst@example.com");
			assertEquals(0, next.exitCode(), killedAt + " " + next);
			try (Git git = Git.open(output.toFile())) {
				assertTrue(git.status().call().isClean(), "the recovered run committed the whole output: " + killedAt);
				assertTrue(git.getRepository().exactRef("refs/notes/processware-review") != null);
			}
			generationBefore = resolve(output, "refs/heads/processware/generation");
			CommandRun runs = ScriptRun.run(NO_BUILD, "./processware", "runs", solution.toString());
			assertEquals(0, runs.exitCode(), runs::toString);
			assertFalse(runs.out().contains("interrupted"), "every run has its review record: " + runs);
		}
		CommandRun verify = ScriptRun.run(NO_BUILD, "./processware", "verify", solution.toString(), "--criteria",
				"validators,secrets", "--junit", temp.resolve("verify.xml").toString());
		System.out.println("KilledRunTest: " + killedAt);
		assertTrue(verify.out().contains("PASS  drift: "), "after the kills the committed output is what the model makes: "
				+ killedAt + " " + verify);
	}

	private static String resolve(Path output, String revision) throws Exception {
		try (Git git = Git.open(output.toFile())) {
			return git.getRepository().resolve(revision).name();
		}
	}
}
