#!/usr/bin/env bash
# Fails when code a generator has just written differs from what git holds, so that a clean clone
# proves the committed generated code is reproduced by its source, and a source change cannot be
# committed without its generated code. Staged changes (git add) count as held.
#
#   check-generated-code.sh <source-label> <path>...   paths relative to the working directory
#
# The bundles whose build generates code (metamodel/io.processware.model, dsl/io.processware.rules)
# call it from their folder's parent in process-sources, right after generation.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: check-generated-code.sh <source-label> <path>..." >&2
  exit 2
fi
source_label=$1
shift
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "check-generated-code: not a git work tree; the generated code was not compared" >&2
  exit 0
fi
changed=$( (git diff --name-only -- "$@"; git ls-files --others --exclude-standard -- "$@") | sort -u)
if [ -n "$changed" ]; then
  count=$(printf '%s\n' "$changed" | wc -l)
  echo "check-generated-code: the code generated from $source_label differs from git in $count file(s):" >&2
  printf '%s\n' "$changed" | head -n 20 | sed 's/^/  /' >&2
  echo "check-generated-code: generated code is never edited by hand; if $source_label changed," \
    "review 'git diff' and stage it ('git add'), then build again" >&2
  exit 1
fi
echo "check-generated-code: generated code matches $source_label"
