package io.processware.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.model.solution.QualityCriterion;
import io.processware.model.solution.QualityGate;
import io.processware.model.solution.SolutionFactory;

/** The gates' "secrets" metric: the secret scan's rules, over every file of the output. */
class QualityGateEvaluationTest {

	@TempDir
	Path output;

	private CriterionScore secrets() {
		QualityGate gate = SolutionFactory.eINSTANCE.createQualityGate();
		gate.setId("security-gate");
		gate.setPassThreshold(1);
		QualityCriterion criterion = SolutionFactory.eINSTANCE.createQualityCriterion();
		criterion.setId("no-secrets");
		criterion.setMetric("secret findings");
		criterion.setWeight(1);
		criterion.setThreshold(1);
		gate.getCriteria().add(criterion);
		return new QualityGateEvaluation(output, List.of(), Set.of(GateMetric.SECRETS), List.of("mvn")).evaluate(gate)
				.criteria().get(0);
	}

	@Test
	void referencesToSecretsPass() throws Exception {
		Files.createDirectories(output.resolve("src/main/resources"));
		Files.writeString(output.resolve("src/main/resources/application.yaml"),
				"spring:\n  datasource:\n    password: ${DATABASE_PASSWORD}\n");
		CriterionScore score = secrets();
		assertEquals(1, score.score(), score.evidence());
		assertEquals("no secret in 1 file(s)", score.evidence());
	}

	@Test
	void aTokenTheRunsSecretScanKnowsFailsTheGateToo() throws Exception {
		// a GitHub token: a format the gate's own pattern list did not know before it used the scan's rules
		Files.createDirectories(output.resolve(".github/workflows"));
		Files.writeString(output.resolve(".github/workflows/ci.yml"),
				"env:\n  OK: ${{ secrets.TOKEN }}\n  LEAKED: ghp_" + "a".repeat(36) + "\n");
		CriterionScore score = secrets();
		assertEquals(0, score.score());
		assertTrue(score.evidence().equals("1 possible secret(s): .github/workflows/ci.yml:3"), score.evidence());
	}
}
