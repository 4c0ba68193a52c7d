#!/usr/bin/env bash
# Each service crate works on its own: crates in a temporary folder outside
# the workspace, each depending by path on one service crate only (and
# tokio), build a Config from that crate's re-exports alone and call an
# action on the loopback emulator (the tencentcloud-emulator program),
# checking the documented example's values:
#   - tencentcloud-sdk-tcss: DescribeVirusDetail (a seed page)
#   - tencentcloud-sdk-vpc: DescribeVpcs (a service with no tests of its own)
# And a user's tests: a crate depending by path on tencentcloud-emulator and
# tencentcloud-sdk-cwp (feature `emulator`) only, whose `cargo test` scripts
# a reply, calls the action, and asserts the typed answer and the recorded
# request, in memory and over loopback (no checkout needed: the specs come
# from the service crate).
#
#   scripts/check-standalone.sh
#
# The workspace's Cargo.lock is copied in so dependency versions match, and
# the builds go to target/standalone, so dependencies are reused across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
target="${CARGO_TARGET_DIR:-$repo/target}"
case $target in /*) ;; *) target="$repo/$target" ;; esac
secret_id=AKIDstandalone
secret_key=standalone-secret-key

echo "== emulator (built with the workspace's feature set; nothing to do when CI built it)"
# `--examples` too, as CI's examples step: without it the dev-dependencies drop
# out of feature resolution and every service crate would build again.
cargo build -q --workspace --examples --bins
emulator="$target/debug/tencentcloud-emulator"

work=$(mktemp -d "${TMPDIR:-/tmp}/tencentcloud-standalone.XXXXXX")
emulator_pid=
cleanup() {
  if [[ -n $emulator_pid ]]; then
    kill "$emulator_pid" 2>/dev/null || true
    wait "$emulator_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# standalone_crate NAME SERVICE_FOLDER: a crate in $work/NAME whose only
# SDK dependency is generated/SERVICE_FOLDER; its main.rs comes on stdin.
standalone_crate() {
  local name=$1 service=$2
  mkdir -p "$work/$name/src"
  cat >"$work/$name/Cargo.toml" <<TOML
[package]
name = "tencentcloud-standalone-$name"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencentcloud-sdk-$service = { path = "$repo/generated/$service" }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }

# Not part of any workspace.
[workspace]

# As in the workspace: no debug info for the generated code.
[profile.dev]
debug = false
TOML
  cat >"$work/$name/src/main.rs"
  cp Cargo.lock "$work/$name/Cargo.lock"
}

standalone_crate tcss tcss <<RUST
use tencentcloud_sdk_tcss::v20201101::{Client, DescribeVirusDetailRequest};
use tencentcloud_sdk_tcss::{Config, Credential, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let url = std::env::var("EMULATOR_URL").expect("EMULATOR_URL is set by the script");
    let config = Config::builder()
        .endpoint_url(url)
        .region("ap-guangzhou")
        .credentials(Credential::new("$secret_id", "$secret_key"))
        .build()?;
    let tcss = Client::new(&config);
    let detail = tcss
        .describe_virus_detail(DescribeVirusDetailRequest::new("10021"))
        .await?;
    // The documented example's value.
    assert_eq!(detail.size, Some(332155), "{detail:?}");
    println!(
        "standalone tencentcloud-sdk-tcss: DescribeVirusDetail size = {:?} ({:?})",
        detail.size, detail.virus_name
    );
    Ok(())
}
RUST

standalone_crate vpc vpc <<RUST
use tencentcloud_sdk_vpc::v20170312::{Client, DescribeVpcsRequest, Filter};
use tencentcloud_sdk_vpc::{Config, Credential, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let url = std::env::var("EMULATOR_URL").expect("EMULATOR_URL is set by the script");
    let config = Config::builder()
        .endpoint_url(url)
        .region("ap-guangzhou")
        .credentials(Credential::new("$secret_id", "$secret_key"))
        .build()?;
    let vpc = Client::new(&config);
    let request = DescribeVpcsRequest::new()
        .set_limit("2")
        .set_filters([Filter::new("cidr-block", ["10.0.0.0"])]);
    let vpcs = vpc.describe_vpcs(request).await?;
    // The documented example's values, typed.
    assert_eq!(vpcs.total_count, Some(1), "{vpcs:?}");
    let first = &vpcs.vpc_set.as_deref().unwrap_or_default()[0];
    assert_eq!(first.vpc_id.as_deref(), Some("vpc-p5sf61yj"), "{first:?}");
    assert_eq!(first.enable_dhcp, Some(true), "{first:?}");
    println!(
        "standalone tencentcloud-sdk-vpc: DescribeVpcs total = {:?}, first = {:?} {:?}",
        vpcs.total_count, first.vpc_id, first.cidr_block
    );
    Ok(())
}
RUST

mkdir -p "$work/emulator-user/src" "$work/emulator-user/tests"
cat >"$work/emulator-user/Cargo.toml" <<TOML
[package]
name = "tencentcloud-standalone-emulator-user"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
tencentcloud-sdk-cwp = { path = "$repo/generated/cwp" }

[dev-dependencies]
tencentcloud-emulator = { path = "$repo/emulator" }
tencentcloud-sdk-cwp = { path = "$repo/generated/cwp", features = ["emulator"] }
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
serde_json = "1"

[workspace]

[profile.dev]
debug = false
TOML
cat >"$work/emulator-user/src/lib.rs" <<'RUST'
//! The code under test: counts the risky processes of one machine.
use tencentcloud_sdk_cwp::v20180228::{Client, DescribeRiskProcessEventsRequest, Filter};

pub async fn risky_processes(cwp: &Client, machine: &str) -> Result<i64, tencentcloud_sdk_cwp::Error> {
    let request = DescribeRiskProcessEventsRequest::new()
        .set_limit(50)
        .set_filters([Filter::new("MachineName", [machine])]);
    let events = cwp.describe_risk_process_events(request).await?;
    Ok(events.total_count.unwrap_or(0))
}
RUST
cat >"$work/emulator-user/tests/with_emulator.rs" <<'RUST'
use tencentcloud_emulator::Emulator;
use tencentcloud_sdk_cwp::v20180228::{Client, DescribeRiskProcessEventsRequest};

fn builder() -> tencentcloud_emulator::EmulatorBuilder {
    Emulator::builder()
        .credential("AKIDuser", "user-secret-key")
        .specs(tencentcloud_sdk_cwp::SPECS)
}

async fn check(emu: Emulator) {
    emu.reply("DescribeRiskProcessEvents", serde_json::json!({"TotalCount": 4, "List": []}))
        .unwrap();
    let config = emu.config_builder().build().unwrap();
    let count = tencentcloud_standalone_emulator_user::risky_processes(&Client::new(&config), "web-1")
        .await
        .unwrap();
    assert_eq!(count, 4);
    let sent = emu.requests("DescribeRiskProcessEvents");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].header("x-tc-region"), Some("ap-guangzhou"));
    let request: DescribeRiskProcessEventsRequest = sent[0].params_as().unwrap();
    assert_eq!(request.limit, Some(50));
    let filters = request.filters.unwrap_or_default();
    assert_eq!(filters[0].name, "MachineName");
    assert_eq!(filters[0].values, ["web-1"]);
    println!("emulator-user: in memory = {}, answer {count}, request {:?}", emu.is_in_memory(), sent[0].params);
}

#[tokio::test]
async fn in_memory() {
    check(builder().in_memory().unwrap()).await;
}

#[tokio::test]
async fn over_loopback() {
    check(builder().start().await.unwrap()).await;
}
RUST
cp Cargo.lock "$work/emulator-user/Cargo.lock"

echo "== emulator on 127.0.0.1"
"$emulator" --port 0 --secret-id "$secret_id" --secret-key "$secret_key" \
  --specs "$repo/specs" --service tcss --service vpc >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
url=
for _ in $(seq 1 300); do
  url=$(head -n 1 "$work/emulator.out" 2>/dev/null || true)
  [[ $url == http://127.0.0.1:* ]] && break
  if ! kill -0 "$emulator_pid" 2>/dev/null; then
    echo "the emulator exited:" >&2
    cat "$work/emulator.err" >&2
    exit 1
  fi
  url=
  sleep 0.1
done
if [[ -z $url ]]; then
  echo "the emulator printed no URL in 30 s" >&2
  exit 1
fi
echo "$url"

for name in tcss vpc; do
  echo "== a crate outside the workspace depending only on tencentcloud-sdk-$name (and tokio)"
  EMULATOR_URL=$url CARGO_TARGET_DIR="$target/standalone" \
    cargo run -q --manifest-path "$work/$name/Cargo.toml"
done

echo "== a user's tests outside the workspace: tencentcloud-emulator + tencentcloud-sdk-cwp only"
CARGO_TARGET_DIR="$target/standalone" \
  cargo test -q --manifest-path "$work/emulator-user/Cargo.toml" -- --nocapture
