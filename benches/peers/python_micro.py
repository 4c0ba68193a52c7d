#!/usr/bin/env python3
"""Per-call signing and large-body decode cost inside the official Python SDK.

    PYTHONPATH=benches/peers/.py python3 benches/peers/python_micro.py

Each figure is the median of 5 timed loops, in µs per operation. Prints one
JSON line.

* sign (SDK request build): `AbstractClient._build_req_with_tc3_signature`,
  what every call runs: headers, `json.dumps` of the request, TC3 signature
  with the key derived each call;
* sign (signature only): `_get_tc3_signature` on a built request (payload
  hash, canonical request, key derivation, HMAC);
* decode large, json.loads: the 100-event body;
* decode large, typed: `json.loads` + `DescribeRiskProcessEventsResponse._deserialize`
  (what the generated method does);
* decode large, per call: the above plus the `json.loads` that `_check_error`
  makes first when the response's Content-Type is `application/json` (two
  parses per call, as the SDK does against the real service).
"""

import json
import os
import statistics
import time

from tencentcloud.common import credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.cwp.v20180228 import cwp_client, models

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "fixtures")


def per_op(fn, n, rounds=5):
    for _ in range(max(1, n // 10)):
        fn()
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        times.append((time.perf_counter() - t) / n * 1e6)
    return round(statistics.median(times), 2)


def main():
    c = cwp_client.CwpClient(
        credential.Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"),
        "ap-guangzhou",
        ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint="127.0.0.1:1")),
    )
    req = models.DescribeRiskProcessEventsRequest()
    with open(os.path.join(FIX, "DescribeRiskProcessEvents-request.json"), encoding="utf-8") as f:
        req.from_json_string(f.read())
    params = req._serialize()

    def build():
        r = RequestInternal(c._get_endpoint(), "POST", "/", header={})
        c._build_req_with_tc3_signature("DescribeRiskProcessEvents", params, r, None)
        return r

    built = build()
    date = time.strftime("%Y-%m-%d", time.gmtime(int(built.header["X-TC-Timestamp"])))

    def signature():
        return c._get_tc3_signature(params, built, date, "cwp", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE")

    with open(os.path.join(FIX, "DescribeRiskProcessEvents-100.json"), "rb") as f:
        large = f.read()

    def typed():
        m = models.DescribeRiskProcessEventsResponse()
        m._deserialize(json.loads(large)["Response"])
        return m

    def per_call():
        json.loads(large)  # _check_error
        return typed()

    print(json.dumps({
        "client": "python",
        "sign_sdk_request_build_us": per_op(build, 20000),
        "sign_signature_only_us": per_op(signature, 20000),
        "decode_large_json_loads_us": per_op(lambda: json.loads(large), 300),
        "decode_large_typed_us": per_op(typed, 300),
        "decode_large_per_call_us": per_op(per_call, 300),
    }))


if __name__ == "__main__":
    main()
