package io.processware.generator.infrastructure;

import io.processware.model.solution.EnvironmentSize;

/**
 * What an environment size means in resources: replicas of the service, their CPU and memory, the
 * Kubernetes node pool and the database. FinOps prices the same figures, so that the cost estimate
 * and the infrastructure cannot disagree.
 *
 * @param minReplicas      the autoscaler's floor
 * @param maxReplicas      the autoscaler's ceiling: the bound FinOps holds the budget against
 * @param cpuRequest       per pod, in millicores
 * @param cpuLimit         per pod, in millicores
 * @param memoryRequestMi  per pod, in MiB
 * @param memoryLimitMi    per pod, in MiB
 * @param nodeVmSize       the VM size of the cluster's nodes (Azure naming)
 * @param minNodes         the node pool's floor
 * @param maxNodes         the node pool's ceiling
 * @param databaseSku      the managed PostgreSQL SKU (Azure flexible server naming)
 * @param databaseStorageGb the database's storage
 * @param objectStorageGb  the expected object storage (documents), for the estimate
 */
public record EnvironmentSizing(int minReplicas, int maxReplicas, int cpuRequest, int cpuLimit, int memoryRequestMi,
		int memoryLimitMi, String nodeVmSize, int minNodes, int maxNodes, String databaseSku, int databaseStorageGb,
		int objectStorageGb) {

	/** @return the sizing of a model size; a missing size counts as small */
	public static EnvironmentSizing of(EnvironmentSize size) {
		return switch (size == null ? EnvironmentSize.SMALL : size) {
		case SMALL -> new EnvironmentSizing(1, 2, 250, 500, 512, 1024, "Standard_B2s", 1, 2, "B_Standard_B1ms", 32, 50);
		case MEDIUM -> new EnvironmentSizing(2, 4, 500, 1000, 1024, 2048, "Standard_D2s_v5", 2, 3, "GP_Standard_D2s_v3",
				64, 200);
		case LARGE -> new EnvironmentSizing(3, 8, 1000, 2000, 2048, 4096, "Standard_D4s_v5", 3, 5, "GP_Standard_D4s_v3",
				128, 1000);
		case EXTRA_LARGE -> new EnvironmentSizing(4, 16, 2000, 4000, 4096, 8192, "Standard_D8s_v5", 4, 10,
				"GP_Standard_D8s_v3", 512, 5000);
		};
	}
}
