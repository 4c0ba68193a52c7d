#!/usr/bin/env node
// The official Tencent Cloud Node.js SDK (tencentcloud-sdk-nodejs-common,
// pinned in package.json) against the emulator.
//
// Node signs differently from Python against a local endpoint
// (OFFICIAL-SDKS.md §7): `host:127.0.0.1` without the port, and the
// credential scope's service `127` (the endpoint's first label). The
// emulator accepts both; this script proves it, for POST and GET.
//
//   (cd tests/node && npm install)
//   node tests/node/official_sdk_check.js --endpoint 127.0.0.1:PORT \
//       --secret-id AKID... --secret-key ...
//
// Prints one line per check and `N passed, M failed`; exits 1 on failure.
"use strict";

const assert = require("assert");
const { CommonClient } = require("tencentcloud-sdk-nodejs-common");

function arg(name) {
  const i = process.argv.indexOf(name);
  if (i < 0 || i + 1 >= process.argv.length) {
    console.error(`missing ${name}`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const endpoint = arg("--endpoint");
const secretId = arg("--secret-id");
const secretKey = arg("--secret-key");

function client(service, version, { method = "POST", key = secretKey } = {}) {
  return new CommonClient(`${service}.tencentcloudapi.com`, version, {
    credential: { secretId, secretKey: key },
    region: "ap-guangzhou",
    profile: {
      language: "en-US",
      httpProfile: { endpoint, protocol: "http://", reqMethod: method, reqTimeout: 10 },
    },
  });
}

async function riskProcessEvents(method) {
  const r = await client("cwp", "2018-02-28", { method }).request("DescribeRiskProcessEvents", {
    Limit: 30,
    Offset: 0,
    Filters: [{ Name: "HostId", Values: ["a5b2bbb3", "x y"], ExactMatch: true }],
  });
  assert.ok(r.RequestId);
  assert.strictEqual(r.TotalCount, 89);
  assert.strictEqual(r.List[0].EventId, 24);
  assert.deepStrictEqual(r.List[0].VirusTags, ["scanner", "hack_tools"]);
  return r;
}

async function virusDetail(method) {
  const r = await client("tcss", "2020-11-01", { method }).request("DescribeVirusDetail", { Id: "10021" });
  assert.strictEqual(r.RiskLevel, "RISK_CRITICAL");
  assert.strictEqual(r.Size, 332155);
  assert.strictEqual(r.FileName, "specimen_*******");
  return r;
}

async function expectError(code, call) {
  try {
    const r = await call();
    throw new assert.AssertionError({ message: `expected ${code}, got ${JSON.stringify(r)}` });
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.strictEqual(e.code, code, `${e.code}: ${e.message}`);
    assert.ok(e.requestId, "no RequestId");
    return e;
  }
}

const checks = [
  ["POST cwp DescribeRiskProcessEvents", () => riskProcessEvents("POST")],
  ["GET cwp DescribeRiskProcessEvents", () => riskProcessEvents("GET")],
  ["POST tcss DescribeVirusDetail", () => virusDetail("POST")],
  ["GET tcss DescribeVirusDetail", () => virusDetail("GET")],
  [
    "wrong secret key is AuthFailure.SignatureFailure",
    () =>
      expectError("AuthFailure.SignatureFailure", () =>
        client("tcss", "2020-11-01", { key: "wrong-key" }).request("DescribeVirusDetail", { Id: "1" })
      ),
  ],
  [
    "missing Id is MissingParameter",
    async () => {
      const e = await expectError("MissingParameter", () =>
        client("tcss", "2020-11-01").request("DescribeVirusDetail", {})
      );
      assert.ok(e.message.includes("Id"), e.message);
    },
  ],
];

(async () => {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      passed += 1;
      console.log(`ok   ${name}`);
    } catch (e) {
      failed += 1;
      console.log(`FAIL ${name}\n${e && e.stack ? e.stack : e}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
