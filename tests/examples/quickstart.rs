//! The first call: load configuration the way the official CLI does, build a
//! client, call an action, read the typed result.
//!
//! ```text
//! cargo run -p tencentcloud-conformance --example quickstart
//! ```
//!
//! Runs against an in-process emulator unless `TENCENTCLOUD_SECRET_ID`,
//! `TENCENTCLOUD_SECRET_KEY` and `TENCENTCLOUD_REGION` are set (or a `tccli`
//! profile exists and `TENCENTCLOUD_SECRET_ID` is set), then against Tencent
//! Cloud.

use tencentcloud::tcss::v20201101::{Client, DescribeVirusDetailRequest, RiskLevel};
#[cfg(test)]
use tencentcloud_conformance::demo::emulator_target;
use tencentcloud_conformance::demo::{target, BoxError};

/// The example proper: one typed call.
async fn quickstart(config: &tencentcloud::Config) -> Result<String, tencentcloud::Error> {
    let tcss = Client::new(config);
    let detail = tcss
        .describe_virus_detail(DescribeVirusDetailRequest::new("10021"))
        .await?;
    // Documented values are enum variants; anything new is `UnknownValue`.
    let urgent = matches!(
        detail.risk_level,
        Some(RiskLevel::RiskCritical | RiskLevel::RiskHigh)
    );
    Ok(format!(
        "{} in {} ({} bytes){}",
        detail.virus_name.as_deref().unwrap_or("unknown virus"),
        detail.file_path.as_deref().unwrap_or("?"),
        detail.size.unwrap_or_default(),
        if urgent { ": act now" } else { "" }
    ))
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let target = target(|emulator| emulator).await?;
    println!("{}", target.describe());
    println!("{}", quickstart(&target.config).await?);
    Ok(())
}

#[cfg(test)]
#[tokio::test]
async fn quickstart_runs_against_the_emulator() {
    let target = emulator_target(|emulator| emulator).await.unwrap();
    let line = quickstart(&target.config).await.unwrap();
    // The documented example's values.
    assert_eq!(
        line,
        "Win32.Virus.Ramnit.Qwhl in /home/virus/specimen_****** (332155 bytes): act now"
    );
}
