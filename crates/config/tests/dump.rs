//! `rvs dump` of keepalived's sample configurations equals JSON written by hand
//! from keepalived.conf(5): each `tests/dump/NAME.json` is the model of
//! `/usr/share/doc/keepalived/samples/NAME` (Debian's keepalived package).

use rvs_config::{AnyHost, LexOptions};
use std::path::Path;

const SAMPLES: &str = "/usr/share/doc/keepalived/samples";

#[test]
fn dump_of_samples_matches_hand_written_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dump");
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    for expected_path in entries {
        let stem = expected_path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file name");
        let sample = Path::new(SAMPLES).join(stem);
        assert!(
            sample.exists(),
            "{} is missing: install Debian's keepalived package (apt-get install keepalived)",
            sample.display()
        );
        let loaded = rvs_config::load(&sample, &LexOptions::default(), &AnyHost);
        let actual = serde_json::to_value(&loaded.config).expect("model serializes");
        let text = std::fs::read_to_string(&expected_path).expect("expected JSON readable");
        let expected: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        assert_eq!(
            actual,
            expected,
            "dump of {} differs from {}; actual:\n{}",
            sample.display(),
            expected_path.display(),
            serde_json::to_string_pretty(&actual).unwrap_or_default()
        );
        checked += 1;
    }
    assert!(
        checked >= 5,
        "only {checked} hand-written dumps in {}; the acceptance asks for five",
        dir.display()
    );
}
