//! The future a generated action method returns, and what can be set on it
//! for one call before `.await`: region, timeouts, retries, language,
//! extra headers, and access to the raw response.
//!
//! ```no_run
//! # async fn demo(config: &tencentcloud_runtime::Config) -> Result<(), tencentcloud_runtime::Error> {
//! use std::time::Duration;
//! use tencentcloud_runtime::{RetryConfig, ServiceClient};
//! # let client = ServiceClient::generic(config, "cvm", "2017-03-12");
//! # static ACTION: tencentcloud_runtime::Action = tencentcloud_runtime::Action { name: "DescribeZones", idempotent: false, skip_sign: false };
//! # let call = || client.send_serialized::<_, serde_json::Map<String, serde_json::Value>>(&ACTION, &serde_json::json!({}));
//! // In a generated crate: `cvm.describe_zones(&request)`.
//! let zones = call()
//!     .region("ap-singapore")
//!     .timeout(Duration::from_secs(5))
//!     .retry(RetryConfig::disabled())
//!     .header("X-Trace-Id", "t-42")
//!     .await?;
//! // The typed answer and the HTTP response it came from.
//! let (zones, raw) = call().with_raw().await?;
//! println!("{} bytes, status {}", raw.body().len(), raw.status());
//! # let _ = zones; Ok(()) }
//! ```
//!
//! A call that sets nothing allocates nothing for this: the settings live
//! behind one `Option<Box<_>>` that stays `None`.

use crate::client::{RawResponse, ServiceClient};
use crate::config::RetryConfig;
use crate::connector::HttpResponse;
use crate::error::Error;
use http::{HeaderMap, HeaderName, HeaderValue};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

/// Settings of one call (see the [module docs](self)).
#[derive(Debug, Default, Clone)]
pub(crate) struct CallOptions {
    /// Region name and its header value.
    pub(crate) region: Option<(String, HeaderValue)>,
    pub(crate) language: Option<HeaderValue>,
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) operation_timeout: Option<Duration>,
    pub(crate) retry: Option<RetryConfig>,
    pub(crate) headers: HeaderMap,
    /// The first invalid setting: the call fails with it, sending nothing.
    pub(crate) invalid: Option<String>,
}

/// Headers the SDK sets itself, which a call or an interceptor may not
/// replace.
pub(crate) fn is_reserved_header(name: &str) -> bool {
    matches!(
        name,
        "authorization" | "host" | "content-type" | "content-length" | "x-tc-token"
    )
}

/// Signing, sending and retrying a call: one type for every action. Hands
/// back the client with the body, for the decode step.
pub(crate) type Transport =
    Pin<Box<dyn Future<Output = Result<(RawResponse, ServiceClient), Error>> + Send>>;

enum Stage {
    /// Not polled yet: settings may still change.
    Ready {
        client: ServiceClient,
        action: &'static crate::client::Action,
        body: Result<Vec<u8>, Error>,
        options: Option<Box<CallOptions>>,
    },
    Running(Transport),
    Done,
}

/// The future a generated action method returns: `Send + 'static`, so it
/// can be spawned or awaited. Before `.await`, settings for this call only
/// can be chained on it (see the [module docs](self)); they are ignored
/// once it has been polled.
///
/// Only the last step, decoding the body into `T`, depends on the action:
/// signing, sending and retrying are one boxed future that is the same type
/// for every action. So a crate that calls many actions compiles that
/// machinery once, not once per response type.
#[must_use = "futures do nothing unless polled"]
pub struct ResponseFuture<T> {
    stage: Stage,
    action: &'static str,
    decode: fn(&ServiceClient, &str, &RawResponse) -> Result<T, Error>,
}

impl<T> ResponseFuture<T> {
    pub(crate) fn new(
        client: ServiceClient,
        action: &'static crate::client::Action,
        body: Result<Vec<u8>, Error>,
        decode: fn(&ServiceClient, &str, &RawResponse) -> Result<T, Error>,
    ) -> Self {
        ResponseFuture {
            stage: Stage::Ready {
                client,
                action,
                body,
                options: None,
            },
            action: action.name,
            decode,
        }
    }

    fn options(&mut self) -> Option<&mut CallOptions> {
        match &mut self.stage {
            Stage::Ready { options, .. } => Some(options.get_or_insert_with(Box::default)),
            _ => None,
        }
    }

    fn set(mut self, f: impl FnOnce(&mut CallOptions)) -> Self {
        if let Some(o) = self.options() {
            f(o);
        }
        self
    }

    /// Send this call to `region` (`X-TC-Region`; with
    /// [`Endpoint::Regional`](crate::Endpoint::Regional), also the host).
    pub fn region(self, region: impl Into<String>) -> Self {
        let region = region.into();
        self.set(|o| match crate::config::check_region(&region) {
            Ok(()) => match HeaderValue::from_str(&region) {
                Ok(v) => o.region = Some((region, v)),
                Err(_) => invalid(o, format!("region {region:?} cannot be sent")),
            },
            Err(e) => invalid(o, e),
        })
    }

    /// Time allowed for each attempt, from sending to the end of the body
    /// (the config's `request_timeout` otherwise).
    pub fn timeout(self, timeout: Duration) -> Self {
        self.set(|o| o.request_timeout = Some(timeout))
    }

    /// Time allowed for the whole call, retries and back-off included.
    pub fn operation_timeout(self, timeout: Duration) -> Self {
        self.set(|o| o.operation_timeout = Some(timeout))
    }

    /// Retry policy of this call (the client-wide retry budget still
    /// applies).
    pub fn retry(self, retry: RetryConfig) -> Self {
        self.set(|o| o.retry = Some(retry))
    }

    /// Language of messages (`zh-CN` or `en-US`), as `X-TC-Language`.
    pub fn language(self, language: impl Into<String>) -> Self {
        let language = language.into();
        self.set(|o| match crate::config::check_language(&language) {
            Ok(()) => {
                o.language = Some(
                    HeaderValue::from_str(&language)
                        .unwrap_or_else(|_| HeaderValue::from_static("en-US")),
                )
            }
            Err(e) => invalid(o, e),
        })
    }

    /// An extra header, signed with the request. `Authorization`, `Host`,
    /// `Content-Type`, `Content-Length` and `X-TC-Token` are the SDK's own
    /// and make the call fail.
    pub fn header(self, name: &str, value: &str) -> Self {
        let (name, value) = (name.to_string(), value.to_string());
        self.set(|o| {
            let parsed = HeaderName::from_bytes(name.as_bytes())
                .ok()
                .zip(HeaderValue::from_str(&value).ok());
            match parsed {
                Some((n, _)) if is_reserved_header(n.as_str()) => {
                    invalid(o, format!("the header {name:?} is set by the SDK"))
                }
                Some((n, v)) => {
                    o.headers.insert(n, v);
                }
                None => invalid(o, format!("invalid header {name:?}: {value:?}")),
            }
        })
    }

    /// Also return the HTTP response the answer came from (status,
    /// headers, body bytes).
    pub fn with_raw(self) -> WithRaw<T> {
        WithRaw(self)
    }

    fn poll_transport(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(RawResponse, ServiceClient), Error>> {
        if let Stage::Ready { .. } = self.stage {
            if let Stage::Ready {
                client,
                action,
                body,
                options,
            } = std::mem::replace(&mut self.stage, Stage::Done)
            {
                self.stage = Stage::Running(client.start(action, body, options));
            }
        }
        match &mut self.stage {
            Stage::Running(transport) => {
                let out = std::task::ready!(transport.as_mut().poll(cx));
                self.stage = Stage::Done;
                Poll::Ready(out)
            }
            _ => Poll::Ready(Err(Error::invalid_request(format!(
                "{}: the call's future was polled after it completed",
                self.action
            )))),
        }
    }
}

fn invalid(o: &mut CallOptions, message: String) {
    o.invalid.get_or_insert(message);
}

impl<T> Future for ResponseFuture<T> {
    type Output = Result<T, Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Every field is `Unpin` (the transport future is boxed).
        let this = self.get_mut();
        match std::task::ready!(this.poll_transport(cx)) {
            Ok((raw, client)) => Poll::Ready((this.decode)(&client, this.action, &raw)),
            Err(e) => Poll::Ready(Err(e)),
        }
    }
}

impl<T> std::fmt::Debug for ResponseFuture<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = f.debug_struct("ResponseFuture");
        s.field("action", &self.action);
        if let Stage::Ready {
            options: Some(o), ..
        } = &self.stage
        {
            s.field("options", o);
        }
        s.finish_non_exhaustive()
    }
}

/// [`ResponseFuture::with_raw`]: the typed answer and the HTTP response.
#[must_use = "futures do nothing unless polled"]
#[derive(Debug)]
pub struct WithRaw<T>(ResponseFuture<T>);

impl<T> Future for WithRaw<T> {
    type Output = Result<(T, HttpResponse), Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut self.get_mut().0;
        match std::task::ready!(this.poll_transport(cx)) {
            Ok((raw, client)) => {
                let value = (this.decode)(&client, this.action, &raw);
                Poll::Ready(value.map(|v| (v, raw.into_http())))
            }
            Err(e) => Poll::Ready(Err(e)),
        }
    }
}
