//! The committed `enums.json` files are what `mine-enums` makes of the specs
//! (plus the reviewed entries): an unreviewed hand edit, or a miner change
//! without re-mining, fails here.

use std::path::Path;
use tencentcloud_codegen::generate::find_spec_dirs;
use tencentcloud_codegen::mine::mine_service;
use tencentcloud_codegen::spec::{self, enums};

#[test]
fn committed_enums_json_is_what_the_miner_produces() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let mut stale = Vec::new();
    for dir in find_spec_dirs(&specs).unwrap() {
        let path = dir.path.join("enums.json");
        let existing = enums::load(&path).unwrap();
        let api = spec::load_api(&dir.path.join("api.json")).unwrap();
        let mined = enums::render(&mine_service(&api, &existing).file);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if mined != committed {
            stale.push(path.display().to_string());
        }
        // Mining is deterministic.
        assert_eq!(mined, enums::render(&mine_service(&api, &existing).file));
    }
    assert!(
        stale.is_empty(),
        "enums.json differs from what the miner produces (mark hand edits `\"reviewed\": true`, \
         then run `cargo run -p tencentcloud-codegen --release -- mine-enums`): {stale:?}"
    );
}
