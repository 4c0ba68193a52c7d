//! Injected faults: what goes wrong, for which actions, how many times.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Something that goes wrong instead of (or before) a normal answer.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `RequestLimitExceeded` in the error envelope (HTTP 200), as the real
    /// service rate-limits.
    RateLimit,
    /// An error envelope with this code and message (HTTP 200).
    Error {
        /// `FailedOperation.AgentOffline`.
        code: String,
        /// The message.
        message: String,
    },
    /// An HTTP status with a non-envelope body (a gateway's error page).
    HttpStatus {
        /// `503`.
        status: u16,
        /// The body (plain text).
        body: String,
    },
    /// Wait, then go on: a later matching rule or the normal answer.
    Delay(Duration),
    /// Close the connection without answering.
    DropConnection,
    /// Send the status, headers and `Content-Length` of the normal answer,
    /// then only half its body, then close.
    TruncateBody,
    /// Answer HTTP 200 with this body verbatim (e.g. not JSON).
    RawBody(String),
}

impl Fault {
    /// `RequestLimitExceeded`.
    pub fn rate_limit() -> Fault {
        Fault::RateLimit
    }

    /// An error envelope with `code` and `message`.
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Fault {
        Fault::Error {
            code: code.into(),
            message: message.into(),
        }
    }

    /// An HTTP status without an envelope.
    pub fn http_status(status: u16) -> Fault {
        Fault::HttpStatus {
            status,
            body: format!("{status} injected by tencentcloud-emulator"),
        }
    }

    /// A delay before answering.
    pub fn delay(d: Duration) -> Fault {
        Fault::Delay(d)
    }
}

/// A fault, the requests it applies to, and how many times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    pub(crate) service: Option<String>,
    pub(crate) action: Option<String>,
    pub(crate) fault: Fault,
    pub(crate) remaining: Option<u64>,
    pub(crate) skip: u64,
}

impl FaultRule {
    /// `fault` on every action of every service, every time.
    pub fn new(fault: Fault) -> FaultRule {
        FaultRule {
            service: None,
            action: None,
            fault,
            remaining: None,
            skip: 0,
        }
    }

    /// Only for this action (wire name, `DescribeVirusDetail`).
    pub fn action(mut self, action: impl Into<String>) -> FaultRule {
        self.action = Some(action.into());
        self
    }

    /// Only for this service (`cwp`).
    pub fn service(mut self, service: impl Into<String>) -> FaultRule {
        self.service = Some(service.into());
        self
    }

    /// Only for the next `n` matching requests, then the rule is spent.
    pub fn times(mut self, n: u64) -> FaultRule {
        self.remaining = Some(n);
        self
    }

    /// Let the first `n` matching requests through untouched, then apply
    /// (to fail the second page of a walk, say).
    pub fn after(mut self, n: u64) -> FaultRule {
        self.skip = n;
        self
    }

    /// The fault.
    pub fn fault(&self) -> &Fault {
        &self.fault
    }

    pub(crate) fn matches(&self, service: &str, action: &str) -> bool {
        self.remaining != Some(0)
            && self.service.as_deref().is_none_or(|s| s == service)
            && self.action.as_deref().is_none_or(|a| a == action)
    }
}

/// Parse error of a fault rule's text form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFaultError(String);

impl fmt::Display for ParseFaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; expected `[SERVICE/]ACTION[@AFTER][#TIMES]=FAULT` with ACTION or `*`, FAULT one of \
             rate-limit, error:CODE[:MESSAGE], status:CODE, delay:MILLISms, drop, truncate, raw:BODY",
            self.0
        )
    }
}

impl std::error::Error for ParseFaultError {}

/// The command-line form: `[SERVICE/]ACTION[@AFTER][#TIMES]=FAULT`, for
/// example `DescribeVirusDetail#2=rate-limit`, `*=delay:150ms`,
/// `DescribeRiskProcessEvents@1#1=drop` (the second call only),
/// `cwp/DescribeRiskProcessEvents=error:FailedOperation.AgentOffline:The agent is offline`,
/// `*=status:503`, `DescribeVirusDetail=drop`, `DescribeVirusDetail=truncate`,
/// `DescribeVirusDetail=raw:not json`.
impl FromStr for FaultRule {
    type Err = ParseFaultError;

    fn from_str(s: &str) -> Result<FaultRule, ParseFaultError> {
        let err = |m: String| ParseFaultError(m);
        let (target, fault) = s
            .split_once('=')
            .ok_or_else(|| err(format!("no `=` in {s:?}")))?;
        let (target, times) = match target.split_once('#') {
            Some((t, n)) => (
                t,
                Some(
                    n.parse::<u64>()
                        .map_err(|_| err(format!("times {n:?} is not a number")))?,
                ),
            ),
            None => (target, None),
        };
        let (target, after) = match target.split_once('@') {
            Some((t, n)) => (
                t,
                n.parse::<u64>()
                    .map_err(|_| err(format!("after {n:?} is not a number")))?,
            ),
            None => (target, 0),
        };
        let (service, action) = match target.split_once('/') {
            Some((s, a)) => (Some(s), a),
            None => (None, target),
        };
        if action.is_empty() || service == Some("") {
            return Err(err(format!("empty target in {s:?}")));
        }
        let (kind, arg) = match fault.split_once(':') {
            Some((k, a)) => (k, Some(a)),
            None => (fault, None),
        };
        let fault = match (kind, arg) {
            ("rate-limit", None) => Fault::RateLimit,
            ("error", Some(a)) => {
                let (code, message) = a
                    .split_once(':')
                    .unwrap_or((a, "injected by tencentcloud-emulator"));
                if code.is_empty() {
                    return Err(err("empty error code".to_string()));
                }
                Fault::error(code, message)
            }
            ("status", Some(a)) => {
                let status = a
                    .parse::<u16>()
                    .ok()
                    .filter(|s| (100..=599).contains(s))
                    .ok_or_else(|| err(format!("status {a:?} is not an HTTP status")))?;
                Fault::http_status(status)
            }
            ("delay", Some(a)) => {
                let ms = a
                    .strip_suffix("ms")
                    .and_then(|n| n.parse::<u64>().ok())
                    .ok_or_else(|| err(format!("delay {a:?} is not `<N>ms`")))?;
                Fault::Delay(Duration::from_millis(ms))
            }
            ("drop", None) => Fault::DropConnection,
            ("truncate", None) => Fault::TruncateBody,
            ("raw", Some(a)) => Fault::RawBody(a.to_string()),
            _ => return Err(err(format!("unknown fault {fault:?}"))),
        };
        let mut rule = FaultRule::new(fault);
        if action != "*" {
            rule = rule.action(action);
        }
        if let Some(s) = service {
            rule = rule.service(s);
        }
        if let Some(n) = times {
            rule = rule.times(n);
        }
        Ok(rule.after(after))
    }
}

/// What the rules decide for one request.
#[derive(Debug, Default)]
pub(crate) struct Decision {
    pub delay: Duration,
    pub fault: Option<Fault>,
}

/// Apply the rules in order: delays add up, the first other matching fault
/// wins; each applied rule uses one of its times.
pub(crate) fn decide(rules: &mut [FaultRule], service: &str, action: &str) -> Decision {
    let mut d = Decision::default();
    for rule in rules.iter_mut() {
        if !rule.matches(service, action) {
            continue;
        }
        if rule.skip > 0 {
            rule.skip -= 1;
            continue;
        }
        if let Some(n) = &mut rule.remaining {
            *n -= 1;
        }
        match &rule.fault {
            Fault::Delay(t) => d.delay = d.delay.saturating_add(*t),
            f => {
                d.fault = Some(f.clone());
                break;
            }
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_text_form() {
        let r: FaultRule = "DescribeVirusDetail#2=rate-limit".parse().unwrap();
        assert_eq!(
            r,
            FaultRule::new(Fault::RateLimit)
                .action("DescribeVirusDetail")
                .times(2)
        );
        let r: FaultRule =
            "cwp/DescribeRiskProcessEvents=error:FailedOperation.AgentOffline:The agent: offline"
                .parse()
                .unwrap();
        assert_eq!(
            r,
            FaultRule::new(Fault::error(
                "FailedOperation.AgentOffline",
                "The agent: offline"
            ))
            .action("DescribeRiskProcessEvents")
            .service("cwp")
        );
        let r: FaultRule = "DescribeRiskProcessEvents@1#1=drop".parse().unwrap();
        assert_eq!(
            r,
            FaultRule::new(Fault::DropConnection)
                .action("DescribeRiskProcessEvents")
                .after(1)
                .times(1)
        );
        let r: FaultRule = "*=delay:150ms".parse().unwrap();
        assert_eq!(r, FaultRule::new(Fault::Delay(Duration::from_millis(150))));
        assert_eq!(
            "*=status:503".parse::<FaultRule>().unwrap().fault,
            Fault::http_status(503)
        );
        assert_eq!(
            "A=drop".parse::<FaultRule>().unwrap().fault,
            Fault::DropConnection
        );
        assert_eq!(
            "A=truncate".parse::<FaultRule>().unwrap().fault,
            Fault::TruncateBody
        );
        assert_eq!(
            "A=raw:{x".parse::<FaultRule>().unwrap().fault,
            Fault::RawBody("{x".into())
        );
        for bad in [
            "",
            "A",
            "=drop",
            "A=",
            "A=nope",
            "A#x=drop",
            "A=status:99",
            "A=status:x",
            "A=delay:5",
            "A=error:",
            "A@x=drop",
            "/A=drop",
            "A=rate-limit:3",
        ] {
            let e = bad.parse::<FaultRule>().unwrap_err();
            assert!(e.to_string().contains("expected"), "{bad}: {e}");
        }
    }

    #[test]
    fn rules_apply_in_order_and_run_out() {
        let mut rules = vec![
            FaultRule::new(Fault::Delay(Duration::from_millis(5))).action("A"),
            FaultRule::new(Fault::RateLimit).action("A").times(2),
            FaultRule::new(Fault::DropConnection).service("other"),
        ];
        for _ in 0..2 {
            let d = decide(&mut rules, "svc", "A");
            assert_eq!(
                (d.delay, d.fault),
                (Duration::from_millis(5), Some(Fault::RateLimit))
            );
        }
        let d = decide(&mut rules, "svc", "A");
        assert_eq!((d.delay, d.fault), (Duration::from_millis(5), None));
        let d = decide(&mut rules, "svc", "B");
        assert_eq!((d.delay, d.fault), (Duration::ZERO, None));
        let d = decide(&mut rules, "other", "B");
        assert_eq!(d.fault, Some(Fault::DropConnection));
        // `after` lets calls through first.
        let mut rules = vec![FaultRule::new(Fault::RateLimit).after(2).times(1)];
        let faults: Vec<_> = (0..4).map(|_| decide(&mut rules, "s", "A").fault).collect();
        assert_eq!(faults, [None, None, Some(Fault::RateLimit), None]);
    }
}
