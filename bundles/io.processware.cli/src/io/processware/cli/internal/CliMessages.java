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

	static {
		NLS.initializeMessages(BUNDLE_NAME, CliMessages.class);
	}

	private CliMessages() {
	}
}
