package io.processware.rules.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import io.processware.rules.rules.ApprovalStep;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.Declaration;
import io.processware.rules.rules.Import;
import io.processware.rules.rules.FunctionCall;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.NotTest;
import io.processware.rules.rules.RangeTest;
import io.processware.rules.rules.Rule;
import io.processware.rules.rules.RuleFile;
import io.processware.rules.rules.SchemaField;
import io.processware.rules.rules.TableInput;
import io.processware.rules.rules.TableOutput;
import io.processware.rules.rules.TableRow;

/**
 * The house layout of rules files: one declaration per paragraph, the parts of a declaration (when,
 * then, actions, inputs, outputs, rows, approval steps, slot clauses) on their own lines indented by
 * one tab, single spaces inside expressions.
 */
public class RulesFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			resource.getContents().forEach(content -> format(content, document));
		} else if (object instanceof RuleFile file) {
			file(file, document);
		}
	}

	private void file(RuleFile file, IFormattableDocument document) {
		ISemanticRegion ruleset = textRegionExtensions.regionFor(file).keyword("ruleset");
		if (ruleset != null) {
			document.append(ruleset, it -> it.oneSpace());
			document.append(textRegionExtensions.regionFor(file).feature(io.processware.rules.rules.RulesPackage.Literals.RULE_FILE__RULE_SET),
					it -> it.setNewLines(2));
		}
		for (int i = 0; i < file.getImports().size(); i++) {
			Import anImport = file.getImports().get(i);
			int lines = i == file.getImports().size() - 1 ? 2 : 1;
			document.append(textRegionExtensions.regionFor(anImport).keyword("import"), it -> it.oneSpace());
			document.append(anImport, it -> {
				it.setNewLines(lines);
				it.highPriority();
			});
		}
		for (Declaration declaration : file.getDeclarations()) {
			declaration(declaration, document);
			// a blank line between declarations; consecutive one-liners (facts) may stay together
			document.append(declaration, it -> {
				it.setNewLines(1, 2, 2);
				it.highPriority();
			});
		}
	}

	private void declaration(Declaration declaration, IFormattableDocument document) {
		// single spaces between all tokens first; the line breaks below override them
		List<ISemanticRegion> regions = new ArrayList<>();
		textRegionExtensions.allSemanticRegions(declaration).forEach(regions::add);
		// range brackets hug their bounds: [1000 EUR .. 10000 EUR[
		java.util.Set<ISemanticRegion> hugged = new java.util.HashSet<>();
		for (RangeTest range : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(declaration, RangeTest.class)) {
			List<ISemanticRegion> own = new ArrayList<>();
			textRegionExtensions.allSemanticRegions(range).forEach(own::add);
			if (own.size() > 1) {
				hugged.add(own.get(0));
				hugged.add(own.get(own.size() - 2));
			}
		}
		// a function's or a not(…) test's parenthesis follows it directly: sum(invoice.lines.unitPrice)
		for (EObject call : org.eclipse.xtext.EcoreUtil2.eAllOfType(declaration, EObject.class)) {
			if (call instanceof FunctionCall || call instanceof NotTest) {
				ISemanticRegion name = first(call);
				if (name != null) {
					hugged.add(name);
				}
			}
		}
		// one decision per gap between two tokens, so that no two settings conflict
		for (int i = 0; i + 1 < regions.size(); i++) {
			String before = regions.get(i).getText();
			String after = regions.get(i + 1).getText();
			boolean tight = after.equals(".") || after.equals(",") || after.equals(")") || before.equals(".")
					|| before.equals("(") || hugged.contains(regions.get(i));
			if (tight) {
				document.append(regions.get(i), it -> it.noSpace());
			} else {
				document.append(regions.get(i), it -> it.oneSpace());
			}
		}
		if (regions.size() < 2) {
			return;
		}
		ISemanticRegion last = regions.get(regions.size() - 1);
		// everything after the declaration's keyword is indented by one level
		document.set(regions.get(0).getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
		if (declaration instanceof Rule rule) {
			onNewLine(textRegionExtensions.regionFor(rule).keyword("when"), document);
			ISemanticRegion then = textRegionExtensions.regionFor(rule).keyword("then");
			onNewLine(then, document);
			if (then != null) {
				document.set(then.getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
			}
			rule.getActions().forEach(action -> onNewLine(first(action), document));
		} else if (declaration instanceof DecisionTable table) {
			onNewLine(textRegionExtensions.regionFor(table).keyword("hit"), document);
			table.getInputs().forEach((TableInput input) -> onNewLine(first(input), document));
			table.getOutputs().forEach((TableOutput output) -> onNewLine(first(output), document));
			table.getRows().forEach((TableRow row) -> onNewLine(first(row), document));
		} else if (declaration instanceof io.processware.rules.rules.Approval approval) {
			approval.getSteps().forEach((ApprovalStep step) -> onNewLine(first(step), document));
		} else if (declaration instanceof LlmSlot slot) {
			for (String keyword : new String[] { "prompt", "using", "confidence", "otherwise" }) {
				onNewLine(textRegionExtensions.regionFor(slot).keyword(keyword), document);
			}
			if (slot.getSchema() != null) {
				ISemanticRegion open = textRegionExtensions.regionFor(slot.getSchema()).keyword("{");
				ISemanticRegion close = textRegionExtensions.regionFor(slot.getSchema()).keyword("}");
				onNewLine(first(slot.getSchema()), document);
				if (open != null && close != null) {
					document.interior(open, close, it -> it.indent());
					slot.getSchema().getFields().forEach((SchemaField field) -> onNewLine(first(field), document));
					onNewLine(close, document);
				}
			}
		} else {
			for (String keyword : new String[] { "within", "warn", "escalate", "require", "otherwise" }) {
				onNewLine(textRegionExtensions.regionFor(declaration).keyword(keyword), document);
			}
		}
	}

	private ISemanticRegion first(EObject element) {
		java.util.Iterator<ISemanticRegion> all = textRegionExtensions.allSemanticRegions(element).iterator();
		return all.hasNext() ? all.next() : null;
	}

	private static void onNewLine(ISemanticRegion region, IFormattableDocument document) {
		if (region != null) {
			document.prepend(region, it -> {
				it.setNewLines(1);
				it.highPriority();
			});
		}
	}
}
