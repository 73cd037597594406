//! The UI's JavaScript unit tests (web/test: byte offsets to string indices, the URL's
//! state, timeline bins, figure wording), run by node's test runner from `cargo test`.
//! Without node the test says so and passes, except under `CI=true`, where it fails.

use std::path::Path;
use std::process::Command;

#[test]
fn the_javascript_unit_tests_pass() {
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web");
    let mut files: Vec<String> = std::fs::read_dir(web.join("test"))
        .expect("web/test is readable")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("test/{name}"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "web/test holds the UI's tests: {files:?}");
    let output = match Command::new("node")
        .arg("--test")
        .args(&files)
        .current_dir(&web)
        .output()
    {
        Ok(output) => output,
        Err(error) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "node is needed under CI: {error}"
            );
            eprintln!("skipping the UI's JavaScript tests: cannot run node ({error})");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "node --test {files:?} failed in web/:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("# pass") && !stdout.contains("# pass 0"),
        "no test ran:\n{stdout}"
    );
}
