//! The `tencentcloud-emulator` program: its usage, its errors, and a start.

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tencentcloud-emulator"))
        .args(args)
        .output()
        .expect("the emulator program runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn help_prints_the_usage() {
    let (ok, stdout, _) = run(&["--help"]);
    assert!(ok);
    assert!(
        stdout.starts_with("Usage: tencentcloud-emulator"),
        "{stdout}"
    );
}

#[test]
fn bad_arguments_are_named() {
    let (ok, _, stderr) = run(&["--no-such-flag"]);
    assert!(!ok);
    assert!(stderr.contains("--no-such-flag"), "{stderr}");
    let (ok, _, stderr) = run(&["--specs", "/no/such/folder", "--exit-after-start"]);
    assert!(!ok);
    assert!(stderr.contains("/no/such/folder"), "{stderr}");
}

#[test]
fn starts_on_a_specs_folder_and_prints_its_url() {
    let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    let (ok, stdout, stderr) = run(&[
        "--specs",
        specs,
        "--service",
        "cwp",
        "--port",
        "0",
        "--exit-after-start",
    ]);
    assert!(ok, "{stderr}");
    let url = stdout.lines().next().unwrap_or_default();
    assert!(url.starts_with("http://127.0.0.1:"), "{stdout}");
}
