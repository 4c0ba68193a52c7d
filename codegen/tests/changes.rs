//! The change report (`tencentcloud-codegen changes`) against real specs:
//! cwp and tcss of tccli-intl-en 3.1.170.1 (`tests/fixtures/changes/`)
//! against the repository's `specs/` (3.1.193.1).
//!
//! The fixture holds `api.json` only (no `errorcodes.py`, no `enums.json`),
//! so the comparison is `--api-only`: with all files, the report would
//! rightly count every enum and error code of the new side as added. The
//! expected actions, types and members are computed here, independently of
//! the generator, from the raw JSON of both `api.json` files.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const SERVICES: [(&str, &str); 2] = [("cwp", "v20180228"), ("tcss", "v20201101")];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/changes/3.1.170.1")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Run `changes` with `args`; returns the Markdown (`--out`) and the JSON (`--json`).
fn run(args: &[&str]) -> (String, Value) {
    let tmp = tempfile::tempdir().unwrap();
    let md = tmp.path().join("report.md");
    let json = tmp.path().join("report.json");
    let output = Command::new(env!("CARGO_BIN_EXE_tencentcloud-codegen"))
        .arg("changes")
        .args(args)
        .arg("--out")
        .arg(&md)
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "changes failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (std::fs::read_to_string(&md).unwrap(), read_json(&json))
}

/// Keys of a JSON object.
fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

/// Member names of an object of an `api.json`.
fn members(api: &Value, object: &str) -> BTreeSet<String> {
    api["objects"][object]["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect()
}

/// `(action)` or `(object, member)` of the changes of `kind` in a version report.
fn listed(version: &Value, kind: &str, field: &str) -> BTreeSet<String> {
    version["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == kind)
        .map(|c| match field {
            "member" => format!(
                "{}.{}",
                c["type_wire"].as_str().unwrap(),
                c["member_wire"].as_str().unwrap()
            ),
            f => c[f].as_str().unwrap().to_string(),
        })
        .collect()
}

fn version<'a>(report: &'a Value, service: &str, version: &str) -> &'a Value {
    let krate = report["crates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["service"] == service)
        .unwrap_or_else(|| panic!("no crate {service} in the report"));
    krate["versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["version"] == version)
        .unwrap_or_else(|| panic!("no version {service}/{version} in the report"))
}

#[test]
fn report_170_to_193_lists_every_added_and_removed_action_and_member() {
    let fixture = fixture();
    let specs = repo().join("specs");
    let (md, report) = run(&[
        "--old",
        fixture.to_str().unwrap(),
        "--new",
        specs.to_str().unwrap(),
        "--api-only",
        "cwp",
        "tcss",
    ]);
    assert_eq!(report["format"], 1);
    assert_eq!(report["scope"], "api_only");
    let crates: Vec<&str> = report["crates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["service"].as_str().unwrap())
        .collect();
    assert_eq!(crates, ["cwp", "tcss"], "only the services asked for");
    let mut total_changes = 0;
    for (svc, ver) in SERVICES {
        let old = read_json(&fixture.join(svc).join(ver).join("api.json"));
        let new = read_json(&specs.join(svc).join(ver).join("api.json"));
        let v = version(&report, svc, ver);

        // Actions: the keys of `actions`.
        let (oa, na) = (keys(&old["actions"]), keys(&new["actions"]));
        let added: BTreeSet<String> = na.difference(&oa).cloned().collect();
        let removed: BTreeSet<String> = oa.difference(&na).cloned().collect();
        assert_eq!(
            listed(v, "action_added", "action"),
            added,
            "{svc}: actions added"
        );
        assert_eq!(
            listed(v, "action_removed", "action"),
            removed,
            "{svc}: actions removed"
        );

        // Types: the keys of `objects`.
        let (oo, no) = (keys(&old["objects"]), keys(&new["objects"]));
        let added: BTreeSet<String> = no.difference(&oo).cloned().collect();
        let removed: BTreeSet<String> = oo.difference(&no).cloned().collect();
        assert_eq!(
            listed(v, "type_added", "type_wire"),
            added,
            "{svc}: types added"
        );
        assert_eq!(
            listed(v, "type_removed", "type_wire"),
            removed,
            "{svc}: types removed"
        );

        // Members of the objects both have (those of a new or removed type
        // come and go with it).
        let mut added = BTreeSet::new();
        let mut removed = BTreeSet::new();
        let mut added_required_request = BTreeSet::new();
        let requests: BTreeSet<&str> = new["actions"]
            .as_object()
            .unwrap()
            .values()
            .map(|a| a["input"].as_str().unwrap())
            .collect();
        for object in oo.intersection(&no) {
            let (om, nm) = (members(&old, object), members(&new, object));
            for m in nm.difference(&om) {
                added.insert(format!("{object}.{m}"));
                let required = new["objects"][object]["members"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x["name"] == m.as_str() && x["required"] == true);
                if required && requests.contains(object.as_str()) {
                    added_required_request.insert(format!("{object}.{m}"));
                }
            }
            for m in om.difference(&nm) {
                removed.insert(format!("{object}.{m}"));
            }
        }
        assert_eq!(
            listed(v, "member_added", "member"),
            added,
            "{svc}: members added"
        );
        assert_eq!(
            listed(v, "member_removed", "member"),
            removed,
            "{svc}: members removed"
        );

        // The verdicts the rules give these.
        for c in v["changes"].as_array().unwrap() {
            let kind = c["kind"].as_str().unwrap();
            let expected = match kind {
                "action_removed" | "type_removed" | "member_removed" => Some("breaking"),
                "action_added" | "type_added" => Some("compatible"),
                "member_added" => {
                    let key = format!(
                        "{}.{}",
                        c["type_wire"].as_str().unwrap(),
                        c["member_wire"].as_str().unwrap()
                    );
                    Some(if added_required_request.contains(&key) {
                        "breaking"
                    } else {
                        "compatible"
                    })
                }
                _ => None,
            };
            if let Some(e) = expected {
                assert_eq!(c["compat"], e, "{svc}: {c}");
            }
        }
        let counted = v["breaking"].as_u64().unwrap() + v["compatible"].as_u64().unwrap();
        assert_eq!(counted as usize, v["changes"].as_array().unwrap().len());
        total_changes += counted;

        // The Markdown lists every change of the JSON, once.
        for c in v["changes"].as_array().unwrap() {
            let line = format!("- {}\n", c["text"].as_str().unwrap());
            assert_eq!(
                md.matches(&line).count(),
                1,
                "{svc}: {line:?} in the Markdown"
            );
        }
    }
    let bullets = md.lines().filter(|l| l.starts_with("- ")).count() as u64;
    assert_eq!(bullets, total_changes, "no other bullets in the Markdown");

    // Summary lines: the counts and the bump the rules give.
    for c in report["crates"].as_array().unwrap() {
        let (b, m) = (
            c["breaking"].as_u64().unwrap(),
            c["compatible"].as_u64().unwrap(),
        );
        let bump = if b > 0 {
            "minor"
        } else if m > 0 {
            "patch"
        } else {
            "none"
        };
        assert_eq!(c["bump"], bump);
        let line = format!("{b} breaking, {m} compatible; suggested bump: {bump}");
        assert!(md.contains(&line), "{line:?} in the Markdown");
    }
}

#[test]
fn report_is_deterministic() {
    let fixture = fixture();
    let specs = repo().join("specs");
    let args = [
        "--old",
        fixture.to_str().unwrap(),
        "--new",
        specs.to_str().unwrap(),
        "--api-only",
        "tcss",
    ];
    let a = run(&args);
    let b = run(&args);
    assert_eq!(a.0, b.0);
    assert_eq!(a.1, b.1);
}

#[test]
fn same_specs_report_no_changes() {
    let specs = repo().join("specs");
    let s = specs.to_str().unwrap();
    let (md, report) = run(&["--old", s, "--new", s]);
    assert_eq!(report["scope"], "all");
    assert!(md.contains("No changes."), "{md}");
    let crates = report["crates"].as_array().unwrap();
    for c in crates {
        assert_eq!(c["status"], "unchanged");
        assert_eq!(c["bump"], "none");
    }
    // Unchanged crates get one line between them, not a section each.
    assert!(
        md.contains(&format!("No changes in {} other crate(s): ", crates.len())),
        "{md}"
    );
    assert!(!md.contains("\n## "), "{md}");
    assert_eq!(report["facade"]["bump"], "none");
}

#[test]
fn absent_errorcodes_and_enums_count_as_none() {
    // With every file compared, the fixture (api.json only) has no error
    // codes and no enums: the new side's all count as added, and a note
    // says why.
    let fixture = fixture();
    let specs = repo().join("specs");
    let (md, report) = run(&[
        "--old",
        fixture.to_str().unwrap(),
        "--new",
        specs.to_str().unwrap(),
        "tcss",
    ]);
    let v = version(&report, "tcss", "v20201101");
    let codes = specs.join("tcss/v20201101/errorcodes.py");
    let codes = std::fs::read_to_string(codes).unwrap();
    let added = listed(v, "error_code_added", "code");
    assert!(!added.is_empty());
    for code in &added {
        assert!(codes.contains(&format!("'{code}'")), "{code}");
    }
    assert!(listed(v, "error_code_removed", "code").is_empty());
    assert!(
        md.contains("`errorcodes.py` is in the new folder only"),
        "{md}"
    );
    assert!(
        md.contains("`enums.json` is in the new folder only"),
        "{md}"
    );
}

#[test]
fn service_added_and_removed() {
    let specs = repo().join("specs");
    let empty = tempfile::tempdir().unwrap();
    let (e, s) = (empty.path().to_str().unwrap(), specs.to_str().unwrap());
    let (md, report) = run(&["--old", e, "--new", s, "sts"]);
    assert_eq!(report["crates"][0]["status"], "added");
    assert_eq!(report["crates"][0]["bump"], "new");
    assert_eq!(report["facade"]["bump"], "patch");
    assert!(md.contains("suggested bump: new crate"), "{md}");
    let (_, report) = run(&["--old", s, "--new", e, "sts"]);
    assert_eq!(report["crates"][0]["status"], "removed");
    assert_eq!(report["crates"][0]["breaking"], 1);
    assert_eq!(report["facade"]["bump"], "minor");
}

#[test]
fn bad_spec_is_an_error_naming_the_file() {
    let old = tempfile::tempdir().unwrap();
    let dir = old.path().join("demo/v1");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("api.json"), "{ not json").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_tencentcloud-codegen"))
        .args(["changes", "--old"])
        .arg(old.path())
        .arg("--new")
        .arg(repo().join("specs"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(
        stderr.contains(&dir.join("api.json").display().to_string()),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
}
