//! Call the two seed actions, `tcss DescribeVirusDetail` and
//! `cwp DescribeRiskProcessEvents`, and print a short summary of the typed
//! results.
//!
//! Against an in-process emulator (the default, no account needed):
//!
//! ```text
//! cargo run -p tencentcloud-conformance --example seeds
//! ```
//!
//! Against the real service:
//!
//! ```text
//! TENCENTCLOUD_SECRET_ID=AKID... TENCENTCLOUD_SECRET_KEY=... TENCENTCLOUD_REGION=ap-guangzhou \
//!     cargo run -p tencentcloud-conformance --example seeds -- [VIRUS_FILE_ID]
//! ```
//!
//! (`TENCENTCLOUD_SESSION_TOKEN` too for temporary credentials.)

use std::fmt::Display;
use std::process::ExitCode;
use tencentcloud::cwp::v20180228 as cwp;
use tencentcloud::tcss::v20201101 as tcss;
use tencentcloud::{Config, Credential, Error};
use tencentcloud_emulator::Emulator;

/// Both calls; each result on its own, so one failing does not hide the other.
struct Seeds {
    virus: Result<tcss::DescribeVirusDetailResponse, Error>,
    events: Result<cwp::DescribeRiskProcessEventsResponse, Error>,
}

async fn call_seeds(config: &Config, virus_id: &str) -> Seeds {
    let tcss = tcss::Client::new(config);
    let cwp = cwp::Client::new(config);
    // Both in flight at once.
    let (virus, events) = tokio::join!(
        tcss.describe_virus_detail(tcss::DescribeVirusDetailRequest::new(virus_id)),
        cwp.describe_risk_process_events(
            cwp::DescribeRiskProcessEventsRequest::new().set_limit(30)
        ),
    );
    Seeds { virus, events }
}

fn show<T: Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "-".to_string(), |v| v.to_string())
}

fn summary(seeds: &Seeds) -> String {
    let mut out = String::new();
    match &seeds.virus {
        Ok(v) => {
            out += &format!(
                "tcss DescribeVirusDetail (RequestId {})\n",
                show(&v.request_id)
            );
            out += &format!(
                "  file       {} ({} bytes, md5 {})\n",
                show(&v.file_path),
                show(&v.size),
                show(&v.file_md5)
            );
            out += &format!(
                "  virus      {}, risk {}, status {} / {}\n",
                show(&v.virus_name),
                show(&v.risk_level),
                show(&v.status),
                show(&v.sub_status)
            );
            out += &format!(
                "  where      container {} in pod {} on host {} ({})\n",
                show(&v.container_name),
                show(&v.pod_name),
                show(&v.host_name),
                show(&v.host_ip)
            );
            out += &format!("  image      {}\n", show(&v.image_name));
        }
        Err(e) => out += &format!("tcss DescribeVirusDetail failed: {e}\n"),
    }
    match &seeds.events {
        Ok(r) => {
            out += &format!(
                "cwp DescribeRiskProcessEvents (RequestId {}): {} events in all, {} on this page\n",
                show(&r.request_id),
                show(&r.total_count),
                r.list().len()
            );
            for e in r.list().iter().take(10) {
                out += &format!(
                    "  #{:<6} {} on {} ({}): {} [{}]\n",
                    show(&e.event_id),
                    show(&e.virus_name),
                    show(&e.host_name),
                    show(&e.host_ip),
                    show(&e.file_path),
                    e.virus_tags().join(", ")
                );
            }
        }
        Err(e) => out += &format!("cwp DescribeRiskProcessEvents failed: {e}\n"),
    }
    out
}

#[tokio::main]
async fn main() -> ExitCode {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let virus_id = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "10021".to_string());
    let (config, _emulator) = match (
        env("TENCENTCLOUD_SECRET_ID"),
        env("TENCENTCLOUD_SECRET_KEY"),
    ) {
        (Some(id), Some(key)) => {
            let Some(region) = env("TENCENTCLOUD_REGION") else {
                eprintln!(
                    "seeds: set TENCENTCLOUD_REGION (e.g. ap-guangzhou) to call the real service"
                );
                return ExitCode::from(2);
            };
            let credential = match env("TENCENTCLOUD_SESSION_TOKEN") {
                Some(token) => Credential::with_token(id, key, token),
                None => Credential::new(id, key),
            };
            println!("Calling the real Tencent Cloud API in {region}.\n");
            let config = Config::builder()
                .credentials(credential)
                .region(region)
                .build();
            (config, None)
        }
        (None, None) => {
            let emulator = match Emulator::builder()
                .credential("AKIDseedsExample", "seeds-example-secret-key")
                .shipped_specs()
                .start()
                .await
            {
                Ok(e) => e,
                Err(e) => {
                    eprintln!("seeds: cannot start the emulator: {e}");
                    return ExitCode::FAILURE;
                }
            };
            println!(
                "Calling the in-process emulator at {} (set TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_REGION for the real service).\n",
                emulator.url()
            );
            (emulator.config_builder().build(), Some(emulator))
        }
        _ => {
            eprintln!(
                "seeds: set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or neither"
            );
            return ExitCode::from(2);
        }
    };
    let config = match config {
        Ok(c) => c,
        Err(e) => {
            eprintln!("seeds: {e}");
            return ExitCode::FAILURE;
        }
    };
    let seeds = call_seeds(&config, &virus_id).await;
    print!("{}", summary(&seeds));
    if seeds.virus.is_ok() && seeds.events.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example's own path, against the emulator, as `cargo run` takes it.
    #[tokio::test]
    async fn seeds_against_the_emulator() {
        let emulator = Emulator::builder()
            .credential("AKIDseedsTest", "seeds-test-secret-key")
            .shipped_specs()
            .start()
            .await
            .unwrap();
        let config = emulator.config_builder().build().unwrap();
        let seeds = call_seeds(&config, "10021").await;
        let text = summary(&seeds);
        let virus = seeds.virus.as_ref().expect("DescribeVirusDetail succeeds");
        let events = seeds
            .events
            .as_ref()
            .expect("DescribeRiskProcessEvents succeeds");
        // The doc examples' values, typed.
        assert_eq!(virus.size, Some(332155), "{text}");
        assert_eq!(events.total_count, Some(89), "{text}");
        assert_eq!(events.list()[0].event_id, Some(24), "{text}");
        for needle in [
            "specimen_",
            "RISK_CRITICAL",
            "Linux.Scanner.Fscan",
            "scanner, hack_tools",
            "89 events in all",
        ] {
            assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
        }
    }
}
