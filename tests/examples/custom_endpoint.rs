//! Endpoints, timeouts and retries: everything the configuration controls,
//! overridden in code.
//!
//! ```text
//! cargo run -p tencentcloud-conformance --example custom_endpoint
//! ```

use std::time::Duration;
use tencentcloud::tcss::v20201101::{Client, DescribeVirusDetailRequest};
use tencentcloud::{Config, Credential, Endpoint, RetryConfig};
#[cfg(test)]
use tencentcloud_conformance::demo::emulator_target;
use tencentcloud_conformance::demo::{target, BoxError};
use tencentcloud_emulator::{Fault, FaultRule};

/// A configuration for a custom endpoint (a proxy, a private gateway, the
/// emulator) with explicit timeouts and retries.
fn custom(url: &str, id: &str, key: &str) -> Result<Config, tencentcloud::Error> {
    Config::builder()
        .credentials(Credential::new(id, key))
        .endpoint(Endpoint::Custom(url.to_string()))
        .region("ap-singapore")
        .language("en-US")
        .connect_timeout(Duration::from_secs(2))
        .request_timeout(Duration::from_secs(10))
        .retry(
            RetryConfig::default()
                .with_max_attempts(4)
                .with_initial_backoff(Duration::from_millis(10))
                .with_max_backoff(Duration::from_millis(100))
                .with_max_elapsed(Duration::from_secs(5)),
        )
        .build()
}

/// The other endpoint styles, for reference.
fn styles() -> Result<Vec<String>, tencentcloud::Error> {
    let mut urls = Vec::new();
    for endpoint in [
        Endpoint::Default,
        Endpoint::International,
        Endpoint::Regional,
    ] {
        let config = Config::builder()
            .credentials(Credential::new("AKID...", "..."))
            .region("ap-guangzhou")
            .endpoint(endpoint)
            .build()?;
        urls.push(
            Client::new(&config)
                .runtime()
                .url()
                .unwrap_or_default()
                .to_string(),
        );
    }
    Ok(urls)
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    for url in styles()? {
        println!("endpoint style: {url}");
    }
    let target = target(|e| e).await?;
    let Some(emulator) = &target.emulator else {
        println!("{}", target.describe());
        return Ok(());
    };
    let config = custom(emulator.url(), "AKIDexample", "example-secret-key")?;
    // Two rate-limited answers first: retried with backoff, then success.
    emulator.inject(
        FaultRule::new(Fault::rate_limit())
            .action("DescribeVirusDetail")
            .times(2),
    );
    let detail = Client::new(&config)
        .describe_virus_detail(DescribeVirusDetailRequest::new("10021"))
        .await?;
    println!(
        "{} after {} attempts",
        detail.virus_name.unwrap_or_default(),
        emulator.calls("DescribeVirusDetail")
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_styles() {
        assert_eq!(
            styles().unwrap(),
            [
                "https://tcss.tencentcloudapi.com/",
                "https://tcss.intl.tencentcloudapi.com/",
                "https://tcss.ap-guangzhou.tencentcloudapi.com/"
            ]
        );
    }

    #[tokio::test]
    async fn retries_through_rate_limiting_on_a_custom_endpoint() {
        let target = emulator_target(|e| e).await.unwrap();
        let emulator = target.emulator.as_ref().unwrap();
        let config = custom(emulator.url(), "AKIDexample", "example-secret-key").unwrap();
        emulator.inject(
            FaultRule::new(Fault::rate_limit())
                .action("DescribeVirusDetail")
                .times(2),
        );
        let detail = Client::new(&config)
            .describe_virus_detail(DescribeVirusDetailRequest::new("10021"))
            .await
            .unwrap();
        assert_eq!(detail.size, Some(332155));
        assert_eq!(emulator.calls("DescribeVirusDetail"), 3);
        // The region and language travelled as headers.
        let last = emulator.all_requests().pop().unwrap();
        assert_eq!(last.header("x-tc-region"), Some("ap-singapore"));
        assert_eq!(last.header("x-tc-language"), Some("en-US"));
    }
}
