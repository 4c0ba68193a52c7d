//! Credential sources against local servers: the CVM metadata service, STS
//! AssumeRole, TKE OIDC, and the default chain. No test touches the
//! process environment: variables are injected through `Env`.

mod support;

use serde_json::json;
use std::time::{Duration, Instant, UNIX_EPOCH};
use support::{closed_port, verify_tc3, Reply, Server, TempDir};
use tencentcloud_runtime::credentials::{
    AssumeRoleProvider, CredentialsErrorKind, CvmRoleProvider, DefaultCredentialsChain,
    ProvideCredentials, WebIdentityProvider,
};
use tencentcloud_runtime::env::Env;
use tencentcloud_runtime::time::{ManualClock, SharedTimeSource};
use tencentcloud_runtime::{
    Config, ConfigLoader, Credential, Endpoint, RetryConfig, ServiceClient,
};

const T0: u64 = 1_700_000_000;

fn clock() -> ManualClock {
    ManualClock::new(UNIX_EPOCH + Duration::from_secs(T0))
}

/// A metadata service with role `app-role` whose credentials are numbered
/// and valid for an hour from the clock's time.
async fn metadata(clock: ManualClock) -> Server {
    Server::start(move |req, n| {
        let now = tencentcloud_runtime::time::TimeSource::now(&clock)
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        match req.path.as_str() {
            "/latest/meta-data/cam/security-credentials/" => Reply::body(200, "app-role\n"),
            "/latest/meta-data/cam/security-credentials/app-role" => Reply::json(
                200,
                json!({
                    "TmpSecretId": format!("AKIDcvm{n}"),
                    "TmpSecretKey": format!("cvm-key-{n}"),
                    "Token": format!("cvm-token-{n}"),
                    "ExpiredTime": now + 3600,
                    "Expiration": "2023-11-14T23:13:20Z",
                    "Code": "Success"
                }),
            ),
            _ => Reply::body(404, "not found"),
        }
    })
    .await
}

fn metadata_url(server: &Server) -> String {
    format!("{}/latest/meta-data/", server.url())
}

#[tokio::test]
async fn cvm_role_discovers_the_role_caches_and_refreshes() {
    let clock = clock();
    let server = metadata(clock.clone()).await;
    let provider = CvmRoleProvider::builder()
        .base_url(metadata_url(&server))
        .time_source(SharedTimeSource::new(clock.clone()))
        .build();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.secret_id(), "AKIDcvm1");
    assert_eq!(c.token(), Some("cvm-token-1"));
    assert_eq!(
        c.expires_at(),
        Some(UNIX_EPOCH + Duration::from_secs(T0 + 3600))
    );
    assert_eq!(server.count(), 2);
    // Cached until 300 s before expiry.
    clock.advance(Duration::from_secs(3000));
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        "AKIDcvm1"
    );
    assert_eq!(server.count(), 2);
    clock.advance(Duration::from_secs(301));
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.secret_id(), "AKIDcvm3");
    assert_eq!(server.count(), 4);
    assert_eq!(provider.cache().expires_at(), c.expires_at());
    // Requests go to the documented paths.
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths[0], "/latest/meta-data/cam/security-credentials/");
    assert_eq!(
        paths[1],
        "/latest/meta-data/cam/security-credentials/app-role"
    );
}

#[tokio::test]
async fn cvm_role_used_to_sign_calls() {
    let clock = clock();
    let meta = metadata(clock.clone()).await;
    let api = Server::start(|_, _| Reply::ok(json!({"RequestId": "r"}))).await;
    let config = Config::builder()
        .credentials(
            CvmRoleProvider::builder()
                .base_url(metadata_url(&meta))
                .role_name("app-role")
                .build(),
        )
        .endpoint_url(api.url())
        .build()
        .unwrap();
    ServiceClient::generic(&config, "cvm", "2017-03-12")
        .call_json("DescribeInstances", json!({}))
        .await
        .unwrap();
    assert_eq!(meta.count(), 1, "the role name was given: one request");
    let req = &api.requests()[0];
    assert_eq!(req.header("x-tc-token"), Some("cvm-token-0"));
    assert_eq!(verify_tc3(req, "cvm-key-0").unwrap().0, "AKIDcvm0");
}

#[tokio::test]
async fn cvm_role_not_on_an_instance_is_not_found_quickly() {
    // Nothing listening.
    let provider = CvmRoleProvider::builder()
        .base_url(format!(
            "http://127.0.0.1:{}/latest/meta-data/",
            closed_port()
        ))
        .build();
    let e = provider.provide_credentials().await.unwrap_err();
    assert!(e.is_not_found(), "{e}");
    // A server that never answers: the timeout makes it "not found" too.
    let silent = Server::start(|_, _| Reply::Close.delayed(Duration::from_secs(30))).await;
    let provider = CvmRoleProvider::builder()
        .base_url(metadata_url(&silent))
        .timeout(Duration::from_millis(200))
        .build();
    let started = Instant::now();
    let e = provider.provide_credentials().await.unwrap_err();
    assert!(e.is_not_found(), "{e}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    // No role bound.
    let no_role = Server::start(|_, _| Reply::body(404, "")).await;
    let e = CvmRoleProvider::builder()
        .base_url(metadata_url(&no_role))
        .build()
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.is_not_found(), "{e}");
}

/// "Not a CVM instance" is remembered for a while: asking again costs no
/// request (and no timeout) until it has passed; then the service is asked
/// again. Failures of another kind are not remembered.
#[tokio::test]
async fn cvm_role_remembers_a_miss_for_a_while() {
    let clock = clock();
    let no_role = Server::start(|_, _| Reply::body(404, "")).await;
    let provider = CvmRoleProvider::builder()
        .base_url(metadata_url(&no_role))
        .time_source(SharedTimeSource::new(clock.clone()))
        .remember_miss(Duration::from_secs(60))
        .build();
    for _ in 0..3 {
        let e = provider.provide_credentials().await.unwrap_err();
        assert!(e.is_not_found(), "{e}");
        assert!(e.to_string().contains("no CAM role"), "{e}");
    }
    assert_eq!(no_role.count(), 1);
    clock.advance(Duration::from_secs(61));
    provider.provide_credentials().await.unwrap_err();
    assert_eq!(no_role.count(), 2);

    // Zero: every call asks.
    let every_time = CvmRoleProvider::builder()
        .base_url(metadata_url(&no_role))
        .remember_miss(Duration::ZERO)
        .build();
    every_time.provide_credentials().await.unwrap_err();
    every_time.provide_credentials().await.unwrap_err();
    assert_eq!(no_role.count(), 4);

    // A broken answer is not a miss: asked every time.
    let broken = Server::start(|_, _| Reply::body(500, "oops")).await;
    let provider = CvmRoleProvider::builder()
        .base_url(metadata_url(&broken))
        .build();
    for _ in 0..2 {
        let e = provider.provide_credentials().await.unwrap_err();
        assert_eq!(e.kind(), CredentialsErrorKind::Unavailable);
    }
    assert_eq!(broken.count(), 2);
}

#[tokio::test]
async fn cvm_role_failures_are_errors() {
    let failing = Server::start(|req, _| {
        if req.path.ends_with("security-credentials/") {
            Reply::body(200, "app-role")
        } else {
            Reply::json(200, json!({"Code": "Failed", "TmpSecretKey": "leaked?"}))
        }
    })
    .await;
    let e = CvmRoleProvider::builder()
        .base_url(metadata_url(&failing))
        .build()
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), CredentialsErrorKind::Unavailable);
    assert!(e.to_string().contains("Failed"));
    assert!(!e.to_string().contains("leaked?"));
    let broken = Server::start(|req, _| {
        if req.path.ends_with("security-credentials/") {
            Reply::body(200, "app-role")
        } else {
            Reply::body(500, "oops")
        }
    })
    .await;
    let e = CvmRoleProvider::builder()
        .base_url(metadata_url(&broken))
        .build()
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), CredentialsErrorKind::Unavailable);
}

/// An STS that checks AssumeRole's signature with the source key and hands
/// out numbered credentials valid for `DurationSeconds`.
async fn sts(clock: ManualClock) -> Server {
    Server::start(move |req, n| {
        let now = tencentcloud_runtime::time::TimeSource::now(&clock)
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let params = req.json();
        let action = req.header("x-tc-action").unwrap_or("");
        let authorized = match action {
            "AssumeRole" => verify_tc3(req, "source-key").is_ok(),
            "AssumeRoleWithWebIdentity" => req.header("authorization") == Some("SKIP"),
            _ => false,
        };
        if !authorized {
            return Reply::error("AuthFailure.SignatureFailure", "bad-sig");
        }
        let duration = params["DurationSeconds"].as_u64().unwrap_or(7200);
        Reply::ok(json!({
            "Credentials": {"TmpSecretId": format!("AKIDsts{n}"), "TmpSecretKey": format!("sts-key-{n}"), "Token": format!("sts-token-{n}")},
            "ExpiredTime": now + duration,
            "Expiration": "2023-11-15T00:13:20Z",
            "RequestId": format!("sts-{n}")
        }))
    })
    .await
}

#[tokio::test]
async fn assume_role_calls_sts_and_refreshes() {
    let clock = clock();
    let server = sts(clock.clone()).await;
    let provider = AssumeRoleProvider::builder("qcs::cam::uin/100000000001:roleName/deployer")
        .source_credentials(Credential::new("AKIDsource", "source-key"))
        .session_name("it-session")
        .duration(Duration::from_secs(1800))
        .region("ap-shanghai")
        .endpoint(Endpoint::Custom(server.url()))
        .time_source(SharedTimeSource::new(clock.clone()))
        .build()
        .unwrap();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(
        (c.secret_id(), c.token()),
        ("AKIDsts0", Some("sts-token-0"))
    );
    assert_eq!(
        c.expires_at(),
        Some(UNIX_EPOCH + Duration::from_secs(T0 + 1800))
    );
    let req = &server.requests()[0];
    assert_eq!(req.header("x-tc-action"), Some("AssumeRole"));
    assert_eq!(req.header("x-tc-version"), Some("2018-08-13"));
    assert_eq!(req.header("x-tc-region"), Some("ap-shanghai"));
    assert_eq!(
        verify_tc3(req, "source-key").unwrap(),
        ("AKIDsource".to_string(), "sts".to_string())
    );
    assert_eq!(
        req.json(),
        json!({"RoleArn": "qcs::cam::uin/100000000001:roleName/deployer", "RoleSessionName": "it-session", "DurationSeconds": 1800})
    );
    clock.advance(Duration::from_secs(1000));
    provider.provide_credentials().await.unwrap();
    assert_eq!(server.count(), 1);
    clock.advance(Duration::from_secs(600)); // within 300 s of expiry
    assert_eq!(
        provider.provide_credentials().await.unwrap().secret_id(),
        "AKIDsts1"
    );
    assert_eq!(server.count(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assumed_credentials_sign_calls_and_refresh_once_under_load() {
    let clock = clock();
    let sts_server = Server::start({
        let clock = clock.clone();
        move |req, n| {
            let now = tencentcloud_runtime::time::TimeSource::now(&clock)
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_secs();
            assert!(verify_tc3(req, "source-key").is_ok());
            Reply::ok(json!({
                "Credentials": {"TmpSecretId": format!("AKIDsts{n}"), "TmpSecretKey": format!("sts-key-{n}"), "Token": format!("sts-token-{n}")},
                "ExpiredTime": now + 7200,
                "RequestId": format!("sts-{n}")
            }))
            .delayed(Duration::from_millis(100))
        }
    })
    .await;
    let api = Server::start(|req, _| {
        let token = req.header("x-tc-token").unwrap_or("");
        let n: usize = token.trim_start_matches("sts-token-").parse().unwrap_or(99);
        match verify_tc3(req, &format!("sts-key-{n}")) {
            Ok(_) => Reply::ok(json!({"RequestId": "ok"})),
            Err(_) => Reply::error("AuthFailure.SignatureFailure", "bad"),
        }
    })
    .await;
    let role = AssumeRoleProvider::builder("qcs::cam::uin/1:roleName/r")
        .source_credentials(Credential::new("AKIDsource", "source-key"))
        .endpoint(Endpoint::Custom(sts_server.url()))
        .time_source(SharedTimeSource::new(clock.clone()))
        .build()
        .unwrap();
    let config = Config::builder()
        .credentials(role)
        .endpoint_url(api.url())
        .build()
        .unwrap();
    let client = ServiceClient::generic(&config, "cvm", "2017-03-12");
    let calls: Vec<_> = (0..16)
        .map(|_| {
            let c = client.clone();
            tokio::spawn(async move { c.call_json("DescribeInstances", json!({})).await })
        })
        .collect();
    for t in calls {
        t.await.unwrap().unwrap();
    }
    assert_eq!(
        sts_server.count(),
        1,
        "one STS call for 16 concurrent requests"
    );
    assert_eq!(api.count(), 16);
}

#[tokio::test]
async fn assume_role_errors_say_what_failed() {
    let server =
        Server::start(|_, _| Reply::error("InvalidParameter.RoleNotExist", "sts-err")).await;
    let provider = AssumeRoleProvider::builder("qcs::cam::uin/1:roleName/missing")
        .source_credentials(Credential::new("AKIDsource", "source-key"))
        .endpoint(Endpoint::Custom(server.url()))
        .build()
        .unwrap();
    let e = provider.provide_credentials().await.unwrap_err();
    assert_eq!(e.kind(), CredentialsErrorKind::Unavailable);
    let text = e.to_string();
    assert!(
        text.contains("AssumeRole for qcs::cam::uin/1:roleName/missing"),
        "{text}"
    );
    assert!(text.contains("InvalidParameter.RoleNotExist"), "{text}");
    // A success body that is not what STS sends: no snippet of it leaks.
    let server = Server::start(|_, _| {
        Reply::body(
            200,
            "{\"Response\":{\"Credentials\":{\"TmpSecretKey\":\"half-a-secret",
        )
    })
    .await;
    let provider = AssumeRoleProvider::builder("qcs::cam::uin/1:roleName/r")
        .source_credentials(Credential::new("AKIDsource", "source-key"))
        .endpoint(Endpoint::Custom(server.url()))
        .config(
            &Config::builder()
                .retry(RetryConfig::disabled())
                .build()
                .unwrap(),
        )
        .build()
        .unwrap();
    let e = provider.provide_credentials().await.unwrap_err();
    assert!(!e.to_string().contains("half-a-secret"), "{e}");
}

#[tokio::test]
async fn web_identity_is_unsigned_and_rereads_the_token_file() {
    let clock = clock();
    let server = sts(clock.clone()).await;
    let dir = TempDir::new("oidc");
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "jwt-one\n").unwrap();
    let env = Env::from_pairs([
        ("TKE_REGION", "ap-chengdu".to_string()),
        ("TKE_PROVIDER_ID", "tke-oidc".to_string()),
        (
            "TKE_WEB_IDENTITY_TOKEN_FILE",
            token_file.to_string_lossy().into_owned(),
        ),
        ("TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/pod".to_string()),
    ]);
    let provider = WebIdentityProvider::tke_builder(&env)
        .unwrap()
        .endpoint(Endpoint::Custom(server.url()))
        .time_source(SharedTimeSource::new(clock.clone()))
        .build()
        .unwrap();
    let c = provider.provide_credentials().await.unwrap();
    assert_eq!(c.token(), Some("sts-token-0"));
    let req = &server.requests()[0];
    assert_eq!(req.header("authorization"), Some("SKIP"));
    assert_eq!(req.header("x-tc-token"), None);
    assert_eq!(req.header("x-tc-action"), Some("AssumeRoleWithWebIdentity"));
    assert_eq!(
        req.header("x-tc-region"),
        Some("ap-chengdu"),
        "TKE_REGION is honoured"
    );
    let params = req.json();
    assert_eq!(params["WebIdentityToken"], "jwt-one");
    assert_eq!(params["ProviderId"], "tke-oidc");
    assert_eq!(params["RoleArn"], "qcs::cam::uin/1:roleName/pod");
    assert_eq!(params["DurationSeconds"], 7200);
    assert!(params["RoleSessionName"]
        .as_str()
        .unwrap()
        .starts_with("tencentcloud-rust-sdk-"));
    // The platform rotates the token; the next refresh reads the new one.
    std::fs::write(&token_file, "jwt-two").unwrap();
    clock.advance(Duration::from_secs(7000));
    assert_eq!(
        provider.provide_credentials().await.unwrap().token(),
        Some("sts-token-1")
    );
    assert_eq!(server.requests()[1].json()["WebIdentityToken"], "jwt-two");
}

#[tokio::test]
async fn default_chain_order_and_fallthrough() {
    let clock = clock();
    let sts_server = sts(clock.clone()).await;
    let meta = metadata(clock.clone()).await;
    let dir = TempDir::new("chain");
    let home = dir.path().join("home");
    std::fs::create_dir_all(home.join(".tencentcloud")).unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "jwt").unwrap();
    let tke = [
        ("TKE_REGION", "ap-chengdu".to_string()),
        ("TKE_PROVIDER_ID", "p".to_string()),
        (
            "TKE_WEB_IDENTITY_TOKEN_FILE",
            token_file.to_string_lossy().into_owned(),
        ),
        ("TKE_ROLE_ARN", "qcs::cam::uin/1:roleName/pod".to_string()),
    ];
    let home_var = ("HOME", home.to_string_lossy().into_owned());
    let chain = |vars: Vec<(&'static str, String)>, metadata_url: String| {
        DefaultCredentialsChain::builder()
            .env(Env::from_pairs(vars))
            .metadata_url(metadata_url)
            .metadata_timeout(Duration::from_millis(300))
            .sts_endpoint(Endpoint::Custom(sts_server.url()))
            .time_source(SharedTimeSource::new(clock.clone()))
            .build()
    };
    let no_metadata = format!("http://127.0.0.1:{}/latest/meta-data/", closed_port());

    // 1. Environment first.
    let mut vars = vec![
        home_var.clone(),
        ("TENCENTCLOUD_SECRET_ID", "AKIDenv".to_string()),
        ("TENCENTCLOUD_SECRET_KEY", "env-key".to_string()),
    ];
    vars.extend(tke.iter().cloned());
    let c = chain(vars, metadata_url(&meta));
    assert_eq!(
        c.provide_credentials().await.unwrap().secret_id(),
        "AKIDenv"
    );
    assert_eq!(c.chosen_name(), Some("environment"));

    // 2. Then the profile file.
    std::fs::write(
        home.join(".tencentcloud/credentials"),
        "[default]\nsecret_id = AKIDprofile\nsecret_key = profile-key\n",
    )
    .unwrap();
    let mut vars = vec![home_var.clone()];
    vars.extend(tke.iter().cloned());
    let c = chain(vars.clone(), metadata_url(&meta));
    assert_eq!(
        c.provide_credentials().await.unwrap().secret_id(),
        "AKIDprofile"
    );
    std::fs::remove_file(home.join(".tencentcloud/credentials")).unwrap();

    // 3. Then TKE OIDC, before the node's CVM role: a pod set up for OIDC
    // uses its own role, and the metadata service is not even asked.
    let asked_before = meta.count();
    let c = chain(vars, metadata_url(&meta));
    assert!(c
        .provide_credentials()
        .await
        .unwrap()
        .secret_id()
        .starts_with("AKIDsts"));
    assert_eq!(c.chosen_name(), Some("TKE OIDC"));
    assert_eq!(meta.count(), asked_before);

    // 4. Then the CVM role.
    let c = chain(vec![home_var.clone()], metadata_url(&meta));
    assert!(c
        .provide_credentials()
        .await
        .unwrap()
        .secret_id()
        .starts_with("AKIDcvm"));
    assert_eq!(c.chosen_name(), Some("CVM role"));

    // 5. Nothing anywhere: "not found", listing every source once, quickly.
    let started = Instant::now();
    let e = chain(vec![home_var.clone()], no_metadata.clone())
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.is_not_found());
    let text = e.to_string();
    for source in ["environment", "profile file", "CVM role", "TKE OIDC"] {
        assert_eq!(text.matches(&format!("{source}:")).count(), 1, "{text}");
    }
    assert!(started.elapsed() < Duration::from_secs(3));

    // 6. A broken source stops the chain (no silent fallback to another identity).
    std::fs::write(
        home.join(".tencentcloud/credentials"),
        "[default]\nsecret_id = AKIDhalf\n",
    )
    .unwrap();
    let e = chain(vec![home_var], metadata_url(&meta))
        .provide_credentials()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), CredentialsErrorKind::Invalid);
    assert!(e.to_string().contains("credentials:1:"), "{e}");
}

#[tokio::test]
async fn loader_assumes_the_cli_role_and_uses_the_cli_cvm_role() {
    let clock = clock();
    let sts_server = sts(clock.clone()).await;
    let meta = metadata(clock.clone()).await;
    let dir = TempDir::new("loader-it");
    let tccli = dir.path().join(".tccli");
    std::fs::create_dir_all(&tccli).unwrap();
    std::fs::write(
        tccli.join("deploy.credential"),
        r#"{"secretId": "AKIDsource", "secretKey": "source-key", "role-arn": "qcs::cam::uin/1:roleName/deployer", "role-session-name": "cli"}"#,
    )
    .unwrap();
    std::fs::write(
        tccli.join("deploy.configure"),
        r#"{"_sys_param": {"region": "ap-hongkong"}}"#,
    )
    .unwrap();
    std::fs::write(tccli.join("box.credential"), r#"{"type": "cvm-role"}"#).unwrap();
    let env = Env::from_pairs([("HOME", dir.path().to_string_lossy().into_owned())]);
    let config = ConfigLoader::new()
        .env(env.clone())
        .profile("deploy")
        .sts_endpoint(Endpoint::Custom(sts_server.url()))
        .time_source(SharedTimeSource::new(clock.clone()))
        .load()
        .unwrap();
    let c = config.credentials().unwrap().get().await.unwrap();
    assert_eq!(c.secret_id(), "AKIDsts0");
    let req = &sts_server.requests()[0];
    assert_eq!(req.json()["RoleSessionName"], "cli");
    assert_eq!(req.header("x-tc-region"), Some("ap-hongkong"));

    let config = ConfigLoader::new()
        .env(env)
        .profile("box")
        .metadata_url(metadata_url(&meta))
        .load()
        .unwrap();
    let c = config.credentials().unwrap().get().await.unwrap();
    assert!(c.secret_id().starts_with("AKIDcvm"));
}
