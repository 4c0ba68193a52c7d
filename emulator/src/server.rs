//! The HTTP side: accept loop, one request's pipeline, replies and faults.

use super::faults::{decide, Fault};
use super::specs::{Answer, ServiceModel, SpecEntry};
use super::verify::{self, Received};
use super::{lock, params, ApiError, Outcome, RequestRecord, State};
use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::body::{Body, Frame, Incoming, SizeHint};
use hyper::header::{HeaderMap, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::{json, Map, Value};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

/// Largest request body accepted (the documented limit of v3 POST).
const MAX_BODY: usize = 10 << 20;

pub(crate) async fn accept_loop(listener: TcpListener, state: Arc<State>) {
    // Connection tasks live in the set: aborting this task (shutdown, drop)
    // drops the set, which aborts every connection.
    let mut connections = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    state.connections.fetch_add(1, Ordering::Relaxed);
                    connections.spawn(serve(stream, state.clone()));
                }
                // Out of file descriptors and the like: back off, keep serving.
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn serve(stream: TcpStream, state: Arc<State>) {
    let _ = stream.set_nodelay(true);
    let io = hyper_util::rt::TokioIo::new(stream);
    // Set by a request answered with `Fault::CloseAfterAnswer`.
    let close = Arc::new(Notify::new());
    let on_close = close.clone();
    let service =
        hyper::service::service_fn(move |req| handle(state.clone(), on_close.clone(), req));
    let conn = hyper::server::conn::http1::Builder::new().serve_connection(io, service);
    tokio::pin!(conn);
    // Errors here are the client's or injected (dropped connections).
    tokio::select! {
        biased;
        _ = conn.as_mut() => return,
        // The handler signals as it returns its response, whose head hyper
        // writes (keep-alive, no `Connection: close`) in the same poll of
        // the connection, before this branch runs: the shutdown then lets
        // that response finish and closes the connection instead of waiting
        // for the next request.
        _ = close.notified() => conn.as_mut().graceful_shutdown(),
    }
    let _ = conn.await;
}

/// Returned by the service to make hyper close the connection unanswered.
#[derive(Debug)]
pub(crate) struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

/// A response body: whole, or cut after its first part.
pub(crate) struct EmuBody {
    data: Option<Bytes>,
    cut: bool,
    pause: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl EmuBody {
    fn full(data: Bytes) -> EmuBody {
        EmuBody {
            data: Some(data),
            cut: false,
            pause: None,
        }
    }

    fn truncated(part: Bytes) -> EmuBody {
        EmuBody {
            data: Some(part),
            cut: true,
            pause: None,
        }
    }
}

impl Body for EmuBody {
    type Data = Bytes;
    type Error = Dropped;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Dropped>>> {
        let this = self.get_mut();
        if let Some(d) = this.data.take() {
            return Poll::Ready(Some(Ok(Frame::data(d))));
        }
        if this.cut {
            // Let the partial body reach the client before cutting.
            let pause = this
                .pause
                .get_or_insert_with(|| Box::pin(tokio::time::sleep(Duration::from_millis(20))));
            if pause.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            this.cut = false;
            return Poll::Ready(Some(Err(Dropped)));
        }
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_none() && !self.cut
    }

    fn size_hint(&self) -> SizeHint {
        match (&self.data, self.cut) {
            (Some(d), false) => SizeHint::with_exact(d.len() as u64),
            (None, false) => SizeHint::with_exact(0),
            _ => SizeHint::default(),
        }
    }
}

/// What one request gets.
enum Reply {
    /// HTTP 200, `{"Response": ...}`.
    Envelope(Map<String, Value>),
    /// Any status, any body, `text/plain` unless JSON.
    Raw(StatusCode, &'static str, Bytes),
    /// The envelope's headers and half its body.
    Truncated(Map<String, Value>),
    /// No answer.
    Drop,
}

fn error_response(request_id: &str, e: &ApiError) -> Map<String, Value> {
    error_envelope(request_id, e.code, &e.message)
}

fn error_envelope(request_id: &str, code: &str, message: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("Error".into(), json!({"Code": code, "Message": message}));
    m.insert("RequestId".into(), Value::String(request_id.to_string()));
    m
}

fn envelope_bytes(response: Map<String, Value>) -> Bytes {
    let mut top = Map::new();
    top.insert("Response".into(), Value::Object(response));
    // Serializing a Value cannot fail.
    Bytes::from(serde_json::to_vec(&Value::Object(top)).unwrap_or_default())
}

/// The request's headers for [`RequestRecord`], names lower-cased; the
/// signature and session token are not kept.
fn recorded_headers(headers: &hyper::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .filter(|(name, _)| !matches!(name.as_str(), "authorization" | "x-tc-token"))
        .map(|(name, value)| {
            (
                name.as_str().to_string(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}

async fn handle(
    state: Arc<State>,
    close: Arc<Notify>,
    req: Request<Incoming>,
) -> Result<Response<EmuBody>, Dropped> {
    let (parts, body) = req.into_parts();
    let body = match http_body_util::Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e)
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some() =>
        {
            Err(BodyFailure::TooLarge)
        }
        // The client went away mid-body.
        Err(_) => Err(BodyFailure::Gone),
    };
    let json_type = "application/json";
    let (reply, close_after) = respond(&state, &parts, body).await;
    let response = match reply {
        Reply::Envelope(m) => Response::builder()
            .status(StatusCode::OK)
            .header(CONTENT_TYPE, json_type)
            .body(EmuBody::full(envelope_bytes(m))),
        Reply::Raw(status, content_type, body) => Response::builder()
            .status(status)
            .header(CONTENT_TYPE, content_type)
            .body(EmuBody::full(body)),
        Reply::Truncated(m) => {
            let bytes = envelope_bytes(m);
            let half = bytes.slice(..bytes.len() / 2);
            Response::builder()
                .status(StatusCode::OK)
                .header(CONTENT_TYPE, json_type)
                .header(CONTENT_LENGTH, bytes.len())
                .body(EmuBody::truncated(half))
        }
        Reply::Drop => return Err(Dropped),
    };
    if close_after {
        // No await from here on: see `serve`.
        close.notify_one();
    }
    // The builder only fails on invalid header values, which are constants here.
    response.map_err(|_| Dropped)
}

/// Why a request's body could not be read.
pub(crate) enum BodyFailure {
    /// Over [`MAX_BODY`].
    TooLarge,
    /// The client went away mid-body.
    Gone,
}

/// A request answered in memory ([`crate::InMemory`]): the same pipeline as
/// over a socket; a dropped connection or a cut-off body becomes the
/// connector error the HTTP client would have reported.
pub(crate) async fn respond_in_memory(
    state: &Arc<State>,
    request: http::Request<Bytes>,
) -> Result<http::Response<Bytes>, tencentcloud_runtime::connector::ConnectorError> {
    use tencentcloud_runtime::connector::ConnectorError;
    let (parts, body) = request.into_parts();
    let body = if body.len() > MAX_BODY {
        Err(BodyFailure::TooLarge)
    } else {
        Ok(body)
    };
    // No connection to close after the answer: `connection_closed` is only
    // recorded.
    let (status, content_type, body) = match respond(state, &parts, body).await.0 {
        Reply::Envelope(m) => (StatusCode::OK, "application/json", envelope_bytes(m)),
        Reply::Raw(status, content_type, body) => (status, content_type, body),
        Reply::Truncated(_) => {
            return Err(ConnectorError::interrupted(
                "the response body was cut off (injected by the emulator)",
            ))
        }
        Reply::Drop => {
            return Err(ConnectorError::interrupted(
                "the connection closed without an answer (injected by the emulator)",
            ))
        }
    };
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        hyper::header::HeaderValue::from_static(content_type),
    );
    Ok(response)
}

/// One request through the pipeline, whatever carried it; records it. The
/// flag: close the connection after answering.
async fn respond(
    state: &Arc<State>,
    parts: &hyper::http::request::Parts,
    body: Result<Bytes, BodyFailure>,
) -> (Reply, bool) {
    let request_id = new_request_id();
    let mut record = RequestRecord {
        method: parts.method.to_string(),
        service: None,
        action: header(&parts.headers, "x-tc-action").map(str::to_string),
        secret_id: None,
        request_id: request_id.clone(),
        outcome: Outcome::Answered,
        headers: recorded_headers(&parts.headers),
        params: None,
        connection_closed: false,
    };
    let reply = match body {
        Ok(body) => process(state, parts, &body, &request_id, &mut record).await,
        Err(BodyFailure::TooLarge) => Reply::Envelope(error_response(
            &request_id,
            &ApiError::new(
                "RequestSizeLimitExceeded",
                format!("The request body is larger than {MAX_BODY} bytes."),
            ),
        )),
        Err(BodyFailure::Gone) => Reply::Drop,
    };
    if let Reply::Envelope(m) | Reply::Truncated(m) = &reply {
        if let Some(code) = m
            .get("Error")
            .and_then(|e| e.get("Code"))
            .and_then(Value::as_str)
        {
            if !matches!(record.outcome, Outcome::Fault(_)) {
                record.outcome = Outcome::Error(code.to_string());
            }
        }
    }
    let close = record.connection_closed;
    if state.max_records > 0 {
        let mut log = lock(&state.log);
        while log.len() >= state.max_records {
            log.pop_front();
        }
        log.push_back(record);
    }
    (reply, close)
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The pipeline of one request (see the module docs for the order).
async fn process(
    state: &State,
    parts: &hyper::http::request::Parts,
    body: &[u8],
    request_id: &str,
    record: &mut RequestRecord,
) -> Reply {
    let error = |e: ApiError| Reply::Envelope(error_response(request_id, &e));
    if parts.method != Method::POST && parts.method != Method::GET {
        return error(ApiError::new(
            "UnsupportedOperation",
            format!(
                "The HTTP method {} is not supported: use POST or GET.",
                parts.method
            ),
        ));
    }
    let headers = &parts.headers;
    let host = header(headers, "host");
    let action = header(headers, "x-tc-action");
    let version = header(headers, "x-tc-version");

    // 1. Authentication.
    let authorization = header(headers, "authorization");
    let mut scope_service = None;
    if authorization.map(str::trim) == Some("SKIP") {
        // Only actions the spec marks unsigned may skip the signature.
        match route(state, host, version, action, None) {
            Ok((svc, a)) if svc.api.actions.get(a).and_then(|x| x.skip_sign) == Some(true) => {}
            Ok(_) => return error(ApiError::new(
                "AuthFailure.InvalidAuthorization",
                "This action must be signed (Authorization: SKIP is only for unsigned actions).",
            )),
            Err(e) => return error(e),
        }
    } else {
        let Some(authorization) = authorization else {
            return error(ApiError::new(
                "AuthFailure.InvalidAuthorization",
                "The Authorization header is missing (this emulator speaks TC3-HMAC-SHA256 only).",
            ));
        };
        let auth = match verify::parse_authorization(authorization) {
            Ok(a) => a,
            Err(e) => return error(e),
        };
        let Some(ts_text) = header(headers, "x-tc-timestamp") else {
            return error(ApiError::new(
                "MissingParameter",
                "The request is missing the header `X-TC-Timestamp`.",
            ));
        };
        let Ok(timestamp) = ts_text.trim().parse::<i64>() else {
            return error(ApiError::new(
                "InvalidParameter",
                format!(
                    "`X-TC-Timestamp` must be Unix seconds, not `{}`.",
                    verify::printable(ts_text)
                ),
            ));
        };
        let now = now_secs();
        if now.abs_diff(timestamp) > state.window_secs as u64 {
            return error(ApiError::new(
                "AuthFailure.SignatureExpire",
                format!(
                    "Signature expired. X-TC-Timestamp {timestamp} is {} seconds from the server time {now}; at most {} seconds are accepted.",
                    now.abs_diff(timestamp),
                    state.window_secs
                ),
            ));
        }
        // The lock is held for the checks only (no await inside).
        let checked = {
            let all = state.credentials.read().unwrap_or_else(|p| p.into_inner());
            match all.get(auth.secret_id) {
                None => Err(ApiError::new(
                    "AuthFailure.SecretIdNotFound",
                    format!(
                        "The SecretId `{}` is not found.",
                        verify::printable(auth.secret_id)
                    ),
                )),
                Some(cred) => check_credential(cred, headers).and_then(|()| {
                    let lookup = |name: &str| header(headers, name);
                    let received = Received {
                        method: parts.method.as_str(),
                        query: parts.uri.query().unwrap_or(""),
                        header: &lookup,
                        body,
                        timestamp,
                    };
                    verify::verify(&auth, &cred.key, &received, state.lenient_signing)
                }),
            }
        };
        if let Err(e) = checked {
            return error(e);
        }
        record.secret_id = Some(auth.secret_id.to_string());
        scope_service = Some(auth.service.to_string());
    }

    // 2. Routing.
    let (svc, action) = match route(state, host, version, action, scope_service.as_deref()) {
        Ok(r) => r,
        Err(e) => return error(e),
    };
    record.service = Some(svc.name.clone());
    if let Some(scope) = scope_service.as_deref() {
        if scope != svc.name && !state.lenient_signing {
            return error(ApiError::new(
                "AuthFailure.SignatureFailure",
                format!(
                    "The provided credentials could not be validated: the credential scope names service `{}`, but this request is for `{}`.",
                    verify::printable(scope),
                    svc.name
                ),
            ));
        }
    }
    *lock(&state.calls)
        .entry((svc.name.clone(), action.to_string()))
        .or_insert(0) += 1;

    // 3. Faults.
    let decision = decide(&mut lock(&state.rules), &svc.name, action);
    record.connection_closed = decision.close;
    if !decision.delay.is_zero() {
        tokio::time::sleep(decision.delay).await;
    }
    let mut truncate = false;
    if let Some(fault) = decision.fault {
        record.outcome = Outcome::Fault(fault.clone());
        // What was sent is recorded even when a fault answers it.
        record.params = sent_params(&svc, action, parts, body);
        match fault {
            Fault::RateLimit => {
                return Reply::Envelope(error_envelope(
                    request_id,
                    "RequestLimitExceeded",
                    "Request rate limit exceeded for this action (injected by the emulator).",
                ))
            }
            Fault::Error { code, message } => {
                record.outcome = Outcome::Error(code.clone());
                return Reply::Envelope(error_envelope(request_id, &code, &message));
            }
            Fault::HttpStatus { status, body } => {
                let status =
                    StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
                return Reply::Raw(status, "text/plain; charset=utf-8", Bytes::from(body));
            }
            Fault::RawBody(body) => {
                return Reply::Raw(StatusCode::OK, "application/json", Bytes::from(body))
            }
            Fault::DropConnection => return Reply::Drop,
            Fault::TruncateBody => truncate = true,
            // `decide` folds these in; never returned as the fault.
            Fault::Delay(_) | Fault::CloseAfterAnswer => {}
        }
    }

    // 4. Parameters.
    let answer = answer(state, &svc, action, parts, body, record).map_or_else(
        |e| error_response(request_id, &e),
        |mut response| {
            response.insert("RequestId".into(), Value::String(request_id.to_string()));
            response
        },
    );
    if truncate {
        Reply::Truncated(answer)
    } else {
        Reply::Envelope(answer)
    }
}

/// The token and expiry of a known credential.
fn check_credential(cred: &super::Credentials, headers: &HeaderMap) -> Result<(), ApiError> {
    if let Some(token) = &cred.token {
        if header(headers, "x-tc-token") != Some(token.as_str()) {
            return Err(ApiError::new(
                "AuthFailure.TokenFailure",
                "The X-TC-Token of this temporary credential is missing or wrong.",
            ));
        }
    }
    if let Some(at) = cred.expires_at {
        let now = SystemTime::now();
        if at <= now {
            let ago = now.duration_since(at).unwrap_or_default();
            return Err(ApiError::new(
                "AuthFailure.TokenFailure",
                format!(
                    "This temporary credential expired {:.3} s ago (at Unix time {:.3}).",
                    ago.as_secs_f64(),
                    at.duration_since(UNIX_EPOCH)
                        .unwrap_or_default()
                        .as_secs_f64()
                ),
            ));
        }
    }
    Ok(())
}

/// Parameters, validation and the answer (without `RequestId`).
fn answer(
    state: &State,
    svc: &ServiceModel,
    action: &str,
    parts: &hyper::http::request::Parts,
    body: &[u8],
    record: &mut RequestRecord,
) -> Result<Map<String, Value>, ApiError> {
    let Some(act) = svc.api.actions.get(action) else {
        return Err(ApiError::new(
            "InvalidAction",
            format!("The action `{action}` does not exist."),
        ));
    };
    let (mut params, from_text) = read_params(svc, &act.input, parts, body)?;
    record.params = Some(Value::Object(params.clone()));
    params::validate(
        &svc.api,
        &act.input,
        &mut params,
        from_text || state.lenient_types,
    )?;
    if let Some(response) = scripted(state, action) {
        return Ok(response);
    }
    let paged = lock(&state.pages)
        .get(&(svc.name.clone(), action.to_string()))
        .cloned();
    if let Some(paged) = paged {
        return paged.page(&params);
    }
    Ok(match svc.answer(action) {
        Some(Answer::Example { response, .. }) => response.clone(),
        _ => Map::new(),
    })
}

/// The parameters of a request as sent, and whether they came as text (a
/// query string or form, read by the spec's types; a JSON body carries its
/// own types).
fn read_params(
    svc: &ServiceModel,
    input: &str,
    parts: &hyper::http::request::Parts,
    body: &[u8],
) -> Result<(Map<String, Value>, bool), ApiError> {
    if parts.method == Method::GET {
        let query = parts.uri.query().unwrap_or("").as_bytes();
        return Ok((params::from_form(&svc.api, input, query)?, true));
    }
    let content_type = header(&parts.headers, "content-type")
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match content_type.as_str() {
        "application/json" | "" => Ok((params::from_json(body)?, false)),
        "application/x-www-form-urlencoded" => {
            Ok((params::from_form(&svc.api, input, body)?, true))
        }
        other => Err(ApiError::new(
            "InvalidParameter",
            format!(
                "The Content-Type `{}` is not supported here: use application/json.",
                verify::printable(other)
            ),
        )),
    }
}

/// What a request sent, when it can be read (for the record of a request a
/// fault answered before its parameters were validated).
fn sent_params(
    svc: &ServiceModel,
    action: &str,
    parts: &hyper::http::request::Parts,
    body: &[u8],
) -> Option<Value> {
    let input = &svc.api.actions.get(action)?.input;
    let (params, _) = read_params(svc, input, parts, body).ok()?;
    Some(Value::Object(params))
}

/// The first scripted reply for `action` that has calls left, used up by
/// one ([`super::Emulator::reply`]).
fn scripted(state: &State, action: &str) -> Option<Map<String, Value>> {
    let mut scripts = lock(&state.scripts);
    // Counted replies first, in the order scripted; then the standing one.
    let i = scripts
        .iter()
        .position(|s| s.action == action && s.remaining.is_some())
        .or_else(|| scripts.iter().position(|s| s.action == action))?;
    let response = scripts[i].response.clone();
    match &mut scripts[i].remaining {
        Some(1) => {
            scripts.remove(i);
        }
        Some(n) => *n -= 1,
        None => {}
    }
    Some(response)
}

/// The first label of a Host naming a service (`cwp` of `cwp.localhost:8080`):
/// none for an IP address (`127.0.0.1:8080`, `[::1]:8080`) or a single label
/// (`localhost`), so that those never make the emulator read every spec
/// head to learn the endpoint names.
fn host_label(host: &str) -> Option<&str> {
    let name = match host.strip_prefix('[') {
        Some(_) => return None,
        None => host.rsplit_once(':').map_or(host, |(h, _)| h),
    };
    if name.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    name.split_once('.').map(|(label, _)| label)
}

/// Find the service and action of a request (see the module docs), and load
/// its model if this is its first request. Routing reads no more than the
/// heads of `api.json` ([`SpecEntry::head`]): the version comes from the
/// folder names, the action names from the heads of the services with that
/// version, and the endpoint names from every head only when the Host names
/// a service.
fn route<'a>(
    state: &State,
    host: Option<&str>,
    version: Option<&str>,
    action: Option<&'a str>,
    scope_service: Option<&str>,
) -> Result<(Arc<ServiceModel>, &'a str), ApiError> {
    let Some(action) = action.map(str::trim).filter(|a| !a.is_empty()) else {
        return Err(ApiError::new(
            "MissingParameter",
            "The request is missing the header `X-TC-Action`.",
        ));
    };
    let Some(version) = version.map(str::trim).filter(|v| !v.is_empty()) else {
        return Err(ApiError::new(
            "MissingParameter",
            "The request is missing the header `X-TC-Version`.",
        ));
    };
    let host_service = host
        .and_then(host_label)
        .filter(|label| state.services.iter().any(|s| s.name() == *label));
    let versioned: Vec<&SpecEntry> = state
        .services
        .iter()
        .filter(|s| s.version() == Some(version))
        .filter(|s| host_service.is_none_or(|h| s.name() == h))
        .collect();
    if versioned.is_empty() {
        return Err(ApiError::new(
            "NoSuchVersion",
            format!(
                "The API version `{}` does not exist{}.",
                verify::printable(version),
                host_service
                    .map(|h| format!(" for {h}"))
                    .unwrap_or_default()
            ),
        ));
    }
    // Services whose `api.json` cannot be read may have the action: they are
    // chosen when no readable one has it, and answer with what is wrong.
    let with_action: Vec<&SpecEntry> = versioned
        .iter()
        .copied()
        .filter(|s| s.has_action(action) == Some(true))
        .collect();
    let unreadable: Vec<&SpecEntry> = versioned
        .iter()
        .copied()
        .filter(|s| s.has_action(action).is_none())
        .collect();
    let candidates = if with_action.is_empty() {
        unreadable
    } else {
        with_action
    };
    let chosen = match candidates.as_slice() {
        [] => {
            return Err(ApiError::new(
                "InvalidAction",
                format!(
                    "The action `{}` does not exist in API version {version}.",
                    verify::printable(action)
                ),
            ))
        }
        [one] => *one,
        several => several
            .iter()
            .find(|s| Some(s.name()) == scope_service)
            .copied()
            .unwrap_or(several[0]),
    };
    Ok((state.model(chosen)?, action))
}

/// A UUID-shaped request id (version 4 layout), random and distinct per call.
pub(crate) fn new_request_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mix = |mut x: u64| {
        x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        x ^ (x >> 31)
    };
    let hi = mix(seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    // The counter in the low half keeps ids unique even with a frozen clock.
    let lo = mix(hi) ^ n;
    let hi = (hi & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
    let lo = (lo & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xFFFF,
        hi & 0xFFFF,
        lo >> 48,
        lo & 0xFFFF_FFFF_FFFF
    )
}

#[cfg(test)]
mod tests {
    use super::host_label;

    #[test]
    fn host_labels() {
        assert_eq!(host_label("cwp.localhost:8080"), Some("cwp"));
        assert_eq!(host_label("cwp.tencentcloudapi.com"), Some("cwp"));
        for none in [
            "127.0.0.1:8080",
            "127.0.0.1",
            "[::1]:8080",
            "localhost:1",
            "x",
        ] {
            assert_eq!(host_label(none), None, "{none}");
        }
    }
}
