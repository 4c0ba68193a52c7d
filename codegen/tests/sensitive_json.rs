//! The committed `sensitive.json` files are what `mine-sensitive` makes of
//! the specs (plus the reviewed entries and rejections): an unreviewed hand
//! edit, or a miner change without re-mining, fails here; so does a spec
//! release that brings a new password member nobody mined.

use std::path::Path;
use tencentcloud_codegen::generate::find_spec_dirs;
use tencentcloud_codegen::mine::sensitive::mine;
use tencentcloud_codegen::spec::{self, sensitive};

#[test]
fn committed_sensitive_json_is_what_the_miner_produces() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut stale = Vec::new();
    let mut total = 0;
    for dir in find_spec_dirs(&specs).unwrap() {
        let path = dir.path.join("sensitive.json");
        let existing = sensitive::load(&path).unwrap();
        let api = spec::load_api(&dir.path.join("api.json")).unwrap();
        let mined = mine(&api, &existing);
        assert!(
            mined.vanished.is_empty(),
            "{}: {:?}",
            path.display(),
            mined.vanished
        );
        total += mined.file.sensitive.len();
        if mined.file != existing {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "sensitive.json differs from what the miner produces (mark hand edits `\"reviewed\": true`, \
         then run `cargo run -p tencentcloud-codegen --release -- mine-sensitive`): {stale:?}"
    );
    // The passwords and credentials the issue names are among them.
    let cvm = sensitive::load(&specs.join("cvm/v20170312/sensitive.json")).unwrap();
    assert!(cvm.contains("LoginSettings", "Password"));
    let sts = sensitive::load(&specs.join("sts/v20180813/sensitive.json")).unwrap();
    assert!(sts.contains("Credentials", "TmpSecretKey") && sts.contains("Credentials", "Token"));
    assert!(!sts.contains("Credentials", "TmpSecretId"));
    assert!(total > 400, "{total}");
}
