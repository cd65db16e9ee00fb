package io.processware.generator.targets;

import io.processware.generator.GenerationResult;
import io.processware.generator.QaReport;

/**
 * What one target did in a solution generation.
 *
 * @param target the target
 * @param result the files it wrote, left unchanged, removed, and its protected regions
 * @param qa     what its validator found in its files
 */
public record TargetOutcome(GenerationTarget target, GenerationResult result, QaReport qa) {
}
