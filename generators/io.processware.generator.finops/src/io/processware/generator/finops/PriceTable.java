package io.processware.generator.finops;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.processware.generator.GenerationException;

/**
 * The illustrative price table kept in this bundle ({@code prices/azure-eur.csv}): a date, a
 * currency, a source, and a price per item and unit. Estimates are only as good as its date.
 */
public record PriceTable(String file, String date, String currency, String source, Map<String, BigDecimal> prices) {

	/** The bundled table. */
	public static final String AZURE = "prices/azure-eur.csv";

	/** @return the bundled Azure table */
	public static PriceTable azure() {
		Bundle bundle = FrameworkUtil.getBundle(PriceTable.class);
		try (InputStream in = bundle.getEntry(AZURE).openStream()) {
			return read(AZURE, in);
		} catch (IOException | RuntimeException e) {
			throw new GenerationException("cannot read the price table " + AZURE + ": " + e.getMessage(), e);
		}
	}

	static PriceTable read(String file, InputStream in) throws IOException {
		Map<String, String> header = new LinkedHashMap<>();
		Map<String, BigDecimal> prices = new LinkedHashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		boolean items = false;
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split(",", 3);
			if (cells[0].equals("item")) {
				items = true;
			} else if (!items) {
				header.put(cells[0], line.substring(cells[0].length() + 1));
			} else if (cells.length == 3) {
				prices.put(cells[0], new BigDecimal(cells[2].trim()));
			} else {
				throw new GenerationException(file + ":" + number + ": expected item,unit,price");
			}
		}
		return new PriceTable(file, header.get("date"), header.get("currency"), header.get("source"), prices);
	}

	/** @return the price of an item in the table's unit */
	public BigDecimal price(String item) {
		BigDecimal price = prices.get(item);
		if (price == null) {
			throw new GenerationException(file + ": no price for " + item + "; add it to the table");
		}
		return price;
	}
}
