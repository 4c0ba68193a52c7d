//! Injected faults: what goes wrong, for which actions, how many times, and
//! how often (a seeded random share of the matching requests).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Something that goes wrong instead of (or before, or after) a normal
/// answer.
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
    /// Answer as usual, then close the connection, without a
    /// `Connection: close` header: the client's pooled keep-alive connection
    /// dies under it, as when a load balancer drops it. The client learns on
    /// its next read of that connection, or when its next request goes out
    /// on it and fails; a client must then reconnect (and retry a request
    /// that was lost). Like [`Delay`](Fault::Delay), it goes with whatever
    /// answers the request (the normal answer, or another matching fault).
    /// In memory ([`EmulatorBuilder::in_memory`](crate::EmulatorBuilder::in_memory))
    /// there is no connection: the request is answered and recorded with
    /// [`RequestRecord::connection_closed`](crate::RequestRecord::connection_closed)
    /// set, nothing more.
    CloseAfterAnswer,
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

/// The seed of a rule's random draws when none is given
/// ([`FaultRule::seed`]); mixed with the rule's position among the
/// emulator's rules.
pub const DEFAULT_FAULT_SEED: u64 = 0x7463_656D_755F_3230; // "tcemu_20"

/// A fault, the requests it applies to, how many times, and how often.
///
/// A request goes through the checks of its rule in this order: the
/// service and the action; the requests to let through first
/// ([`after`](Self::after)); the random draw ([`probability`](Self::probability));
/// the times left ([`times`](Self::times), used only by requests the rule
/// applies to).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    pub(crate) service: Option<String>,
    pub(crate) action: Option<String>,
    pub(crate) fault: Fault,
    pub(crate) remaining: Option<u64>,
    pub(crate) skip: u64,
    /// Applies when a draw is below this (`None`: always).
    threshold: Option<u64>,
    /// [`FaultRule::seed`].
    seed: Option<u64>,
    /// The draws' generator, set up on the first draw.
    rng: Option<u64>,
    /// Requests the rule applied to.
    fired: u64,
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
            threshold: None,
            seed: None,
            rng: None,
            fired: 0,
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

    /// Apply to each matching request with probability `p` (from 0 to 1),
    /// drawn from a deterministic generator: for given rules, seed and
    /// sequence of requests, the same requests get the fault, run after run
    /// (with concurrent callers, which call is the k-th to arrive may vary;
    /// how many get it does not). `p` is clamped to `0..=1`; `NaN` counts as
    /// 0 (never). `probability(0.01)` rate-limits 1 % of the calls.
    pub fn probability(mut self, p: f64) -> FaultRule {
        self.threshold = if p >= 1.0 {
            None
        } else if p > 0.0 {
            // p < 1, so the product is below 2^64.
            Some((p * TWO_POW_64) as u64)
        } else {
            Some(0)
        };
        self
    }

    /// The seed of the [`probability`](Self::probability) draws (default
    /// [`DEFAULT_FAULT_SEED`] mixed with the rule's position among the
    /// emulator's rules, so that two rules do not pick the same requests).
    /// An explicit seed is used as given, whatever the position.
    pub fn seed(mut self, seed: u64) -> FaultRule {
        self.seed = Some(seed);
        self.rng = None;
        self
    }

    /// The fault.
    pub fn fault(&self) -> &Fault {
        &self.fault
    }

    /// The probability of applying to a matching request (1 unless set with
    /// [`probability`](Self::probability)).
    pub fn chance(&self) -> f64 {
        self.threshold.map_or(1.0, |t| t as f64 / TWO_POW_64)
    }

    /// How many requests the rule has applied to (in
    /// [`Emulator::faults`](crate::Emulator::faults)).
    pub fn fired(&self) -> u64 {
        self.fired
    }

    /// Times left (`None`: unlimited).
    pub fn remaining(&self) -> Option<u64> {
        self.remaining
    }

    /// Whether this request gets the fault, by the rule's random draw.
    fn draw(&mut self, position: usize) -> bool {
        let Some(threshold) = self.threshold else {
            return true;
        };
        let state = self.rng.get_or_insert_with(|| match self.seed {
            Some(s) => s,
            None => DEFAULT_FAULT_SEED ^ splitmix64(&mut (position as u64)),
        });
        splitmix64(state) < threshold
    }

    pub(crate) fn matches(&self, service: &str, action: &str) -> bool {
        self.remaining != Some(0)
            && self.service.as_deref().is_none_or(|s| s == service)
            && self.action.as_deref().is_none_or(|a| a == action)
    }
}

const TWO_POW_64: f64 = 18_446_744_073_709_551_616.0;

/// SplitMix64: a small, fast, well-mixed generator (Steele, Lea and Flood
/// 2014), enough to pick requests; not for secrets.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Parse error of a fault rule's text form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFaultError(String);

impl fmt::Display for ParseFaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; expected `[SERVICE/]ACTION[@AFTER][#TIMES][%PERCENT]=FAULT` with ACTION or `*`, \
             PERCENT from 0 to 100, FAULT one of rate-limit, error:CODE[:MESSAGE], status:CODE, \
             delay:MILLISms, drop, truncate, close-after, raw:BODY",
            self.0
        )
    }
}

impl std::error::Error for ParseFaultError {}

/// The command-line form: `[SERVICE/]ACTION[@AFTER][#TIMES][%PERCENT]=FAULT`,
/// for example `DescribeVirusDetail#2=rate-limit`, `*=delay:150ms`,
/// `DescribeRiskProcessEvents@1#1=drop` (the second call only),
/// `cwp/DescribeRiskProcessEvents=error:FailedOperation.AgentOffline:The agent is offline`,
/// `*=status:503`, `DescribeVirusDetail=drop`, `DescribeVirusDetail=truncate`,
/// `DescribeVirusDetail=raw:not json`, `*%1=rate-limit` (1 % of all calls,
/// [`FaultRule::probability`]), `*%2.5=close-after`
/// ([`Fault::CloseAfterAnswer`]).
impl FromStr for FaultRule {
    type Err = ParseFaultError;

    fn from_str(s: &str) -> Result<FaultRule, ParseFaultError> {
        let err = |m: String| ParseFaultError(m);
        let (target, fault) = s
            .split_once('=')
            .ok_or_else(|| err(format!("no `=` in {s:?}")))?;
        let (target, percent) = match target.split_once('%') {
            Some((t, p)) => (
                t,
                Some(
                    p.parse::<f64>()
                        .ok()
                        .filter(|p| (0.0..=100.0).contains(p))
                        .ok_or_else(|| err(format!("percent {p:?} is not from 0 to 100")))?,
                ),
            ),
            None => (target, None),
        };
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
            ("close-after", None) => Fault::CloseAfterAnswer,
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
        if let Some(p) = percent {
            rule = rule.probability(p / 100.0);
        }
        Ok(rule.after(after))
    }
}

/// What the rules decide for one request.
#[derive(Debug, Default)]
pub(crate) struct Decision {
    pub delay: Duration,
    pub fault: Option<Fault>,
    /// [`Fault::CloseAfterAnswer`].
    pub close: bool,
}

/// Apply the rules in order: delays add up, closing after the answer goes
/// with any answer, the first other matching fault wins; each applied rule
/// uses one of its times.
pub(crate) fn decide(rules: &mut [FaultRule], service: &str, action: &str) -> Decision {
    let mut d = Decision::default();
    for (position, rule) in rules.iter_mut().enumerate() {
        if !rule.matches(service, action) {
            continue;
        }
        if rule.skip > 0 {
            rule.skip -= 1;
            continue;
        }
        if !rule.draw(position) {
            continue;
        }
        if let Some(n) = &mut rule.remaining {
            *n -= 1;
        }
        rule.fired += 1;
        match &rule.fault {
            Fault::Delay(t) => d.delay = d.delay.saturating_add(*t),
            Fault::CloseAfterAnswer => d.close = true,
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
        let r: FaultRule = "*%1=rate-limit".parse().unwrap();
        assert_eq!(r, FaultRule::new(Fault::RateLimit).probability(0.01));
        assert!((r.chance() - 0.01).abs() < 1e-12, "{}", r.chance());
        let r: FaultRule = "cwp/A@3#2%12.5=close-after".parse().unwrap();
        assert_eq!(
            r,
            FaultRule::new(Fault::CloseAfterAnswer)
                .service("cwp")
                .action("A")
                .after(3)
                .times(2)
                .probability(0.125)
        );
        assert_eq!(
            "A%100=drop".parse::<FaultRule>().unwrap().chance(),
            1.0,
            "100 % is every time"
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
            "A%=drop",
            "A%x=drop",
            "A%101=drop",
            "A%-1=drop",
            "A%NaN=drop",
            "A=close-after:1",
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

    #[test]
    fn probability_picks_a_seeded_share_of_the_requests() {
        let picks = |rule: FaultRule, position: usize, n: usize| {
            let mut rules: Vec<FaultRule> = (0..position)
                .map(|_| FaultRule::new(Fault::RateLimit).service("none"))
                .collect();
            rules.push(rule);
            let hits: Vec<bool> = (0..n)
                .map(|_| decide(&mut rules, "s", "A").fault.is_some())
                .collect();
            (hits, rules.pop().unwrap())
        };
        let one_percent = FaultRule::new(Fault::RateLimit).probability(0.01);
        let (hits, rule) = picks(one_percent.clone(), 0, 100_000);
        let n = hits.iter().filter(|h| **h).count();
        // Binomial(100 000, 0.01): mean 1000, sd 31.5; five sd either side.
        assert!((843..=1157).contains(&n), "{n} of 100000");
        assert_eq!(rule.fired(), n as u64);
        // The same rules and requests pick the same requests.
        assert_eq!(picks(one_percent.clone(), 0, 100_000).0, hits);
        // Another position, another sequence (so two rules of an emulator
        // do not fire together); an explicit seed ignores the position.
        assert_ne!(picks(one_percent.clone(), 1, 100_000).0, hits);
        let seeded = one_percent.clone().seed(7);
        assert_eq!(
            picks(seeded.clone(), 0, 10_000).0,
            picks(seeded.clone(), 3, 10_000).0
        );
        assert_ne!(
            picks(seeded, 0, 10_000).0,
            picks(one_percent.seed(8), 0, 10_000).0
        );
        // Clamped: never, always.
        for never in [0.0, -3.0, f64::NAN] {
            let (hits, _) = picks(FaultRule::new(Fault::RateLimit).probability(never), 0, 1000);
            assert!(hits.iter().all(|h| !h), "{never}");
        }
        for always in [1.0, 7.0, f64::INFINITY] {
            let (hits, _) = picks(
                FaultRule::new(Fault::RateLimit).probability(always),
                0,
                1000,
            );
            assert!(hits.iter().all(|h| *h), "{always}");
        }
        // `times` counts the requests the rule applied to, not those drawn.
        let (hits, rule) = picks(
            FaultRule::new(Fault::RateLimit).probability(0.5).times(3),
            0,
            1000,
        );
        assert_eq!(hits.iter().filter(|h| **h).count(), 3);
        assert_eq!((rule.fired(), rule.remaining()), (3, Some(0)));
    }

    #[test]
    fn closing_after_the_answer_goes_with_any_answer() {
        let mut rules = vec![
            FaultRule::new(Fault::CloseAfterAnswer).times(2),
            FaultRule::new(Fault::RateLimit).action("A"),
        ];
        let d = decide(&mut rules, "s", "A");
        assert!(d.close);
        assert_eq!(d.fault, Some(Fault::RateLimit));
        let d = decide(&mut rules, "s", "B");
        assert!(d.close);
        assert_eq!(d.fault, None);
        let d = decide(&mut rules, "s", "B");
        assert!(!d.close, "spent");
        assert_eq!(rules[0].fired(), 2);
        assert_eq!(rules[1].fired(), 1);
    }
}
