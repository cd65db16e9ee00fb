<@file path="docs/implementation-matrix.md" for=model.solution>
# Implementation matrix

Per process and task: whether its definition is complete, how it is built, its runtime-LLM use,
human validation, disaster recovery, security review, data governance, compliance and the path a
request takes (the same as `processware matrix`).

${model.matrix}
</@file>
