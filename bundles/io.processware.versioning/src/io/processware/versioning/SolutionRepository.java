package io.processware.versioning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.notes.Note;
import org.eclipse.jgit.revwalk.FooterKey;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;

/**
 * The git repository a generated solution lives in (its output folder). Every generation run is
 * one commit on {@link #GENERATION_BRANCH} with trailers; approved versions are annotated tags
 * {@code approved/v<n>} and {@link #APPROVED_BRANCH} points at the current one; review state is
 * kept in git notes under {@link #NOTES_REF}, so a clone carries it. History is never rewritten.
 */
public final class SolutionRepository implements AutoCloseable {

	/** The branch every run is committed to. */
	public static final String GENERATION_BRANCH = "processware/generation";
	/** The branch that points at the current approved version: what deployments take. */
	public static final String APPROVED_BRANCH = "processware/approved";
	/** The notes the review state of each run is kept in, attached to the run's commit. */
	public static final String NOTES_REF = "refs/notes/processware-review";

	static final String RUN_TRAILER = "Processware-Run";
	static final String MODEL_TRAILER = "Processware-Model-Hash";
	static final String TEMPLATE_SET_TRAILER = "Processware-Template-Set";
	private static final FooterKey RUN_KEY = new FooterKey(RUN_TRAILER);
	private static final FooterKey MODEL_KEY = new FooterKey(MODEL_TRAILER);
	private static final FooterKey TEMPLATE_SET_KEY = new FooterKey(TEMPLATE_SET_TRAILER);
	private static final Pattern APPROVED_TAG = Pattern.compile(Pattern.quote(ApprovedVersion.TAG_PREFIX) + "(\\d+)");

	private final Path folder;
	private final Git git;

	private SolutionRepository(Path folder, Git git) {
		this.folder = folder;
		this.git = git;
	}

	/**
	 * Opens the repository of an output folder, creating it (on the generation branch) when the
	 * folder has none. A clone that lacks the review notes fetches them from {@code origin}.
	 */
	public static SolutionRepository open(Path folder) {
		try {
			Files.createDirectories(folder);
			Git git = Files.isDirectory(folder.resolve(".git")) ? Git.open(folder.toFile())
					: Git.init().setDirectory(folder.toFile()).setInitialBranch(GENERATION_BRANCH).call();
			SolutionRepository repository = new SolutionRepository(folder, git);
			repository.excludeMachineLocalFiles();
			repository.fetchNotesOfAClone();
			return repository;
		} catch (IOException | GitAPIException e) {
			throw new VersioningException(folder + ": cannot open or create its git repository: " + e.getMessage(), e);
		}
	}

	/** Build output and the pipeline's own machine-local files never go into a run's commit. */
	private void excludeMachineLocalFiles() throws IOException {
		Path exclude = folder.resolve(".git/info/exclude");
		String wanted = "# Processware: build output and machine-local pipeline files\n/target/\n"
				+ "/.processware/pipeline.lock\n/.processware/run-in-progress\n";
		String present = Files.exists(exclude) ? Files.readString(exclude) : "";
		if (!present.contains(wanted)) {
			Files.createDirectories(exclude.getParent());
			Files.writeString(exclude, present + (present.isEmpty() || present.endsWith("\n") ? "" : "\n") + wanted);
		}
	}

	private void fetchNotesOfAClone() throws IOException, GitAPIException {
		Repository repository = git.getRepository();
		if (repository.exactRef(NOTES_REF) == null && repository.getConfig().getSubsections("remote").contains("origin")) {
			git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+" + NOTES_REF + ":" + NOTES_REF)).call();
		}
	}

	public Path folder() {
		return folder;
	}

	/**
	 * Git's own lock files left by a process killed in the middle of a git operation. Only the
	 * holder of the pipeline's run lock may call this: no other writer can be running then.
	 *
	 * @return the stale lock files removed, relative to the folder
	 */
	public List<String> removeStaleGitLocks() {
		Path gitFolder = folder.resolve(".git");
		List<String> removed = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(gitFolder)) {
			for (Path lock : walk.filter(path -> path.getFileName().toString().endsWith(".lock")).toList()) {
				Files.deleteIfExists(lock);
				removed.add(folder.relativize(lock).toString());
			}
		} catch (IOException e) {
			throw failure("cannot remove stale git lock files", e);
		}
		return removed;
	}

	/** @return whether the working tree differs from the last run's commit (ignored files aside) */
	public boolean hasUncommittedChanges() {
		try {
			return head().isPresent() ? !git.status().call().isClean() : false;
		} catch (GitAPIException e) {
			throw failure("cannot read the working tree's status", e);
		}
	}

	/**
	 * Saves uncommitted changes (users' code in protected regions, say) as a stash commit and puts
	 * them back at once: the commit is a backup that survives a run killed halfway.
	 *
	 * @return the stash commit, empty when there was nothing to save
	 */
	public Optional<String> backUpUncommittedChanges() {
		if (!hasUncommittedChanges()) {
			return Optional.empty();
		}
		try {
			RevCommit stash = git.stashCreate().setIncludeUntracked(true).setPerson(processware())
					.setWorkingDirectoryMessage("Processware: working tree before a generation run").call();
			if (stash == null) {
				return Optional.empty();
			}
			git.stashApply().setStashRef(stash.name()).setRestoreUntracked(true).call();
			return Optional.of(stash.name());
		} catch (GitAPIException e) {
			throw failure("cannot back up the working tree's uncommitted changes", e);
		}
	}

	/**
	 * Puts the working tree back to the last run's commit, then re-applies a backup made by
	 * {@link #backUpUncommittedChanges()}: what is left after a run was killed halfway.
	 */
	public void restoreWorkingTree(Optional<String> backup) {
		try {
			if (head().isPresent()) {
				git.reset().setMode(ResetType.HARD).setRef(Constants.HEAD).call();
			}
			git.clean().setCleanDirectories(true).call();
			if (backup.isPresent()) {
				git.stashApply().setStashRef(backup.get()).setRestoreUntracked(true).call();
			}
		} catch (GitAPIException e) {
			throw failure("cannot restore the working tree after an interrupted run", e);
		}
	}

	/**
	 * Commits the whole working tree as one run on the generation branch.
	 *
	 * @param subject      the message's first line
	 * @param body         further lines (may be empty)
	 * @param runId        the run's id
	 * @param modelHash    the model's hash
	 * @param templateSets "name version" of each template set
	 * @param authorName   who changed the model (the commit's author); Processware commits
	 * @param authorEmail  their e-mail
	 */
	public RunCommit commitRun(String subject, String body, String runId, String modelHash, List<String> templateSets,
			String authorName, String authorEmail) {
		StringBuilder message = new StringBuilder(subject).append("\n\n");
		if (!body.isBlank()) {
			message.append(body.strip()).append("\n\n");
		}
		message.append(RUN_TRAILER).append(": ").append(runId).append('\n');
		message.append(MODEL_TRAILER).append(": ").append(modelHash).append('\n');
		templateSets.forEach(set -> message.append(TEMPLATE_SET_TRAILER).append(": ").append(set).append('\n'));
		try {
			git.add().addFilepattern(".").call();
			git.add().addFilepattern(".").setUpdate(true).call();
			RevCommit commit = git.commit().setMessage(message.toString()).setAllowEmpty(true).setSign(Boolean.FALSE)
					.setAuthor(new PersonIdent(authorName, authorEmail)).setCommitter(processware()).call();
			return toRun(commit);
		} catch (GitAPIException e) {
			throw failure("cannot commit run " + runId, e);
		}
	}

	/** @return the runs on the generation branch, newest first */
	public List<RunCommit> runs() {
		Optional<ObjectId> head = branch(GENERATION_BRANCH);
		if (head.isEmpty()) {
			return List.of();
		}
		List<RunCommit> runs = new ArrayList<>();
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			walk.markStart(walk.parseCommit(head.get()));
			for (RevCommit commit : walk) {
				RunCommit run = toRun(commit);
				if (run.runId() != null) {
					runs.add(run);
				}
			}
		} catch (IOException e) {
			throw failure("cannot read the generation branch", e);
		}
		return runs;
	}

	/** @return the run with this id, or its commit (full or abbreviated) */
	public Optional<RunCommit> run(String runOrCommit) {
		return runs().stream().filter(run -> run.runId().equals(runOrCommit) || run.commit().startsWith(runOrCommit))
				.findFirst();
	}

	/** @return the last run's commit, empty in a repository without runs */
	public Optional<RunCommit> head() {
		return runs().stream().findFirst();
	}

	private Optional<ObjectId> branch(String name) {
		try {
			Ref ref = git.getRepository().exactRef(Constants.R_HEADS + name);
			return Optional.ofNullable(ref).map(Ref::getObjectId);
		} catch (IOException e) {
			throw failure("cannot read branch " + name, e);
		}
	}

	private static RunCommit toRun(RevCommit commit) {
		String runId = null;
		String modelHash = null;
		List<String> templateSets = new ArrayList<>();
		for (FooterLine footer : commit.getFooterLines()) {
			if (footer.matches(RUN_KEY)) {
				runId = footer.getValue().strip();
			} else if (footer.matches(MODEL_KEY)) {
				modelHash = footer.getValue().strip();
			} else if (footer.matches(TEMPLATE_SET_KEY)) {
				templateSets.add(footer.getValue().strip());
			}
		}
		return new RunCommit(commit.name(), runId, modelHash, templateSets, commit.getAuthorIdent().getEmailAddress(),
				Instant.ofEpochSecond(commit.getCommitTime()), commit.getShortMessage());
	}

	/** Attaches (or replaces) the review-state note of a run's commit. */
	public void writeNote(String commit, String text) {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			RevObject object = walk.parseAny(ObjectId.fromString(commit));
			git.notesAdd().setNotesRef(NOTES_REF).setObjectId(object).setMessage(text).call();
		} catch (IOException | GitAPIException e) {
			throw failure("cannot write the review note of commit " + commit, e);
		}
	}

	/** @return the review-state note of a run's commit, empty when it has none */
	public Optional<String> readNote(String commit) {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			RevObject object = walk.parseAny(ObjectId.fromString(commit));
			Note note = git.notesShow().setNotesRef(NOTES_REF).setObjectId(object).call();
			if (note == null) {
				return Optional.empty();
			}
			return Optional.of(new String(git.getRepository().open(note.getData()).getBytes(), StandardCharsets.UTF_8));
		} catch (IOException | GitAPIException e) {
			throw failure("cannot read the review note of commit " + commit, e);
		}
	}

	/**
	 * Tags a run's commit as the next approved version and moves {@link #APPROVED_BRANCH} to it.
	 *
	 * @param message the tag's message: who approved, when
	 */
	public ApprovedVersion approve(RunCommit run, String message, String approverName, String approverEmail) {
		int number = approvedVersions().stream().mapToInt(ApprovedVersion::number).max().orElse(0) + 1;
		ApprovedVersion version = new ApprovedVersion(number, run.commit(), run.runId());
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			RevCommit commit = walk.parseCommit(ObjectId.fromString(run.commit()));
			git.tag().setName(version.tag()).setObjectId(commit).setAnnotated(true).setSigned(false).setMessage(message)
					.setTagger(new PersonIdent(approverName, approverEmail)).call();
			RefUpdate update = git.getRepository().updateRef(Constants.R_HEADS + APPROVED_BRANCH);
			update.setNewObjectId(commit);
			update.setForceUpdate(false);
			RefUpdate.Result result = update.update(walk);
			if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD
					&& result != RefUpdate.Result.NO_CHANGE) {
				throw new VersioningException(folder + ": cannot move " + APPROVED_BRANCH + " to " + run.runId() + ": " + result);
			}
			return version;
		} catch (IOException | GitAPIException e) {
			throw failure("cannot tag run " + run.runId() + " as " + version.tag(), e);
		}
	}

	/** @return every approved version, oldest first */
	public List<ApprovedVersion> approvedVersions() {
		List<ApprovedVersion> versions = new ArrayList<>();
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			for (Ref tag : git.getRepository().getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
				Matcher name = APPROVED_TAG.matcher(tag.getName().substring(Constants.R_TAGS.length()));
				if (name.matches()) {
					RevObject target = walk.peel(walk.parseAny(tag.getObjectId()));
					if (target instanceof RevCommit commit) {
						versions.add(new ApprovedVersion(Integer.parseInt(name.group(1)), commit.name(), toRun(commit).runId()));
					}
				}
			}
		} catch (IOException e) {
			throw failure("cannot read the approved versions' tags", e);
		}
		versions.sort(Comparator.comparingInt(ApprovedVersion::number));
		return versions;
	}

	/** @return the current approved version (the newest tag): what requests use while a run is pending */
	public Optional<ApprovedVersion> currentApproved() {
		List<ApprovedVersion> versions = approvedVersions();
		return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
	}

	/** @return the approved version named {@code v<n>}, {@code <n>} or {@code approved/v<n>} */
	public Optional<ApprovedVersion> approvedVersion(String name) {
		String number = name.startsWith(ApprovedVersion.TAG_PREFIX) ? name.substring(ApprovedVersion.TAG_PREFIX.length())
				: name.startsWith("v") ? name.substring(1) : name;
		return approvedVersions().stream().filter(version -> String.valueOf(version.number()).equals(number)).findFirst();
	}

	/** @return the annotated message of an approved version's tag */
	public String tagMessage(ApprovedVersion version) {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			Ref ref = git.getRepository().exactRef(Constants.R_TAGS + version.tag());
			RevObject object = walk.parseAny(ref.getObjectId());
			return object instanceof RevTag tag ? tag.getFullMessage().strip() : "";
		} catch (IOException e) {
			throw failure("cannot read tag " + version.tag(), e);
		}
	}

	/**
	 * File-level and line-level changes from one commit to another.
	 *
	 * @param from the older commit; {@code null} for the empty tree (everything added)
	 * @param to   the newer commit
	 */
	public List<FileChange> diff(String from, String to) {
		ByteArrayOutputStream patch = new ByteArrayOutputStream();
		try (ObjectReader reader = git.getRepository().newObjectReader();
				DiffFormatter formatter = new DiffFormatter(patch)) {
			formatter.setRepository(git.getRepository());
			formatter.setDiffComparator(RawTextComparator.DEFAULT);
			formatter.setDetectRenames(false);
			List<FileChange> changes = new ArrayList<>();
			for (DiffEntry entry : formatter.scan(tree(reader, from), tree(reader, to))) {
				patch.reset();
				formatter.format(entry);
				int added = 0;
				int removed = 0;
				for (Edit edit : formatter.toFileHeader(entry).toEditList()) {
					added += edit.getLengthB();
					removed += edit.getLengthA();
				}
				FileChange.Kind kind = switch (entry.getChangeType()) {
				case ADD, COPY -> FileChange.Kind.ADDED;
				case DELETE -> FileChange.Kind.DELETED;
				default -> FileChange.Kind.MODIFIED;
				};
				String path = kind == FileChange.Kind.DELETED ? entry.getOldPath() : entry.getNewPath();
				changes.add(new FileChange(path, kind, added, removed, patch.toString(StandardCharsets.UTF_8)));
			}
			return changes;
		} catch (IOException e) {
			throw failure("cannot compare " + from + " with " + to, e);
		}
	}

	private AbstractTreeIterator tree(ObjectReader reader, String commit) throws IOException {
		if (commit == null) {
			return new EmptyTreeIterator();
		}
		try (RevWalk walk = new RevWalk(reader)) {
			CanonicalTreeParser parser = new CanonicalTreeParser();
			parser.reset(reader, walk.parseCommit(ObjectId.fromString(commit)).getTree());
			return parser;
		}
	}

	/**
	 * Makes the working tree exactly the tree of an earlier commit (files added since are
	 * deleted), ready to be committed as a new run: a rollback that rewrites no history.
	 */
	public void checkOutTreeOf(String commit) {
		RunCommit head = head().orElseThrow(() -> new VersioningException(folder + ": no run to roll back from"));
		try {
			for (FileChange change : diff(commit, head.commit())) {
				if (change.kind() == FileChange.Kind.ADDED) {
					Files.deleteIfExists(folder.resolve(change.path()));
				}
			}
			git.checkout().setStartPoint(commit).setAllPaths(true).call();
		} catch (IOException | GitAPIException e) {
			throw failure("cannot check out the tree of " + commit, e);
		}
	}

	/** @return the content of a file in a commit, empty when the commit has no such file */
	public Optional<String> fileAt(String commit, String path) {
		try (RevWalk walk = new RevWalk(git.getRepository());
				org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(git.getRepository(),
						path, walk.parseCommit(ObjectId.fromString(commit)).getTree())) {
			if (tree == null) {
				return Optional.empty();
			}
			return Optional.of(new String(git.getRepository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw failure("cannot read " + path + " at " + commit, e);
		}
	}

	/** @return every file of a commit's tree with its content, by path */
	public java.util.SortedMap<String, byte[]> files(String commit) {
		java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
		try (RevWalk walk = new RevWalk(git.getRepository());
				org.eclipse.jgit.treewalk.TreeWalk tree = new org.eclipse.jgit.treewalk.TreeWalk(git.getRepository())) {
			tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
			tree.setRecursive(true);
			while (tree.next()) {
				files.put(tree.getPathString(), git.getRepository().open(tree.getObjectId(0)).getBytes());
			}
			return files;
		} catch (IOException e) {
			throw failure("cannot read the files of " + commit, e);
		}
	}

	/** @return whether a folder already is a solution's output repository (without creating one) */
	public static boolean exists(Path folder) {
		return Files.isDirectory(folder.resolve(".git"));
	}

	/** @return Processware as committer, now (a PersonIdent carries its time) */
	private static PersonIdent processware() {
		return new PersonIdent("Processware", "processware@localhost");
	}

	private VersioningException failure(String what, Exception cause) {
		return new VersioningException(folder + ": " + what + ": " + cause.getMessage(), cause);
	}

	@Override
	public void close() {
		git.close();
	}
}
