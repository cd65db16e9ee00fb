package io.processware.rules.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

import io.processware.rules.analysis.TableAnalysis;
import io.processware.rules.rules.DecisionTable;
import io.processware.rules.rules.LlmSlot;
import io.processware.rules.rules.StringLiteral;
import io.processware.rules.rules.TableRow;
import io.processware.rules.validation.IssueCodes;
import io.processware.rules.validation.UnknownReferenceMessages;

/**
 * Quick fixes, offered as LSP code actions: replace an unknown name or enumeration value by the
 * closest known ones, add the row a decision table misses (for the example input its gap warning
 * gives), and give an LLM slot a first output schema.
 */
public class RulesQuickFixes extends AbstractDeclarativeIdeQuickfixProvider {

	@Inject
	private IScopeProvider scopeProvider;

	@QuickFix(UnknownReferenceMessages.UNKNOWN_REFERENCE)
	public void fixReference(DiagnosticResolutionAcceptor acceptor) {
		// the candidates depend on the model: offer each name the scope knows that is close enough
		acceptor.accept("Change to the closest known name", (ITextModification) (d, object, document) -> {
			List<TextEdit> edits = new ArrayList<>();
			String wrong = text(document, d.getRange());
			for (String candidate : candidates(object, wrong)) {
				edits.add(new TextEdit(d.getRange(), candidate));
				break;
			}
			return edits;
		});
	}

	private List<String> candidates(EObject object, String wrong) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isMany() || !object.eIsSet(reference)) {
				continue;
			}
			EObject target = (EObject) object.eGet(reference, false);
			if (target != null && target.eIsProxy()) {
				List<String> names = new ArrayList<>();
				for (IEObjectDescription description : scopeProvider.getScope(object, reference).getAllElements()) {
					names.add(description.getName().toString());
				}
				return Closeness.closest(wrong, names, 3);
			}
		}
		return List.of();
	}

	@QuickFix(IssueCodes.UNKNOWN_ENUM_VALUE)
	public void fixEnumValue(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Change to the closest value of the enumeration", (ITextModification) (d, object, document) -> {
			if (!(object instanceof StringLiteral literal)) {
				return List.of();
			}
			List<String> literals = enumLiterals(d);
			List<String> closest = Closeness.closest(literal.getValue(), literals, 1);
			return closest.isEmpty() ? List.of() : List.of(new TextEdit(d.getRange(), "\"" + closest.get(0) + "\""));
		});
	}

	/** The enumeration's literals travel as the issue's data (see LiteralChecks). */
	private static List<String> enumLiterals(Diagnostic diagnostic) {
		List<String> literals = new ArrayList<>();
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			literals.addAll(List.of(array));
		} else if (data != null) {
			// over JSON the array comes back as ["A","B"]
			for (String part : String.valueOf(data).replaceAll("^\\[|\\]$", "").split(",")) {
				String literal = part.trim().replaceAll("^\"|\"$", "");
				if (!literal.isEmpty()) {
					literals.add(literal);
				}
			}
		}
		return literals;
	}

	@QuickFix(IssueCodes.TABLE_GAP)
	public void addMissingRow(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add a row for the missing input", (ITextModification) (d, object, document) -> {
			DecisionTable table = EcoreUtil2.getContainerOfType(object, DecisionTable.class);
			if (table == null) {
				return List.of();
			}
			return TableAnalysis.of(table).flatMap(TableAnalysis::gap).map(example -> {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < example.size(); c++) {
					cells.add(TableAnalysis.of(table).get().columns().get(c).display(example.get(c)));
				}
				return List.of(insertAfter(table, document, "\n\trow " + String.join(" | ", cells) + " => " + results(table)));
			}).orElse(List.of());
		});
	}

	/** The new row's results copy the last row's, so that it is typed right; the analyst edits them. */
	private static String results(DecisionTable table) {
		if (table.getRows().isEmpty()) {
			return "\"\"";
		}
		TableRow last = table.getRows().get(table.getRows().size() - 1);
		List<String> texts = new ArrayList<>();
		last.getResults().forEach(result -> texts.add(NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(result))));
		return String.join(" | ", texts);
	}

	@QuickFix(IssueCodes.MISSING_OUTPUT_SCHEMA)
	public void addSchema(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Declare an output schema", (ITextModification) (d, object, document) -> {
			LlmSlot slot = EcoreUtil2.getContainerOfType(object, LlmSlot.class);
			if (slot == null || slot.getSchema() != null) {
				return List.of();
			}
			EObject anchor = slot.getInputs().isEmpty() ? null : slot.getInputs().get(slot.getInputs().size() - 1);
			INode node = anchor == null
					? NodeModelUtils.findNodesForFeature(slot, io.processware.rules.rules.RulesPackage.Literals.LLM_SLOT__PROMPT).get(0)
					: NodeModelUtils.findActualNodeFor(anchor);
			Position at = document.getPosition(node.getEndOffset());
			return List.of(new TextEdit(new Range(at, at), "\n\treturns {\n\t\tanswer : text\n\t}"));
		});
	}

	private static TextEdit insertAfter(EObject element, Document document, String text) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		Position at = document.getPosition(node.getEndOffset());
		return new TextEdit(new Range(at, at), text);
	}

	private static String text(Document document, Range range) {
		return document.getSubstring(range);
	}
}
