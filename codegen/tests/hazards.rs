//! Hazards met when generating the whole tccli-intl-en corpus
//! (`scripts/check-all-services.sh`), each reproduced by a minimal spec.
//! The obstacle course (`codegen/tests/obstacle/`) carries the same hazards
//! into a crate that is compiled with the workspace's lints.

use std::path::{Path, PathBuf};
use tencentcloud_codegen::emit::Files;
use tencentcloud_codegen::generate::{self, Options};
use tencentcloud_codegen::ir::paginate::Pagination;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A service `x` whose versions are given as `(version folder, api.json,
/// enums.json, errorcodes.py)`; `None` leaves the file out.
struct Specs {
    dir: tempfile::TempDir,
}

impl Specs {
    fn new(versions: &[(&str, &str, Option<&str>, Option<&str>)]) -> Specs {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("services.json"),
            r#"{"x": {"name": "X", "abbreviation": null, "description": "A test service."}}"#,
        )
        .unwrap();
        for (version, api, enums, codes) in versions {
            let d = dir.path().join("x").join(version);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("api.json"), api).unwrap();
            if let Some(e) = enums {
                std::fs::write(d.join("enums.json"), e).unwrap();
            }
            if let Some(c) = codes {
                std::fs::write(d.join("errorcodes.py"), c).unwrap();
            }
        }
        Specs { dir }
    }

    fn render(&self) -> Files {
        let opts = Options::for_repo(
            &repo(),
            self.dir.path().to_path_buf(),
            self.dir.path().join("out"),
        );
        generate::render(&opts).expect("the spec generates").0.files
    }

    fn service(&self, version: &str) -> tencentcloud_codegen::ir::Service {
        let dirs = generate::find_spec_dirs(self.dir.path()).unwrap();
        let dir = dirs.iter().find(|d| d.version == version).unwrap();
        generate::load_service(dir, "test").unwrap().0
    }
}

fn file<'a>(files: &'a Files, path: &str) -> &'a str {
    files
        .get(Path::new(path))
        .unwrap_or_else(|| panic!("{path} is generated"))
}

/// An api.json with one action `Get` whose request and response have the
/// given members (JSON arrays).
fn api(version: &str, request: &str, response: &str) -> String {
    format!(
        r#"{{"actions":{{"Get":{{"document":"","input":"GetRequest","output":"GetResponse","name":"Get"}}}},
           "metadata":{{"apiVersion":"{version}","serviceShortName":"x"}},
           "objects":{{
             "GetRequest":{{"document":"","members":{request}}},
             "GetResponse":{{"document":"","members":{response}}},
             "Item":{{"document":"","members":[{{"name":"N","type":"int","member":"int64"}}]}}}}}}"#
    )
}

const REQUEST_ID: &str = r#"{"name":"RequestId","type":"string","member":"string"}"#;

#[test]
fn a_variant_named_err_does_not_make_from_str_ambiguous() {
    // monitor v20180724 `Health`: `OK`, `ERR`. `Self::Err` in `FromStr::from_str`
    // then names both the variant and the associated type: error E0034.
    let specs = Specs::new(&[(
        "v1",
        &api(
            "1",
            "[]",
            &format!(r#"[{{"name":"Health","type":"string","member":"string"}},{REQUEST_ID}]"#),
        ),
        Some(
            r#"{"enums":[{"name":"Health","type":"string","members":["GetResponse.Health"],
                 "values":[{"value":"OK","name":"Ok"},{"value":"ERR","name":"Err"}]}]}"#,
        ),
        // The same for error codes: a code `Err` is the variant `Err`.
        Some("# c\nERR = 'Err'\n"),
    )]);
    let files = specs.render();
    for path in ["x/src/v1/enums.rs", "x/src/v1/errors.rs"] {
        let text = file(&files, path);
        // enums.rs lists its values in the runtime macro's table.
        assert!(
            text.contains("    Err,\n") || text.contains("        Err = \"ERR\",\n"),
            "{path} has the variant `Err`"
        );
        assert!(
            !text.contains("Result<Self, Self::Err>"),
            "{path}: from_str spells its error type `Self::Err`"
        );
        // errors.rs writes `from_str` itself; enums.rs leaves it to the
        // runtime's `__open_enum!` (tested with a variant `Err` in
        // runtime/tests/macros.rs).
        assert!(
            text.contains("::std::result::Result<Self, ::std::convert::Infallible>")
                || text.contains("::tencentcloud_runtime::__open_enum! {"),
            "{path}: from_str names its error type"
        );
    }
}

#[test]
fn a_service_without_list_actions_has_no_paginators_module() {
    // wedata, tcsas, lke, sts...: an empty paginators.rs would import the
    // runtime for nothing (`unused_imports`).
    let specs = Specs::new(&[(
        "v1",
        &api("1", "[]", &format!("[{REQUEST_ID}]")),
        None,
        None,
    )]);
    let files = specs.render();
    assert!(!files.contains_key(Path::new("x/src/v1/paginators.rs")));
    assert!(!file(&files, "x/src/v1/mod.rs").contains("mod paginators"));
}

#[test]
fn deprecated_paging_members_are_not_used_for_paging() {
    // vod DescribeRoundPlays: `Offset` and `TotalCount` are disabled in favour
    // of `ScrollToken`; a paginator through them would use members the server
    // ignores (and trip `deprecated` warnings in generated code).
    let request = r#"[{"name":"ScrollToken","type":"string","member":"string"},
                      {"name":"Offset","type":"int","member":"int64","disabled":true},
                      {"name":"Limit","type":"int","member":"int64"}]"#;
    let response = format!(
        r#"[{{"name":"TotalCount","type":"int","member":"int64","disabled":true}},
            {{"name":"Items","type":"list","member":"Item"}},
            {{"name":"ScrollToken","type":"string","member":"string"}},{REQUEST_ID}]"#
    );
    let specs = Specs::new(&[("v1", &api("1", request, &response), None, None)]);
    let service = specs.service("v1");
    match service.actions[0].paginator.as_ref().map(|p| &p.pagination) {
        Some(Pagination::Token {
            token_in,
            token_out,
            size,
            ..
        }) => {
            let req = &service.structs[service.actions[0].input];
            let resp = &service.structs[service.actions[0].output];
            assert_eq!(req.fields[*token_in].wire, "ScrollToken");
            assert_eq!(resp.fields[*token_out].wire, "ScrollToken");
            assert_eq!(size.map(|i| req.fields[i].wire.as_str()), Some("Limit"));
        }
        other => panic!("expected paging by ScrollToken, got {other:?}"),
    }
    // With the cursor gone too, nothing is left to page by.
    let request = r#"[{"name":"Offset","type":"int","member":"int64","disabled":true},
                      {"name":"Limit","type":"int","member":"int64"}]"#;
    let specs = Specs::new(&[("v1", &api("1", request, &response), None, None)]);
    assert!(specs.service("v1").actions[0].paginator.is_none());
}

#[test]
fn versions_of_a_service_are_modules_of_one_crate_under_one_feature() {
    // antiddos, ciam, clb, cls... ship several API versions.
    let response = format!("[{REQUEST_ID}]");
    let specs = Specs::new(&[
        ("v20200101", &api("2020-01-01", "[]", &response), None, None),
        ("v20210101", &api("2021-01-01", "[]", &response), None, None),
    ]);
    let files = specs.render();
    let cargo = file(&files, "Cargo.toml");
    assert_eq!(
        cargo
            .matches("\nx = [\"dep:tencentcloud-sdk-x\"]\n")
            .count(),
        1,
        "{cargo}"
    );
    let module = file(&files, "x/src/lib.rs");
    assert!(module.contains("pub mod v20200101;") && module.contains("pub mod v20210101;"));
    assert!(file(&files, "x/src/v20210101/mod.rs").contains("version: \"2021-01-01\""));
}

#[test]
fn a_member_named_unknown_keeps_its_own_decode_local() {
    // A member `Unknown` once shadowed the decoder's store for undescribed
    // members (and the generated code did not compile). Now the member is
    // the field `unknown` and undescribed members go to `unknown_fields`.
    let request = r#"[{"name":"Name","type":"string","member":"string","required":true},
                      {"name":"Unknown","type":"string","member":"string"}]"#;
    let specs = Specs::new(&[(
        "v1",
        &api("1", request, &format!("[{REQUEST_ID}]")),
        None,
        None,
    )]);
    let models = specs.render()[Path::new("x/src/v1/models.rs")].clone();
    // The member table of the runtime's `__model!` (which keeps undescribed
    // members in `unknown_fields`, a name no member can take).
    let model = &models[models
        .find("::tencentcloud_runtime::__model! {\n    GetRequest")
        .unwrap()..];
    assert!(
        model.contains("\n    1 \"Unknown\" unknown opt into(String) set_unknown;\n"),
        "{model}"
    );
    assert!(model.contains("\n    0 \"Name\" name req into(String) set_name;\n"));
    assert!(models.contains("unknown: None,"));
}

#[test]
fn a_service_without_error_codes_of_its_own_matches_no_single_arm() {
    // 9 service-versions (ai3d, dayu, lke, msp...) list only common codes:
    // `match s { _ => ... }` trips clippy's `match_single_binding`.
    let specs = Specs::new(&[(
        "v1",
        &api("1", "[]", &format!("[{REQUEST_ID}]")),
        None,
        Some("# c\nINTERNALERROR = 'InternalError'\n"),
    )]);
    let errors = specs.render()[Path::new("x/src/v1/errors.rs")].clone();
    assert!(!errors.contains("match s {"), "{errors}");
    assert!(!errors.contains("match code {"), "{errors}");
    assert!(errors.contains("::tencentcloud_runtime::CommonCode::try_parse(s).map(Self::Common)"));
}
