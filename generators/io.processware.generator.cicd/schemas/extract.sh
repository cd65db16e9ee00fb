#!/usr/bin/env bash
# Re-extracts the two vendored CI schemas from the npm packages that ship them (run from this folder;
# needs node and npm). Nothing is fetched when Processware runs: the validator reads the files here.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @action-validator/core@0.6.0 gitlab-ci-local@4.75.1 >/dev/null
 tar xzf action-validator-core-0.6.0.tgz && mv package action-validator
 tar xzf gitlab-ci-local-4.75.1.tgz && mv package gitlab-ci-local)
# SchemaStore's github-workflow.json is embedded verbatim in action-validator's WebAssembly module.
python3 - "$work/action-validator/action_validator_bg.wasm" > github-workflow.json <<'PY'
import json, sys
data = open(sys.argv[1], 'rb').read()
marker = b'"$id": "https://json.schemastore.org/github-workflow.json"'
start = data.rfind(b'{\n', 0, data.index(marker))
depth, quoted, i = 0, False, start
while True:
    c = data[i:i + 1]
    if quoted:
        if c == b'\\': i += 1
        elif c == b'"': quoted = False
    elif c == b'"': quoted = True
    elif c == b'{': depth += 1
    elif c == b'}':
        depth -= 1
        if depth == 0: break
    i += 1
json.loads(data[start:i + 1])
sys.stdout.write(data[start:i + 1].decode('utf-8') + '\n')
PY
# GitLab's ci.json is bundled by gitlab-ci-local as an object literal: evaluate it and print it as JSON.
node - "$work/gitlab-ci-local/dist/index.js" > gitlab-ci.json <<'JS'
const src = require("fs").readFileSync(process.argv[2], "utf8");
const start = src.indexOf('{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"');
let depth = 0, i = start, quote = null;
for (; i < src.length; i++) {
  const c = src[i];
  if (quote) { if (c === "\\") { i++; continue; } if (c === quote) quote = null; continue; }
  if (c === '"' || c === "'" || c === "`") { quote = c; continue; }
  if (c === "{") depth++; else if (c === "}" && --depth === 0) break;
}
process.stdout.write(JSON.stringify(Function("return (" + src.slice(start, i + 1) + ")")(), null, 2) + "\n");
JS
