//! The emulator as a program: prints its URL on the first line of stdout,
//! then serves until interrupted (Ctrl-C, SIGTERM) or, with
//! `--exit-on-stdin-eof`, until its standard input closes.
//!
//! ```text
//! cargo run -p tencentcloud-emulator -- \
//!     --port 0 --secret-id AKIDtest --secret-key test-secret-key
//! ```

use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;
use tencentcloud_emulator::{Emulator, FaultRule, Pages};

const USAGE: &str = "\
Usage: tencentcloud-emulator [OPTIONS]

A loopback Tencent Cloud API 3.0 emulator, served from the official specs.
Prints its URL (http://127.0.0.1:PORT) on the first line of stdout.

Options:
  --port N                 port on 127.0.0.1 (default 0: any free port)
  --secret-id ID           accepted key pair (repeat --secret-id/--secret-key
  --secret-key KEY           for several; default AKIDEMULATOR/emulator-secret-key)
  --token TOKEN            the last key pair is temporary and needs X-TC-Token
  --specs DIR              specs folder <DIR>/<service>/<version>/api.json
                           (default: the specs/ of the SDK's repository this
                           program was built in; e.g. the services/ folder
                           of an unpacked tccli-intl-en wheel)
  --service NAME           serve only this service (repeatable)
  --window-secs N          accepted clock skew of X-TC-Timestamp (default 300)
  --lenient-signing        also accept signatures made the official Node SDK's
                           way (host without port, any scope service, header
                           values verbatim); default: verified as the service does
  --lenient-types          accept JSON strings holding numbers or booleans for
                           members of those types (as many doc examples write)
  --fault RULE             inject a fault, [SERVICE/]ACTION[@AFTER][#TIMES][%PERCENT]=FAULT
                           (AFTER calls pass first, then TIMES calls fail; with
                           PERCENT, that share of the calls at random), e.g.
                             DescribeVirusDetail#2=rate-limit
                             DescribeRiskProcessEvents@1#1=drop
                             '*=delay:150ms'
                             'DescribeRiskProcessEvents=error:FailedOperation.AgentOffline:The agent is offline'
                             '*=status:503'  X=drop  X=truncate  'X=raw:not json'
                             '*%1=rate-limit'  (1 % of all calls)
                             '*%2=close-after' (answer, then close the
                                               keep-alive connection)
  --seed N                 seed of the PERCENT draws of every --fault (default:
                           a fixed seed mixed with each rule's position)
  --max-records N          keep the last N requests' records (default 10000)
  --pages ACTION=N[,reported=M]
                           serve N generated items by Offset/Limit for ACTION
                           (reporting TotalCount M instead of N if given)
  --preload                parse every service's specs at start (default: each
                           service version's on its first request) and print
                           how its actions are answered; a malformed spec is
                           then a startup error
  --exit-on-stdin-eof      stop when standard input closes
  --exit-after-start       stop once started (to time the start)
  -h, --help               this text
";

struct Args {
    port: u16,
    credentials: Vec<(String, String, Option<String>)>,
    specs: Option<String>,
    services: Vec<String>,
    window: Option<u64>,
    faults: Vec<FaultRule>,
    seed: Option<u64>,
    max_records: Option<usize>,
    pages: Vec<(String, Pages)>,
    exit_on_stdin_eof: bool,
    exit_after_start: bool,
    preload: bool,
    lenient_signing: bool,
    lenient_types: bool,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut args = Args {
        port: 0,
        credentials: Vec::new(),
        specs: None,
        services: Vec::new(),
        window: None,
        faults: Vec::new(),
        seed: None,
        max_records: None,
        pages: Vec::new(),
        exit_on_stdin_eof: false,
        exit_after_start: false,
        preload: false,
        lenient_signing: false,
        lenient_types: false,
    };
    let mut pending_id: Option<String> = None;
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--port" => {
                let v = value("--port")?;
                args.port = v
                    .parse()
                    .map_err(|_| format!("--port {v:?} is not a port"))?;
            }
            "--secret-id" => {
                if pending_id.is_some() {
                    return Err("--secret-id must be followed by its --secret-key".into());
                }
                pending_id = Some(value("--secret-id")?);
            }
            "--secret-key" => {
                let id = pending_id
                    .take()
                    .ok_or("--secret-key must follow a --secret-id")?;
                args.credentials.push((id, value("--secret-key")?, None));
            }
            "--token" => {
                let token = value("--token")?;
                let last = args
                    .credentials
                    .last_mut()
                    .ok_or("--token must follow a --secret-id/--secret-key pair")?;
                last.2 = Some(token);
            }
            "--specs" => args.specs = Some(value("--specs")?),
            "--service" => args.services.push(value("--service")?),
            "--window-secs" => {
                let v = value("--window-secs")?;
                args.window = Some(
                    v.parse()
                        .map_err(|_| format!("--window-secs {v:?} is not a number"))?,
                );
            }
            "--fault" => {
                let v = value("--fault")?;
                args.faults
                    .push(v.parse().map_err(|e| format!("--fault {v:?}: {e}"))?);
            }
            "--seed" => {
                let v = value("--seed")?;
                args.seed = Some(
                    v.parse()
                        .map_err(|_| format!("--seed {v:?} is not a number"))?,
                );
            }
            "--max-records" => {
                let v = value("--max-records")?;
                args.max_records = Some(
                    v.parse()
                        .map_err(|_| format!("--max-records {v:?} is not a number"))?,
                );
            }
            "--pages" => {
                let v = value("--pages")?;
                args.pages
                    .push(parse_pages(&v).map_err(|e| format!("--pages {v:?}: {e}"))?);
            }
            "--exit-on-stdin-eof" => args.exit_on_stdin_eof = true,
            "--lenient-signing" => args.lenient_signing = true,
            "--lenient-types" => args.lenient_types = true,
            "--exit-after-start" => args.exit_after_start = true,
            "--preload" => args.preload = true,
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    if pending_id.is_some() {
        return Err("--secret-id without --secret-key".into());
    }
    if args.credentials.is_empty() {
        args.credentials.push((
            "AKIDEMULATOR".to_string(),
            "emulator-secret-key".to_string(),
            None,
        ));
    }
    Ok(Some(args))
}

fn parse_pages(text: &str) -> Result<(String, Pages), String> {
    let (action, rest) = text
        .split_once('=')
        .ok_or("expected ACTION=N[,reported=M]")?;
    let mut parts = rest.split(',');
    let n = parts.next().unwrap_or("");
    let mut pages = Pages::new(n.parse().map_err(|_| format!("{n:?} is not a count"))?);
    for p in parts {
        match p.split_once('=') {
            Some(("reported", m)) => {
                pages = pages.reported_total(
                    m.parse()
                        .map_err(|_| format!("reported {m:?} is not a number"))?,
                )
            }
            _ => return Err(format!("unknown option {p:?}")),
        }
    }
    if action.is_empty() {
        return Err("empty action".into());
    }
    Ok((action.to_string(), pages))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("tencentcloud-emulator: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Emulator::builder().port(args.port);
    for (id, key, token) in &args.credentials {
        builder = match token {
            Some(t) => builder.credential_with_token(id, key, t),
            None => builder.credential(id, key),
        };
    }
    let root = args
        .specs
        .map(std::path::PathBuf::from)
        .unwrap_or_else(tencentcloud_emulator::shipped_specs_dir);
    if args.services.is_empty() {
        builder = builder.specs_dir(root);
    } else {
        for s in &args.services {
            builder = builder.service_from_specs(root.clone(), s);
        }
    }
    if let Some(w) = args.window {
        builder = builder.timestamp_window(Duration::from_secs(w));
    }
    if args.lenient_signing {
        builder = builder.lenient_signing();
    }
    if args.lenient_types {
        builder = builder.lenient_types();
    }
    for (i, f) in args.faults.into_iter().enumerate() {
        // One seed for all, mixed with the rule's position so that two
        // rules do not pick the same calls.
        builder = builder.fault(match args.seed {
            Some(seed) => f.seed(seed.wrapping_add(i as u64)),
            None => f,
        });
    }
    if let Some(n) = args.max_records {
        builder = builder.max_records(n);
    }
    for (action, pages) in args.pages {
        builder = builder.pages(action, pages);
    }
    let emu = match builder.start().await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("tencentcloud-emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", emu.url());
        let _ = out.flush();
    }
    if args.preload {
        let services = match emu.load_all() {
            Ok(s) => s,
            Err(e) => {
                eprintln!("tencentcloud-emulator: {e}");
                return ExitCode::FAILURE;
            }
        };
        for s in services {
            let [plain, repaired, salvaged, minimal] = s.answer_counts();
            eprintln!(
                "tencentcloud-emulator: {} {}: {} actions answered from doc examples: {plain} as written, {repaired} repaired, {salvaged} salvaged; {minimal} minimally",
                s.name,
                s.version,
                s.api.actions.len()
            );
        }
    } else {
        eprintln!(
            "tencentcloud-emulator: {} service versions listed ({}); each one's specs are read on its first request",
            emu.listed().len(),
            emu.listed().join(", ")
        );
    }
    eprintln!(
        "tencentcloud-emulator: listening on {} (secret ids: {})",
        emu.url(),
        args.credentials
            .iter()
            .map(|c| c.0.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    if !args.exit_after_start {
        wait_for_stop(args.exit_on_stdin_eof).await;
    }
    emu.shutdown().await;
    ExitCode::SUCCESS
}

async fn wait_for_stop(stdin_eof: bool) {
    let stdin = async {
        if stdin_eof {
            // Read and discard until EOF, on a plain thread (stdin blocks).
            let (tx, rx) = tokio::sync::oneshot::channel::<()>();
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
                let _ = tx.send(());
            });
            let _ = rx.await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
        _ = stdin => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<Args>, String> {
        parse_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn arguments() {
        let a = parse(&[
            "--port",
            "0",
            "--secret-id",
            "A",
            "--secret-key",
            "B",
            "--token",
            "T",
            "--secret-id",
            "C",
            "--secret-key",
            "D",
            "--fault",
            "X#1=drop",
            "--fault",
            "*%1.5=rate-limit",
            "--seed",
            "9",
            "--max-records",
            "100",
            "--pages",
            "DescribeRiskProcessEvents=5,reported=9",
            "--service",
            "cwp",
            "--window-secs",
            "10",
            "--preload",
            "--exit-after-start",
        ])
        .unwrap()
        .unwrap();
        assert_eq!(
            a.credentials,
            vec![
                ("A".into(), "B".into(), Some("T".into())),
                ("C".into(), "D".into(), None)
            ]
        );
        assert_eq!(a.faults.len(), 2);
        assert!((a.faults[1].chance() - 0.015).abs() < 1e-12);
        assert_eq!((a.seed, a.max_records), (Some(9), Some(100)));
        assert_eq!(
            a.pages[0],
            (
                "DescribeRiskProcessEvents".to_string(),
                Pages::new(5).reported_total(9)
            )
        );
        assert_eq!((a.services.len(), a.window), (1, Some(10)));
        assert!(a.preload && a.exit_after_start);
        assert!(parse(&["--help"]).unwrap().is_none());
        let defaults = parse(&[]).unwrap().unwrap();
        assert_eq!(defaults.credentials[0].0, "AKIDEMULATOR");
        for bad in [
            &["--port"][..],
            &["--port", "x"],
            &["--secret-key", "k"],
            &["--secret-id", "a"],
            &["--secret-id", "a", "--secret-id", "b"],
            &["--token", "t"],
            &["--fault", "nonsense"],
            &["--fault", "X%200=drop"],
            &["--seed", "-1"],
            &["--max-records", "x"],
            &["--pages", "A"],
            &["--pages", "A=x"],
            &["--pages", "A=1,foo=2"],
            &["--bogus"],
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
