//! An emulator of the Tencent Cloud API 3.0 for tests, driven by the
//! official specs: it verifies TC3 signatures, validates parameters against
//! each action's input object, answers with the doc example output or with
//! replies a test scripts, records what clients sent, serves paged data
//! sets, and injects faults. It listens on loopback
//! ([`EmulatorBuilder::start`]) for any client (this SDK, the official
//! Python and Node SDKs, curl), or answers in memory
//! ([`EmulatorBuilder::in_memory`]) for unit tests that bind no port.
//!
//! # In your tests
//!
//! ```toml
//! [dev-dependencies]
//! tencentcloud-emulator = "0.1"
//! tencentcloud-sdk-cwp = { version = "0.1", features = ["emulator"] }
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! ```
//! use tencentcloud_emulator::{Emulator, Fault, FaultRule};
//! use tencentcloud_sdk_cwp::v20180228 as cwp;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let emu = Emulator::builder()
//!     .credential("AKIDtest", "test-secret-key")
//!     .specs(tencentcloud_sdk_cwp::SPECS)
//!     .in_memory()?; // or `.start().await?` to listen on 127.0.0.1
//! let config = emu.config_builder().build()?;
//! let client = cwp::Client::new(&config);
//!
//! // Script the answer, call, and check what the code under test sent.
//! emu.reply("DescribeRiskProcessEvents", serde_json::json!({"TotalCount": 3, "List": []}))?;
//! let events = client
//!     .describe_risk_process_events(cwp::DescribeRiskProcessEventsRequest::new().set_limit(10))
//!     .await?;
//! assert_eq!(events.total_count, Some(3));
//! let sent = emu.requests("DescribeRiskProcessEvents");
//! let request: cwp::DescribeRiskProcessEventsRequest = sent[0].params_as()?;
//! assert_eq!(request.limit, Some(10));
//!
//! // Faults: rate limited once, then retried by the client.
//! emu.inject(FaultRule::new(Fault::RateLimit).action("DescribeRiskProcessEvents").times(1));
//! client.describe_risk_process_events(Default::default()).await?;
//! assert_eq!(emu.calls("DescribeRiskProcessEvents"), 3);
//! # Ok(()) }
//! ```
//!
//! # Where the specs come from
//!
//! A service crate built with its `emulator` feature carries the `api.json`
//! and `examples.json` it was generated from, as `SPECS` (all its versions)
//! and `vYYYYMMDD::SPEC` ([`tencentcloud_runtime::ServiceSpec`]), and
//! [`EmulatorBuilder::specs`] serves them. That is the default way because
//! the emulator then serves exactly the API the client under test was
//! generated for (same release, same types, same examples), with nothing to
//! download, no path to configure and no checkout of the SDK's repository;
//! the feature costs nothing to crates that do not enable it, and a test
//! pays only for the services it names.
//!
//! Other sources: [`EmulatorBuilder::specs_dir`] reads a folder laid out as
//! `<service>/<version>/api.json` (the `services/` folder of the official
//! `tccli` package has that layout), lazily (below);
//! [`EmulatorBuilder::shipped_specs`] is that folder in a checkout of the
//! SDK's repository, for the SDK's own tests.
//!
//! # What it checks, in order
//!
//! 1. `Authorization`: `AuthFailure.InvalidAuthorization` if missing or
//!    malformed; `X-TC-Timestamp` within the window (±5 minutes by default)
//!    or `AuthFailure.SignatureExpire`; a known secret id or
//!    `AuthFailure.SecretIdNotFound` (credentials come from the builder, or
//!    are added while serving: [`Emulator::add_credential`]); the token when
//!    the credential has one, and its expiry when it has one
//!    (`AuthFailure.TokenFailure`); the signature or
//!    `AuthFailure.SignatureFailure` (see [`verify`]).
//! 2. The service, from `X-TC-Version` + `X-TC-Action`, narrowed by a Host
//!    whose first label names a served service (`cwp.localhost`; an IP
//!    address names none); never from the credential scope (the Node SDK
//!    signs `127` there against `127.0.0.1`), which only breaks ties between
//!    services that share a version and an action. `NoSuchVersion`,
//!    `InvalidAction`; `InternalError` naming the service, version and file
//!    when its spec is malformed.
//! 3. Injected faults ([`FaultRule`]): for given actions, a number of times,
//!    or a random share of the calls ([`FaultRule::probability`]).
//! 4. Parameters, from a JSON body or the legacy form (GET query or
//!    form-encoded body): `MissingParameter`, `UnknownParameter`,
//!    `InvalidParameter`, each naming the member (`Filters.0.Name`).
//! 5. The answer: a paged data set ([`Pages`]) if one is set for the action,
//!    else the first usable doc example output ([`Answer`]), with a fresh
//!    `RequestId`.
//!
//! # Spec folders are read on first use
//!
//! With [`EmulatorBuilder::specs_dir`], starting only lists `<root>/<service>/<version>/api.json`
//! folders. A service version's specs are read when a request first needs
//! them, once per emulator (concurrent first requests wait for one parse),
//! and its model is shared by every emulator of the process:
//!
//! * the version comes from the folder name (`v20180228` is `2018-02-28`,
//!   checked against `metadata.apiVersion` on load), so routing by version
//!   reads nothing;
//! * the head of `api.json` (action names and `metadata`, before `objects`)
//!   of the services with the requested version tells which has the action;
//!   the endpoint name (`metadata.serviceShortName`, which need not be the
//!   folder's name) is read from every head only when a Host names a service
//!   or a paged data set names one;
//! * the whole `api.json` and `examples.json` of the chosen service are
//!   parsed on its first request ([`Emulator::spec_loads`] counts them).
//!
//! Every answer, error or not, is HTTP 200 with `Content-Type:
//! application/json`, as the real service does; only injected faults
//! produce other statuses.

mod faults;
mod paging;
mod params;
pub mod repair;
mod server;
mod specs;
pub mod verify;

pub use faults::{Fault, FaultRule, ParseFaultError, DEFAULT_FAULT_SEED};
pub use paging::Pages;
pub use specs::{
    example_response, load_specs_dir, shipped_specs_dir, Answer, ServiceModel, Source,
};
use specs::{list_specs_dir, SpecEntry};

use std::collections::HashMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, SystemTime};

/// An error in the request, answered in the error envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// `AuthFailure.SignatureFailure`.
    pub code: &'static str,
    /// What was wrong.
    pub message: String,
}

impl ApiError {
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }
}

/// The emulator could not be configured or started.
#[derive(Debug)]
#[non_exhaustive]
pub enum EmulatorError {
    /// A spec file is missing or malformed.
    Spec(tencentcloud_codegen::spec::SpecError),
    /// A configuration that cannot work (unknown service, an action with
    /// neither `Offset`/`Limit` nor a cursor for [`Pages`], ...).
    Config(String),
    /// The listening socket.
    Io(std::io::Error),
    /// A scripted reply that cannot be used, or recorded parameters that do
    /// not decode.
    Script(String),
}

impl fmt::Display for EmulatorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmulatorError::Spec(e) => write!(f, "emulator spec: {e}"),
            EmulatorError::Config(m) => write!(f, "emulator configuration: {m}"),
            EmulatorError::Io(e) => write!(f, "emulator socket: {e}"),
            EmulatorError::Script(m) => write!(f, "emulator script: {m}"),
        }
    }
}

impl std::error::Error for EmulatorError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EmulatorError::Spec(e) => Some(e),
            EmulatorError::Io(e) => Some(e),
            EmulatorError::Config(_) | EmulatorError::Script(_) => None,
        }
    }
}

impl From<tencentcloud_codegen::spec::SpecError> for EmulatorError {
    fn from(e: tencentcloud_codegen::spec::SpecError) -> Self {
        EmulatorError::Spec(e)
    }
}

impl From<std::io::Error> for EmulatorError {
    fn from(e: std::io::Error) -> Self {
        EmulatorError::Io(e)
    }
}

/// How a request ended.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// A success answer.
    Answered,
    /// An error envelope with this code (checks, or an injected error).
    Error(String),
    /// An injected fault other than an error envelope.
    Fault(Fault),
}

/// One request the emulator received.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestRecord {
    /// `POST` or `GET`.
    pub method: String,
    /// The service it was routed to (`cwp`), if any.
    pub service: Option<String>,
    /// `X-TC-Action` as sent.
    pub action: Option<String>,
    /// The secret id of a verified signature.
    pub secret_id: Option<String>,
    /// The RequestId of the answer.
    pub request_id: String,
    /// How it ended.
    pub outcome: Outcome,
    /// The headers received (names lower-case), without `Authorization`
    /// and `X-TC-Token`.
    pub headers: Vec<(String, String)>,
    /// The action's parameters as the client sent them (the JSON body, or
    /// the query string read by the action's spec), when the request got
    /// that far (signed and routed) and they could be read.
    pub params: Option<serde_json::Value>,
    /// Whether the emulator closed the connection after answering
    /// ([`Fault::CloseAfterAnswer`]; in memory, only recorded).
    pub connection_closed: bool,
}

impl RequestRecord {
    /// The value of header `name` (case-insensitive), if received.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The parameters read into a typed request (a generated `...Request`
    /// decodes with its crate's `all-directions` feature), so a test can
    /// assert what its own code sent.
    pub fn params_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, EmulatorError> {
        let params = self.params.clone().ok_or_else(|| {
            EmulatorError::Script(format!(
                "request {} ({}) has no parameters recorded",
                self.request_id,
                self.action.as_deref().unwrap_or("no action")
            ))
        })?;
        serde_json::from_value(params).map_err(|e| {
            EmulatorError::Script(format!(
                "the parameters of request {} do not decode: {e}",
                self.request_id
            ))
        })
    }
}

/// An answer scripted for an action ([`Emulator::reply`]).
#[derive(Debug, Clone)]
pub(crate) struct Script {
    pub action: String,
    /// The `Response` object, without `RequestId`.
    pub response: serde_json::Map<String, serde_json::Value>,
    /// Calls left to answer; `None`: every call.
    pub remaining: Option<u64>,
}

/// At most this many [`RequestRecord`]s are kept by default (the oldest go
/// first; see [`EmulatorBuilder::max_records`]).
pub const MAX_RECORDS: usize = 10_000;

pub(crate) struct Credentials {
    pub key: String,
    pub token: Option<String>,
    /// Refused from then on (`AuthFailure.TokenFailure`).
    pub expires_at: Option<SystemTime>,
}

pub(crate) struct State {
    /// By secret id; [`Emulator::add_credential`] adds while serving.
    pub credentials: RwLock<HashMap<String, Credentials>>,
    /// Every service version served, in listing order; read on first use.
    pub services: Vec<SpecEntry>,
    /// Models loaded so far ([`Emulator::spec_loads`]).
    pub loads: AtomicUsize,
    pub window_secs: i64,
    /// [`EmulatorBuilder::lenient_signing`].
    pub lenient_signing: bool,
    /// [`EmulatorBuilder::lenient_types`].
    pub lenient_types: bool,
    pub rules: Mutex<Vec<FaultRule>>,
    pub pages: Mutex<HashMap<(String, String), Arc<paging::PagedAction>>>,
    pub calls: Mutex<HashMap<(String, String), u64>>,
    pub log: Mutex<std::collections::VecDeque<RequestRecord>>,
    /// [`EmulatorBuilder::max_records`].
    pub max_records: usize,
    pub scripts: Mutex<Vec<Script>>,
    /// Connections accepted on the socket ([`Emulator::connections`]).
    pub connections: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl State {
    /// The model of `entry`, parsed on its first use; a malformed spec is an
    /// `InternalError` naming the service, the version and the file.
    pub(crate) fn model(&self, entry: &SpecEntry) -> Result<Arc<ServiceModel>, ApiError> {
        entry
            .model(|| {
                self.loads.fetch_add(1, Ordering::Relaxed);
            })
            .cloned()
            .map_err(|e| {
                ApiError::new(
                    "InternalError",
                    format!(
                        "The emulator cannot serve {} (API version {}): its spec is malformed: {e}",
                        entry.name(),
                        entry.version().unwrap_or("unknown"),
                    ),
                )
            })
    }
}

/// Configures and starts an [`Emulator`].
#[derive(Debug, Default)]
pub struct EmulatorBuilder {
    credentials: Vec<(String, String, Option<String>)>,
    services: Vec<Arc<ServiceModel>>,
    spec_dirs: Vec<(PathBuf, Option<Vec<String>>)>,
    /// Embedded specs that did not parse: `start` reports the first.
    errors: Vec<tencentcloud_codegen::spec::SpecError>,
    window: Option<Duration>,
    port: u16,
    faults: Vec<FaultRule>,
    pages: Vec<(Option<String>, String, Pages)>,
    lenient_signing: bool,
    lenient_types: bool,
    max_records: Option<usize>,
}

impl EmulatorBuilder {
    /// Accept signatures made with this key pair (any number of pairs).
    pub fn credential(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.credentials
            .push((secret_id.into(), secret_key.into(), None));
        self
    }

    /// A temporary key pair whose requests must carry `X-TC-Token: token`.
    pub fn credential_with_token(
        mut self,
        secret_id: impl Into<String>,
        secret_key: impl Into<String>,
        token: impl Into<String>,
    ) -> Self {
        self.credentials
            .push((secret_id.into(), secret_key.into(), Some(token.into())));
        self
    }

    /// Serve every service of the `specs/` folder of the SDK's repository
    /// this crate was built in (the default when no service is given): for
    /// the SDK's own tests. Elsewhere, use [`specs`](Self::specs).
    pub fn shipped_specs(self) -> Self {
        self.specs_dir(shipped_specs_dir())
    }

    /// Serve every service under `root` (`<root>/<service>/<version>/api.json`).
    pub fn specs_dir(mut self, root: impl Into<PathBuf>) -> Self {
        self.spec_dirs.push((root.into(), None));
        self
    }

    /// Serve the versions of one service found under `root`
    /// (`<root>/<service>/<version>/`).
    pub fn service_from_specs(
        mut self,
        root: impl Into<PathBuf>,
        service: impl Into<String>,
    ) -> Self {
        self.spec_dirs
            .push((root.into(), Some(vec![service.into()])));
        self
    }

    /// Serve the service versions a service crate embeds with its
    /// `emulator` feature: `.specs(tencentcloud_sdk_cwp::SPECS)`, or one
    /// version's `.specs(&[tencentcloud_sdk_cwp::v20180228::SPEC])`. No file
    /// is read: this is how a crate outside the SDK's repository serves a
    /// service (see the crate docs). Parsed once per process.
    pub fn specs(mut self, specs: &[tencentcloud_runtime::ServiceSpec]) -> Self {
        for spec in specs {
            match specs::load_embedded(spec) {
                Ok(model) => self.services.push(model),
                Err(e) => self.errors.push(e),
            }
        }
        self
    }

    /// Serve an already loaded service.
    pub fn service(mut self, model: Arc<ServiceModel>) -> Self {
        self.services.push(model);
        self
    }

    /// Accept signatures the way the official Node SDK makes them: the host
    /// signed without its port, header values signed lower-cased, and any
    /// credential-scope service (Node takes the endpoint's first label,
    /// `127` on a loopback address). Off by default: the emulator verifies
    /// as the service does (the scope's service is the service answering,
    /// every signed header exactly as sent), so a client that gets those
    /// wrong fails its tests here. For that peer only.
    pub fn lenient_signing(mut self) -> Self {
        self.lenient_signing = true;
        self
    }

    /// Accept a JSON string that holds a number or a boolean for a member of
    /// that type (`"Limit": "20"`), as many doc examples write them. Off by
    /// default: a JSON body must give each member its documented type (a
    /// query string or form is text, and is always read by the spec's types).
    pub fn lenient_types(mut self) -> Self {
        self.lenient_types = true;
        self
    }

    /// Accepted distance between `X-TC-Timestamp` and the emulator's clock
    /// (default 5 minutes).
    pub fn timestamp_window(mut self, window: Duration) -> Self {
        self.window = Some(window);
        self
    }

    /// Listen on this port of 127.0.0.1 (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Keep at most `n` [`RequestRecord`]s (default [`MAX_RECORDS`], the
    /// oldest go first; 0 keeps none). Call counts ([`Emulator::calls`]) are
    /// kept whatever the limit. A long-running emulator (a soak test, a
    /// shared program) may want fewer, to hold less memory.
    pub fn max_records(mut self, n: usize) -> Self {
        self.max_records = Some(n);
        self
    }

    /// A fault from the start ([`Emulator::inject`] adds one later).
    pub fn fault(mut self, rule: FaultRule) -> Self {
        self.faults.push(rule);
        self
    }

    /// A paged data set for an action ([`Emulator::serve_pages`]).
    pub fn pages(mut self, action: impl Into<String>, pages: Pages) -> Self {
        self.pages.push((None, action.into(), pages));
        self
    }

    /// List the spec folders, bind 127.0.0.1 and start serving on the
    /// current tokio runtime. No spec file is read here (unless a paged data
    /// set needs its service): a service version's `api.json` and
    /// `examples.json` are parsed on its first request, once, and a malformed
    /// one is answered with an `InternalError` naming the file. A missing
    /// specs folder, or a service of [`service_from_specs`](Self::service_from_specs)
    /// without a folder, is an error here.
    pub async fn start(self) -> Result<Emulator, EmulatorError> {
        let port = self.port;
        let mut emulator = self.build()?;
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        emulator.task = Some(tokio::spawn(server::accept_loop(
            listener,
            emulator.state.clone(),
        )));
        emulator.addr = Some(addr);
        emulator.url = format!("http://{addr}");
        Ok(emulator)
    }

    /// An emulator that answers in memory, without a socket: nothing is
    /// bound, and no Tokio runtime is needed to build it. Clients reach it
    /// through its [`connector`](Emulator::connector) (which
    /// [`Emulator::config_builder`] sets), and see exactly what they would
    /// over loopback: signature checks, validation, answers, scripted
    /// replies, recorded requests; faults that cut a connection or a body
    /// become the transport errors the HTTP client would report.
    pub fn in_memory(self) -> Result<Emulator, EmulatorError> {
        self.build()
    }

    fn build(mut self) -> Result<Emulator, EmulatorError> {
        if !self.errors.is_empty() {
            return Err(self.errors.swap_remove(0).into());
        }
        let mut services: Vec<SpecEntry> =
            self.services.into_iter().map(SpecEntry::loaded).collect();
        let mut dirs = self.spec_dirs;
        if services.is_empty() && dirs.is_empty() {
            let shipped = shipped_specs_dir();
            if !shipped.is_dir() {
                return Err(EmulatorError::Config(
                    "no service to serve: name them with .specs(tencentcloud_sdk_<service>::SPECS) \
                     (the service crate's `emulator` feature) or .specs_dir(folder)"
                        .to_string(),
                ));
            }
            dirs.push((shipped, None));
        }
        for (root, only) in &dirs {
            services.extend(list_specs_dir(root, only.as_deref())?);
        }
        let mut credentials = HashMap::new();
        for (id, key, token) in &self.credentials {
            credentials.insert(
                id.clone(),
                Credentials {
                    key: key.clone(),
                    token: token.clone(),
                    expires_at: None,
                },
            );
        }
        let window_secs = self
            .window
            .unwrap_or(Duration::from_secs(300))
            .as_secs()
            .min(i64::MAX as u64) as i64;
        let state = Arc::new(State {
            credentials: RwLock::new(credentials),
            services,
            loads: AtomicUsize::new(0),
            window_secs,
            lenient_signing: self.lenient_signing,
            lenient_types: self.lenient_types,
            rules: Mutex::new(self.faults),
            pages: Mutex::new(HashMap::new()),
            calls: Mutex::new(HashMap::new()),
            log: Mutex::new(Default::default()),
            max_records: self.max_records.unwrap_or(MAX_RECORDS),
            scripts: Mutex::new(Vec::new()),
            connections: AtomicU64::new(0),
        });
        for (service, action, pages) in self.pages {
            set_pages(&state, service.as_deref(), &action, pages)?;
        }
        Ok(Emulator {
            addr: None,
            url: IN_MEMORY_URL.to_string(),
            first_credential: self
                .credentials
                .first()
                .map(|(id, key, token)| (id.clone(), key.clone(), token.clone())),
            state,
            task: None,
        })
    }
}

fn set_pages(
    state: &State,
    service: Option<&str>,
    action: &str,
    pages: Pages,
) -> Result<(), EmulatorError> {
    // The heads of `api.json` (action names, endpoint name) are enough to
    // find the service; only its model is parsed.
    let named = |e: &&SpecEntry| service.is_none_or(|n| e.name() == n);
    let candidates: Vec<&SpecEntry> = state
        .services
        .iter()
        .filter(named)
        .filter(|e| e.has_action(action) == Some(true))
        .collect();
    let entry = match candidates.as_slice() {
        [one] => *one,
        [] => {
            let unreadable: Vec<String> = state
                .services
                .iter()
                .filter(named)
                .filter_map(|e| e.head().err().map(|err| err.to_string()))
                .collect();
            return Err(EmulatorError::Config(format!(
                "no service has the action {action}{}",
                if unreadable.is_empty() {
                    String::new()
                } else {
                    format!(" (unreadable: {})", unreadable.join("; "))
                }
            )));
        }
        _ => {
            return Err(EmulatorError::Config(format!(
                "several services have the action {action}: use serve_pages_in"
            )))
        }
    };
    let model = state
        .model(entry)
        .map_err(|e| EmulatorError::Config(e.message))?;
    let paged = paging::PagedAction::resolve(&model, action, pages)?;
    lock(&state.pages).insert((model.name.clone(), action.to_string()), Arc::new(paged));
    Ok(())
}

/// What an in-memory emulator's clients call: a reserved name (`.invalid`
/// never resolves), so a client that bypasses the connector fails to
/// connect instead of reaching anything.
pub const IN_MEMORY_URL: &str = "http://emulator.invalid";

/// A running emulator. Stops when dropped (or with [`Emulator::shutdown`]).
pub struct Emulator {
    /// `None` in memory.
    addr: Option<SocketAddr>,
    url: String,
    first_credential: Option<(String, String, Option<String>)>,
    state: Arc<State>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator")
            .field("url", &self.url)
            .field("services", &self.listed())
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Configure one.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// `http://127.0.0.1:PORT`; in memory, [`IN_MEMORY_URL`] (where
    /// nothing listens).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The bound address (`None` in memory).
    pub fn addr(&self) -> Option<SocketAddr> {
        self.addr
    }

    /// Whether it answers in memory ([`EmulatorBuilder::in_memory`]).
    pub fn is_in_memory(&self) -> bool {
        self.addr.is_none()
    }

    /// A connector that answers calls in memory from this emulator's state
    /// (its services, faults, scripted replies and records), whether or not
    /// it also listens. [`config_builder`](Self::config_builder) sets it for
    /// an in-memory emulator.
    pub fn connector(&self) -> InMemory {
        InMemory {
            state: self.state.clone(),
        }
    }

    /// Every service version served, loading those not loaded yet (which
    /// parses their specs: see [`listed`](Self::listed) for a listing that
    /// reads nothing). Those whose spec is malformed are left out
    /// ([`load_all`](Self::load_all) reports them).
    pub fn services(&self) -> Vec<Arc<ServiceModel>> {
        self.state
            .services
            .iter()
            .filter_map(|e| self.state.model(e).ok())
            .collect()
    }

    /// Every service version served, loading those not loaded yet; the first
    /// malformed spec is an error.
    pub fn load_all(&self) -> Result<Vec<Arc<ServiceModel>>, EmulatorError> {
        self.state
            .services
            .iter()
            .map(|e| {
                e.model(|| {
                    self.state.loads.fetch_add(1, Ordering::Relaxed);
                })
                .cloned()
                .map_err(|e| EmulatorError::Spec(e.clone()))
            })
            .collect()
    }

    /// The service versions served, as `<service folder>/<version folder>`
    /// (`cwp/v20180228`), without reading any spec.
    pub fn listed(&self) -> Vec<String> {
        self.state.services.iter().map(SpecEntry::label).collect()
    }

    /// The service versions loaded so far (asked for by a request, a paged
    /// data set, or [`services`](Self::services)), as in [`listed`](Self::listed),
    /// malformed ones included.
    pub fn loaded(&self) -> Vec<String> {
        self.state
            .services
            .iter()
            .filter(|e| e.is_loaded())
            .map(SpecEntry::label)
            .collect()
    }

    /// How many service versions this emulator has loaded (each at most
    /// once, even under concurrent first requests; a model another emulator
    /// of the process parsed is shared, not parsed again, but counted).
    pub fn spec_loads(&self) -> usize {
        self.state.loads.load(Ordering::Relaxed)
    }

    /// A runtime configuration pointing at the emulator, with its first
    /// credential and region `ap-guangzhou`; change anything before `build()`.
    pub fn config_builder(&self) -> tencentcloud_runtime::ConfigBuilder {
        let mut b = tencentcloud_runtime::Config::builder()
            .endpoint_url(self.url.clone())
            .region("ap-guangzhou");
        if self.is_in_memory() {
            b = b.connector(self.connector());
        }
        if let Some((id, key, token)) = &self.first_credential {
            b = b.credentials(match token {
                Some(t) => {
                    tencentcloud_runtime::Credential::with_token(id.clone(), key.clone(), t.clone())
                }
                None => tencentcloud_runtime::Credential::new(id.clone(), key.clone()),
            });
        }
        b
    }

    /// Accept, from now on, requests signed with `credential` (its secret
    /// id and key, and its session token, which requests must then carry as
    /// `X-TC-Token`), replacing a credential with the same secret id. If it
    /// has an expiry ([`Credential::expiring_at`](tencentcloud_runtime::Credential::expiring_at)),
    /// requests signed with it from then on are refused with
    /// `AuthFailure.TokenFailure`, and it is forgotten once it has been
    /// expired for the timestamp window (5 minutes by default; then
    /// `AuthFailure.SecretIdNotFound`). For tests of credentials that rotate:
    /// a provider mints a credential, adds it here, and hands it to the
    /// client.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use tencentcloud_emulator::Emulator;
    /// use tencentcloud_runtime::Credential;
    /// # fn main() -> Result<(), tencentcloud_emulator::EmulatorError> {
    /// let emu = Emulator::builder().specs(tencentcloud_sdk_cwp::SPECS).in_memory()?;
    /// let minted = Credential::with_token("AKIDtmp1", "tmp-key", "tmp-token")
    ///     .expiring_at(SystemTime::now() + Duration::from_secs(60));
    /// emu.add_credential(&minted);
    /// assert!(emu.remove_credential("AKIDtmp1"));
    /// # Ok(()) }
    /// ```
    pub fn add_credential(&self, credential: &tencentcloud_runtime::Credential) {
        let now = SystemTime::now();
        let grace = Duration::from_secs(self.state.window_secs.max(0) as u64);
        let mut all = self
            .state
            .credentials
            .write()
            .unwrap_or_else(|p| p.into_inner());
        all.retain(|_, c| {
            c.expires_at
                .is_none_or(|at| at.checked_add(grace).is_none_or(|end| end > now))
        });
        all.insert(
            credential.secret_id().to_string(),
            Credentials {
                key: credential.secret_key().to_string(),
                token: credential.token().map(str::to_string),
                expires_at: credential.expires_at(),
            },
        );
    }

    /// Stop accepting the credential with this secret id; whether it was
    /// accepted.
    pub fn remove_credential(&self, secret_id: &str) -> bool {
        self.state
            .credentials
            .write()
            .unwrap_or_else(|p| p.into_inner())
            .remove(secret_id)
            .is_some()
    }

    /// Add a fault rule (after the existing ones).
    pub fn inject(&self, rule: FaultRule) {
        lock(&self.state.rules).push(rule);
    }

    /// Remove every fault rule.
    pub fn clear_faults(&self) {
        lock(&self.state.rules).clear();
    }

    /// The fault rules as they stand, in order: how many requests each
    /// applied to ([`FaultRule::fired`]) and how many times it has left.
    pub fn faults(&self) -> Vec<FaultRule> {
        lock(&self.state.rules).clone()
    }

    /// Connections accepted on the socket so far (0 in memory): with
    /// keep-alive, fewer than requests; each
    /// [`Fault::CloseAfterAnswer`] makes the client open another.
    pub fn connections(&self) -> u64 {
        self.state.connections.load(Ordering::Relaxed)
    }

    /// Serve a paged data set for `action` (wire name) from now on.
    pub fn serve_pages(&self, action: &str, pages: Pages) -> Result<(), EmulatorError> {
        set_pages(&self.state, None, action, pages)
    }

    /// [`serve_pages`](Self::serve_pages) for an action of a named service.
    pub fn serve_pages_in(
        &self,
        service: &str,
        action: &str,
        pages: Pages,
    ) -> Result<(), EmulatorError> {
        set_pages(&self.state, Some(service), action, pages)
    }

    /// Go back to the example answer for `action`.
    pub fn stop_pages(&self, action: &str) {
        lock(&self.state.pages).retain(|(_, a), _| a != action);
    }

    /// Authenticated requests routed to `action` (any service), including
    /// those answered with an injected fault or a parameter error.
    pub fn calls(&self, action: &str) -> u64 {
        lock(&self.state.calls)
            .iter()
            .filter(|((_, a), _)| a == action)
            .map(|(_, n)| n)
            .sum()
    }

    /// The most recent requests, oldest first (at most
    /// [`EmulatorBuilder::max_records`], [`MAX_RECORDS`] by default).
    pub fn all_requests(&self) -> Vec<RequestRecord> {
        lock(&self.state.log).iter().cloned().collect()
    }

    /// The recorded requests that named `action` (`X-TC-Action`), oldest
    /// first, with their headers and parameters.
    pub fn requests(&self, action: &str) -> Vec<RequestRecord> {
        lock(&self.state.log)
            .iter()
            .filter(|r| r.action.as_deref() == Some(action))
            .cloned()
            .collect()
    }

    /// Answer every later call of `action` (any service) with `response`
    /// instead of the doc example: the `Response` object's members (a
    /// `{"Response": {...}}` envelope is taken too; `RequestId` is added),
    /// or `{"Error": {"Code": ..., "Message": ...}}` for an error. A typed
    /// response value works as well as `serde_json::json!`. Requests are
    /// still verified and validated first. A later `reply` for the same
    /// action replaces this one; replies scripted with
    /// [`reply_times`](Self::reply_times) answer first while they last.
    pub fn reply(
        &self,
        action: &str,
        response: impl serde::Serialize,
    ) -> Result<(), EmulatorError> {
        self.script(action, None, response)
    }

    /// Like [`reply`](Self::reply), for the next `times` calls of `action`
    /// only (before any standing reply); then the next scripted reply, the
    /// standing one, or the doc example answers.
    pub fn reply_times(
        &self,
        action: &str,
        times: u64,
        response: impl serde::Serialize,
    ) -> Result<(), EmulatorError> {
        if times == 0 {
            return Err(EmulatorError::Script(format!(
                "reply_times({action:?}, 0, ..) would never answer"
            )));
        }
        self.script(action, Some(times), response)
    }

    /// Forget every scripted reply.
    pub fn clear_replies(&self) {
        lock(&self.state.scripts).clear();
    }

    fn script(
        &self,
        action: &str,
        remaining: Option<u64>,
        response: impl serde::Serialize,
    ) -> Result<(), EmulatorError> {
        let bad = |why: String| EmulatorError::Script(format!("reply for {action}: {why}"));
        let value = serde_json::to_value(response).map_err(|e| bad(e.to_string()))?;
        let mut map = match value {
            serde_json::Value::Object(map) => map,
            other => return Err(bad(format!("expected a JSON object, got {other}"))),
        };
        if map.len() == 1 {
            if let Some(serde_json::Value::Object(inner)) = map.get("Response") {
                map = inner.clone();
            }
        }
        map.remove("RequestId");
        if let Some(error) = map.get("Error") {
            if error
                .get("Code")
                .and_then(serde_json::Value::as_str)
                .is_none()
            {
                return Err(bad("an `Error` needs a string `Code`".into()));
            }
        }
        let mut scripts = lock(&self.state.scripts);
        if remaining.is_none() {
            // One standing reply per action: the latest wins.
            scripts.retain(|s| !(s.action == action && s.remaining.is_none()));
        }
        scripts.push(Script {
            action: action.to_string(),
            response: map,
            remaining,
        });
        Ok(())
    }

    /// Forget call counts and recorded requests.
    pub fn reset_counters(&self) {
        lock(&self.state.calls).clear();
        lock(&self.state.log).clear();
    }

    /// Stop listening and close every connection; returns once the socket is
    /// closed.
    pub async fn shutdown(mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
            let _ = task.await;
        }
    }
}

/// An emulator's in-memory connector ([`Emulator::connector`]).
#[derive(Clone)]
pub struct InMemory {
    state: Arc<State>,
}

impl fmt::Debug for InMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InMemory")
    }
}

impl tencentcloud_runtime::Connector for InMemory {
    fn call(
        &self,
        request: tencentcloud_runtime::connector::HttpRequest,
    ) -> tencentcloud_runtime::connector::ConnectorFuture {
        let state = self.state.clone();
        Box::pin(async move { server::respond_in_memory(&state, request).await })
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
