#!/usr/bin/env bash
# Refresh the vendored specs: scripts/update-specs.sh [VERSION] [SERVICE ...]
#   scripts/update-specs.sh                      re-check every vendored service at the pinned version
#   scripts/update-specs.sh 3.1.194.1            move every vendored service to a new version
#   scripts/update-specs.sh 3.1.193.1 cvm sts    add (or refresh) services
#   scripts/update-specs.sh ... --no-report      skip the change report
# When specs change, it prints what that means for the users of each crate
# (tencentcloud-codegen changes: breaking and compatible changes, suggested
# version bumps) and keeps it in target/spec-changes/<old>-to-<new>.md and .json.
# Then regenerate: cargo run -p tencentcloud-codegen --release
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
args=(update)
if [[ $# -gt 0 && $1 =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  args+=(--version "$1"); shift
fi
exec python3 "$here/specs_tool.py" "${args[@]}" "$@"
