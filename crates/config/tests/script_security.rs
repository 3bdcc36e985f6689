//! keepalived's script security and script lookups, on a host whose programs
//! and users the test decides.

use rvs_config::{Host, LexOptions, Loaded, Severity};

/// `/bin/true` and `true` on PATH exist; users: `root` only.
struct Machine;

impl Host for Machine {
    fn has_interface(&self, name: &str) -> bool {
        name == "eth0"
    }

    fn find_program(&self, program: &str) -> Option<bool> {
        Some(matches!(program, "/bin/true" | "true"))
    }

    fn resolves(&self, _name: &str) -> Option<bool> {
        None
    }

    fn user_exists(&self, name: &str) -> bool {
        name == "root"
    }
}

fn load(text: &str) -> Loaded {
    rvs_config::load_str(text, "t.conf", &LexOptions::default(), &Machine)
}

/// (line, message) of every warning or error.
fn problems(l: &Loaded) -> Vec<(u32, String)> {
    l.diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| (d.span.map_or(0, |s| s.line), d.message.clone()))
        .collect()
}

const VS_MISC: &str = "virtual_server 198.18.0.1 80 {\n protocol TCP\n lb_kind NAT\n lb_algo rr\n real_server 198.18.0.2 80 {\n  MISC_CHECK {\n   misc_path \"SCRIPT\"\n  }\n }\n}\n";

#[test]
fn an_existing_script_without_script_security_is_a_violation() {
    let l = load(&VS_MISC.replace("SCRIPT", "true"));
    let p = problems(&l);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].0, 7, "points at the misc_path line: {p:?}");
    assert!(p[0].1.starts_with("SECURITY VIOLATION"), "{p:?}");
}

#[test]
fn a_missing_script_is_no_violation() {
    let l = load(&VS_MISC.replace("SCRIPT", "/nonexistent/check"));
    assert_eq!(problems(&l), vec![]);
}

#[test]
fn script_security_needs_the_default_user_or_script_user() {
    let text = format!(
        "global_defs {{\n enable_script_security\n}}\n{}",
        VS_MISC.replace("SCRIPT", "/bin/true")
    );
    let p = problems(&load(&text));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].1.contains("keepalived_script"), "{p:?}");

    let text = text.replace(
        "enable_script_security",
        "enable_script_security\n script_user root",
    );
    assert_eq!(problems(&load(&text)), vec![]);
}

#[test]
fn an_unknown_script_user_is_an_error() {
    let l = load("global_defs {\n script_user nosuchuser\n}\n");
    let errors: Vec<_> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{}", l.render_diagnostics());
    assert!(errors[0].message.contains("nosuchuser"));
}

#[test]
fn a_tracked_vrrp_script_that_is_missing_is_disabled_an_untracked_one_is_not() {
    let script = "global_defs {\n enable_script_security\n script_user root\n}\nvrrp_script chk {\n script /nonexistent/chk\n}\n";
    assert_eq!(problems(&load(script)), vec![], "untracked: never run");
    let tracked = format!(
        "{script}vrrp_instance V {{\n interface eth0\n virtual_router_id 5\n priority 100\n virtual_ipaddress {{\n  198.18.0.1\n }}\n track_script {{\n  chk\n }}\n}}\n"
    );
    let p = problems(&load(&tracked));
    assert!(
        p.iter()
            .any(|(line, m)| *line == 6 && m.contains("Disabling track script chk")),
        "{p:?}"
    );
}
