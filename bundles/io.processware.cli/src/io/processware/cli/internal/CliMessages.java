package io.processware.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Every message the command line prints, externalised in {@code messages.properties}. */
public final class CliMessages extends NLS {
	private static final String BUNDLE_NAME = "io.processware.cli.internal.messages";

	public static String unknownCommand;
	public static String usageError;
	public static String commandFailed;
	public static String internalError;
	public static String noSuchFolder;
	public static String noSuchFile;
	public static String notAFolder;
	public static String notASolution;
	public static String unreadableFolder;
	public static String noSolutionFiles;
	public static String findingLine;
	public static String unknownReferenceLine;
	public static String validationClean;
	public static String validationProblems;
	public static String benchHeader;
	public static String benchMeasureHeader;
	public static String benchMeasureLine;
	public static String benchFileLine;
	public static String benchHeapLine;
	public static String benchChecksLine;
	public static String benchChecksFailed;
	public static String benchRulesLine;
	public static String benchRulesNotClean;
	public static String workbenchFromScript;
	public static String versionLine;
	public static String javaLine;
	public static String noSuchInput;
	public static String noBpmnFiles;
	public static String fidelityHeader;
	public static String fidelityResultKept;
	public static String fidelityResultLaidOut;
	public static String fidelityResultLost;
	public static String fidelityResultFailed;
	public static String fidelityProblem;
	public static String fidelityMoreProblems;
	public static String fidelitySummary;
	public static String bpmnBenchHeader;
	public static String bpmnBenchIntro;
	public static String bpmnBenchBadSize;
	public static String bpmnBenchBadRuns;
	public static String classifyHeader;
	public static String classifyEvidence;
	public static String classifySummary;
	public static String classifyApplied;
	public static String unknownFormat;

	public static String severalSolutionModels;
	public static String notGenerated;
	public static String generatedHeader;
	public static String generatedSetLine;
	public static String lostRegionLine;
	public static String keptFileLine;
	public static String qaPassed;
	public static String qaFailed;
	public static String qaFindingLine;
	public static String notTraced;
	public static String notGeneratedFile;
	public static String traceFileHeader;
	public static String traceElementsLine;
	public static String traceTemplateLine;
	public static String traceOverridden;
	public static String traceModelLine;
	public static String traceContentLine;
	public static String traceContentUnchanged;
	public static String traceContentUserRegions;
	public static String traceContentChanged;
	public static String traceContentMissing;
	public static String traceElementHeader;
	public static String traceElementFileLine;
	public static String traceElementNone;
	// generation pipeline
	public static String runRecovered;
	public static String runRecorded;
	public static String runBoardLine;
	public static String runBusinessLine;
	public static String noApprovedVersion;
	public static String currentApprovedVersion;
	public static String refinementRequired;
	public static String runInterrupted;
	public static String itemPending;
	public static String decisionLine;
	public static String phaseLine;
	public static String runsHeader;
	public static String runWithoutRecord;
	public static String reviewListHeader;
	public static String reviewBoardHeader;
	public static String reviewItemLine;
	public static String reviewRunHeader;
	public static String refinementLine;
	public static String noSuchItem;
	public static String reviewItemHeader;
	public static String reviewRunStatus;
	public static String reviewApprovedVersion;
	public static String verifyPassed;
	public static String verifyFailed;
	public static String verifySkipped;
	public static String verifyLine;
	public static String verifyJUnit;
	public static String diffGroupHeader;
	public static String diffFileLine;
	public static String diffSummary;
	public static String rollbackDone;
	public static String statusNewestRun;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CliMessages.class);
	}

	private CliMessages() {
	}
}
