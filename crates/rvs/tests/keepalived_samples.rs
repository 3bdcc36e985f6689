//! keepalived's own sample configurations through `keepalived -t` and `rvs check`: the
//! verdicts (exit zero or not) must agree, both in a namespace where every interface a
//! sample names exists and in one with only `lo`.
//!
//! Needs root, iproute2 and keepalived 2.2.7 (`apt-get install keepalived`).

mod common;

use common::{
    interfaces_named, keepalived_t, namespace_with, require_keepalived, rvs_check, show,
    unplaced_diagnostics, SAMPLE_INTERFACES,
};
use std::collections::BTreeSet;
use std::path::PathBuf;

const SAMPLE_DIR: &str = "/usr/share/doc/keepalived/samples";
const ETC_SAMPLE: &str = "/etc/keepalived/keepalived.conf.sample";

fn samples() -> Vec<PathBuf> {
    let entries = std::fs::read_dir(SAMPLE_DIR)
        .unwrap_or_else(|e| panic!("cannot read {SAMPLE_DIR} ({e}): apt-get install keepalived"));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("keepalived.conf."))
        })
        .collect();
    files.sort();
    let etc = PathBuf::from(ETC_SAMPLE);
    assert!(
        etc.exists(),
        "{ETC_SAMPLE} is missing: apt-get install keepalived"
    );
    files.push(etc);
    assert!(
        files.len() >= 20,
        "only {} samples in {SAMPLE_DIR}: apt-get install --reinstall keepalived",
        files.len()
    );
    files
}

/// Sample runs where rvs deliberately differs from keepalived 2.2.7, keyed by
/// `FILE NAME (interfaces present|no interfaces)`, each with the reason. A listed run
/// that agrees fails the test, so that the list stays true.
const ACCEPTED_DIFFERENCES: &[(&str, &str)] = &[];

#[test]
fn rvs_check_agrees_with_keepalived_on_its_samples() {
    require_keepalived();
    let files = samples();
    let mut wanted: BTreeSet<String> = SAMPLE_INTERFACES.iter().map(|s| s.to_string()).collect();
    for f in &files {
        let text =
            std::fs::read_to_string(f).unwrap_or_else(|e| panic!("reading {}: {e}", f.display()));
        wanted.extend(interfaces_named(&text));
    }
    let present = namespace_with("samples-if", &wanted);
    let absent = namespace_with("samples-noif", &BTreeSet::new());

    let mut table = Vec::new();
    let mut failures = Vec::new();
    let mut disagree = 0;
    for f in &files {
        for (ns, label) in [(&present, "interfaces present"), (&absent, "no interfaces")] {
            let k = keepalived_t(ns, f);
            let r = rvs_check(ns, f);
            let case = format!("{} ({label})", f.display());
            let key = format!(
                "{} ({label})",
                f.file_name()
                    .map_or(case.clone(), |n| n.to_string_lossy().into_owned())
            );
            table.push(format!("{:7} {:7} {case}", k.verdict(), r.verdict()));
            let agree = k.valid() == r.valid();
            disagree += usize::from(!agree);
            match ACCEPTED_DIFFERENCES.iter().find(|(n, _)| *n == key) {
                Some((_, why)) if agree => failures.push(format!(
                    "{key}: listed as an accepted difference ({why}) but rvs now agrees"
                )),
                Some((_, why)) => println!("accepted difference: {key}: {why}"),
                None if !agree => failures.push(show(&case, &k, &r)),
                None => {}
            }
            if r.rvs_crashed() {
                failures.push(format!(
                    "{case}: rvs check crashed (exit {:?}):\n{}",
                    r.code, r.text
                ));
            }
            let unplaced = unplaced_diagnostics(&r.text);
            if !unplaced.is_empty() {
                failures.push(format!(
                    "{case}: rvs diagnostics without file:line:\n    {}",
                    unplaced.join("\n    ")
                ));
            }
        }
    }
    println!("keepalived rvs\n{}", table.join("\n"));
    println!("{} agree, {disagree} disagree", table.len() - disagree);
    assert!(
        failures.is_empty(),
        "{} problems on keepalived's samples:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn interface_scan_finds_the_names_a_config_uses() {
    let text = "\
vrrp_instance VI_1 {
    interface eth0.1   # comment eth7
    track_interface {
        eth2 weight 10
        eth3
    }
    virtual_ipaddress {
        198.18.0.1/24 dev eth1 label eth1:0
    }
}
global_defs {
    lvs_sync_daemon eth4 VI_1
}
";
    let found: Vec<String> = interfaces_named(text).into_iter().collect();
    assert_eq!(found, ["eth0.1", "eth1", "eth2", "eth3", "eth4"]);
}

#[test]
fn diagnostics_without_a_place_are_caught() {
    let rvs = "\
/tmp/a.conf:3:5: warning: unknown keyword 'x'
3 |     x error: y
  |     ^
error: configuration has no virtual servers
/tmp/a.conf:9: error: no column
note: only a note
";
    assert_eq!(
        unplaced_diagnostics(rvs),
        [
            "error: configuration has no virtual servers",
            "/tmp/a.conf:9: error: no column"
        ]
    );
}
