package io.processware.generator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.processware.generator.GenerationResult;
import io.processware.model.domain.Attribute;
import io.processware.model.solution.Solution;

/** The process templates inside a generation run: what they write, what the user owns, what is rendered again. */
class ProcessGenerationTest {

	private static final String PROCESS = "src-gen/main/java/app/invoiceprocessing/process/";

	@TempDir
	Path temp;

	@Test
	void aChangeOutsideTheProcessesRendersNoProcessFileAgain() throws Exception {
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(SampleProcesses.onboarding());
		Path out = temp.resolve("generated");
		ApplicationGenerator generator = new ApplicationGenerator();
		GenerationResult first = generator.generate(solution, temp, "hash-1", out);
		String definition = PROCESS + "supplieronboarding/SupplierOnboardingProcess.java";
		String flowTest = "src-gen/test/java/app/invoiceprocessing/process/supplieronboarding/SupplierOnboardingProcessFlowTest.java";
		assertTrue(first.written().containsAll(List.of(definition, flowTest, PROCESS + "ProcessEngine.java",
				PROCESS + "supplieronboarding/ReviewSupplierStep.java", "src-gen/main/resources/db/migration/V1_1__processware_processes.sql",
				"src/main/java/app/invoiceprocessing/adapters/MessageOutboxAdapterImpl.java")), first.written().toString());
		assertFalse(first.written().stream().anyMatch(p -> p.contains("/llm/")), "no slot, no router and no LangChain4j");
		assertFalse(Files.readString(out.resolve("pom.xml")).contains("langchain4j"));

		Attribute changed = solution.getDomains().get(0).getEntities().get(0).getAttributes().get(0);
		changed.setRequired(!changed.isRequired());
		GenerationResult second = generator.generate(solution, temp, "hash-2", out);
		assertTrue(second.reused().containsAll(List.of(definition, flowTest, PROCESS + "ProcessEngine.java")),
				"the processes' files were not even rendered: " + second.reused().size() + " of "
						+ (second.written().size() + second.unchanged().size()));
	}

	@Test
	void aGeneratorThatRemembersItsLastRunGeneratesWhatAFreshOneDoes() throws Exception {
		// the generator takes the last run's paths again for processes whose view did not change: a
		// changed condition must be searched again, exactly as a generator that remembers nothing does
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(SampleProcesses.onboarding());
		String flowTest = "src-gen/test/java/app/invoiceprocessing/process/supplieronboarding/SupplierOnboardingProcessFlowTest.java";
		Path out = temp.resolve("generated");
		ApplicationGenerator remembering = new ApplicationGenerator();
		remembering.generate(solution, temp, "hash-1", out);
		String before = Files.readString(out.resolve(flowTest));

		io.processware.model.process.Process onboarding = solution.getProcesses().stream()
				.filter(p -> "supplier-onboarding".equals(p.getId())).findFirst().orElseThrow();
		onboarding.getSequenceFlows().stream().filter(f -> "supplier-onboarding.accept".equals(f.getId())).findFirst()
				.orElseThrow().setCondition("verdict = 'ACCEPT' and risk > 7");
		GenerationResult again = remembering.generate(solution, temp, "hash-2", out);
		Path fresh = temp.resolve("fresh");
		new ApplicationGenerator().generate(solution, temp, "hash-2", fresh);

		assertTrue(again.written().contains(flowTest), again.written().toString());
		// the build file asks whether any step has a runtime-LLM slot, not about the paths
		assertTrue(again.reused().contains("pom.xml"), "pom.xml was rendered again");
		String after = Files.readString(out.resolve(flowTest));
		assertFalse(before.equals(after), "the changed condition needs other start variables");
		assertEquals(Files.readString(fresh.resolve(flowTest)), after);
	}

	@Test
	void theUsersAdapterImplementationIsNeverOverwritten() throws Exception {
		Solution solution = SampleSolutions.invoicing();
		solution.getProcesses().add(SampleProcesses.onboarding());
		Path out = temp.resolve("generated");
		ApplicationGenerator generator = new ApplicationGenerator();
		generator.generate(solution, temp, "hash-1", out);
		Path implementation = out.resolve("src/main/java/app/invoiceprocessing/adapters/MessageOutboxAdapterImpl.java");
		String mine = Files.readString(implementation).replace("return Map.of();", "return Map.of(\"sent\", true);");
		Files.writeString(implementation, mine);
		((io.processware.model.process.SendTask) SampleProcesses.find(solution.getProcesses().get(0), "welcome"))
				.setMessage("SupplierGreeting");
		GenerationResult second = generator.generate(solution, temp, "hash-2", out);
		assertEquals(mine, Files.readString(implementation), "the user's code stays");
		assertTrue(Files.readString(out.resolve("src-gen/main/java/app/invoiceprocessing/adapters/MessageOutboxAdapter.java"))
				.contains("sendSupplierGreeting"), "the generated interface follows the model");
		assertTrue(second.written().contains("src-gen/main/java/app/invoiceprocessing/adapters/MessageOutboxAdapter.java"));
	}
}
