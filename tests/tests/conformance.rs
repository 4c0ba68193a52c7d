//! Every doc example of every shipped service through the generated types
//! and back, compared with the committed expectation file
//! `tests/conformance/expected.txt` (update it with
//! `cargo run -p tencentcloud-conformance --bin conformance -- --write`).

use std::collections::BTreeMap;
use tencentcloud_conformance::conformance::{expected_file, parse_statuses, run_shipped, Status};
use tencentcloud_conformance::emulator::shipped_specs_dir;

const UPDATE: &str = "cargo run -p tencentcloud-conformance --bin conformance -- --write";

#[test]
fn every_doc_example_agrees_with_the_typed_models() {
    let (report, stale) = run_shipped().expect("conformance run");
    assert!(
        stale.is_empty(),
        "tests/conformance/explained.txt: {stale:#?}"
    );

    // Every example of examples.json was checked, counted independently.
    let mut expected_examples = BTreeMap::new();
    for service in &report.services {
        let path = shipped_specs_dir()
            .join(&service.service)
            .join("examples.json");
        let file: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let count: usize = file["actions"]
            .as_object()
            .unwrap()
            .values()
            .map(|list| list.as_array().unwrap().len())
            .sum();
        expected_examples.insert(service.service.clone(), count);
        assert_eq!(service.examples.len(), count, "{}", service.service);
    }
    assert!(
        expected_examples.contains_key("cwp/v20180228")
            && expected_examples.contains_key("tcss/v20201101"),
        "{expected_examples:?}"
    );

    let failures: Vec<String> = report
        .examples()
        .filter(|e| e.status() == Status::Failed)
        .map(|e| format!("{}: {:?} {:?}", e.id, e.input.failures, e.output.failures))
        .collect();
    assert!(
        failures.is_empty(),
        "examples that disagree with the typed models, without a listed reason:\n{}",
        failures.join("\n")
    );

    let rendered = report.render();
    let committed = std::fs::read_to_string(expected_file()).unwrap_or_default();
    if rendered == committed {
        return;
    }
    // Regressions first: examples that passed before and do not now.
    let before = parse_statuses(&committed);
    let now = parse_statuses(&rendered);
    let status = |map: &BTreeMap<String, Status>, id: &str| {
        map.get(id).copied().unwrap_or(Status::AsWritten)
    };
    let regressions: Vec<String> = report
        .examples()
        .map(|e| e.id.to_string())
        .filter(|id| status(&before, id).passed() && !status(&now, id).passed())
        .map(|id| {
            format!(
                "{id}: {} -> {}",
                status(&before, &id).name(),
                status(&now, &id).name()
            )
        })
        .collect();
    let old: Vec<&str> = committed.lines().collect();
    let new: Vec<&str> = rendered.lines().collect();
    let removed: Vec<&&str> = old.iter().filter(|l| !new.contains(l)).collect();
    let added: Vec<&&str> = new.iter().filter(|l| !old.contains(l)).collect();
    panic!(
        "doc-example conformance differs from tests/conformance/expected.txt.\n\
         examples that passed before and do not now: {regressions:#?}\n\
         lines no longer produced: {removed:#?}\n\
         new lines: {added:#?}\n\
         If the change is intended (new specs, a generator fix), update the file: {UPDATE}"
    );
}
