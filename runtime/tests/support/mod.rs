//! A tiny HTTP/1.1 server on 127.0.0.1 for tests: records every request,
//! answers from a handler, and can delay, cut off or close. Plus an
//! independent TC3 signature check (written from the documentation with
//! `hmac`/`sha2` directly, not with the crate's signer).

#![allow(dead_code)]

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    /// Names lower-cased, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Which connection (0-based, in accept order) carried it.
    pub connection: usize,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A complete response.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        /// Close the connection after this response (without saying so).
        close: bool,
    },
    /// Wait, then do the inner reply.
    Delay(Duration, Box<Reply>),
    /// Send these bytes as they are, then close.
    Raw(Vec<u8>),
    /// Close without answering.
    Close,
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
            close: false,
        }
    }

    pub fn ok(response: serde_json::Value) -> Reply {
        Reply::json(200, serde_json::json!({ "Response": response }))
    }

    pub fn error(code: &str, request_id: &str) -> Reply {
        Reply::json(
            200,
            serde_json::json!({"Response": {"Error": {"Code": code, "Message": format!("{code} message")}, "RequestId": request_id}}),
        )
    }

    pub fn body(status: u16, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Respond {
            status,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: body.into(),
            close: false,
        }
    }

    pub fn with_header(self, name: &str, value: &str) -> Reply {
        match self {
            Reply::Respond {
                status,
                mut headers,
                body,
                close,
            } => {
                headers.push((name.into(), value.into()));
                Reply::Respond {
                    status,
                    headers,
                    body,
                    close,
                }
            }
            other => other,
        }
    }

    pub fn closing(self) -> Reply {
        match self {
            Reply::Respond {
                status,
                headers,
                body,
                ..
            } => Reply::Respond {
                status,
                headers,
                body,
                close: true,
            },
            other => other,
        }
    }

    pub fn delayed(self, by: Duration) -> Reply {
        Reply::Delay(by, Box::new(self))
    }
}

type Handler = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

/// A running server; stops when dropped.
pub struct Server {
    pub addr: std::net::SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Server {
    /// Start a server answering with `handler(request, n)` where `n` is the
    /// 0-based number of the request.
    pub async fn start(
        handler: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let (reqs, conns) = (requests.clone(), connections.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let id = conns.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(serve(stream, id, reqs.clone(), handler.clone()));
            }
        });
        Server {
            addr,
            requests,
            connections,
            task,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn host(&self) -> String {
        self.addr.to_string()
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

async fn serve(
    mut stream: TcpStream,
    id: usize,
    requests: Arc<Mutex<Vec<Recorded>>>,
    handler: Arc<Handler>,
) {
    let mut buf = Vec::new();
    loop {
        let Some(req) = read_request(&mut stream, &mut buf, id).await else {
            return;
        };
        let n = {
            let mut all = requests.lock().unwrap();
            all.push(req.clone());
            all.len() - 1
        };
        let mut reply = handler(&req, n);
        loop {
            match reply {
                Reply::Delay(d, inner) => {
                    tokio::time::sleep(d).await;
                    reply = *inner;
                }
                Reply::Close => return,
                Reply::Raw(bytes) => {
                    let _ = stream.write_all(&bytes).await;
                    let _ = stream.flush().await;
                    return;
                }
                Reply::Respond {
                    status,
                    headers,
                    body,
                    close,
                } => {
                    let mut out = format!(
                        "HTTP/1.1 {status} Status\r\nContent-Length: {}\r\n",
                        body.len()
                    )
                    .into_bytes();
                    for (k, v) in headers {
                        out.extend_from_slice(k.as_bytes());
                        out.extend_from_slice(b": ");
                        out.extend_from_slice(v.as_bytes());
                        out.extend_from_slice(b"\r\n");
                    }
                    out.extend_from_slice(b"\r\n");
                    out.extend_from_slice(&body);
                    if stream.write_all(&out).await.is_err() {
                        return;
                    }
                    let _ = stream.flush().await;
                    if close {
                        return;
                    }
                    break;
                }
            }
        }
    }
}

async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>, id: usize) -> Option<Recorded> {
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let path = first.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let body_start = head_end + 4;
    while buf.len() < body_start + len {
        let mut chunk = [0u8; 8192];
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[body_start..body_start + len].to_vec();
    buf.drain(..body_start + len);
    Some(Recorded {
        method,
        path,
        headers,
        body,
        connection: id,
    })
}

/// Check a request's TC3 signature the way a server would, from the
/// documented algorithm. Returns the secret id and service of the scope.
pub fn verify_tc3(req: &Recorded, secret_key: &str) -> Result<(String, String), String> {
    type H = Hmac<Sha256>;
    fn mac(key: &[u8], msg: &[u8]) -> Vec<u8> {
        let mut m = H::new_from_slice(key).unwrap();
        m.update(msg);
        m.finalize().into_bytes().to_vec()
    }
    let auth = req.header("authorization").ok_or("no Authorization")?;
    let rest = auth
        .strip_prefix("TC3-HMAC-SHA256 Credential=")
        .ok_or("not TC3")?;
    let (cred, rest) = rest
        .split_once(", SignedHeaders=")
        .ok_or("no SignedHeaders")?;
    let (signed, sig) = rest.split_once(", Signature=").ok_or("no Signature")?;
    let parts: Vec<&str> = cred.split('/').collect();
    let [id, date, service, "tc3_request"] = parts[..] else {
        return Err(format!("bad credential scope {cred}"));
    };
    let ts: i64 = req
        .header("x-tc-timestamp")
        .ok_or("no X-TC-Timestamp")?
        .parse()
        .map_err(|_| "bad timestamp")?;
    // The scope's date must be the UTC date of the timestamp: derive it via
    // the HTTP date format, independently of the crate.
    let http = httpdate::fmt_http_date(std::time::UNIX_EPOCH + Duration::from_secs(ts as u64));
    let f: Vec<&str> = http.split(' ').collect(); // Sun, 06 Nov 1994 08:49:37 GMT
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .iter()
    .position(|m| *m == f[2])
    .unwrap()
        + 1;
    let expected_date = format!("{}-{month:02}-{}", f[3], f[1]);
    if date != expected_date {
        return Err(format!(
            "scope date {date} is not the UTC date of {ts} ({expected_date})"
        ));
    }
    let mut canonical_headers = String::new();
    for name in signed.split(';') {
        let value = req
            .header(name)
            .ok_or(format!("signed header {name} not sent"))?;
        canonical_headers.push_str(&format!("{name}:{}\n", value.trim().to_ascii_lowercase()));
    }
    let query = req.path.split_once('?').map(|(_, q)| q).unwrap_or("");
    let canonical = format!(
        "{}\n/\n{query}\n{canonical_headers}\n{signed}\n{}",
        req.method,
        hex::encode(Sha256::digest(&req.body))
    );
    let to_sign = format!(
        "TC3-HMAC-SHA256\n{ts}\n{date}/{service}/tc3_request\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let k = mac(format!("TC3{secret_key}").as_bytes(), date.as_bytes());
    let k = mac(&k, service.as_bytes());
    let k = mac(&k, b"tc3_request");
    let expected = hex::encode(mac(&k, to_sign.as_bytes()));
    if expected != sig {
        return Err(format!(
            "signature mismatch: expected {expected}, got {sig}"
        ));
    }
    Ok((id.to_string(), service.to_string()))
}

/// A clock that moves forward one second every time it is read, so each
/// attempt of a call is signed at a different timestamp.
#[derive(Debug)]
pub struct TickingClock(pub std::sync::atomic::AtomicU64);

impl TickingClock {
    pub fn starting_at(secs: u64) -> Self {
        TickingClock(std::sync::atomic::AtomicU64::new(secs))
    }
}

impl tencentcloud_runtime::time::TimeSource for TickingClock {
    fn now(&self) -> std::time::SystemTime {
        std::time::UNIX_EPOCH + Duration::from_secs(self.0.fetch_add(1, Ordering::SeqCst))
    }
}

/// A directory removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "tencentcloud-it-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A port with nothing listening (bound, then released).
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}
