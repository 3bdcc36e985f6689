//! The command line as an operator uses it: exit codes, messages, output formats.

use std::path::PathBuf;
use std::process::{Command, Output};

fn rvs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rvs"))
        .args(args)
        .output()
        .expect("running the rvs binary")
}

fn temp_conf(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rvs-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write config");
    path
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn path_arg(p: &std::path::Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

#[test]
fn check_accepts_a_clean_config_silently() {
    let path = temp_conf("clean.conf", "global_defs {\n    router_id lb1\n}\n");
    let out = rvs(&["check", "-f", path_arg(&path)]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    assert_eq!(stderr(&out), "");
}

#[test]
fn check_names_file_line_and_column_of_a_brace_error() {
    let path = temp_conf("braces.conf", "global_defs {\n    router_id lb1\n}\n}\n");
    let out = rvs(&["check", "-f", path_arg(&path)]);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    let want = format!("{}:4:1: error:", path.display());
    assert!(err.contains(&want), "expected {want:?} in:\n{err}");
    assert!(
        err.contains("4 | }"),
        "the offending line is quoted:\n{err}"
    );
    assert!(err.contains("  | ^"), "a caret points at it:\n{err}");
}

#[test]
fn check_fails_on_an_unknown_keyword_like_keepalived_t() {
    let path = temp_conf(
        "unknown.conf",
        "global_defs {\n    router_id lb1\n}\nno_such_block {\n}\n",
    );
    let out = rvs(&["check", "-f", path_arg(&path)]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "warnings only: exit 2; stderr: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(err.contains("unknown keyword 'no_such_block'"), "{err}");
    assert!(err.contains(&format!("{}:4:1:", path.display())), "{err}");
}

#[test]
fn check_of_a_missing_file_says_which() {
    let out = rvs(&["check", "-f", "/nonexistent/rvs/keepalived.conf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/rvs/keepalived.conf"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn dump_prints_json_of_the_model() {
    let path = temp_conf("dump.conf", "global_defs {\n    router_id lb1\n}\n");
    let out = rvs(&["dump", "-f", path_arg(&path)]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("dump prints one JSON document");
    assert!(v.get("global_defs").is_some(), "{v}");
}

#[test]
fn bad_command_line_is_an_error_with_usage() {
    let out = rvs(&["check", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--no-such-flag"), "{}", stderr(&out));
}

#[test]
fn version_and_completions() {
    let out = rvs(&["--version"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("rvs "));
    let out = rvs(&["completions", "bash"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("complete"));
}

#[test]
fn run_refuses_what_it_cannot_honour_before_touching_the_network() {
    // The configuration must name an existing non-loopback interface to be valid.
    let ifname = std::fs::read_dir("/sys/class/net")
        .expect("/sys/class/net")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n != "lo")
        .expect("a non-loopback interface on this host");
    let conf = temp_conf(
        "routes.conf",
        &format!(
            "vrrp_instance VI_1 {{\n interface {ifname}\n virtual_router_id 51\n \
             virtual_ipaddress {{\n  198.18.0.100\n }}\n \
             virtual_routes {{\n  198.18.5.0/24 via 198.18.0.254 advmss 1400\n }}\n}}\n"
        ),
    );
    let o = rvs(&["run", "-P", "-f", path_arg(&conf)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "(VI_1) virtual_routes: route 198.18.5.0/24 option advmss is not supported by rvs run yet"
        ),
        "{}",
        stderr(&o)
    );
    // The watchdog parent does not restart a child that refused its configuration:
    // it would refuse again. It exits 1 with the child's reason.
    let o = rvs(&["run", "-f", path_arg(&conf)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("option advmss is not supported by rvs run yet")
            && stderr(&o).matches("VRRP child started").count() == 1,
        "{}",
        stderr(&o)
    );
}
