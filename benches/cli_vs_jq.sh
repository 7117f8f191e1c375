#!/usr/bin/env bash
# Whole-process comparison: one question asked of the plan three ways, each a fresh
# process reading the data, timed with hyperfine (where installed).
#
# The question: the tasks 市民政局 leads, in the elderly-care domain, with a target due
# by 2025. Each way must print the same task numbers before anything is timed.
#
#   bash benches/cli_vs_jq.sh            # builds the CLI in release mode first
#
# The two start-up-only runs show how much of each figure is the tool starting, not the
# query. docs/performance.md quotes the medians this prints (from hyperfine's JSON export).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --features cli --quiet
cli=target/release/wuzhong-plan
data=data/plan.json

jq_program='
  [.targets[] | select(.deadline != null and .deadline.year <= 2025) | .task] as $due
  | [.parts[] | (.tasks[]?, .groups[]?.tasks[])
     | select(.responsibility.parties[0].department == "civil-affairs")
     | select(any(.domains[]; .domain == "elderly-care"))
     | select(.number as $n | $due | index($n))
     | .number]'

python_program='
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
due = {t["task"] for t in plan["targets"] if t["deadline"] and t["deadline"]["year"] <= 2025}
tasks = [t for p in plan["parts"] for t in p["tasks"] + [t for g in p["groups"] for t in g["tasks"]]]
print(json.dumps([t["number"] for t in tasks
      if t["responsibility"] and t["responsibility"]["parties"][0]["department"] == "civil-affairs"
      and any(d["domain"] == "elderly-care" for d in t["domains"])
      and t["number"] in due]))'

cli_cmd="$cli tasks --lead 市民政局 --domain elderly-care --due-by 2025 --format json"
jq_cmd="jq -c '$jq_program' $data"
py_cmd="python3 -c '$python_program' $data"

# The three must agree before they are compared.
from_cli=$($cli_cmd | python3 -c 'import json,sys; print([t["number"] for t in json.load(sys.stdin)])')
from_jq=$(eval "$jq_cmd" | python3 -c 'import json,sys; print(json.load(sys.stdin))')
from_py=$(eval "$py_cmd" | python3 -c 'import json,sys; print(json.load(sys.stdin))')
echo "cli: $from_cli  jq: $from_jq  python3: $from_py"
if [[ "$from_cli" != "$from_jq" || "$from_cli" != "$from_py" ]]; then
  echo "the three answers differ" >&2
  exit 1
fi

if ! command -v hyperfine >/dev/null; then
  echo "hyperfine is not installed; the answers agree, nothing timed" >&2
  exit 0
fi
out=${TMPDIR:-/tmp}/wuzhong-cli-vs-jq.json
hyperfine --warmup 5 --min-runs 50 --shell=none --export-json "$out" \
  -n wuzhong-plan "$cli_cmd" \
  -n jq "$jq_cmd" \
  -n python3 "$py_cmd" \
  -n "jq, start-up only" "jq -n 1" \
  -n "python3, start-up only" "python3 -c pass"
python3 - "$out" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:<24} median {r["median"] * 1e3:7.2f} ms  (min {r["min"] * 1e3:.2f}, max {r["max"] * 1e3:.2f}, {len(r["times"])} runs)')
PY
