package io.processware.rules.bench;

/**
 * Rules files for measuring the language (processware bench rules): a long file of constraints,
 * computed values and rules, and a file with one large UNIQUE decision table, both valid, over a
 * small solution model written next to them.
 */
public final class SyntheticRules {

	/** A solution model with what the synthetic rules name: one entity, its attributes, one task. */
	public static final String SOLUTION = """
			<?xml version="1.0" encoding="UTF-8"?>
			<solution:Solution xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
			xmlns:process="http://processware.io/model/1.0/process" xmlns:solution="http://processware.io/model/1.0/solution" \
			id="bench" name="Bench" version="1.0.0" owner="benchmark">
			  <domains id="sales" name="Sales">
			    <entities id="sales.order" name="Order">
			      <attributes id="sales.order.amount" name="amount" type="MONEY"/>
			      <attributes id="sales.order.quantity" name="quantity" type="DECIMAL"/>
			      <attributes id="sales.order.status" name="status" type="ENUMERATION" enumeration="sales.order-status"/>
			    </entities>
			    <enumerations id="sales.order-status" name="OrderStatus">
			      <literals>OPEN</literals>
			      <literals>CHECKED</literals>
			    </enumerations>
			  </domains>
			  <processes id="fulfilment" name="Fulfilment">
			    <nodes xsi:type="process:BusinessRuleTask" id="fulfilment.check-order" name="Check order" determinism="DETERMINISTIC"/>
			  </processes>
			</solution:Solution>
			""";

	private static final String HEADER = "import \"bench.pws\"\n\ngiven order : sales.order\n\n";

	private SyntheticRules() {
	}

	/** @return a rules file of about {@code lines} lines (blocks of 10 lines) */
	public static String longFile(int lines) {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0, written = lineCount(HEADER); written < lines; i++, written += 10) {
			text.append("computed total-").append(i).append(" : money = order.amount * ").append(i % 7 + 1).append('\n')
					.append("constraint limit-").append(i).append(" for fulfilment.check-order\n")
					.append("\trequire order.amount <= ").append(1000 + i).append(" EUR\n")
					.append("\totherwise error over-limit-").append(i).append(" \"Amount above limit ").append(i).append("\"\n")
					.append('\n')
					.append("rule check-").append(i).append(" for fulfilment.check-order priority ").append(i % 100).append('\n')
					.append("\twhen order.quantity > ").append(i).append(" and order.status = \"OPEN\"\n")
					.append("\tthen\n")
					.append("\t\tset order.status = \"CHECKED\"\n")
					.append('\n');
		}
		return text.toString();
	}

	/** @return a file with one UNIQUE table of {@code rows} rows, covering every amount exactly once */
	public static String tableFile(int rows) {
		StringBuilder text = new StringBuilder(HEADER);
		text.append("table discount for fulfilment.check-order\n\thit UNIQUE\n\tinput amount = order.amount\n")
				.append("\tinput status = order.status\n\toutput rate : number\n");
		text.append("\trow < 0 EUR | - => 0\n");
		for (int i = 0; i < rows - 2; i++) {
			text.append("\trow [").append(i * 10).append(" EUR .. ").append(i * 10 + 10).append(" EUR[ | - => ")
					.append(i % 10).append('\n');
		}
		text.append("\trow >= ").append((rows - 2) * 10).append(" EUR | - => 10\n");
		return text.toString();
	}

	static int lineCount(CharSequence text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}
}
