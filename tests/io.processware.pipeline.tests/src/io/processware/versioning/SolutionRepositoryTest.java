package io.processware.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output repository on real git repositories: runs, trailers, notes, tags, diffs, recovery. */
class SolutionRepositoryTest {

	@TempDir
	Path temp;

	private RunCommit commit(SolutionRepository repository, String run) {
		return repository.commitRun("Run " + run, "", run, "hash-" + run, List.of("application-service 1.0.0", "infra 0.2.0"),
				"Ana Lyst", "analyst@example.com");
	}

	@Test
	void runsAreCommitsOnTheGenerationBranchWithTrailers() throws Exception {
		Path folder = temp.resolve("out");
		try (SolutionRepository repository = SolutionRepository.open(folder)) {
			Files.writeString(folder.resolve("a.txt"), "one\n");
			commit(repository, "r1");
			Files.writeString(folder.resolve("a.txt"), "one\ntwo\n");
			Files.writeString(folder.resolve("b.txt"), "b\n");
			RunCommit second = commit(repository, "r2");
			assertEquals(List.of("r2", "r1"), repository.runs().stream().map(RunCommit::runId).toList());
			assertEquals("hash-r2", second.modelHash());
			assertEquals(List.of("application-service 1.0.0", "infra 0.2.0"), second.templateSets());
			assertEquals("analyst@example.com", second.authorEmail());
			List<FileChange> changes = repository.diff(repository.run("r1").orElseThrow().commit(), second.commit());
			assertEquals(List.of("a.txt", "b.txt"), changes.stream().map(FileChange::path).toList());
			assertEquals(1, changes.get(0).added());
			assertEquals(0, changes.get(0).removed());
			assertTrue(changes.get(0).patch().contains("+two"), changes.get(0).patch());
			assertEquals(FileChange.Kind.ADDED, changes.get(1).kind());
		}
		try (Git git = Git.open(folder.toFile())) {
			assertEquals(SolutionRepository.GENERATION_BRANCH, git.getRepository().getBranch());
		}
	}

	@Test
	void notesTagsAndTheApprovedBranchTravelWithAClone() throws Exception {
		Path folder = temp.resolve("out");
		try (SolutionRepository repository = SolutionRepository.open(folder)) {
			Files.writeString(folder.resolve("a.txt"), "one\n");
			RunCommit run = commit(repository, "r1");
			repository.writeNote(run.commit(), "<review state/>");
			repository.writeNote(run.commit(), "<review state 2/>");
			assertEquals(Optional.of("<review state 2/>"), repository.readNote(run.commit()));
			ApprovedVersion v1 = repository.approve(run, "approved by Amira", "Amira Benali", "amira@example.com");
			assertEquals("approved/v1", v1.tag());
			assertEquals("approved by Amira", repository.tagMessage(v1));
		}
		Path clone = temp.resolve("clone");
		Git.cloneRepository().setURI(folder.toUri().toString()).setDirectory(clone.toFile()).call().close();
		try (SolutionRepository repository = SolutionRepository.open(clone)) {
			RunCommit run = repository.run("r1").orElseThrow();
			assertEquals(Optional.of("<review state 2/>"), repository.readNote(run.commit()), "notes are fetched into a clone");
			assertEquals("v1", repository.currentApproved().orElseThrow().label());
		}
	}

	@Test
	void aRollbackTreeDropsFilesAddedSince() throws Exception {
		Path folder = temp.resolve("out");
		try (SolutionRepository repository = SolutionRepository.open(folder)) {
			Files.writeString(folder.resolve("a.txt"), "one\n");
			RunCommit first = commit(repository, "r1");
			Files.writeString(folder.resolve("a.txt"), "changed\n");
			Files.writeString(folder.resolve("new.txt"), "new\n");
			commit(repository, "r2");
			repository.checkOutTreeOf(first.commit());
			RunCommit rollback = commit(repository, "r3");
			assertTrue(repository.diff(first.commit(), rollback.commit()).isEmpty());
			assertFalse(Files.exists(folder.resolve("new.txt")));
			assertEquals(3, repository.runs().size(), "history is kept");
		}
	}

	@Test
	void aKilledRunsLeftoversAreUndoneAndUncommittedUserChangesComeBack() throws Exception {
		Path folder = temp.resolve("out");
		try (SolutionRepository repository = SolutionRepository.open(folder)) {
			Files.writeString(folder.resolve("a.txt"), "generated\n");
			commit(repository, "r1");
			Files.writeString(folder.resolve("a.txt"), "generated\nuser code\n");
			Optional<String> backup = repository.backUpUncommittedChanges();
			assertTrue(backup.isPresent());
			assertEquals("generated\nuser code\n", Files.readString(folder.resolve("a.txt")), "the backup leaves the tree as it was");
			// what a run killed halfway leaves: a rewritten file, a new file, git's lock
			Files.writeString(folder.resolve("a.txt"), "half-written");
			Files.writeString(folder.resolve("partial.txt"), "partial");
			Files.writeString(folder.resolve(".git/index.lock"), "");
			assertEquals(List.of(".git/index.lock"), repository.removeStaleGitLocks());
			repository.restoreWorkingTree(backup);
			assertEquals("generated\nuser code\n", Files.readString(folder.resolve("a.txt")));
			assertFalse(Files.exists(folder.resolve("partial.txt")));
		}
	}
}
