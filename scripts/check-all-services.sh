#!/usr/bin/env bash
# Generate every service-version of the pinned tccli-intl-en wheel into one
# temporary crate (one feature per service) and `cargo check` each service:
#   scripts/check-all-services.sh                 everything (about 13 min on 2 cores)
#   scripts/check-all-services.sh --only cvm,sts  some services
#   scripts/check-all-services.sh --no-check --codegen-runs 5   generator throughput only
#   scripts/check-all-services.sh --tool clippy   clippy (or build) instead of check
# Work folder: target/all-services (--work DIR); results in results.tsv there.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/check_all_services.py" "$@"
