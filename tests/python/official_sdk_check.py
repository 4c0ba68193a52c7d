#!/usr/bin/env python3
"""The official Tencent Cloud Python SDK against the emulator.

Proves the emulator speaks the protocol of the official clients: their
TC3 signatures (POST JSON, the legacy GET form, unsigned payloads) are
accepted, their calls answered with the doc examples, and wrong keys and
missing parameters rejected with the real error codes.

Usage (the emulator must be running):

    pip install -r tests/python/requirements.txt
    cargo run -p tencentcloud-emulator -- \
        --secret-id AKIDpython --secret-key python-secret-key &
    python3 tests/python/official_sdk_check.py --endpoint 127.0.0.1:PORT \
        --secret-id AKIDpython --secret-key python-secret-key

Prints one line per check and `N passed, M failed`; exits 1 on any failure.
"""

import argparse
import sys
import traceback

from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

CWP = ("cwp", "2018-02-28")
TCSS = ("tcss", "2020-11-01")


def client(args, service, method="POST", key=None, unsigned=False):
    hp = HttpProfile(protocol="http", endpoint=args.endpoint, reqMethod=method, reqTimeout=10)
    profile = ClientProfile(httpProfile=hp, language="en-US")
    if unsigned:
        profile.unsignedPayload = True
    cred = credential.Credential(args.secret_id, key or args.secret_key)
    return CommonClient(service[0], service[1], cred, "ap-guangzhou", profile=profile)


def without_request_id(response):
    return {k: v for k, v in response.items() if k != "RequestId"}


def check_risk_process_events(args, method):
    # The seed page's example: a Limit of 30, plus a filter that exercises
    # the flattened form (Filters.0.Values.1, a boolean) under GET.
    params = {
        "Limit": 30,
        "Offset": 0,
        "Filters": [{"Name": "HostId", "Values": ["a5b2bbb3", "x y"], "ExactMatch": True}],
    }
    r = client(args, CWP, method).call_json("DescribeRiskProcessEvents", params)["Response"]
    assert "Error" not in r, r
    assert r["RequestId"], r
    # Values of the documentation's example (DescribeRiskProcessEvents page).
    assert r["TotalCount"] == 89, r["TotalCount"]
    first = r["List"][0]
    assert first["EventId"] == 24, first
    assert first["VirusName"] == "Linux.Scanner.Fscan", first
    assert first["VirusTags"] == ["scanner", "hack_tools"], first
    assert first["MachineExtraInfo"]["InstanceID"] == "ins-jvi1gdu0", first
    return r


def check_virus_detail(args, method, unsigned=False):
    r = client(args, TCSS, method, unsigned=unsigned).call_json("DescribeVirusDetail", {"Id": "10021"})[
        "Response"
    ]
    assert "Error" not in r, r
    # Values of the documentation's example (DescribeVirusDetail page).
    assert r["RiskLevel"] == "RISK_CRITICAL", r
    assert r["Size"] == 332155, r
    assert r["Status"] == "DEAL_NONE", r
    assert r["CheckPlatform"] == ["VDC", "TAV"], r
    assert r["FileName"] == "specimen_*******", r
    return r


def expect_error(code, call):
    try:
        r = call()
    except TencentCloudSDKException as e:
        assert e.get_code() == code, (e.get_code(), e.get_message())
        assert e.get_request_id(), "no RequestId"
        return e
    raise AssertionError("expected %s, got %r" % (code, r))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", required=True, help="127.0.0.1:PORT")
    parser.add_argument("--secret-id", required=True)
    parser.add_argument("--secret-key", required=True)
    args = parser.parse_args()

    answers = {}

    def post_cwp():
        answers["cwp POST"] = check_risk_process_events(args, "POST")

    def get_cwp():
        answers["cwp GET"] = check_risk_process_events(args, "GET")
        assert without_request_id(answers["cwp GET"]) == without_request_id(answers["cwp POST"])
        assert answers["cwp GET"]["RequestId"] != answers["cwp POST"]["RequestId"]

    def post_tcss():
        answers["tcss POST"] = check_virus_detail(args, "POST")

    def get_tcss():
        answers["tcss GET"] = check_virus_detail(args, "GET")
        assert without_request_id(answers["tcss GET"]) == without_request_id(answers["tcss POST"])

    def unsigned_payload():
        check_virus_detail(args, "POST", unsigned=True)

    def wrong_key():
        for method in ("POST", "GET"):
            expect_error(
                "AuthFailure.SignatureFailure",
                lambda: client(args, TCSS, method, key="wrong-key").call_json("DescribeVirusDetail", {"Id": "1"}),
            )

    def missing_parameter():
        for method in ("POST", "GET"):
            e = expect_error(
                "MissingParameter",
                lambda: client(args, TCSS, method).call_json("DescribeVirusDetail", {}),
            )
            assert "Id" in e.get_message(), e.get_message()

    def invalid_parameter():
        e = expect_error(
            "InvalidParameter",
            lambda: client(args, CWP, "GET").call_json("DescribeRiskProcessEvents", {"Limit": "many"}),
        )
        assert "Limit" in e.get_message(), e.get_message()

    def unknown_action():
        expect_error(
            "InvalidAction",
            lambda: client(args, CWP).call_json("DescribeNothingAtAll", {}),
        )

    checks = [
        ("POST cwp DescribeRiskProcessEvents", post_cwp),
        ("GET cwp DescribeRiskProcessEvents", get_cwp),
        ("POST tcss DescribeVirusDetail", post_tcss),
        ("GET tcss DescribeVirusDetail", get_tcss),
        ("POST with an unsigned payload", unsigned_payload),
        ("wrong secret key is AuthFailure.SignatureFailure", wrong_key),
        ("missing Id is MissingParameter", missing_parameter),
        ("Limit=many is InvalidParameter", invalid_parameter),
        ("unknown action is InvalidAction", unknown_action),
    ]
    passed = failed = 0
    for name, check in checks:
        try:
            check()
            passed += 1
            print("ok   %s" % name)
        except Exception:  # noqa: BLE001 - report every failure, keep going
            failed += 1
            print("FAIL %s" % name)
            traceback.print_exc(file=sys.stdout)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
