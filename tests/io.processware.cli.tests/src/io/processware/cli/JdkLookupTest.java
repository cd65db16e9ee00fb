package io.processware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts' JDK lookup (releng/scripts/jdk.sh): JAVA_HOME when it is 21+, else the newest JDK
 * 21+ under the JVM folder, else a clear message and exit 2. Fake JDKs are folders with a
 * {@code release} file and executable {@code bin/java} and {@code bin/javac}, as real ones have.
 */
class JdkLookupTest {

	@TempDir
	Path jvms;

	private static CommandRun lookup(Map<String, String> environment) throws IOException, InterruptedException {
		Path script = ScriptRun.repository().resolve("releng/scripts/jdk.sh").toAbsolutePath();
		return ScriptRun.run(environment, "bash", "-c",
				". '" + script + "' && processware_find_jdk && echo \"$JAVA_HOME\"");
	}

	private Path fakeJdk(String name, String version) throws IOException {
		Path home = Files.createDirectories(jvms.resolve(name).resolve("bin"));
		for (String tool : new String[] { "java", "javac" }) {
			Path file = Files.writeString(home.resolve(tool), "#!/bin/sh\nexit 0\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		Files.writeString(home.getParent().resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		return home.getParent();
	}

	@Test
	void javaHomeWinsWhenItIs21OrNewer() throws Exception {
		Path jdk21 = fakeJdk("jdk-21", "21.0.5");
		fakeJdk("jdk-25", "25.0.1");
		CommandRun run = lookup(Map.of("JAVA_HOME", jdk21.toString(), "PROCESSWARE_JVM_DIR", jvms.toString()));
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(jdk21.toString(), run.out().trim());
	}

	@Test
	void anOldJavaHomeFallsBackToTheNewestJdkInTheJvmFolder() throws Exception {
		Path jdk17 = fakeJdk("java-17", "17.0.15");
		fakeJdk("jdk-21", "21.0.5");
		Path jdk25 = fakeJdk("temurin-25", "25.0.1");
		CommandRun run = lookup(Map.of("JAVA_HOME", jdk17.toString(), "PROCESSWARE_JVM_DIR", jvms.toString()));
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(jdk25.toString(), run.out().trim());
	}

	@Test
	void noJdk21AnywhereIsAClearErrorWithExitTwo() throws Exception {
		Path jdk17 = fakeJdk("java-17", "17.0.15");
		CommandRun run = lookup(Map.of("JAVA_HOME", jdk17.toString(), "PROCESSWARE_JVM_DIR", jvms.toString()));
		assertEquals(2, run.exitCode(), run::toString);
		assertEquals(1, run.errLines().size(), run::toString);
		assertTrue(run.errLines().get(0).startsWith("processware: no JDK 21 or newer found: JAVA_HOME is " + jdk17),
				run::toString);
	}

	@Test
	void theRunningJdkIsAcceptedAsJavaHome() throws Exception {
		String running = System.getProperty("java.home");
		CommandRun run = lookup(Map.of("JAVA_HOME", running, "PROCESSWARE_JVM_DIR", jvms.toString()));
		assertEquals(0, run.exitCode(), run::toString);
		assertEquals(running, run.out().trim());
	}
}
