//! The generator emits the whole layout from the specs folder: a crate per
//! service, the facade's features and re-exports, and the workspace members
//! block, and the README's services table. Adding a service folder adds
//! all four; removing one removes them.

use std::path::{Path, PathBuf};
use tencentcloud_codegen::generate::{
    self, GenerateError, Options, MEMBERS_BEGIN, MEMBERS_END, SERVICES_BEGIN,
};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// An api.json with one action `DescribeThings` (no required member).
fn api(version: &str) -> String {
    format!(
        r#"{{"actions":{{"DescribeThings":{{"document":"List things.","input":"DescribeThingsRequest","output":"DescribeThingsResponse","name":"List"}}}},
           "metadata":{{"apiVersion":"{version}","serviceShortName":"x"}},
           "objects":{{
             "DescribeThingsRequest":{{"document":"","members":[{{"name":"Limit","type":"int","member":"int64"}}]}},
             "DescribeThingsResponse":{{"document":"","members":[{{"name":"RequestId","type":"string","member":"string"}}]}}}}}}"#
    )
}

const SERVICES_JSON: &str = r#"{
  "alpha": {"name": "Alpha", "abbreviation": "A", "description": "The first service."},
  "beta": {"name": "Beta", "abbreviation": null, "description": "The second service"},
  "gamma": {"name": "Gamma", "abbreviation": "G", "description": "The third service."}
}"#;

const MANIFEST: &str = "[workspace]\nresolver = \"2\"\nmembers = [\n    \"tools\",\n    # @generated members begin\n    # @generated members end\n]\n\n[profile.dev]\ndebug = false\n";

const README: &str = "# Tools\n\nServices:\n\n<!-- @generated services begin -->\nstale\n<!-- @generated services end -->\n\nThe end.\n";

/// A workspace in a temporary folder: `specs/` with the given services (one
/// version each), `Cargo.toml` with an empty members block, `generated/`.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new(services: &[&str]) -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("specs")).unwrap();
        std::fs::write(dir.path().join("specs/services.json"), SERVICES_JSON).unwrap();
        std::fs::write(dir.path().join("Cargo.toml"), MANIFEST).unwrap();
        std::fs::write(dir.path().join("README.md"), README).unwrap();
        let ws = Workspace { dir };
        for s in services {
            ws.add(s);
        }
        ws
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn add(&self, service: &str) {
        let d = self.path(&format!("specs/{service}/v20200101"));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("api.json"), api("2020-01-01")).unwrap();
    }

    fn remove(&self, service: &str) {
        std::fs::remove_dir_all(self.path(&format!("specs/{service}"))).unwrap();
    }

    fn options(&self) -> Options {
        let mut o = Options::for_repo(&repo(), self.path("specs"), self.path("generated"));
        if let generate::Layout::Workspace {
            workspace_manifest,
            readme,
            ..
        } = &mut o.layout
        {
            *workspace_manifest = Some(self.path("Cargo.toml"));
            *readme = Some(self.path("README.md"));
        }
        o
    }

    fn generate(&self) -> Result<generate::Summary, GenerateError> {
        generate::generate(&self.options())
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// The members between the markers.
    fn members(&self) -> Vec<String> {
        let text = self.read("Cargo.toml");
        let begin = text.find(MEMBERS_BEGIN).unwrap() + MEMBERS_BEGIN.len();
        let end = text.find(MEMBERS_END).unwrap();
        text[begin..end]
            .lines()
            .map(|l| l.trim().trim_end_matches(',').trim_matches('"').to_string())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    }

    /// The facade's features naming a service crate.
    fn features(&self) -> Vec<String> {
        self.read("generated/Cargo.toml")
            .lines()
            .filter(|l| l.contains("= [\"dep:"))
            .map(|l| l.split(' ').next().unwrap().to_string())
            .collect()
    }
}

#[test]
fn adding_and_removing_a_service_adds_and_removes_its_crate_feature_and_member() {
    let ws = Workspace::new(&["alpha", "beta"]);
    ws.generate().unwrap();
    assert_eq!(
        ws.members(),
        ["generated", "generated/alpha", "generated/beta"]
    );
    assert_eq!(ws.features(), ["alpha", "beta"]);
    let beta = ws.read("generated/beta/Cargo.toml");
    assert!(beta.contains("name = \"tencentcloud-sdk-beta\""), "{beta}");
    assert!(beta.contains("name = \"tencentcloud_sdk_beta\""), "{beta}");
    assert!(
        beta.contains("description = \"Tencent Cloud API client for Beta: "),
        "{beta}"
    );
    assert!(ws.path("generated/beta/src/v20200101/mod.rs").is_file());
    assert!(ws.path("generated/beta/README.md").is_file());
    let facade = ws.read("generated/src/lib.rs");
    assert!(
        facade.contains("pub use ::tencentcloud_sdk_beta as beta;"),
        "{facade}"
    );
    let lib = ws.read("generated/alpha/src/lib.rs");
    assert!(lib.contains("Alpha (A): The first service."), "{lib}");
    assert!(
        lib.contains("client.describe_things(DescribeThingsRequest::new())"),
        "{lib}"
    );

    // Remove beta, add gamma.
    ws.remove("beta");
    ws.add("gamma");
    let summary = ws.generate().unwrap();
    assert_eq!(
        ws.members(),
        ["generated", "generated/alpha", "generated/gamma"]
    );
    assert_eq!(ws.features(), ["alpha", "gamma"]);
    assert!(
        !ws.path("generated/beta").exists(),
        "beta's crate folder is gone"
    );
    assert!(ws.path("generated/gamma/src/lib.rs").is_file());
    assert!(summary
        .removed
        .contains(&PathBuf::from("beta/src/v20200101/models.rs")));
    let facade = ws.read("generated/src/lib.rs");
    assert!(!facade.contains("tencentcloud_sdk_beta"), "{facade}");
    let cargo = ws.read("generated/Cargo.toml");
    assert!(!cargo.contains("beta"), "{cargo}");

    // Only the block changed in the manifest; a second run changes nothing.
    let manifest = ws.read("Cargo.toml");
    assert!(manifest.starts_with("[workspace]\nresolver = \"2\"\nmembers = [\n    \"tools\",\n"));
    assert!(manifest.ends_with("]\n\n[profile.dev]\ndebug = false\n"));
    let again = ws.generate().unwrap();
    assert!(
        again.written.is_empty() && again.removed.is_empty(),
        "{again:?}"
    );
    let (rendered, _) = generate::render(&ws.options()).unwrap();
    assert!(generate::stale(&ws.path("generated"), &rendered).is_empty());

    // The check notices a hand edit of the block.
    std::fs::write(
        ws.path("Cargo.toml"),
        manifest.replace("\"generated/gamma\",\n", ""),
    )
    .unwrap();
    let stale = generate::stale(&ws.path("generated"), &rendered);
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert_eq!(stale[0].path, ws.path("Cargo.toml"));
}

#[test]
fn each_service_crate_links_its_spec_files_and_embeds_them_behind_emulator() {
    let ws = Workspace::new(&["alpha", "beta"]);
    let examples = r#"{"actions":{"DescribeThings":[{"document":"One.","input":"in","output":"out","title":"T"}]}}"#;
    std::fs::write(ws.path("specs/alpha/v20200101/examples.json"), examples).unwrap();
    ws.generate().unwrap();
    // Links to the spec files, one copy in the repository; beta has no examples.
    assert_eq!(
        ws.read("generated/alpha/specs/v20200101/api.json"),
        api("2020-01-01")
    );
    assert_eq!(
        ws.read("generated/alpha/specs/v20200101/examples.json"),
        examples
    );
    assert!(ws.path("generated/beta/specs/v20200101/api.json").is_file());
    assert!(!ws
        .path("generated/beta/specs/v20200101/examples.json")
        .exists());
    #[cfg(unix)]
    assert_eq!(
        std::fs::read_link(ws.path("generated/alpha/specs/v20200101/api.json")).unwrap(),
        Path::new("../../../../specs/alpha/v20200101/api.json")
    );
    // Packaged with the crate, embedded behind its `emulator` feature.
    let cargo = ws.read("generated/alpha/Cargo.toml");
    assert!(
        cargo.contains("include = [\"/src\", \"/specs\", \"/README.md\"]"),
        "{cargo}"
    );
    assert!(
        cargo.contains("\nemulator = [\"all-directions\"]\n"),
        "{cargo}"
    );
    let alpha = ws.read("generated/alpha/src/v20200101/mod.rs");
    assert!(
        alpha.contains("#[doc(hidden)]\npub static SERVICE: ::tencentcloud_runtime::ServiceInfo"),
        "{alpha}"
    );
    assert!(
        alpha.contains(
            "#[cfg(feature = \"emulator\")]\npub const SPEC: ::tencentcloud_runtime::ServiceSpec"
        ),
        "{alpha}"
    );
    assert!(
        alpha.contains("api_json: include_str!(\"../../specs/v20200101/api.json\"),"),
        "{alpha}"
    );
    assert!(
        alpha.contains(
            "examples_json: Some(include_str!(\"../../specs/v20200101/examples.json\")),"
        ),
        "{alpha}"
    );
    let beta = ws.read("generated/beta/src/v20200101/mod.rs");
    assert!(beta.contains("examples_json: None,"), "{beta}");
    let lib = ws.read("generated/alpha/src/lib.rs");
    assert!(
        lib.contains(
            "pub const SPECS: &[::tencentcloud_runtime::ServiceSpec] = &[v20200101::SPEC];"
        ),
        "{lib}"
    );
    let facade = ws.read("generated/Cargo.toml");
    assert!(
        facade.contains(
            "\nemulator = [\"tencentcloud-sdk-alpha?/emulator\", \"tencentcloud-sdk-beta?/emulator\"]\n"
        ),
        "{facade}"
    );
    // Dropping the examples drops their link; nothing else changes.
    std::fs::remove_file(ws.path("specs/alpha/v20200101/examples.json")).unwrap();
    let summary = ws.generate().unwrap();
    assert_eq!(
        summary.removed,
        [PathBuf::from("alpha/specs/v20200101/examples.json")]
    );
    assert!(ws
        .read("generated/alpha/src/v20200101/mod.rs")
        .contains("examples_json: None,"));
    let (rendered, _) = generate::render(&ws.options()).unwrap();
    assert!(generate::stale(&ws.path("generated"), &rendered).is_empty());
}

#[test]
fn a_service_without_an_entry_in_services_json_is_an_error_naming_both() {
    let ws = Workspace::new(&["alpha", "delta"]);
    let e = ws.generate().unwrap_err().to_string();
    assert!(e.contains("services.json"), "{e}");
    assert!(e.contains("`delta`"), "{e}");
    assert!(!ws.path("generated").exists(), "nothing written");
}

#[test]
fn a_missing_services_json_is_an_error_naming_it() {
    let ws = Workspace::new(&["alpha"]);
    std::fs::remove_file(ws.path("specs/services.json")).unwrap();
    let e = ws.generate().unwrap_err().to_string();
    assert!(
        e.contains("services.json") && e.contains("cannot read"),
        "{e}"
    );
}

#[test]
fn a_manifest_without_the_markers_is_an_error_naming_it() {
    let ws = Workspace::new(&["alpha"]);
    std::fs::write(ws.path("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    let e = ws.generate().unwrap_err().to_string();
    assert!(e.contains("Cargo.toml") && e.contains(MEMBERS_BEGIN), "{e}");
}

#[test]
fn a_folder_the_generator_did_not_make_is_not_overwritten() {
    let ws = Workspace::new(&["alpha"]);
    std::fs::create_dir_all(ws.path("generated")).unwrap();
    std::fs::write(ws.path("generated/precious.txt"), "mine").unwrap();
    let e = ws.generate().unwrap_err();
    assert!(matches!(e, GenerateError::Layout(..)), "{e}");
    assert!(e.to_string().contains("refusing"), "{e}");
    assert_eq!(ws.read("generated/precious.txt"), "mine");
}

#[test]
fn a_service_folder_that_cannot_name_a_crate_is_an_error_naming_it() {
    let ws = Workspace::new(&["alpha"]);
    ws.add("src");
    let e = ws.generate().unwrap_err().to_string();
    assert!(e.contains("\"src\"") && e.contains("specs"), "{e}");
}

#[test]
fn the_version_records_the_pinned_upstream_release() {
    let ws = Workspace::new(&["alpha"]);
    std::fs::write(
        ws.path("specs/PINNED.toml"),
        "[tccli-intl-en]\nversion = \"3.1.193.1\"\n",
    )
    .unwrap();
    ws.generate().unwrap();
    let version = format!(
        "version = \"{}+tccli.3.1.193.1\"",
        env!("CARGO_PKG_VERSION")
    );
    assert!(ws.read("generated/Cargo.toml").contains(&version));
    assert!(ws.read("generated/alpha/Cargo.toml").contains(&version));
    // Requirements between the crates carry no build metadata.
    let requirement = format!(
        "tencentcloud-sdk-alpha = {{ path = \"alpha\", version = \"{}\"",
        env!("CARGO_PKG_VERSION")
    );
    assert!(ws.read("generated/Cargo.toml").contains(&requirement));
}

#[test]
fn the_quickstart_calls_a_read_only_action_with_placeholders_for_required_members() {
    // DescribeA needs a struct (no placeholder can be written): DescribeB,
    // with simple required members, is chosen although it has more.
    let api = r#"{"actions":{
        "CreateThing":{"document":"","input":"CreateThingRequest","output":"Out","name":"Create"},
        "DescribeA":{"document":"","input":"DescribeARequest","output":"Out","name":"A"},
        "DescribeB":{"document":"","input":"DescribeBRequest","output":"Out","name":"B"}},
       "metadata":{"apiVersion":"2020-01-01","serviceShortName":"x"},
       "objects":{
         "CreateThingRequest":{"document":"","members":[]},
         "DescribeARequest":{"document":"","members":[
           {"name":"Filter","type":"object","member":"Item","required":true}]},
         "DescribeBRequest":{"document":"","members":[
           {"name":"InstanceIds","type":"list","member":"string","required":true,"example":"[\"ins-1e4r6y8i\"]"},
           {"name":"Limit","type":"int","member":"int64","required":true,"example":"20"},
           {"name":"DryRun","type":"bool","member":"bool","required":true},
           {"name":"Name","type":"string","member":"string","required":true,"example":"无"},
           {"name":"Offset","type":"int","member":"int64"}]},
         "Item":{"document":"","members":[{"name":"N","type":"int","member":"int64"}]},
         "Out":{"document":"","members":[{"name":"RequestId","type":"string","member":"string"}]}}}"#;
    let ws = Workspace::new(&[]);
    let d = ws.path("specs/alpha/v20200101");
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("api.json"), api).unwrap();
    ws.generate().unwrap();
    let lib = ws.read("generated/alpha/src/lib.rs");
    assert!(
        lib.contains(
            "//! let response = client.describe_b(DescribeBRequest::new([\"ins-1e4r6y8i\"], 20, false, \"example\")).await?;"
        ),
        "{lib}"
    );
    assert!(
        lib.contains("//! use tencentcloud_sdk_alpha::v20200101::{Client, DescribeBRequest};"),
        "{lib}"
    );
    let readme = ws.read("generated/alpha/README.md");
    assert!(
        readme.contains("#[tokio::main]\nasync fn main()"),
        "{readme}"
    );
}

#[test]
fn the_readme_table_lists_each_service_and_follows_the_specs() {
    let ws = Workspace::new(&["alpha", "beta"]);
    ws.generate().unwrap();
    let readme = ws.read("README.md");
    assert!(readme.starts_with("# Tools\n\nServices:\n\n<!-- @generated services begin -->\n"));
    assert!(readme.ends_with("<!-- @generated services end -->\n\nThe end.\n"));
    assert!(!readme.contains("stale"), "{readme}");
    assert!(
        readme.contains("| `alpha` | Alpha (A) | [`tencentcloud-sdk-alpha`](generated/alpha) | 2020-01-01 | 1 |"),
        "{readme}"
    );
    assert!(readme.contains("| 2 services | | | | 2 |"), "{readme}");
    // Removing a service removes its row; a second run changes nothing.
    ws.remove("beta");
    ws.generate().unwrap();
    let readme = ws.read("README.md");
    assert!(!readme.contains("beta"), "{readme}");
    let again = ws.generate().unwrap();
    assert!(again.written.is_empty(), "{:?}", again.written);
    // A hand edit inside the block is stale, and named.
    std::fs::write(ws.path("README.md"), readme.replace("| 1 |", "| 9 |")).unwrap();
    let (rendered, _) = generate::render(&ws.options()).unwrap();
    let stale = generate::stale(&ws.path("generated"), &rendered);
    assert!(
        stale.iter().any(|s| s.why == "services table differs"),
        "{stale:?}"
    );
}

#[test]
fn a_readme_without_the_markers_is_an_error_naming_it() {
    let ws = Workspace::new(&["alpha"]);
    std::fs::write(ws.path("README.md"), "# Tools\n").unwrap();
    let e = ws.generate().unwrap_err().to_string();
    assert!(e.contains("README.md") && e.contains(SERVICES_BEGIN), "{e}");
}
