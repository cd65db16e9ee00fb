package io.processware.generator.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A sequence flow's condition, parsed once: compiled to Java for the generated state machine and
 * evaluated here, with the same semantics, to find inputs that drive a process along each path.
 *
 * <p>The notation is the rules language's comparison subset as analysts write it on BPMN flows:
 * {@code and}/{@code or}/{@code not} (also {@code &&}, {@code ||}, {@code !}), {@code =} (also
 * {@code ==}), {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, parentheses, variable paths
 * ({@code validation.passed}, {@code approval-level}), numbers, quoted text, {@code true}/{@code false}
 * and enumeration literals in capitals ({@code NONE}, compared as text). A bare path is a yes/no
 * question. An absent variable is null: equal to nothing, different from everything.
 */
public final class FlowCondition {

	/** A node of the parsed condition. */
	private sealed interface Node permits Path, Constant, Compare, Logic, Negate {
	}

	private record Path(String path) implements Node {
	}

	private record Constant(Object value) implements Node {
	}

	private record Compare(String op, Node left, Node right) implements Node {
	}

	private record Logic(String op, Node left, Node right) implements Node {
	}

	private record Negate(Node operand) implements Node {
	}

	private final String text;
	private final Node root;

	private FlowCondition(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	/**
	 * @throws IllegalArgumentException naming the position when the text is not a condition
	 */
	public static FlowCondition parse(String text) {
		Parser parser = new Parser(text);
		Node root = parser.or();
		if (parser.peek() != null) {
			throw new IllegalArgumentException("unexpected '" + parser.peek() + "' at column " + (parser.column() + 1)
					+ " of condition '" + text + "'");
		}
		return new FlowCondition(text, root);
	}

	public String text() {
		return text;
	}

	/** The condition's text: what the engine fingerprints a flow by (ADR 5). */
	@Override
	public String toString() {
		return "FlowCondition[" + text + "]";
	}

	/** Equal texts parse alike: a process view with the same conditions is the same view (see KnownPaths). */
	@Override
	public boolean equals(Object other) {
		return other instanceof FlowCondition condition && condition.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	/** @return a Java boolean expression over {@code variables} (a generated {@code ProcessVariables}) */
	public String java() {
		return java(root, true);
	}

	/** @return the variable paths the condition reads, in order of appearance */
	public Set<String> variables() {
		Set<String> paths = new LinkedHashSet<>();
		collect(root, paths, new LinkedHashMap<>());
		return paths;
	}

	/** @return per variable path, the constants it is compared with */
	public Map<String, List<Object>> comparedConstants() {
		Map<String, List<Object>> constants = new LinkedHashMap<>();
		collect(root, new LinkedHashSet<>(), constants);
		return constants;
	}

	/** Evaluates the condition the way the generated {@code FlowConditions} does. */
	public boolean holds(Function<String, Object> variables) {
		return truthy(value(root, variables));
	}

	private static String java(Node node, boolean asBoolean) {
		return switch (node) {
		case Path p -> asBoolean ? "FlowConditions.truthy(variables.get(" + literal(p.path()) + "))"
				: "variables.get(" + literal(p.path()) + ")";
		case Constant c -> c.value() instanceof String s ? literal(s)
				: c.value() instanceof BigDecimal d ? "new java.math.BigDecimal(\"" + d.toPlainString() + "\")"
						: String.valueOf(c.value());
		case Compare c -> switch (c.op()) {
		case "=" -> "FlowConditions.equal(" + java(c.left(), false) + ", " + java(c.right(), false) + ")";
		case "!=" -> "!FlowConditions.equal(" + java(c.left(), false) + ", " + java(c.right(), false) + ")";
		default -> "FlowConditions.compare(" + java(c.left(), false) + ", " + java(c.right(), false) + ", \"" + c.op()
				+ "\")";
		};
		case Logic l -> "(" + java(l.left(), true) + (l.op().equals("and") ? " && " : " || ") + java(l.right(), true)
				+ ")";
		case Negate n -> "!(" + java(n.operand(), true) + ")";
		};
	}

	private static void collect(Node node, Set<String> paths, Map<String, List<Object>> constants) {
		switch (node) {
		case Path p -> paths.add(p.path());
		case Constant c -> {
		}
		case Compare c -> {
			collect(c.left(), paths, constants);
			collect(c.right(), paths, constants);
			if (c.left() instanceof Path p && c.right() instanceof Constant k) {
				constants.computeIfAbsent(p.path(), x -> new ArrayList<>()).add(k.value());
			} else if (c.right() instanceof Path p && c.left() instanceof Constant k) {
				constants.computeIfAbsent(p.path(), x -> new ArrayList<>()).add(k.value());
			}
		}
		case Logic l -> {
			collect(l.left(), paths, constants);
			collect(l.right(), paths, constants);
		}
		case Negate n -> collect(n.operand(), paths, constants);
		}
	}

	private static Object value(Node node, Function<String, Object> variables) {
		return switch (node) {
		case Path p -> variables.apply(p.path());
		case Constant c -> c.value();
		case Compare c -> switch (c.op()) {
		case "=" -> equal(value(c.left(), variables), value(c.right(), variables));
		case "!=" -> !equal(value(c.left(), variables), value(c.right(), variables));
		default -> compare(value(c.left(), variables), value(c.right(), variables), c.op());
		};
		case Logic l -> l.op().equals("and") ? truthy(value(l.left(), variables)) && truthy(value(l.right(), variables))
				: truthy(value(l.left(), variables)) || truthy(value(l.right(), variables));
		case Negate n -> !truthy(value(n.operand(), variables));
		};
	}

	// The three helpers below mirror the generated FlowConditions class (templates/process/flow-conditions.ftl).

	static boolean truthy(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	static boolean equal(Object left, Object right) {
		if (left == null || right == null) {
			return false;
		}
		BigDecimal l = number(left);
		BigDecimal r = number(right);
		if (l != null && r != null) {
			return l.compareTo(r) == 0;
		}
		return String.valueOf(left).equals(String.valueOf(right));
	}

	static boolean compare(Object left, Object right, String op) {
		BigDecimal l = number(left);
		BigDecimal r = number(right);
		if (l == null || r == null) {
			return false;
		}
		int c = l.compareTo(r);
		return switch (op) {
		case "<" -> c < 0;
		case "<=" -> c <= 0;
		case ">" -> c > 0;
		default -> c >= 0;
		};
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		return null;
	}

	static String literal(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** A recursive-descent parser over the condition's tokens. */
	private static final class Parser {
		private final String text;
		private final List<String> tokens = new ArrayList<>();
		private final List<Integer> columns = new ArrayList<>();
		private int next;

		Parser(String text) {
			this.text = text;
			int i = 0;
			while (i < text.length()) {
				char c = text.charAt(i);
				int start = i;
				if (Character.isWhitespace(c)) {
					i++;
					continue;
				}
				if (c == '"' || c == '\'') {
					int end = text.indexOf(c, i + 1);
					if (end < 0) {
						throw new IllegalArgumentException("unterminated text at column " + (i + 1) + " of condition '" + text + "'");
					}
					i = end + 1;
				} else if (Character.isLetterOrDigit(c) || c == '_') {
					while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_-.".indexOf(text.charAt(i)) >= 0)) {
						i++;
					}
				} else if ("<>=!".indexOf(c) >= 0) {
					i += i + 1 < text.length() && text.charAt(i + 1) == '=' ? 2 : 1;
				} else if ((c == '&' || c == '|') && i + 1 < text.length() && text.charAt(i + 1) == c) {
					i += 2;
				} else if (c == '(' || c == ')') {
					i++;
				} else {
					throw new IllegalArgumentException("unexpected '" + c + "' at column " + (i + 1) + " of condition '" + text + "'");
				}
				tokens.add(text.substring(start, i));
				columns.add(start);
			}
		}

		String peek() {
			return next < tokens.size() ? tokens.get(next) : null;
		}

		int column() {
			return next < columns.size() ? columns.get(next) : text.length();
		}

		private boolean accept(String... alternatives) {
			String token = peek();
			for (String alternative : alternatives) {
				if (alternative.equals(token)) {
					next++;
					return true;
				}
			}
			return false;
		}

		Node or() {
			Node left = and();
			while (accept("or", "||")) {
				left = new Logic("or", left, and());
			}
			return left;
		}

		private Node and() {
			Node left = not();
			while (accept("and", "&&")) {
				left = new Logic("and", left, not());
			}
			return left;
		}

		private Node not() {
			if (accept("not", "!")) {
				return new Negate(not());
			}
			Node left = primary();
			String op = peek();
			if (op != null && List.of("=", "==", "!=", "<", "<=", ">", ">=").contains(op)) {
				next++;
				return new Compare(op.equals("==") ? "=" : op, left, primary());
			}
			return left;
		}

		private Node primary() {
			String token = peek();
			if (token == null) {
				throw new IllegalArgumentException("condition '" + text + "' ends where a value was expected");
			}
			int column = column();
			next++;
			if (token.equals("(")) {
				Node inner = or();
				if (!accept(")")) {
					throw new IllegalArgumentException("missing ')' at column " + (column() + 1) + " of condition '" + text + "'");
				}
				return inner;
			}
			if (token.startsWith("\"") || token.startsWith("'")) {
				return new Constant(token.substring(1, token.length() - 1));
			}
			if (token.equals("and") || token.equals("or") || token.equals("not")) {
				throw new IllegalArgumentException("unexpected '" + token + "' at column " + (column + 1) + " of condition '"
						+ text + "'");
			}
			if (token.equals("true") || token.equals("false")) {
				return new Constant(Boolean.valueOf(token));
			}
			if (Character.isDigit(token.charAt(0))) {
				try {
					return new Constant(new BigDecimal(token));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException("'" + token + "' at column " + (column + 1) + " is not a number", e);
				}
			}
			if (token.matches("[A-Z][A-Z0-9_]*")) {
				return new Constant(token);
			}
			if (token.matches("[\\p{L}_][\\p{L}\\p{N}_-]*(\\.[\\p{L}_][\\p{L}\\p{N}_-]*)*")) {
				return new Path(token);
			}
			throw new IllegalArgumentException("unexpected '" + token + "' at column " + (column + 1) + " of condition '" + text + "'");
		}
	}
}
