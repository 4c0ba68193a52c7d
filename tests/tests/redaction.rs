//! No secret reaches a log: `Debug` of models with passwords and
//! credentials, and every error and `tracing` event (at trace level) of
//! calls that carry them, including drift, decode errors and HTTP errors
//! whose bodies hold them; nor does any `Authorization` value.

use std::sync::{Arc, Mutex};
use tencentcloud::cvm::v20170312 as cvm;
use tencentcloud::sts::v20180813 as sts;
use tencentcloud_conformance::emulator::{Emulator, Fault, FaultRule};
use tencentcloud_runtime::de::Mode;
use tencentcloud_runtime::interceptor::{AfterSigning, Interceptor};
use tracing_subscriber::layer::{Context, SubscriberExt};

const PASSWORD: &str = "Pa55-w0rd-VERY-secret";
const SECRET_KEY: &str = "tmp-secret-key-DO-NOT-LOG";
const TOKEN: &str = "session-token-DO-NOT-LOG";
/// A secret sent as a number (drift: converted to a string).
const NUMERIC_SECRET: &str = "31415926535897";

/// Every span and event, formatted with all their fields.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>);

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={value:?}", field.name()));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Capture {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: Context<'_, S>,
    ) {
        let mut line = format!("\nspan {}", attrs.metadata().name());
        attrs.record(&mut Fields(&mut line));
        self.0.lock().unwrap().push_str(&line);
    }

    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: Context<'_, S>,
    ) {
        let mut line = "\nrecord".to_string();
        values.record(&mut Fields(&mut line));
        self.0.lock().unwrap().push_str(&line);
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut line = format!("\nevent {}", event.metadata().level());
        event.record(&mut Fields(&mut line));
        self.0.lock().unwrap().push_str(&line);
    }
}

/// Keeps every `Authorization` value sent.
#[derive(Clone, Default)]
struct Authorizations(Arc<Mutex<Vec<String>>>);

impl Interceptor for Authorizations {
    fn after_signing(&self, request: &AfterSigning<'_>) {
        let value = request.headers()["authorization"].to_str().unwrap_or("");
        self.0.lock().unwrap().push(value.to_string());
    }
}

fn assert_no_secret(what: &str, text: &str, authorizations: &[String]) {
    for secret in [PASSWORD, SECRET_KEY, TOKEN, NUMERIC_SECRET] {
        assert!(!text.contains(secret), "{what} shows {secret:?}:\n{text}");
    }
    for auth in authorizations {
        let signature = auth.rsplit("Signature=").next().unwrap_or(auth);
        assert!(
            !text.contains(signature),
            "{what} shows a signature:\n{text}"
        );
    }
}

fn credentials(secret_key: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "Credentials": {"TmpSecretId": "AKIDtmpEXAMPLE", "TmpSecretKey": secret_key, "Token": TOKEN},
        "ExpiredTime": 1_900_000_000,
        "Expiration": "2030-03-17T17:46:40Z"
    })
}

#[test]
fn debug_of_models_redacts_their_secrets() {
    let request = cvm::RunInstancesRequest::new()
        .set_placement(cvm::Placement::new("ap-guangzhou-3"))
        .set_login_settings(cvm::LoginSettings::default().set_password(PASSWORD));
    for text in [format!("{request:?}"), format!("{request:#?}")] {
        assert_no_secret("RunInstancesRequest", &text, &[]);
        assert!(text.contains("<redacted>"), "{text}");
        assert!(text.contains("ap-guangzhou-3"), "{text}");
    }
    // Serialization still sends it.
    assert!(serde_json::to_string(&request).unwrap().contains(PASSWORD));

    let response: sts::AssumeRoleResponse =
        serde_json::from_value(credentials(serde_json::json!(SECRET_KEY))).unwrap();
    let text = format!("{response:?} {response:#?}");
    assert_no_secret("AssumeRoleResponse", &text, &[]);
    assert!(
        text.contains("AKIDtmpEXAMPLE"),
        "the secret id is not a secret: {text}"
    );
    let creds = response.credentials.as_ref().unwrap();
    assert_eq!(creds.tmp_secret_key.as_deref(), Some(SECRET_KEY));
    assert_eq!(creds.token.as_deref(), Some(TOKEN));
}

#[test]
fn calls_carrying_secrets_log_none() {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let auth = Authorizations::default();
    let mut errors = String::new();
    rt.block_on(async {
        let emu = Emulator::builder()
            .credential("AKIDredactEXAMPLE", "redaction-test-key")
            .specs(tencentcloud::cvm::SPECS)
            .specs(tencentcloud::sts::SPECS)
            .in_memory()
            .unwrap();
        let config = emu
            .config_builder()
            .retry(tencentcloud::RetryConfig::disabled())
            .interceptor(auth.clone())
            .build()
            .unwrap();
        let strict = emu
            .config_builder()
            .decode_mode(Mode::Strict)
            .interceptor(auth.clone())
            .build()
            .unwrap();

        // A request with a password: sent, never logged.
        let cvm = cvm::Client::new(&config);
        let request = cvm::RunInstancesRequest::new()
            .set_placement(cvm::Placement::new("ap-guangzhou-3"))
            .set_login_settings(cvm::LoginSettings::default().set_password(PASSWORD));
        let out = cvm.run_instances(request).await.unwrap();
        errors.push_str(&format!("{out:?}"));
        let sent = &emu.requests("RunInstances")[0];
        assert_eq!(
            sent.params.as_ref().unwrap()["LoginSettings"]["Password"],
            PASSWORD
        );

        // A response with credentials.
        let sts = sts::Client::new(&config);
        let assume = || {
            sts.assume_role(sts::AssumeRoleRequest::new(
                "qcs::cam::uin/1:roleName/r",
                "s",
            ))
        };
        emu.reply_times("AssumeRole", 1, credentials(serde_json::json!(SECRET_KEY)))
            .unwrap();
        let answer = assume().await.unwrap();
        errors.push_str(&format!("{answer:?}"));

        // Drift: the secret arrives as a number, converted and reported.
        emu.reply_times(
            "AssumeRole",
            1,
            credentials(serde_json::json!(NUMERIC_SECRET.parse::<u64>().unwrap())),
        )
        .unwrap();
        let answer = assume().await.unwrap();
        let converted = answer.credentials.unwrap().tmp_secret_key.unwrap();
        assert_eq!(converted, NUMERIC_SECRET);

        // Strict decode error over a body holding the token.
        let strict_sts = sts::Client::new(&strict);
        let mut broken = credentials(serde_json::json!(SECRET_KEY));
        broken["ExpiredTime"] = serde_json::json!({"not": "a number"});
        emu.reply_times("AssumeRole", 1, broken).unwrap();
        let e = strict_sts
            .assume_role(sts::AssumeRoleRequest::new(
                "qcs::cam::uin/1:roleName/r",
                "s",
            ))
            .await
            .unwrap_err();
        assert!(matches!(e, tencentcloud::Error::Decode(_)), "{e:?}");
        errors.push_str(&format!("{e} {e:#} {e:?}"));

        // An HTTP error whose body holds the credentials.
        let body = serde_json::to_string(&credentials(serde_json::json!(SECRET_KEY))).unwrap();
        emu.inject(
            FaultRule::new(Fault::HttpStatus { status: 502, body })
                .action("AssumeRole")
                .times(1),
        );
        let e = assume().await.unwrap_err();
        assert!(matches!(e, tencentcloud::Error::HttpStatus(_)), "{e:?}");
        assert!(e.to_string().contains("<redacted>") || format!("{e:?}").contains("<redacted>"));
        errors.push_str(&format!("{e} {e:#} {e:?}"));
    });
    let auths = auth.0.lock().unwrap().clone();
    assert_eq!(auths.len(), 5, "every call was signed: {auths:?}");
    assert_no_secret("errors and answers", &errors, &auths);
    let logged = capture.0.lock().unwrap().clone();
    // The capture saw the calls (it cannot pass for want of looking).
    assert!(logged.contains("span tencentcloud.call"), "{logged}");
    assert!(
        logged.contains("Credentials.TmpSecretKey") && logged.contains("(redacted)"),
        "the drift was reported, redacted: {logged}"
    );
    assert_no_secret("tracing", &logged, &auths);
}
