//! The CLI turns malformed specs into one-line errors naming the file and the
//! JSON path, and a non-zero exit code.

use std::path::Path;
use std::process::Command;

const VALID: &str = r#"{
  "metadata": {"apiVersion": "2020-01-01", "serviceShortName": "demo"},
  "actions": {"DescribeThings": {"document": "d", "input": "DescribeThingsRequest", "output": "DescribeThingsResponse", "name": "n", "status": "online"}},
  "objects": {
    "DescribeThingsRequest": {"document": "", "members": [{"name": "Id", "type": "string", "member": "string", "required": true, "document": ""}], "type": "object"},
    "DescribeThingsResponse": {"document": "", "members": [{"name": "RequestId", "type": "string", "member": "string", "document": ""}], "type": "object"}
  }
}"#;

const SERVICES: &str =
    r#"{"demo": {"name": "Demo", "abbreviation": null, "description": "A demo service."}}"#;

/// Run the generator on a specs folder holding one `demo/v20200101/api.json`.
fn run(api_json: &str) -> (bool, String) {
    run_with(api_json, SERVICES)
}

/// [`run`] with `services_json` as `services.json`.
fn run_with(api_json: &str, services_json: &str) -> (bool, String) {
    let specs = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(specs.path().join("services.json"), services_json).unwrap();
    let dir = specs.path().join("demo/v20200101");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("api.json"), api_json).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_tencentcloud-codegen"))
        .arg("--specs")
        .arg(specs.path())
        .arg("--out")
        .arg(out.path())
        .arg("--quiet")
        .output()
        .unwrap();
    let stderr =
        String::from_utf8_lossy(&output.stderr).replace(specs.path().to_str().unwrap(), "SPECS");
    (output.status.success(), stderr)
}

fn assert_one_line_error(api_json: &str, expected: &str) {
    let (ok, stderr) = run(api_json);
    assert!(!ok, "generation should fail");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in {stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "SPECS{}",
            Path::new("/demo/v20200101/api.json").display()
        )),
        "{stderr}"
    );
}

#[test]
fn valid_spec_generates() {
    let (ok, stderr) = run(VALID);
    assert!(ok, "{stderr}");
}

#[test]
fn service_missing_from_services_json() {
    let (ok, stderr) = run_with(VALID, r#"{"other": {"name": "O", "description": "O."}}"#);
    assert!(!ok, "generation should fail");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: SPECS{}: no entry for service `demo`",
            Path::new("/services.json").display()
        )),
        "{stderr}"
    );
}

#[test]
fn blank_description_in_services_json() {
    let (ok, stderr) = run_with(VALID, r#"{"demo": {"name": "Demo", "description": ""}}"#);
    assert!(!ok, "generation should fail");
    assert!(
        stderr.contains(
            "services.json: at demo.description: the description of service `demo` is empty"
        ),
        "{stderr}"
    );
}

#[test]
fn truncated_json() {
    assert_one_line_error(&VALID[..VALID.len() / 2], "truncated JSON");
}

#[test]
fn member_naming_an_undefined_object() {
    let bad = VALID.replace(
        r#""type": "string", "member": "string", "required": true"#,
        r#""type": "object", "member": "NoSuchObject", "required": true"#,
    );
    assert_one_line_error(
        &bad,
        "at objects.DescribeThingsRequest.members[0].member: names undefined object `NoSuchObject`",
    );
}

#[test]
fn duplicated_action() {
    let action = r#""DescribeThings": {"document": "d", "input": "DescribeThingsRequest", "output": "DescribeThingsResponse", "name": "n", "status": "online"}"#;
    let bad = VALID.replace(action, &format!("{action}, {action}"));
    assert_one_line_error(&bad, "duplicate key `DescribeThings`");
}

#[test]
fn unknown_member_type() {
    let bad = VALID.replace(
        r#""type": "string", "member": "string", "required""#,
        r#""type": "tuple", "member": "string", "required""#,
    );
    assert_one_line_error(
        &bad,
        "at objects.DescribeThingsRequest.members[0].type: unknown variant `tuple`",
    );
}

#[test]
fn action_naming_an_undefined_input() {
    let bad = VALID.replace(
        r#""input": "DescribeThingsRequest""#,
        r#""input": "Missing""#,
    );
    assert_one_line_error(
        &bad,
        "at actions.DescribeThings.input: names undefined object `Missing`",
    );
}
