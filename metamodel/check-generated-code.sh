#!/usr/bin/env bash
# Fails when the metamodel code the build has just generated differs from what git holds, so that a
# clean clone proves src-gen/ is reproduced by the genmodel, and a model change cannot be committed
# without its generated code. Changes that are staged (git add) count as held: a developer who
# changed the model regenerates, reviews the diff, stages it and builds on.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated-code: not a git work tree; the generated code was not compared" >&2
  exit 0
fi
generated=(io.processware.model/src-gen io.processware.model/plugin.xml io.processware.model.edit/src-gen io.processware.model.edit/icons
  io.processware.model.edit/plugin.xml io.processware.model.edit/plugin.properties)
changed=$( (git diff --name-only -- "${generated[@]}"; git ls-files --others --exclude-standard -- "${generated[@]}") | sort -u)
if [ -n "$changed" ]; then
  count=$(printf '%s\n' "$changed" | wc -l)
  echo "check-generated-code: the generated metamodel code differs from git in $count file(s):" >&2
  printf '%s\n' "$changed" | head -n 20 | sed 's/^/  /' >&2
  echo "check-generated-code: generated code is never edited by hand; if the genmodel or ecore changed," \
    "review 'git diff metamodel/' and stage it ('git add metamodel/'), then build again" >&2
  exit 1
fi
echo "check-generated-code: src-gen matches the genmodel"
