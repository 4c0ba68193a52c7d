//! Each call has a `tracing` span with service, action, attempt and
//! RequestId; no secret key or token reaches a span, an event, or the
//! `Debug`/`Display` output of anything that holds one.

mod support;

use serde_json::json;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{Reply, Server, TempDir};
use tencentcloud_runtime::credentials::{
    AssumeRoleProvider, CachedCredentials, CvmRoleProvider, DefaultCredentialsChain,
    EnvironmentProvider, ProfileFileProvider, ProvideCredentials, WebIdentityProvider,
};
use tencentcloud_runtime::env::Env;
use tencentcloud_runtime::sign::{sign, SigningInput, SigningKey};
use tencentcloud_runtime::{
    Config, ConfigLoader, Credential, Endpoint, RetryConfig, ServiceClient,
};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

const SECRET_KEY: &str = "SK-never-print-me-0123456789";
const TOKEN: &str = "TOKEN-never-print-me-abcdef";
const STS_KEY: &str = "STS-temp-key-never-print";
const STS_TOKEN: &str = "STS-temp-token-never-print";
const CVM_KEY: &str = "CVM-temp-key-never-print";
const CVM_TOKEN: &str = "CVM-temp-token-never-print";
const WEB_TOKEN: &str = "OIDC-jwt-never-print";

/// The tests of this file run one at a time: tracing caches each callsite's
/// interest process-wide, and a callsite first hit by a thread without a
/// subscriber could otherwise be cached as uninteresting for the other test.
static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn secrets() -> [&'static str; 7] {
    [
        SECRET_KEY, TOKEN, STS_KEY, STS_TOKEN, CVM_KEY, CVM_TOKEN, WEB_TOKEN,
    ]
}

fn assert_clean(what: &str, text: &str) {
    for s in secrets() {
        assert!(!text.contains(s), "{what} shows a secret:\n{text}");
    }
}

/// A span's name and its fields, in the order they were recorded.
type SpanRecord = (String, Vec<(String, String)>);

/// Every span (with its fields as recorded over time) and event.
#[derive(Default, Clone)]
struct Captured {
    lines: Arc<Mutex<Vec<String>>>,
    spans: Arc<Mutex<Vec<SpanRecord>>>,
    /// Span id to index in `spans` (ids are reused after a span closes).
    ids: Arc<Mutex<std::collections::HashMap<u64, usize>>>,
}

struct Fields(Vec<(String, String)>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0
            .push((field.name().to_string(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_string(), value.to_string()));
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Captured {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        let mut f = Fields(Vec::new());
        attrs.record(&mut f);
        self.lines
            .lock()
            .unwrap()
            .push(format!("span {} {:?}", attrs.metadata().name(), f.0));
        let mut spans = self.spans.lock().unwrap();
        spans.push((attrs.metadata().name().to_string(), f.0));
        self.ids
            .lock()
            .unwrap()
            .insert(id.into_u64(), spans.len() - 1);
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        let mut f = Fields(Vec::new());
        values.record(&mut f);
        self.lines.lock().unwrap().push(format!("record {:?}", f.0));
        if let Some(&i) = self.ids.lock().unwrap().get(&id.into_u64()) {
            if let Some(span) = self.spans.lock().unwrap().get_mut(i) {
                span.1.extend(f.0);
            }
        }
    }

    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut f = Fields(Vec::new());
        event.record(&mut f);
        self.lines.lock().unwrap().push(format!(
            "event {} {} {:?}",
            event.metadata().level(),
            event.metadata().target(),
            f.0
        ));
    }
}

impl Captured {
    fn text(&self) -> String {
        self.lines.lock().unwrap().join("\n")
    }

    /// The last value of `field` in each span named `name`.
    fn span_fields(&self, name: &str) -> Vec<std::collections::BTreeMap<String, String>> {
        self.spans
            .lock()
            .unwrap()
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, fields)| fields.iter().cloned().collect())
            .collect()
    }
}

#[tokio::test]
async fn calls_are_traced_without_secrets() {
    let _serial = SERIAL.lock().await;
    let captured = Captured::default();
    let subscriber = tracing_subscriber::registry().with(captured.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    tracing::callsite::rebuild_interest_cache();

    let server = Server::start(|req, n| {
        if req.header("x-tc-action") == Some("AssumeRole") {
            return Reply::ok(json!({
                "Credentials": {"TmpSecretId": "AKIDsts", "TmpSecretKey": STS_KEY, "Token": STS_TOKEN},
                "ExpiredTime": 4_000_000_000u64,
                "RequestId": "sts-req"
            }));
        }
        match (req.header("x-tc-action"), n) {
            (Some("DescribeInstances"), 0) | (Some("DescribeMachines"), _) => {
                Reply::error("RequestLimitExceeded", &format!("limited-{n}"))
            }
            _ => Reply::ok(json!({"TotalCount": 0, "RequestId": format!("ok-{n}")})),
        }
    })
    .await;
    let retry = RetryConfig::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_millis(2));
    let config = Config::builder()
        .credentials(Credential::with_token("AKIDtraced", SECRET_KEY, TOKEN))
        .region("ap-guangzhou")
        .endpoint_url(server.url())
        .retry(retry.clone())
        .build()
        .unwrap();
    ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({"Limit": 1}))
        .await
        .unwrap();

    // Temporary credentials from STS, used for a call that fails for good.
    let role = AssumeRoleProvider::builder("qcs::cam::uin/1:roleName/r")
        .source_credentials(Credential::new("AKIDsource", SECRET_KEY))
        .endpoint(Endpoint::Custom(server.url()))
        .build()
        .unwrap();
    let config = config
        .to_builder()
        .credentials(role)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let e = ServiceClient::generic(&config, "cwp", "2018-02-28")
        .call_json("DescribeMachines", json!({}))
        .await
        .unwrap_err();
    assert!(e.is_throttling());

    // A connection failure, retried (before sending) and logged.
    let refused = Config::builder()
        .credentials(Credential::with_token("AKIDtraced", SECRET_KEY, TOKEN))
        .endpoint_url(format!("http://127.0.0.1:{}", support::closed_port()))
        .retry(retry)
        .build()
        .unwrap();
    let e = ServiceClient::generic(&refused, "cvm", "2017-03-12")
        .call_json("RunInstances", json!({}))
        .await
        .unwrap_err();
    assert!(matches!(e, tencentcloud_runtime::Error::Transport(_)));

    let spans = captured.span_fields("tencentcloud.call");
    assert!(spans.len() >= 4, "{}", captured.text());
    let first = &spans[0];
    assert_eq!(first["service"], "cvm");
    assert_eq!(first["action"], "DescribeInstances");
    assert_eq!(first["attempt"], "2");
    assert_eq!(first["request_id"], "ok-1");
    let sts_span = spans
        .iter()
        .find(|s| s["action"] == "AssumeRole")
        .expect("STS call traced");
    assert_eq!(sts_span["service"], "sts");
    assert_eq!(sts_span["request_id"], "sts-req");
    let failed = spans
        .iter()
        .find(|s| s["action"] == "DescribeMachines")
        .unwrap();
    assert_eq!(failed["request_id"], "limited-3");
    let refused_span = spans
        .iter()
        .find(|s| s["action"] == "RunInstances")
        .unwrap();
    assert_eq!(
        refused_span["attempt"], "3",
        "a refused connection is retried for any action"
    );
    assert!(!refused_span.contains_key("request_id"));
    let text = captured.text();
    assert!(text.contains("attempt failed, retrying"), "{text}");
    assert!(text.contains("RequestLimitExceeded"), "{text}");
    assert_clean("tracing output", &text);
}

#[tokio::test]
async fn debug_and_display_never_show_secrets() {
    let _serial = SERIAL.lock().await;
    let dir = TempDir::new("redaction");
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, WEB_TOKEN).unwrap();
    std::fs::write(
        dir.path().join("credentials"),
        format!("[default]\nsecret_id = AKIDprofile\nsecret_key = {SECRET_KEY}\ntoken = {TOKEN}\n"),
    )
    .unwrap();
    let meta = Server::start(|req, _| {
        if req.path.ends_with("security-credentials/") {
            Reply::body(200, "role")
        } else {
            Reply::json(
                200,
                json!({"TmpSecretId": "AKIDcvm", "TmpSecretKey": CVM_KEY, "Token": CVM_TOKEN, "ExpiredTime": 4_000_000_000u64, "Code": "Success"}),
            )
        }
    })
    .await;
    let sts = Server::start(|_, _| {
        Reply::ok(json!({
            "Credentials": {"TmpSecretId": "AKIDsts", "TmpSecretKey": STS_KEY, "Token": STS_TOKEN},
            "ExpiredTime": 4_000_000_000u64,
            "RequestId": "sts"
        }))
    })
    .await;
    let env = Env::from_pairs([
        ("TENCENTCLOUD_SECRET_ID", "AKIDenv".to_string()),
        ("TENCENTCLOUD_SECRET_KEY", SECRET_KEY.to_string()),
        ("TENCENTCLOUD_SESSION_TOKEN", TOKEN.to_string()),
        ("TKE_REGION", "ap-guangzhou".to_string()),
        ("TKE_PROVIDER_ID", "p".to_string()),
        (
            "TKE_WEB_IDENTITY_TOKEN_FILE",
            token_file.to_string_lossy().into_owned(),
        ),
        ("TKE_ROLE_ARN", "r".to_string()),
        ("HOME", dir.path().to_string_lossy().into_owned()),
    ]);

    let credential = Credential::with_token("AKIDstatic", SECRET_KEY, TOKEN);
    let env_provider = EnvironmentProvider::with_env(env.clone());
    let profile = ProfileFileProvider::new().path(dir.path().join("credentials"));
    let cvm = CvmRoleProvider::builder()
        .base_url(format!("{}/latest/meta-data/", meta.url()))
        .build();
    let role = AssumeRoleProvider::builder("qcs::cam::uin/1:roleName/r")
        .source_credentials(credential.clone())
        .endpoint(Endpoint::Custom(sts.url()))
        .build()
        .unwrap();
    let web = WebIdentityProvider::tke_builder(&env)
        .unwrap()
        .endpoint(Endpoint::Custom(sts.url()))
        .build()
        .unwrap();
    let chain = DefaultCredentialsChain::builder().env(env.clone()).build();
    let cached = CachedCredentials::new(credential.clone());
    // Fetch everything once so caches hold secrets.
    for p in [
        &env_provider as &dyn ProvideCredentials,
        &profile,
        &cvm,
        &role,
        &web,
        &chain,
        &cached,
    ] {
        p.provide_credentials().await.unwrap();
    }
    let config = Config::builder()
        .credentials(credential.clone())
        .build()
        .unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    let loader = ConfigLoader::new()
        .env(env.clone())
        .credentials(credential.clone());
    let input = SigningInput {
        secret_id: "AKIDsign",
        secret_key: SECRET_KEY,
        service: "cvm",
        timestamp: 1_700_000_000,
        method: "POST",
        query: "",
        headers: &[
            ("content-type", "application/json"),
            ("host", "cvm.tencentcloudapi.com"),
        ],
        payload: b"{}",
    };
    let credential_error =
        EnvironmentProvider::with_env(Env::from_pairs([("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)]))
            .provide_credentials()
            .await
            .unwrap_err();
    let shown = [
        format!("{credential:?}"),
        format!("{credential}"),
        format!("{env:?}"),
        format!("{env_provider:?}"),
        format!("{profile:?}"),
        format!("{cvm:?}"),
        format!("{role:?}"),
        format!("{web:?}"),
        format!("{chain:?}"),
        format!("{cached:?}"),
        format!("{config:?}"),
        format!("{:?}", config.to_builder()),
        format!("{client:?}"),
        format!("{loader:?}"),
        format!("{:?}", loader.clone().load_builder().unwrap()),
        format!("{input:?}"),
        format!("{:?}", sign(&input)),
        format!("{:?}", SigningKey::derive(SECRET_KEY, 1_700_000_000, "cvm")),
        format!("{credential_error:?} {credential_error}"),
        format!("{:?}", cvm.cache()),
    ];
    for (i, text) in shown.iter().enumerate() {
        assert_clean(&format!("item {i}"), text);
    }
    // The redaction does not hide what is useful to see.
    assert!(shown[0].contains("AKIDstatic") && shown[0].contains("redacted"));
    assert!(shown[5].contains("AKIDcvm"), "{}", shown[5]);
}
