package io.processware.generator.finops;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.processware.generator.infrastructure.EnvironmentDeployment;
import io.processware.generator.infrastructure.EnvironmentSizing;

/**
 * What an environment costs a month, at the floor and at the ceiling of its autoscaling bounds,
 * from its sizing and the price table: the same figures the Terraform and the manifests use.
 *
 * @param lines   one per priced item
 * @param floor   the month at the autoscalers' minimum
 * @param ceiling the month at their maximum: what the budget must cover
 */
public record CostEstimate(List<Line> lines, BigDecimal floor, BigDecimal ceiling) {

	/** Hours in an average month, as cloud price calculators count them. */
	static final BigDecimal HOURS_A_MONTH = BigDecimal.valueOf(730);

	/** One priced item: what it is, how much of it at the floor and ceiling, and the price. */
	public record Line(String item, String quantity, BigDecimal floor, BigDecimal ceiling) {
	}

	static CostEstimate of(EnvironmentDeployment environment, PriceTable prices) {
		EnvironmentSizing sizing = environment.sizing();
		List<Line> lines = new ArrayList<>();
		BigDecimal node = prices.price("vm:" + sizing.nodeVmSize()).multiply(HOURS_A_MONTH);
		lines.add(new Line("cluster nodes (" + sizing.nodeVmSize() + ")", sizing.minNodes() + " to " + sizing.maxNodes(),
				node.multiply(BigDecimal.valueOf(sizing.minNodes())), node.multiply(BigDecimal.valueOf(sizing.maxNodes()))));
		BigDecimal aks = prices.price("aks:" + (environment.production() ? "Standard" : "Free"));
		lines.add(fixed("cluster management (" + (environment.production() ? "Standard" : "Free") + " tier)", "1", aks));
		int databases = environment.production() ? 2 : 1;
		lines.add(fixed("PostgreSQL " + sizing.databaseSku() + (databases > 1 ? ", zone-redundant standby" : ""),
				String.valueOf(databases), prices.price("postgres:" + sizing.databaseSku()).multiply(BigDecimal.valueOf(databases))));
		lines.add(fixed("PostgreSQL storage", sizing.databaseStorageGb() + " GB",
				prices.price("postgres-storage").multiply(BigDecimal.valueOf((long) sizing.databaseStorageGb() * databases))));
		String replication = environment.production() ? "GZRS" : "LRS";
		lines.add(fixed("object storage (" + replication + ")", sizing.objectStorageGb() + " GB",
				prices.price("blob:" + replication).multiply(BigDecimal.valueOf(sizing.objectStorageGb()))));
		lines.add(fixed("Key Vault HSM key", "1", prices.price("key-vault-hsm-key")));
		lines.add(fixed("private endpoints", "2", prices.price("private-endpoint").multiply(BigDecimal.valueOf(2))));
		lines.add(fixed("load balancer (cluster egress)", "1", prices.price("load-balancer")));
		List<Line> rounded = lines.stream().map(line -> new Line(line.item(), line.quantity(), round(line.floor()),
				round(line.ceiling()))).toList();
		return new CostEstimate(rounded, rounded.stream().map(Line::floor).reduce(BigDecimal.ZERO, BigDecimal::add),
				rounded.stream().map(Line::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private static Line fixed(String item, String quantity, BigDecimal month) {
		return new Line(item, quantity, month, month);
	}

	private static BigDecimal round(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}
}
