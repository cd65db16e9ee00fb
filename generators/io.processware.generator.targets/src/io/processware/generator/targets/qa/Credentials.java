package io.processware.generator.targets.qa;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.processware.generator.QaFinding;
import io.processware.generator.QaReport;

/**
 * What in generated text resembles a credential: private keys, cloud and SaaS token formats, JSON
 * web tokens, credentials inside URLs, and literal values of keys named like passwords, secrets,
 * tokens or keys. Configuration must reference secrets ({@code ${DATABASE_PASSWORD}},
 * {@code ${{ secrets.X }}}, {@code var.x}, a Kubernetes secret), never contain them. One set of
 * rules for the secret scan of a run and for the quality gates' "secrets" metric, so that the two
 * never disagree.
 */
public final class Credentials {

	/**
	 * A token format, and text every match contains: a line without it is passed over. Generated
	 * trees have thousands of files; running every expression over every line took half a minute.
	 */
	private record Rule(String what, Pattern pattern, String... hints) {
		boolean mayMatch(String line) {
			for (String hint : hints) {
				if (line.contains(hint)) {
					return true;
				}
			}
			return false;
		}
	}

	private static final List<Rule> TOKENS = List.of(
			new Rule("a private key", Pattern.compile("-----BEGIN (?:[A-Z]+ )*PRIVATE KEY( BLOCK)?-----"), "PRIVATE KEY"),
			new Rule("an AWS access key id", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"), "AKIA", "ASIA"),
			new Rule("a GitHub token", Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b|\\bgithub_pat_[A-Za-z0-9_]{40,}"),
					"gh", "github_pat_"),
			new Rule("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"), "glpat-"),
			new Rule("a Slack token", Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"), "xox"),
			new Rule("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"), "AIza"),
			new Rule("an Azure storage account key", Pattern.compile("AccountKey=[A-Za-z0-9+/=]{40,}"), "AccountKey="),
			new Rule("a JSON web token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
					"eyJ"),
			new Rule("a password inside a URL", Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^/\\s:@\"'$]+:([^/\\s@\"'$]{3,})@"),
					"://"));

	/**
	 * A word naming a credential. The key around it (its run of letters, digits, {@code _ . -}) is
	 * found by hand: an expression starting with {@code [\w.-]*} tried every position of every long
	 * word and dominated the scan.
	 */
	private static final Pattern CREDENTIAL_WORD = Pattern.compile(
			"(?i)password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?");

	/** What follows such a key when it is assigned: the value, quoted, or (in configuration) plain. */
	private static final Pattern ASSIGNED_VALUE = Pattern.compile("[\"']?\\s*[:=]\\s*(\"[^\"]*\"|'[^']*'|[^\\s#,;]+)");

	/** Files in which a plain (unquoted) value is a literal: configuration. In code only quoted strings are. */
	private static final Set<String> PLAIN_VALUES = Set.of("yaml", "yml", "properties", "env", "ini", "conf", "cfg", "toml");

	/** Files the scan reads; others (prose, binaries) get only the token rules. */
	private static final Set<String> ASSIGNMENT_FILES = Set.of("yaml", "yml", "properties", "env", "ini", "conf", "cfg",
			"toml", "json", "tf", "tfvars", "hcl", "java", "kt", "xml", "sql", "sh", "ts", "js", "py", "gradle");

	private Credentials() {
	}

	/**
	 * @param name   the report's name in run summaries
	 * @param output the folder
	 * @param files  the files to scan, relative to {@code output}; binaries are passed over
	 */
	public static QaReport scan(String name, Path output, Collection<String> files) {
		List<QaFinding> findings = new ArrayList<>();
		int checked = 0;
		for (String file : files.stream().sorted().toList()) {
			List<String> lines;
			try {
				lines = List.of(Files.readString(output.resolve(file), StandardCharsets.UTF_8).split("\n", -1));
			} catch (CharacterCodingException e) {
				continue; // binary: not text a credential could be read from
			} catch (IOException e) {
				findings.add(new QaFinding(file, 0, "cannot read: " + e.getMessage()));
				continue;
			}
			checked++;
			findings.addAll(scan(file, lines));
		}
		return new QaReport(name, findings, checked);
	}

	/** @return what in these lines of a file resembles a credential */
	public static List<QaFinding> scan(String file, List<String> lines) {
		String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		List<QaFinding> findings = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			for (Rule rule : TOKENS) {
				if (rule.mayMatch(line) && rule.pattern().matcher(line).find()) {
					findings.add(new QaFinding(file, i + 1, "resembles " + rule.what() + ": reference a secret instead"));
				}
			}
			if (ASSIGNMENT_FILES.contains(extension)) {
				findings.addAll(assignments(file, i + 1, line, PLAIN_VALUES.contains(extension)));
			}
		}
		return findings;
	}

	/**
	 * Keys named like a credential that are given a literal value on one line: a key is the whole run
	 * of letters, digits, {@code _ . -} around a credential word, followed by {@code :} or {@code =}.
	 */
	private static List<QaFinding> assignments(String file, int lineNumber, String line, boolean plainValues) {
		List<QaFinding> findings = new ArrayList<>();
		Matcher word = CREDENTIAL_WORD.matcher(line);
		Matcher value = ASSIGNED_VALUE.matcher(line);
		int from = 0;
		while (from < line.length() && word.find(from)) {
			int start = word.start();
			while (start > from && isKeyCharacter(line.charAt(start - 1))) {
				start--;
			}
			int end = word.end();
			while (end < line.length() && isKeyCharacter(line.charAt(end))) {
				end++;
			}
			value.region(end, line.length());
			if (!value.lookingAt()) {
				from = word.end();
				continue;
			}
			String assigned = value.group(1);
			boolean quoted = assigned.startsWith("\"") || assigned.startsWith("'");
			String literal = quoted ? assigned.substring(1, assigned.length() - 1) : assigned;
			if ((quoted || plainValues) && isCredential(literal)) {
				findings.add(new QaFinding(file, lineNumber, "'" + line.substring(start, end)
						+ "' has a literal value: reference a secret (an environment variable, the secrets manager) instead"));
			}
			from = value.end();
		}
		return findings;
	}

	private static boolean isKeyCharacter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
	}

	/** A literal that could be a credential: not empty, not a reference or placeholder, not a flag. */
	private static boolean isCredential(String value) {
		String v = value.trim();
		if (v.length() < 6 || v.contains("${") || v.startsWith("$") || v.contains("{{") || v.startsWith("<")
				|| v.startsWith("(") || v.startsWith("%")) {
			return false;
		}
		String lower = v.toLowerCase(Locale.ROOT);
		// settings that name or describe a secret rather than hold one
		return !(Set.of("required", "optional", "disabled", "enabled", "redacted", "******").contains(lower)
				|| lower.endsWith("_password") || lower.endsWith("-password") || lower.endsWith("_secret")
				|| lower.endsWith("-secret") || lower.endsWith("-token") || lower.endsWith("_token")
				|| lower.matches("[a-z_][a-z0-9_]*\\.[a-z0-9_.\\[\\]\"-]+") && !lower.contains(" "));
	}
}
