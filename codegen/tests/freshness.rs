//! `generated/` must be exactly what the generator makes of `specs/`, and the
//! generator must be deterministic.

use std::path::{Path, PathBuf};
use tencentcloud_codegen::generate::{self, Options};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn generated_crates_match_the_specs() {
    // The real layout: the facade and every service crate under generated/,
    // and the members block of the root Cargo.toml.
    let repo = std::fs::canonicalize(repo()).unwrap();
    let opts = Options::for_repo(&repo, repo.join("specs"), repo.join("generated"));
    let (rendered, summary) = generate::render(&opts).expect("generation succeeds");
    assert!(
        rendered.manifest.is_some(),
        "the root Cargo.toml's members block is checked too"
    );
    assert!(
        rendered.readme.is_some(),
        "the README's services table is checked too"
    );
    for s in &summary.services {
        let lib = rendered
            .files
            .get(&PathBuf::from(&s.feature).join("src/lib.rs"));
        assert!(lib.is_some(), "{} has a crate", s.name);
    }
    let stale = generate::stale(&opts.out, &rendered);
    let problems: Vec<String> = stale
        .iter()
        .map(|s| {
            let path = s.path.strip_prefix(&repo).unwrap_or(&s.path);
            format!("{} ({})", path.display(), s.why)
        })
        .collect();
    assert!(
        problems.is_empty(),
        "generated/ is out of date with specs/ and the generator:\n  {}\nregenerate with: cargo run -p tencentcloud-codegen --release",
        problems.join("\n  ")
    );
}

#[test]
fn generation_is_deterministic() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let (a, _) = generate::render(&Options::repo_defaults_into(
        &repo(),
        a.path().to_path_buf(),
    ))
    .unwrap();
    let (b, _) = generate::render(&Options::repo_defaults_into(
        &repo(),
        b.path().to_path_buf(),
    ))
    .unwrap();
    assert_eq!(a.files.len(), b.files.len());
    for (path, content) in &a.files {
        assert!(
            b.files.get(path) == Some(content),
            "{} differs between two runs",
            path.display()
        );
    }
}

#[test]
fn rewriting_an_up_to_date_crate_touches_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let opts = Options::repo_defaults_into(&repo(), tmp.path().to_path_buf());
    let first = generate::generate(&opts).unwrap();
    assert!(!first.written.is_empty());
    // Files and folders the generator no longer produces are removed: it
    // owns its output folder.
    for stale in [
        "src/old_service/v1/mod.rs",
        "old_service/src/lib.rs",
        "notes.txt",
    ] {
        let path = tmp.path().join(stale);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "// stale").unwrap();
    }
    let second = generate::generate(&opts).unwrap();
    assert!(second.written.is_empty(), "rewrote {:?}", second.written);
    assert_eq!(
        second.removed,
        vec![
            PathBuf::from("notes.txt"),
            PathBuf::from("old_service/src/lib.rs"),
            PathBuf::from("src/old_service/v1/mod.rs"),
        ]
    );
    assert!(!tmp.path().join("src/old_service").exists());
    assert!(!tmp.path().join("old_service").exists());
}

#[test]
fn obstacle_course_crate_matches_its_specs() {
    let opts = Options::obstacle_course(&repo());
    let (rendered, _) = generate::render(&opts).expect("obstacle specs generate");
    let stale = generate::stale(&opts.out, &rendered);
    assert!(
        stale.is_empty(),
        "codegen/tests/obstacle/crate is out of date: {stale:?}\nregenerate with: \
         cargo run -p tencentcloud-codegen --release -- --obstacle-course"
    );
}
