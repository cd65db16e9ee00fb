package io.processware.rules.workspace;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j 1.2; without a configuration log4j prints a three-line warning on the
 * first parse of every command line run. Real warnings and errors still reach stderr, one line each.
 */
public final class QuietLogging {

	private QuietLogging() {
	}

	/** Gives log4j a stderr appender at WARN when nobody configured it. */
	public static void configureIfUnset() {
		try {
			Logger root = Logger.getRootLogger();
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new ConsoleAppender(new PatternLayout("%p %c{1}: %m%n"), ConsoleAppender.SYSTEM_ERR));
				root.setLevel(Level.WARN);
			}
		} catch (NoClassDefFoundError e) {
			// log4j is optional: without it there is nothing to configure
		}
	}
}
