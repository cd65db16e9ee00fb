// Parses Mermaid diagrams with Mermaid itself (npm mermaid) in jsdom, for the documentation tests:
// node parse.mjs <file>, the diagrams separated by a line "%%%%" (a Mermaid comment line cannot be one).
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";
const dom = new JSDOM("<!DOCTYPE html><body></body>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const [i, diagram] of readFileSync(process.argv[2], "utf8").split("\n%%%%\n").entries()) {
  try { await mermaid.parse(diagram); console.log(`diagram ${i + 1}: ok`); }
  catch (e) { failed++; console.log(`diagram ${i + 1}: ${String(e.message || e).split("\n").slice(0, 3).join(" ")}`); }
}
process.exit(failed ? 1 : 0);
