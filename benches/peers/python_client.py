#!/usr/bin/env python3
"""The official Python SDK (tencentcloud-sdk-python-cwp) against bench-server.

    PYTHONPATH=benches/peers/.py python3 benches/peers/python_client.py \
        --endpoint 127.0.0.1:PORT --calls 2000 --concurrency 16

`CwpClient.DescribeRiskProcessEvents` with the request of
benches/fixtures/DescribeRiskProcessEvents-request.json, over http
(`HttpProfile(protocol="http", endpoint=...)`), TC3 signing, the typed
response model. One client shared by `--concurrency` threads, each taking
the next call until `--calls` are done, after `--warmup` untimed calls.
Prints one JSON line like bench-client.
"""

import argparse
import json
import os
import threading
import time

from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.cwp.v20180228 import cwp_client, models

HERE = os.path.dirname(os.path.abspath(__file__))
REQUEST = os.path.join(HERE, "..", "fixtures", "DescribeRiskProcessEvents-request.json")
SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"


def client(endpoint):
    http = HttpProfile(protocol="http", endpoint=endpoint, reqTimeout=30)
    return cwp_client.CwpClient(
        credential.Credential(SECRET_ID, SECRET_KEY),
        "ap-guangzhou",
        ClientProfile(httpProfile=http),
    )


def request():
    req = models.DescribeRiskProcessEventsRequest()
    with open(REQUEST, encoding="utf-8") as f:
        req.from_json_string(f.read())
    return req


def drive(c, req, calls, concurrency):
    lock = threading.Lock()
    state = {"next": 0}
    errors = []

    def worker():
        while True:
            with lock:
                if state["next"] >= calls:
                    return
                state["next"] += 1
            try:
                resp = c.DescribeRiskProcessEvents(req)
                assert resp.List, "empty response"
            except Exception as e:  # report, do not hang
                errors.append(e)
                return

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise errors[0]
    return elapsed


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True, help="127.0.0.1:PORT")
    p.add_argument("--calls", type=int, default=2000)
    p.add_argument("--concurrency", type=int, default=1)
    p.add_argument("--warmup", type=int, default=100)
    a = p.parse_args()
    c, req = client(a.endpoint), request()
    drive(c, req, a.warmup, a.concurrency)
    secs = drive(c, req, a.calls, a.concurrency)
    print(json.dumps({"client": "python", "calls": a.calls, "concurrency": a.concurrency,
                      "seconds": secs, "calls_per_sec": a.calls / secs}))


if __name__ == "__main__":
    main()
