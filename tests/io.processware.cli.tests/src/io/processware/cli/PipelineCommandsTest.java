package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.tests.support.InvoiceExample;

/**
 * The invoice flow from the command line on a copy of the example: generate records a run, verify
 * evaluates the gate, the business approves (four-eyes), a changed rule shows a minimal diff while
 * v1 stays current, drift fails verify, rollback restores v1 as a new approved version.
 */
class PipelineCommandsTest {

	private static final String AMIRA = "amira.benali@example.com";

	@TempDir
	Path temp;

	@Test
	void theInvoiceFlowFromTheCommandLine() throws Exception {
		Path solution = InvoiceExample.copy(temp);
		String dir = solution.toString();
		CommandRun generate = CommandRun.inProcess("generate", dir, "--author", AMIRA);
		assertEquals(0, generate.exitCode(), generate::toString);
		assertTrue(generate.out().contains("Run r1: commit "), generate::toString);
		assertTrue(generate.out().contains("Current approved version: none yet"), generate::toString);

		Path junit = temp.resolve("verify.xml");
		// the security, FinOps, data-governance and legacy artefacts wait for their boards: verify says so
		CommandRun unapproved = CommandRun.inProcess("verify", dir, "--criteria", "validators,secrets,documentation",
				"--junit", junit.toString());
		assertEquals(1, unapproved.exitCode(), unapproved::toString);
		assertTrue(unapproved.out().contains("PASS  drift: committed output of run r1"), unapproved::toString);
		assertTrue(unapproved.out().contains("FAIL  approval: FinOps board for run r1"), unapproved::toString);
		assertTrue(Files.readString(junit).contains("<failure"), "the JUnit report shows the missing approvals");

		CommandRun list = CommandRun.inProcess("review", "list", dir);
		assertEquals(0, list.exitCode(), list::toString);
		assertTrue(list.out().contains("r1.business  .  pending"), list::toString);

		CommandRun ownChange = CommandRun.inProcess("review", "approve", "r1", dir, "--as", AMIRA);
		assertEquals(1, ownChange.exitCode(), ownChange::toString);
		assertTrue(ownChange.err().contains("four-eyes review"), ownChange::toString);

		// the analyst generates again without a change: a new run the business may approve
		assertEquals(0, CommandRun.inProcess("generate", dir, "--author", "analyst@example.com").exitCode());
		approveBoards("r2", dir);
		CommandRun verify = CommandRun.inProcess("verify", dir, "--criteria", "validators,secrets,documentation", "--junit",
				junit.toString());
		assertEquals(0, verify.exitCode(), verify::toString);
		assertTrue(verify.out().contains("PASS  drift: committed output of run r2"), verify::toString);
		assertTrue(verify.out().contains("SKIP  gate: Release gate / Tests pass and cover the rules"), verify::toString);
		String xml = Files.readString(junit);
		assertTrue(xml.contains("<testsuite name=\"processware verify " + dir + "\"") && xml.contains("failures=\"0\"")
				&& xml.contains("<skipped message="), xml);
		CommandRun approve = CommandRun.inProcess("review", "approve", "r2", dir, "--as", AMIRA, "--comment", "go");
		assertEquals(0, approve.exitCode(), approve::toString);
		assertTrue(approve.out().contains("Run r2 approved: version v1 (tag approved/v1) is now current"), approve::toString);

		InvoiceExample.changeOneRule(solution);
		CommandRun drift = CommandRun.inProcess("verify", dir, "--criteria", "validators", "--junit", junit.toString());
		assertEquals(1, drift.exitCode(), drift::toString);
		assertTrue(drift.out().contains("FAIL  drift: committed output of run r2"), drift::toString);

		assertEquals(0, CommandRun.inProcess("generate", dir, "--author", "analyst@example.com").exitCode());
		CommandRun diff = CommandRun.inProcess("diff", "r2", "r3", dir);
		assertEquals(0, diff.exitCode(), diff::toString);
		assertTrue(diff.out().contains("assembly queue A (no board): "), diff::toString);
		assertTrue(diff.out().contains("+") && diff.out().contains("20000"), diff::toString);
		CommandRun status = CommandRun.inProcess("status", dir);
		assertEquals(0, status.exitCode(), status::toString);
		assertTrue(status.out().contains("Current approved version: v1 (run r2"), status::toString);
		assertTrue(status.out().contains("Newest run r3: in review"), status::toString);

		CommandRun rollback = CommandRun.inProcess("rollback", "v1", dir, "--as", AMIRA);
		assertEquals(0, rollback.exitCode(), rollback::toString);
		assertTrue(rollback.out().contains("approved version v2 (run r4"), rollback::toString);
		CommandRun runs = CommandRun.inProcess("runs", dir);
		assertEquals(0, runs.exitCode(), runs::toString);
		assertTrue(runs.out().contains("Current approved version: v2 (run r4"), runs::toString);
		assertTrue(runs.out().lines().anyMatch(line -> line.startsWith("r3") && line.contains("in review")), runs::toString);
	}

	/**
	 * The reviewers of the example's boards approve their items of a run: security, FinOps, data
	 * governance, legacy integration, and the business board the documentation goes to.
	 */
	static void approveBoards(String run, String dir) {
		for (String reviewer : BOARD_REVIEWERS) {
			CommandRun approve = CommandRun.inProcess("review", "approve", run, dir, "--as", reviewer);
			assertEquals(0, approve.exitCode(), approve::toString);
		}
	}

	static final String[] BOARD_REVIEWERS = { "dana.okafor@example.com", "luis.ferreira@example.com",
			"ingrid.haller@example.com", "tomasz.wrona@example.com", AMIRA };
}
