#!/usr/bin/env bash
# Move the SDK to a release of the official API descriptions, in one command:
#   scripts/update-specs.sh              re-check the pinned release (changes nothing if current)
#   scripts/update-specs.sh 3.1.194.1    move to tccli-intl-en 3.1.194.1
#   scripts/update-specs.sh ... --no-report   skip the change report
# It vendors every service-version of the release into specs/ (adding the
# services upstream added and removing those it dropped, and saying so),
# re-mines every enums.json (reviewed entries kept; a reviewed member that
# vanished is reported and dropped), prints what the new specs change for
# the users of each crate (breaking or compatible, suggested version bumps;
# kept in target/spec-changes/<old>-to-<new>.md and .json), and regenerates
# every crate. Running it twice changes nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
args=(update)
if [[ $# -gt 0 && $1 =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  args+=(--version "$1"); shift
fi
exec python3 "$here/specs_tool.py" "${args[@]}" "$@"
