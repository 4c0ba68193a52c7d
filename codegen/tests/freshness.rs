//! `generated/` must be exactly what the generator makes of `specs/`, and the
//! generator must be deterministic.

use std::path::{Path, PathBuf};
use tencentcloud_codegen::generate::{self, Options};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every file under `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn normalize(b: Vec<u8>) -> Vec<u8> {
    String::from_utf8_lossy(&b)
        .replace("\r\n", "\n")
        .into_bytes()
}

#[test]
fn generated_crate_matches_the_specs() {
    let tmp = tempfile::tempdir().unwrap();
    let opts = Options::repo_defaults_into(&repo(), tmp.path().to_path_buf());
    generate::generate(&opts).expect("generation succeeds");
    let fresh = tree(tmp.path());
    let committed: Vec<PathBuf> = tree(&repo().join("generated"))
        .into_iter()
        .filter(|p| p.starts_with("src") || p == Path::new("Cargo.toml"))
        .collect();
    let mut problems = Vec::new();
    for f in &fresh {
        match std::fs::read(repo().join("generated").join(f)) {
            Ok(b) => {
                if normalize(b) != normalize(std::fs::read(tmp.path().join(f)).unwrap()) {
                    problems.push(format!("differs: generated/{}", f.display()));
                }
            }
            Err(_) => problems.push(format!("missing: generated/{}", f.display())),
        }
    }
    for f in &committed {
        if !fresh.contains(f) {
            problems.push(format!(
                "stale (no longer generated): generated/{}",
                f.display()
            ));
        }
    }
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
    let (files_a, _) = generate::render(&Options::repo_defaults_into(
        &repo(),
        a.path().to_path_buf(),
    ))
    .unwrap();
    let (files_b, _) = generate::render(&Options::repo_defaults_into(
        &repo(),
        b.path().to_path_buf(),
    ))
    .unwrap();
    assert_eq!(files_a.len(), files_b.len());
    for (path, content) in &files_a {
        assert!(
            files_b.get(path) == Some(content),
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
    // A stale file the generator no longer produces is removed.
    let stale = tmp.path().join("src/old_service/v1/mod.rs");
    std::fs::create_dir_all(stale.parent().unwrap()).unwrap();
    std::fs::write(&stale, "// stale").unwrap();
    let second = generate::generate(&opts).unwrap();
    assert!(second.written.is_empty(), "rewrote {:?}", second.written);
    assert_eq!(
        second.removed,
        vec![PathBuf::from("src/old_service/v1/mod.rs")]
    );
    assert!(!tmp.path().join("src/old_service").exists());
}

#[test]
fn obstacle_course_crate_matches_its_specs() {
    let opts = Options::obstacle_course(&repo());
    let (files, _) = generate::render(&opts).expect("obstacle specs generate");
    let stale = generate::stale_files(&opts.out, &files);
    assert!(
        stale.is_empty(),
        "codegen/tests/obstacle/crate is out of date: {stale:?}\nregenerate with: \
         cargo run -p tencentcloud-codegen --release -- --obstacle-course"
    );
}
