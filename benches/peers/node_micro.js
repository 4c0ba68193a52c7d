#!/usr/bin/env node
// Per-call signing and large-body decode cost inside the official Node SDK.
//
//   node benches/peers/node_micro.js
//
// Each figure is the median of 5 timed loops, in µs per operation. Prints
// one JSON line.
//
// * sign: `Sign.sign3`, what every call runs (json-bigint stringify of the
//   request for the payload hash, canonical request, key derived each call);
// * decode large, JSON.parse: the 100-event body as a string;
// * decode large, per call: `JSON.parse(buffer.toString())`, what node-fetch's
//   `res.json()` does with the received bytes (the SDK returns the plain
//   object: there is no typed model).

const fs = require("fs");
const path = require("path");
const common = path.join(__dirname, "node", "node_modules", "tencentcloud-sdk-nodejs",
  "tencentcloud", "common");
const Sign = require(path.join(common, "sign.js")).default;

function perOp(fn, n, rounds = 5) {
  for (let i = 0; i < Math.max(1, n / 10); i++) fn();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    times.push(Number(process.hrtime.bigint() - t) / n / 1000);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(rounds / 2)] * 100) / 100;
}

const fix = path.join(__dirname, "..", "fixtures");
const req = JSON.parse(fs.readFileSync(path.join(fix, "DescribeRiskProcessEvents-request.json"), "utf8"));
const largeBuf = fs.readFileSync(path.join(fix, "DescribeRiskProcessEvents-100.json"));
const large = largeBuf.toString("utf8");
let ts = 1700000000;
const sign = () => Sign.sign3({
  method: "POST",
  url: "http://127.0.0.1:1/",
  payload: req,
  timestamp: ts++,
  service: "cwp",
  secretId: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
  secretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
  headers: { "Content-Type": "application/json" },
});

console.log(JSON.stringify({
  client: "node",
  sign_us: perOp(sign, 20000),
  decode_large_json_parse_us: perOp(() => JSON.parse(large), 500),
  decode_large_per_call_us: perOp(() => JSON.parse(largeBuf.toString()), 500),
}));
