package io.processware.generator;

/**
 * One problem a QA validator found in a generated file.
 *
 * @param file    the file, relative to the output folder
 * @param line    the line, 1-based; 0 when the problem concerns the whole file
 * @param message what is wrong, in the words of the parser or validator that found it
 */
public record QaFinding(String file, long line, String message) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
	}
}
