#!/usr/bin/env node
// The official Node SDK (tencentcloud-sdk-nodejs) against bench-server.
//
//   node benches/peers/node_client.js --endpoint 127.0.0.1:PORT --calls 2000 --concurrency 16
//
// `cwp.v20180228.Client.DescribeRiskProcessEvents` with the request of
// benches/fixtures/DescribeRiskProcessEvents-request.json, over http
// (`httpProfile: { endpoint, protocol: "http://" }`), TC3 signing. One
// client; `--concurrency` async loops (Promise.all), each taking the next
// call until `--calls` are done, after `--warmup` untimed calls. Prints one
// JSON line like bench-client.

const fs = require("fs");
const path = require("path");
const { cwp } = require(path.join(__dirname, "node", "node_modules", "tencentcloud-sdk-nodejs",
  "tencentcloud", "services", "cwp"));

const SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";
const SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) {
    if (dflt === undefined) throw new Error(`--${name} is required`);
    return dflt;
  }
  return process.argv[i + 1];
}

async function drive(client, req, calls, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      next += 1;
      const resp = await client.DescribeRiskProcessEvents(req);
      if (!resp.List || resp.List.length === 0) throw new Error("empty response");
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main() {
  const endpoint = arg("endpoint");
  const calls = Number(arg("calls", "2000"));
  const concurrency = Number(arg("concurrency", "1"));
  const warmup = Number(arg("warmup", "100"));
  const client = new cwp.v20180228.Client({
    credential: { secretId: SECRET_ID, secretKey: SECRET_KEY },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint, protocol: "http://", reqTimeout: 30 } },
  });
  const req = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures",
    "DescribeRiskProcessEvents-request.json"), "utf8"));
  await drive(client, req, warmup, concurrency);
  const secs = await drive(client, req, calls, concurrency);
  console.log(JSON.stringify({ client: "node", calls, concurrency, seconds: secs,
    calls_per_sec: calls / secs }));
}

main().catch((e) => { console.error(e); process.exit(1); });
