//! `rvs check` and `keepalived -t` (2.2.7) agree on whether small VRRP-side
//! configurations are valid. Needs the `keepalived` binary (Debian package
//! `keepalived`); interfaces are looked up on this machine for both.
//!
//! Cases whose verdict depends on users or script files on the machine
//! (`script_user`, an existing notify script without `enable_script_security`)
//! are left out: rvs's `Host` cannot answer those yet. So are an interface
//! without multicast (`ifb0` as a VRRP interface) and `global_defs` placed
//! after the instances it should apply to.

use rvs_config::{Host, LexOptions};
use std::path::Path;
use std::process::Command;

struct ThisMachine;

impl Host for ThisMachine {
    fn has_interface(&self, name: &str) -> bool {
        !name.is_empty() && !name.contains('/') && Path::new("/sys/class/net").join(name).exists()
    }

    fn find_program(&self, program: &str) -> Option<bool> {
        Some(rvs_config::program_on_disk(program))
    }

    fn resolves(&self, _name: &str) -> Option<bool> {
        None
    }

    fn user_exists(&self, name: &str) -> bool {
        std::fs::read_to_string("/etc/passwd")
            .is_ok_and(|p| p.lines().any(|l| l.split(':').next() == Some(name)))
    }
}

#[test]
fn verdicts_agree_with_keepalived() {
    let dir = std::env::temp_dir().join(format!("rvs-vrrp-side-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
    let mut disagree = Vec::new();
    for (name, text) in CASES {
        let path = dir.join(format!("{name}.conf"));
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
        let out = Command::new("keepalived")
            .args(["-t", "-l", "-n", "-f"])
            .arg(&path)
            .output()
            .unwrap_or_else(|e| {
                panic!("running keepalived -t: {e}; install Debian's keepalived package")
            });
        let keepalived_ok = out.status.success();
        let l = rvs_config::load(&path, &LexOptions::default(), &ThisMachine);
        if keepalived_ok == l.fails_check() {
            disagree.push(format!(
                "{name}: keepalived {} rvs {}\n--- keepalived:\n{}--- rvs:\n{}",
                if keepalived_ok { "accepts" } else { "rejects" },
                if l.fails_check() {
                    "rejects"
                } else {
                    "accepts"
                },
                String::from_utf8_lossy(&out.stderr),
                l.render_diagnostics()
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        disagree.is_empty(),
        "{} of {} cases disagree:\n{}",
        disagree.len(),
        CASES.len(),
        disagree.join("\n")
    );
}

/// (name, configuration) pairs: hand-made broken and valid files, mutants of
/// keepalived's VRRP samples (numbers, addresses, interfaces, lines changed), and
/// a small configuration with random keywords and values inserted, and random
/// address, route, rule and peer lines; tracked-object blocks with random settings
/// (no vrrp_script: whether its file exists decides keepalived's verdict); global_defs
/// keywords with assorted values (not CPU affinities or smtp_server names, which
/// depend on the machine); vrrp_instance and vrrp_sync_group keywords with assorted
/// values (no script that exists here: keepalived then fails on script security);
/// samples with several changes at once, address owners that track, and IPv6
/// instances with assorted settings.
const CASES: &[(&str, &str)] = &[
    (
        "a1",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 priority 100
 authentication {
 auth_type AH
 auth_pass x
 }
}
"#,
    ),
    (
        "a2",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 advert_int 1
 authentication {
 auth_type AH
 auth_pass x
 }
}
"#,
    ),
    (
        "a3",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 authentication {
 auth_type AH
 auth_pass 1111
 }
}
"#,
    ),
    (
        "a4",
        r#"vrrp_instance V {
 state MASTER
 interface eth0
 virtual_router_id 5
 authentication {
 auth_type AH
 auth_pass x
 }
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "adv0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 advert_int 0
}
"#,
    ),
    (
        "adv05",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 advert_int 0.5
}
"#,
    ),
    (
        "adv05v3",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 version 3
 advert_int 0.5
}
"#,
    ),
    (
        "adv256",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 advert_int 256
}
"#,
    ),
    (
        "adv40v3",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 version 3
 advert_int 40.95
}
"#,
    ),
    (
        "adv41v3",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 version 3
 advert_int 41
}
"#,
    ),
    (
        "ahmaster",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 state MASTER
 authentication {
 auth_type AH
 auth_pass x
 }
}
"#,
    ),
    (
        "authlong",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 authentication {
 auth_type PASS
 auth_pass 123456789
 }
}
"#,
    ),
    (
        "authnopass",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 authentication {
 auth_type PASS
 }
}
"#,
    ),
    (
        "authv3",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 version 3
 authentication {
 auth_type PASS
 auth_pass x
 }
}
"#,
    ),
    (
        "authx",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 authentication {
 auth_type FOO
 auth_pass x
 }
}
"#,
    ),
    (
        "badstate",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 state FOO
}
"#,
    ),
    (
        "badvip",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.300
 }
}
"#,
    ),
    (
        "badvip2",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1/33
 }
}
"#,
    ),
    (
        "dupname",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 6
}
"#,
    ),
    (
        "dupvrid",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
}
vrrp_instance W {
 interface eth0
 virtual_router_id 5
}
"#,
    ),
    (
        "dupvrid6",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 2001:db8::1
 }
}
"#,
    ),
    (
        "garpbad",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 garp_master_delay x
}
"#,
    ),
    (
        "glob_unk",
        r#"global_defs {
 foo
}
"#,
    ),
    (
        "glob_ver",
        r#"global_defs {
 vrrp_version 4
}
"#,
    ),
    (
        "mcastbad",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 mcast_src_ip 1.2.3
}
"#,
    ),
    (
        "missingif",
        r#"vrrp_instance V {
 interface nosuch
 virtual_router_id 5
}
"#,
    ),
    (
        "noif",
        r#"vrrp_instance V {
 virtual_router_id 5
}
"#,
    ),
    (
        "nopreemptmaster",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 state MASTER
 nopreempt
}
"#,
    ),
    (
        "notifyx",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 notify_master /nonexistent/x.sh
}
"#,
    ),
    (
        "novrid",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "ok",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "preemptdelay",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 preempt_delay 1001
}
"#,
    ),
    (
        "prio0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 0
}
"#,
    ),
    (
        "prio255",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 255
}
"#,
    ),
    (
        "prio255m",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 255
 state MASTER
}
"#,
    ),
    (
        "prio256",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 256
}
"#,
    ),
    (
        "prioabc",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority abc
}
"#,
    ),
    (
        "r_adv05",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 advert_int 0.5
}
"#,
    ),
    (
        "r_adv50",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 version 3
 advert_int 50
}
"#,
    ),
    (
        "r_ah",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 authentication {
 auth_type AH
 auth_pass x
 }
}
"#,
    ),
    (
        "r_authv3",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 version 3
 authentication {
 auth_type PASS
 auth_pass x
 }
}
"#,
    ),
    (
        "r_excl6",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress_excluded {
 2001:db8::1
 }
}
"#,
    ),
    (
        "r_gnoeff",
        r#"global_defs {
 router_id x
 vrrp_priority -5
}
"#,
    ),
    (
        "r_gw",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/24 gw 198.18.0.254 dev eth0
 }
}
"#,
    ),
    (
        "r_nodev",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/24 via 198.18.0.254
 }
}
"#,
    ),
    (
        "r_nopre",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 nopreempt
}
"#,
    ),
    (
        "r_nopre255",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 priority 255
 nopreempt
}
"#,
    ),
    (
        "r_nopreM",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 nopreempt
}
"#,
    ),
    (
        "r_ok",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/24 via 198.18.0.254 dev eth0
 }
}
"#,
    ),
    (
        "r_peerttl",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_peer {
 198.18.0.2 min_ttl 1 max_ttl 3
 }
}
"#,
    ),
    (
        "r_proc",
        r#"vrrp_track_process p {
 process foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_process {
 p
 }
}
"#,
    ),
    (
        "r_rulenopref",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_rules {
 from 198.19.0.0/24 table 1
 }
}
"#,
    ),
    (
        "r_rulepref",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_rules {
 from 198.19.0.0/24 table 1 priority 100
 }
}
"#,
    ),
    (
        "r_sroute",
        r#"static_routes {
 198.19.0.0/24 dev lo
}
"#,
    ),
    (
        "r_static",
        r#"static_ipaddress {
 198.18.0.9/24 dev lo
}
"#,
    ),
    (
        "r_strict255b",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 priority 255
}
"#,
    ),
    (
        "r_strictok",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 priority 255
}
"#,
    ),
    (
        "r_strictv2",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 version 2
}
"#,
    ),
    (
        "r_sync2",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_sync_group H {
 group {
 V
 W
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "r_tfile",
        r#"track_file f {
 file /tmp/xx
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_file {
 f
 }
}
"#,
    ),
    (
        "r_tif",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_interface {
 lo
 }
 dont_track_primary
}
"#,
    ),
    (
        "r_unisrc",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_src_ip 198.18.0.5
}
"#,
    ),
    (
        "r_vmac",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac
}
"#,
    ),
    (
        "scriptnoscript",
        r#"vrrp_script s {
 interval 2
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 track_script {
 s
 }
}
"#,
    ),
    (
        "strictnovip",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
}
"#,
    ),
    (
        "strictuni",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 unicast_peer {
 198.18.0.2
 }
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "sync1",
        r#"vrrp_sync_group G {
 group {
 V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
}
"#,
    ),
    (
        "syncunk",
        r#"vrrp_sync_group G {
 group {
 V
 X
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
}
"#,
    ),
    (
        "topunk", r#"foo
"#,
    ),
    (
        "trackifw",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 track_interface {
 lo weight 300
 }
}
"#,
    ),
    (
        "trackifx",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 track_interface {
 nosuch weight 10
 }
}
"#,
    ),
    (
        "tscript",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 track_script {
 nos
 }
}
"#,
    ),
    (
        "unipeerbad",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 unicast_peer {
 1.2.3
 }
}
"#,
    ),
    (
        "unipeerfam",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 unicast_peer {
 2001:db8::2
 }
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "unkkw",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 foo bar
}
"#,
    ),
    (
        "version4",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 version 4
}
"#,
    ),
    (
        "vipbadopt",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1 foo
 }
}
"#,
    ),
    (
        "vipdevx",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1 dev nosuch
 }
}
"#,
    ),
    (
        "vipmix",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 2001:db8::1
 }
}
"#,
    ),
    (
        "vipnone",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
}
"#,
    ),
    (
        "vrid0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 0
}
"#,
    ),
    (
        "vrid256",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 256
}
"#,
    ),
    (
        "c001_g_router_id_",
        r#"global_defs {
 router_id
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c002_g_smtp_server_",
        r#"global_defs {
 smtp_server
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c003_g_smtp_connect_timeout_abc_",
        r#"global_defs {
 smtp_connect_timeout abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c004_g_smtp_connect_timeout_0_",
        r#"global_defs {
 smtp_connect_timeout 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c005_g_vrrp_mcast_group4_1_2_3_4_",
        r#"global_defs {
 vrrp_mcast_group4 1.2.3.4
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c006_g_vrrp_mcast_group4_x_",
        r#"global_defs {
 vrrp_mcast_group4 x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c007_g_vrrp_mcast_group6_ff02__13_",
        r#"global_defs {
 vrrp_mcast_group6 ff02::13
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c008_g_vrrp_garp_master_delay__1_",
        r#"global_defs {
 vrrp_garp_master_delay -1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c009_g_vrrp_garp_master_repeat_0_",
        r#"global_defs {
 vrrp_garp_master_repeat 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c010_g_vrrp_garp_master_refresh_0_",
        r#"global_defs {
 vrrp_garp_master_refresh 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c011_g_vrrp_garp_master_refresh_repea",
        r#"global_defs {
 vrrp_garp_master_refresh_repeat 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c012_g_vrrp_garp_lower_prio_delay_3_",
        r#"global_defs {
 vrrp_garp_lower_prio_delay 3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c013_g_vrrp_garp_lower_prio_repeat_0_",
        r#"global_defs {
 vrrp_garp_lower_prio_repeat 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c014_g_vrrp_garp_interval_0_5_",
        r#"global_defs {
 vrrp_garp_interval 0.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c015_g_vrrp_gna_interval_1_",
        r#"global_defs {
 vrrp_gna_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c016_g_vrrp_lower_prio_no_advert_mayb",
        r#"global_defs {
 vrrp_lower_prio_no_advert maybe
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c017_g_vrrp_lower_prio_no_advert_fals",
        r#"global_defs {
 vrrp_lower_prio_no_advert false
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c018_g_vrrp_version_3_",
        r#"global_defs {
 vrrp_version 3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c019_g_vrrp_version_",
        r#"global_defs {
 vrrp_version
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c020_g_vrrp_iptables_",
        r#"global_defs {
 vrrp_iptables
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c021_g_vrrp_iptables________",
        r#"global_defs {
 vrrp_iptables IN OUT
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c022_g_nftables_",
        r#"global_defs {
 nftables
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c023_g_nftables_tbl_",
        r#"global_defs {
 nftables tbl
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c024_g_max_auto_priority_",
        r#"global_defs {
 max_auto_priority
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c025_g_max_auto_priority_100_",
        r#"global_defs {
 max_auto_priority 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c026_g_max_auto_priority__2_",
        r#"global_defs {
 max_auto_priority -2
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c027_g_lvs_timeouts_tcp_10_udp_5_",
        r#"global_defs {
 lvs_timeouts tcp 10 udp 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c028_g_lvs_timeouts_foo_1_",
        r#"global_defs {
 lvs_timeouts foo 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c029_g_lvs_sync_daemon_eth0___",
        r#"global_defs {
 lvs_sync_daemon eth0 V
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c030_g_lvs_sync_daemon_nosuch___",
        r#"global_defs {
 lvs_sync_daemon nosuch V
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c031_g_lvs_sync_daemon_eth0___id_300_",
        r#"global_defs {
 lvs_sync_daemon eth0 V id 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c032_g_lvs_flush_",
        r#"global_defs {
 lvs_flush
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c033_g_notify_fifo__tmp_f_",
        r#"global_defs {
 notify_fifo /tmp/f
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c035_g_vrrp_notify_fifo__tmp_f_",
        r#"global_defs {
 vrrp_notify_fifo /tmp/f
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c036_g_script_user_root_",
        r#"global_defs {
 script_user root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c038_g_enable_script_security_",
        r#"global_defs {
 enable_script_security
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c039_g_dynamic_interfaces_",
        r#"global_defs {
 dynamic_interfaces
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c040_g_default_interface_eth0_",
        r#"global_defs {
 default_interface eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c041_g_default_interface_nosuch_",
        r#"global_defs {
 default_interface nosuch
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c042_g_vrrp_startup_delay_5_",
        r#"global_defs {
 vrrp_startup_delay 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c043_g_vrrp_down_timer_adverts_0_",
        r#"global_defs {
 vrrp_down_timer_adverts 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c044_g_vrrp_down_timer_adverts_5_",
        r#"global_defs {
 vrrp_down_timer_adverts 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c045_g_smtp_alert_",
        r#"global_defs {
 smtp_alert
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c046_g_smtp_alert_vrrp_false_",
        r#"global_defs {
 smtp_alert_vrrp false
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c047_g_vrrp_min_garp_",
        r#"global_defs {
 vrrp_min_garp
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c048_g_vrrp_priority__30_",
        r#"global_defs {
 vrrp_priority -30
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c049_g_checker_priority_5_",
        r#"global_defs {
 checker_priority 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c050_g_vrrp_strict_",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c051_g_net_namespace_foo_",
        r#"global_defs {
 net_namespace foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c052_g_instance_x_",
        r#"global_defs {
 instance x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c053_g_linkbeat_use_polling_",
        r#"global_defs {
 linkbeat_use_polling
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c054_g_process_names_",
        r#"global_defs {
 process_names
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c055_g_umask_022_",
        r#"global_defs {
 umask 022
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c056_g_vrrp_check_unicast_src_",
        r#"global_defs {
 vrrp_check_unicast_src
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c057_g_vrrp_skip_check_adv_addr_",
        r#"global_defs {
 vrrp_skip_check_adv_addr
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c058_g_smtp_helo_name_x_",
        r#"global_defs {
 smtp_helo_name x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c059_g_notification_email_from_a_b_",
        r#"global_defs {
 notification_email_from a@b
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c060_g_vrrp_higher_prio_send_advert_",
        r#"global_defs {
 vrrp_higher_prio_send_advert
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c061_g_vrrp_notify_priority_changes_",
        r#"global_defs {
 vrrp_notify_priority_changes
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c062_g_random_seed_5_",
        r#"global_defs {
 random_seed 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c063_g_enable_traps_",
        r#"global_defs {
 enable_traps
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c064_g_snmp_socket_tcp_localhost_705_",
        r#"global_defs {
 snmp_socket tcp:localhost:705
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c065_g_vrrp_garp_extra_if_5_",
        r#"global_defs {
 vrrp_garp_extra_if 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c066_g_reload_time_file__tmp_x_",
        r#"global_defs {
 reload_time_file /tmp/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c067_g_config_save_dir__tmp_",
        r#"global_defs {
 config_save_dir /tmp
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c068_i_state_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state
}
"#,
    ),
    (
        "c069_i_state_master_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state master
}
"#,
    ),
    (
        "c070_i_interface_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 interface
}
"#,
    ),
    (
        "c071_i_virtual_router_id_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_router_id
}
"#,
    ),
    (
        "c072_i_virtual_router_id_5_6_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_router_id 5 6
}
"#,
    ),
    (
        "c073_i_priority_1_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 priority 1
}
"#,
    ),
    (
        "c074_i_priority__1_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 priority -1
}
"#,
    ),
    (
        "c075_i_advert_int_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 advert_int
}
"#,
    ),
    (
        "c076_i_advert_int_1_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 advert_int 1.5
}
"#,
    ),
    (
        "c077_i_advert_int_abc_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 advert_int abc
}
"#,
    ),
    (
        "c078_i_version_3_n_advert_int_0_005_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 version 3
 advert_int 0.005
}
"#,
    ),
    (
        "c079_i_use_vmac_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac
}
"#,
    ),
    (
        "c080_i_use_vmac_vrrp_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac vrrp.5
}
"#,
    ),
    (
        "c081_i_vmac_xmit_base_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 vmac_xmit_base
}
"#,
    ),
    (
        "c082_i_use_vmac_n_vmac_xmit_base_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac
 vmac_xmit_base
}
"#,
    ),
    (
        "c083_i_dont_track_primary_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 dont_track_primary
}
"#,
    ),
    (
        "c084_i_mcast_src_ip_198_18_0_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 mcast_src_ip 198.18.0.5
}
"#,
    ),
    (
        "c085_i_mcast_src_ip_2001_db8__5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 mcast_src_ip 2001:db8::5
}
"#,
    ),
    (
        "c086_i_unicast_src_ip_198_18_0_5_n_un",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_src_ip 198.18.0.5
 unicast_peer {
 198.18.0.6
 }
}
"#,
    ),
    (
        "c087_i_unicast_peer___n_198_18_0_6_mi",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_peer {
 198.18.0.6 min_ttl 5 max_ttl 300
 }
}
"#,
    ),
    (
        "c088_i_unicast_peer___n_198_18_0_6_fo",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_peer {
 198.18.0.6 foo 1
 }
}
"#,
    ),
    (
        "c089_i_unicast_ttl_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_ttl 0
}
"#,
    ),
    (
        "c090_i_unicast_ttl_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_ttl 5
}
"#,
    ),
    (
        "c091_i_unicast_fault_no_peer_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_fault_no_peer
}
"#,
    ),
    (
        "c092_i_nopreempt_n_preempt_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 nopreempt
 preempt
}
"#,
    ),
    (
        "c093_i_preempt_delay_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 preempt_delay 5
}
"#,
    ),
    (
        "c094_i_preempt_delay__1_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 preempt_delay -1
}
"#,
    ),
    (
        "c095_i_accept_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 accept
}
"#,
    ),
    (
        "c096_i_no_accept_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 no_accept
}
"#,
    ),
    (
        "c097_i_garp_master_delay_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_master_delay 0
}
"#,
    ),
    (
        "c098_i_garp_master_repeat_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_master_repeat 0
}
"#,
    ),
    (
        "c099_i_garp_master_refresh_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_master_refresh 5
}
"#,
    ),
    (
        "c100_i_garp_master_refresh_repeat_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_master_refresh_repeat 0
}
"#,
    ),
    (
        "c101_i_garp_lower_prio_delay_2_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_lower_prio_delay 2
}
"#,
    ),
    (
        "c102_i_garp_lower_prio_repeat_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_lower_prio_repeat 0
}
"#,
    ),
    (
        "c103_i_lower_prio_no_advert_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 lower_prio_no_advert
}
"#,
    ),
    (
        "c104_i_lower_prio_no_advert_foo_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 lower_prio_no_advert foo
}
"#,
    ),
    (
        "c105_i_higher_prio_send_advert_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 higher_prio_send_advert
}
"#,
    ),
    (
        "c106_i_down_timer_adverts_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 down_timer_adverts 0
}
"#,
    ),
    (
        "c107_i_down_timer_adverts_101_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 down_timer_adverts 101
}
"#,
    ),
    (
        "c108_i_smtp_alert_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 smtp_alert
}
"#,
    ),
    (
        "c109_i_smtp_alert_bad_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 smtp_alert bad
}
"#,
    ),
    (
        "c110_i_debug_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 debug
}
"#,
    ),
    (
        "c111_i_debug_3_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 debug 3
}
"#,
    ),
    (
        "c112_i_strict_mode_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 strict_mode
}
"#,
    ),
    (
        "c113_i_strict_mode_n_state________",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 strict_mode
 state MASTER
}
"#,
    ),
    (
        "c114_i_skip_check_adv_addr_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 skip_check_adv_addr
}
"#,
    ),
    (
        "c115_i_check_unicast_src_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 check_unicast_src
}
"#,
    ),
    (
        "c116_i_kernel_rx_buf_size_1000_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 kernel_rx_buf_size 1000
}
"#,
    ),
    (
        "c117_i_kernel_rx_buf_size_x_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 kernel_rx_buf_size x
}
"#,
    ),
    (
        "c118_i_native_ipv6_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 native_ipv6
}
"#,
    ),
    (
        "c119_i_old_unicast_checksum_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 old_unicast_checksum
}
"#,
    ),
    (
        "c120_i_promote_secondaries_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 promote_secondaries
}
"#,
    ),
    (
        "c121_i_use_vmac_n_promote_secondaries",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac
 promote_secondaries
}
"#,
    ),
    (
        "c122_i_linkbeat_use_polling_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 linkbeat_use_polling
}
"#,
    ),
    (
        "c123_i_track_src_ip_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_src_ip
}
"#,
    ),
    (
        "c124_i_notify_master_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify_master
}
"#,
    ),
    (
        "c126_i_notify___bin_x_y__",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify "/bin/x y"
}
"#,
    ),
    (
        "c127_i_notify_deleted__x_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify_deleted /x
}
"#,
    ),
    (
        "c128_i_track_script___n___",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_script {
 }
}
"#,
    ),
    (
        "c129_i_track_file___n_nos_n___",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_file {
 nos
 }
}
"#,
    ),
    (
        "c130_i_track_process___n_nos_n___",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_process {
 nos
 }
}
"#,
    ),
    (
        "c131_i_track_bfd___n_nos_n___",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_bfd {
 nos
 }
}
"#,
    ),
    (
        "c132_i_track_interface___n_eth0_n___",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_interface {
 eth0
 }
}
"#,
    ),
    (
        "c133_i_track_interface___n_ifb0_weigh",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_interface {
 ifb0 weight 5 reverse
 }
}
"#,
    ),
    (
        "c134_i_track_interface___n_ifb0_weigh",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_interface {
 ifb0 weight
 }
}
"#,
    ),
    (
        "c135_i_track_interface___n_ifb0_foo_n",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_interface {
 ifb0 foo
 }
}
"#,
    ),
    (
        "c136_i_virtual_ipaddress___n_198_18_0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.2 dev
 }
}
"#,
    ),
    (
        "c137_i_virtual_ipaddress___n_198_18_0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.2 brd 1.2.3
 }
}
"#,
    ),
    (
        "c138_i_virtual_ipaddress___n_198_18_0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.2 scope foo
 }
}
"#,
    ),
    (
        "c139_i_virtual_ipaddress___n_198_18_0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.2 preferred_lft x
 }
}
"#,
    ),
    (
        "c140_i_virtual_ipaddress___n_198_18_0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.2 label eth0:1 no_track
 }
}
"#,
    ),
    (
        "c141_i_virtual_ipaddress___n_198_18_0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c142_i_virtual_ipaddress_excluded___n",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress_excluded {
 198.18.0.300
 }
}
"#,
    ),
    (
        "c143_i_virtual_routes___n_198_19_0_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/33 dev eth0
 }
}
"#,
    ),
    (
        "c144_i_virtual_routes___n_198_19_0_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/24 dev eth0 metric x
 }
}
"#,
    ),
    (
        "c145_i_virtual_routes___n_198_19_0_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/24 dev eth0 foo
 }
}
"#,
    ),
    (
        "c146_i_virtual_routes___n_198_19_0_0_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_routes {
 198.19.0.0/24 via 2001:db8::1 dev eth0
 }
}
"#,
    ),
    (
        "c147_i_virtual_rules___n_from_1_2_3_t",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_rules {
 from 1.2.3 table 1 priority 5
 }
}
"#,
    ),
    (
        "c148_i_virtual_rules___n_from_198_19_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_rules {
 from 198.19.0.0/24 table 1 priority 5 foo
 }
}
"#,
    ),
    (
        "c149_i_virtual_rules___n_from_198_19_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_rules {
 from 198.19.0.0/24 priority 5
 }
}
"#,
    ),
    (
        "c150_i_authentication___n_auth_type__",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 authentication {
 auth_type PASS
 auth_pass
 }
}
"#,
    ),
    (
        "c151_i_authentication___n_auth_pass_x",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 authentication {
 auth_pass x
 }
}
"#,
    ),
    (
        "c152_i_authentication___n_auth_type__",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 authentication {
 auth_type AH
 auth_pass 1
 }
}
"#,
    ),
    (
        "c153_i_authentication___n_foo_n___",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 authentication {
 foo
 }
}
"#,
    ),
    (
        "c154_i_lvs_sync_daemon_interface_eth0",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 lvs_sync_daemon_interface eth0
}
"#,
    ),
    (
        "c155_i_vrf_foo_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 vrf foo
}
"#,
    ),
    (
        "c156_i_use_ipvlan_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_ipvlan
}
"#,
    ),
    (
        "c157_i_garp_extra_if_5_",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_extra_if 5
}
"#,
    ),
    (
        "c165_f_w",
        r#"track_file f {
 file /tmp/x
 weight 300
}
"#,
    ),
    (
        "c166_f_nofile",
        r#"track_file f {
}
"#,
    ),
    (
        "c167_f_old",
        r#"vrrp_track_file f {
 file /tmp/x
}
"#,
    ),
    (
        "c168_f_init",
        r#"track_file f {
 file /tmp/x
 init_file 5 overwrite
}
"#,
    ),
    (
        "c169_p_none",
        r#"vrrp_track_process p {
}
"#,
    ),
    (
        "c170_p_q0",
        r#"vrrp_track_process p {
 process x
 quorum 0
}
"#,
    ),
    (
        "c171_p_w",
        r#"vrrp_track_process p {
 process x
 weight 300
}
"#,
    ),
    (
        "c172_p_ok",
        r#"vrrp_track_process p {
 process x
 delay 5
 param_match partial
}
"#,
    ),
    (
        "c173_sg_empty",
        r#"vrrp_sync_group G {
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c174_sg_foo",
        r#"vrrp_sync_group G {
 group {
 V
 }
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c175_gg",
        r#"garp_group {
 garp_interval 1
 interface eth0
}
"#,
    ),
    (
        "c176_st_dev",
        r#"static_ipaddress {
 198.18.0.9/24 dev nosuch
}
"#,
    ),
    (
        "c177_st_nodev",
        r#"static_ipaddress {
 198.18.0.9/24
}
"#,
    ),
    (
        "c178_sr_nodev",
        r#"static_routes {
 198.19.0.0/24 via 198.18.0.1
}
"#,
    ),
    (
        "c179_sru",
        r#"static_rules {
 from 198.19.0.0/24 table 5
}
"#,
    ),
    (
        "c180_bfd",
        r#"bfd_instance b {
 neighbor_ip 198.18.0.5
}
"#,
    ),
    (
        "c181_bfdx",
        r#"bfd_instance b {
 neighbor_ip x
}
"#,
    ),
    (
        "c182_dupvrid_lo",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface lo
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "c183_dupvrid_vmac",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 5
 use_vmac
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "d001_v6ok",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
}
"#,
    ),
    (
        "d002_v6v2",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
 version 2
}
"#,
    ),
    (
        "d003_v6v2strict",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
 version 2
}
"#,
    ),
    (
        "d004_v6ah",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
 authentication {
 auth_type AH
 auth_pass x
 }
}
"#,
    ),
    (
        "d005_v6pass",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
 authentication {
 auth_type PASS
 auth_pass x
 }
}
"#,
    ),
    (
        "d006_v6native",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
 native_ipv6
}
"#,
    ),
    (
        "d007_v6peer4",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 fe80::1
 2001:db8::1
 }
 unicast_peer {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d008_v6nolink",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 2001:db8::1
 }
}
"#,
    ),
    (
        "d009_globalafter",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
global_defs {
 vrrp_strict
}
"#,
    ),
    (
        "d011_sg_tracknos",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
 track_script {
 nos
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d012_sg_trackif",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
 track_interface {
 ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d013_sg_trackifx",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
 track_interface {
 nosuch
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d014_sg_flags",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
 global_tracking
 sync_group_tracking_weight
 smtp_alert
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d015_sg_dupmember",
        r#"vrrp_sync_group G {
 group {
 V
 V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "d016_sg_oneline",
        r#"vrrp_sync_group G {
 group {
 V W
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d017_trackown",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_interface {
 eth0
 }
}
"#,
    ),
    (
        "d018_trackw300",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_script {
 s weight 300
 }
}
vrrp_script s {
 script "/nonexist/x"
}
"#,
    ),
    (
        "d019_backup255",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state BACKUP
 priority 255
}
"#,
    ),
    (
        "d020_strict_backup255",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state BACKUP
 priority 255
}
"#,
    ),
    (
        "d021_strict_garprep",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_lower_prio_repeat 3
}
"#,
    ),
    (
        "d022_strict_accept",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 accept
}
"#,
    ),
    (
        "d023_strict_v3_accept",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 version 3
 accept
}
"#,
    ),
    (
        "d024_strict_hpsa",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 higher_prio_send_advert
}
"#,
    ),
    (
        "d025_strict_lpna",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 lower_prio_no_advert false
}
"#,
    ),
    (
        "d026_strict_pd",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 preempt_delay 5
}
"#,
    ),
    (
        "d027_strict_xmit",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac
 vmac_xmit_base
}
"#,
    ),
    (
        "d028_strict_unicast",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_peer {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d029_inst_strict",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 strict_mode
}
"#,
    ),
    (
        "d030_inst_strict_false",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 strict_mode false
}
"#,
    ),
    (
        "d031_strict_off_master",
        r#"global_defs {
 vrrp_strict
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 strict_mode false
 state MASTER
 priority 100
}
"#,
    ),
    (
        "d032_master_pd",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 preempt_delay 5
}
"#,
    ),
    (
        "d033_vmac_promote",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_vmac
 promote_secondaries
}
"#,
    ),
    (
        "d034_vip_dupe",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.1/24 brd 198.18.0.255
 }
}
"#,
    ),
    (
        "d035_evip_dupe",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress_excluded {
 198.18.0.1
 }
}
"#,
    ),
    (
        "d036_vip_dev_ok",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.5 dev ifb0
 }
}
"#,
    ),
    (
        "d037_peer_dup",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_peer {
 198.18.0.2
 198.18.0.2
 }
}
"#,
    ),
    (
        "d038_peer_ok",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_src_ip 198.18.0.9
 unicast_peer {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d039_mcast_dst",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 mcast_dst_ip 224.0.0.99
}
"#,
    ),
    (
        "d040_mcast_dst_uni",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 mcast_dst_ip 198.18.0.9
}
"#,
    ),
    (
        "d041_notify_user_group",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify_master "/nonexist/x a b" root root
}
"#,
    ),
    (
        "d042_notify_baduser",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify_master /nonexist/x nosuchuser
}
"#,
    ),
    (
        "d043_smtp_ok",
        r#"global_defs {
 notification_email {
 a@b
 }
 smtp_server 198.18.0.1 25
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 smtp_alert
}
"#,
    ),
    (
        "d044_two_ok",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "d045_three_dup",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.2
 }
}
vrrp_instance X {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.3
 }
}
"#,
    ),
    (
        "d047_sr_ok",
        r#"static_routes {
 198.19.0.0/24 dev eth0 table 5
 default via 198.18.0.1 dev eth0
}
"#,
    ),
    (
        "d048_sru_ok",
        r#"static_rules {
 from 198.19.0.0/24 table 5 priority 10
 from all table 6 priority 11
}
"#,
    ),
    (
        "d049_sip_ok",
        r#"static_ipaddress {
 198.18.0.9/24 dev eth0 scope link
 2001:db8::9/64 dev eth0
}
"#,
    ),
    (
        "d050_sip_label",
        r#"static_ipaddress {
 198.18.0.9/24 dev eth0 label foo
}
"#,
    ),
    (
        "d051_script_full",
        r#"vrrp_script s {
 script "/nonexist/x"
 interval 1
 timeout 5
 rise 2
 fall 2
 init_fail
 user root
}
"#,
    ),
    (
        "d052_script_dup",
        r#"vrrp_script s {
 script "/nonexist/x"
}
vrrp_script s {
 script "/nonexist/y"
}
"#,
    ),
    (
        "d053_tfile_dup",
        r#"track_file f {
 file /tmp/x
}
track_file f {
 file /tmp/y
}
"#,
    ),
    (
        "d054_inst_dup",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "d055_gg_ok",
        r#"garp_group {
 garp_interval 1
 gna_interval 1
 interface eth0
}
"#,
    ),
    (
        "d056_gg_ifs",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
}
"#,
    ),
    (
        "d057_gg_nosuch",
        r#"garp_group {
 interface nosuch
}
"#,
    ),
    (
        "d058_gg_noif",
        r#"garp_group {
 garp_interval 1
}
"#,
    ),
    (
        "d059_bfd_ok",
        r#"bfd_instance b {
 neighbor_ip 198.18.0.5
 min_rx 10
 min_tx 10
 multiplier 3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_bfd {
 b
 }
}
"#,
    ),
    (
        "d060_netns",
        r#"net_namespace foo
"#,
    ),
    (
        "d061_instance",
        r#"instance foo
"#,
    ),
    (
        "d062_lbup",
        r#"linkbeat_use_polling
"#,
    ),
    (
        "d063_usepid",
        r#"use_pid_dir
"#,
    ),
    (
        "d064_trackgroup",
        r#"track_group foo
"#,
    ),
    (
        "d065_vtf",
        r#"vrrp_track_file f {
 file /tmp/x
}
"#,
    ),
    (
        "advextra",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 advert_int 1 2
}
"#,
    ),
    (
        "brdplus",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1/24 brd + dev eth0
 }
}
"#,
    ),
    (
        "extraarg",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 100 extra
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "inline",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 authentication { auth_type PASS auth_pass 1111 }
 virtual_ipaddress { 198.18.0.1 }
}
"#,
    ),
    (
        "notifyargs",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify_master /etc/x.sh a b
}
"#,
    ),
    (
        "trw",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_script {
 chk weight 300
 }
}
vrrp_script chk {
 script "/nonexist"
}
"#,
    ),
    (
        "vip2perline",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 198.18.0.2 198.18.0.3
 }
}
"#,
    ),
    (
        "debug2",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 debug 2
}
"#,
    ),
    (
        "debug5",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 debug 5
}
"#,
    ),
    (
        "inst2name",
        r#"vrrp_instance A B {
 interface eth0
}
"#,
    ),
    (
        "instnoname",
        r#"vrrp_instance {
 interface eth0
}
"#,
    ),
    (
        "oldcsum",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 old_unicast_checksum never
 unicast_peer {
 198.18.0.2
 }
}
"#,
    ),
    (
        "oldcsumfoo",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 old_unicast_checksum foo
 unicast_peer {
 198.18.0.2
 }
}
"#,
    ),
    (
        "peer2",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_peer {
 198.18.0.2
 }
 unicast_peer {
 198.18.0.3
 }
}
"#,
    ),
    (
        "sg2group",
        r#"vrrp_sync_group G {
 group {
 V
 }
 group {
 W
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "sgdup",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
 198.18.0.2
 }
}
"#,
    ),
    (
        "sgnoname",
        r#"vrrp_sync_group {
 group {
 V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "skipfoo",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 skip_check_adv_addr foo
}
"#,
    ),
    (
        "statemb",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 state MASTER
 state BACKUP
}
"#,
    ),
    (
        "vipdup",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "z_mng4",
        r#"static_ipaddress {
 198.18.0.9/24 dev eth0 mngtmpaddr
}
"#,
    ),
    (
        "z_mngtmp",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 use_vmac
 virtual_ipaddress {
 198.18.0.1
 2001:db8::1/64 mngtmpaddr
 }
}
"#,
    ),
    (
        "z_tg",
        r#"static_ipaddress {
 198.18.0.9/24 dev eth0 track_group G
}
"#,
    ),
    (
        "z_vipvmac",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 use_vmac
 virtual_ipaddress {
 198.18.0.1
 198.18.0.2 use_vmac
 }
}
"#,
    ),
    (
        "mutant_m000",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 label x
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"

}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m001",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER label x
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m002",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
 track_interface "/usr/local/bin/vrrp.sh MASTER VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m003",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 0.0.0.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m004",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/-1 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m005",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 foo
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m006",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
 nopreempt 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m007",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m008",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m009",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m011",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
 priority
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m012",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m013",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
 unicast_ttl
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m014",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 256
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m015",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m017",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0

    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m018",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
 strict_mode 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m019",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100 weight 5
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m020",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m021",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {

    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m022",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1

   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m023",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2

  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m024",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/3
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 0
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m025",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1 reverse
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m027",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m028",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH

    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m029",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m030",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m031",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1 reverse
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m032",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        2001:db8::7/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55

    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m033",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link

    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m034",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert

    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m035",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m036",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2

  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m038",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27 1
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m039",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m044",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        224.0.0.5
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m045",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51 foo
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/0 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m046",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m047",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 fe80::1/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m048",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
 accept 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m049",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 99999999999
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m050",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m052",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0

    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m054",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17

    }
}

"#,
    ),
    (
        "mutant_m055",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m056",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m058",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m059",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
 version eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m060",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
 notify_master 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m062",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m063",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m064",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
 preempt_delay eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m065",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m066",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 0
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m067",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
 strict_mode dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m069",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m071",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 99999999999
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
 track_interface
    }
}

"#,
    ),
    (
        "mutant_m072",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        0.0.0.0
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m073",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
 notify_master PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14 no_track
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m075",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m076",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100 label x
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m079",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
 state eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m080",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {

    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
 advert_int 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m081",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
 nopreempt via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1 no_track
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m082",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0

    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m083",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32

    }
}

"#,
    ),
    (
        "mutant_m085",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/1.5 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m086",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m087",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    0.0.0.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
 use_vmac via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m088",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        fe80::1/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m090",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
 strict_mode 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m091",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER foo
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m093",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m095",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/0.001 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m096",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"

    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m097",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51

    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m098",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m099",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER reverse
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17

    }
}

"#,
    ),
    (
        "mutant_m100",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {

    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m101",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m102",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m103",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10

    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER label x
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m104",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"

  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m105",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m106",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    1.2.3/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m107",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert

    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m108",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59

    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m110",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
 priority dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m111",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {

        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m112",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
 nopreempt 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m113",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m114",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {

    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m115",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 1.5
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m116",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254 reverse
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m117",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m118",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
 version AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m119",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m120",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
 garp_master_delay dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m123",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1 dev nosuch
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m124",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/1.5 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m125",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 3
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m126",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {

    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m127",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m129",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m130",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100 no_track
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m131",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m132",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
 strict_mode MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1" 1
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m133",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0 dev nosuch
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m134",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0 reverse
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev lo
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m135",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0 foo
    virtual_router_id 51
    priority 
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m136",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
 unicast_ttl 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m137",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m138",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL no_track
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m139",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface lo
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m141",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
 nopreempt 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m142",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1 weight 5
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id -1
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m143",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0

    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        224.0.0.5
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m146",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS label x
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m148",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m149",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/3 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m151",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
 priority via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link weight 5
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m152",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m154",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        fe80::1
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m155",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {

    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m156",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER label x
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
 advert_int dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m157",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m158",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0 1
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m159",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
 smtp_alert 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m161",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    smtp_alert
    virtual_router_id 51

    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m162",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface lo
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m163",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0 label x
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m165",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
 garp_master_delay 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m166",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        300.1.1.1
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m167",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51

    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18 1
    }
}

"#,
    ),
    (
        "mutant_m168",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
 strict_mode
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m169",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30 foo
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m170",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m171",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL 1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
 accept
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m172",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    state MASTER
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m173",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m174",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
 accept 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m176",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m177",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table   # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m178",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        fe80::1
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m179",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m180",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/256 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m181",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0

    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m182",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0

        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m183",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 3
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m184",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m185",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m186",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen dev nosuch
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
 state
    }
}

"#,
    ),
    (
        "mutant_m189",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m191",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        0.0.0.0
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
 priority "/usr/local/bin/vrrp.sh MASTER VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m192",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m193",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
 accept 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m194",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {

        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m195",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        0.0.0.0
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER label x
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m196",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
 garp_master_delay
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m197",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m199",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
 notify_master MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m200",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m202",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
 nopreempt Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {

    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m203",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
 strict_mode via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m204",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        300.1.1.1/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m205",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1000
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m206",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m207",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev lo scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m208",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev lo scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
 notify_master dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m209",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0 foo
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52

    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m210",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
 smtp_alert 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m211",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {

        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m213",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0

    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m214",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m216",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m217",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link

    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m218",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m219",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0

    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m220",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m221",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
 version 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "mutant_m222",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
 advert_int MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m223",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16 foo
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m224",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev lo
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
 nopreempt via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m225",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "mutant_m226",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9 dev nosuch
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m227",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m228",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
 accept 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m230",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m231",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m232",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        0.0.0.0
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m234",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10

    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0 1
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m235",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev lo scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "mutant_m236",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
 state "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56

    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m238",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/1
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m239",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
 unicast_ttl LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m240",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1 no_track
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
 state
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "mutant_m241",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "mutant_m242",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "mutant_m243",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {

        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "inserted_g000",
        r#"global_defs {
   router_id R1
   max_auto_priority 198.18.0.1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    debug ff02::12
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g001",
        r#"global_defs {
   router_id R1
   notify_fifo 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    skip_check_adv_addr 255
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g002",
        r#"global_defs {
   router_id R1
   notify_fifo 198.18.0.1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    lvs_sync_daemon_interface 1
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g003",
        r#"global_defs {
   router_id R1
   notify_fifo_script 255
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_lower_prio_repeat 1.5
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g004",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_refresh 1.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g005",
        r#"global_defs {
   router_id R1
   vrrp_strict nosuch
   vrrp_garp_master_refresh 1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g006",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_lower_prio_repeat 2
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    nopreempt 100
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g007",
        r#"global_defs {
   router_id R1
   notify_fifo_script ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g008",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_refresh 0.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    strict_mode abc
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g009",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority nosuch
    notify_master 3
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g010",
        r#"global_defs {
   router_id R1
   vrrp_strict eth0
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state ff02::12
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g011",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_master_repeat false
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g012",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    preempt 256
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g013",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    down_timer_adverts eth0
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g014",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    dont_track_primary 1
    use_vmac true
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g015",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    linkbeat_use_polling 2
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    version eth0
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g016",
        r#"global_defs {
   router_id R1
   router_id false
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g017",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    use_ipvlan 0.5
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g018",
        r#"global_defs {
   router_id R1
   process_name BACKUP
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g019",
        r#"global_defs {
   router_id R1
   lvs_timeouts false
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g020",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify_stop 2
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    promote_secondaries 224.0.0.18
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g021",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    interface 1
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g022",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_extra_if nosuch
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g023",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state true
    promote_secondaries true
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g024",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    higher_prio_send_advert eth0
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g025",
        r#"global_defs {
   router_id R1
   vrrp_down_timer_adverts -5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g026",
        r#"global_defs {
   router_id R1
   process_name 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    check_unicast_src 224.0.0.18
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g027",
        r#"global_defs {
   router_id R1
   max_auto_priority
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g028",
        r#"global_defs {
   router_id R1
   lvs_timeouts 1.5
   vrrp_gna_interval PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g029",
        r#"global_defs {
   router_id R1
   notify_fifo_script false
   vrrp_mcast_group4 100
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g030",
        r#"global_defs {
   router_id R1
   vrrp_lower_prio_no_advert -5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    track_src_ip 255
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g031",
        r#"global_defs {
   router_id R1
   router_id MASTER
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g032",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    dont_track_primary -5
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    notify_master_rx_lower_pri ff02::12
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g034",
        r#"global_defs {
   router_id R1
   vrrp_version 1.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g035",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    nopreempt 198.18.0.1
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g036",
        r#"global_defs {
   router_id R1
   process_name MASTER
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    dont_track_primary 2
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g037",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_master_refresh PASS
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g038",
        r#"global_defs {
   router_id R1
   vrrp_down_timer_adverts abc
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    dont_track_primary MASTER
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g039",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    mcast_src_ip 1.5
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    notify_backup 255
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g040",
        r#"global_defs {
   router_id R1
   vrrp_lower_prio_no_advert BACKUP
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    down_timer_adverts ff02::12
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g041",
        r#"global_defs {
   router_id R1
   dynamic_interfaces PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g042",
        r#"global_defs {
   router_id R1
   max_auto_priority abc
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g043",
        r#"global_defs {
   router_id R1
   max_auto_priority 1.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g044",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    notify_backup 0.5
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g045",
        r#"global_defs {
   router_id R1
   vrrp_strict ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    dont_track_primary 0.5
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g046",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_delay 0.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    interface abc
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g047",
        r#"global_defs {
   router_id R1
   vrrp_priority ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g048",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    use_ipvlan 255
    down_timer_adverts MASTER
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g049",
        r#"global_defs {
   router_id R1
   notify_fifo true
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g050",
        r#"global_defs {
   router_id R1
   max_auto_priority 1.5
   notify_fifo_script 0
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g051",
        r#"global_defs {
   router_id R1
   vrrp_lower_prio_no_advert 2
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    native_ipv6 MASTER
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g052",
        r#"global_defs {
   router_id R1
   vrrp_skip_check_adv_addr PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g053",
        r#"global_defs {
   router_id R1
   router_id MASTER
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g054",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    down_timer_adverts BACKUP
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g055",
        r#"global_defs {
   router_id R1
   vrrp_skip_check_adv_addr 224.0.0.18
   vrrp_garp_interval abc
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g056",
        r#"global_defs {
   router_id R1
   notify_fifo 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    kernel_rx_buf_size 3
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g057",
        r#"global_defs {
   router_id R1
   router_id ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    linkbeat_use_polling 0
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g058",
        r#"global_defs {
   router_id R1
   vrrp_garp_interval 224.0.0.18
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g059",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify PASS
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    nopreempt 255
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g060",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    notify_master
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g061",
        r#"global_defs {
   router_id R1
   notify_fifo_script BACKUP
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g062",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    native_ipv6
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g063",
        r#"global_defs {
   router_id R1
   vrrp_gna_interval PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    vmac_xmit_base 1
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g064",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify_backup abc
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g065",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    mcast_src_ip ff02::12
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g066",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify_master_rx_lower_pri PASS
    preempt 100
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g067",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    accept false
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g068",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    lower_prio_no_advert 198.18.0.1
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g069",
        r#"global_defs {
   router_id R1
   script_user false
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 256
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g070",
        r#"global_defs {
   router_id R1
   notify_fifo_script ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    no_accept 224.0.0.18
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g071",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state 3
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g072",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    no_accept -5
    version 0
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g073",
        r#"global_defs {
   router_id R1
   vrrp_down_timer_adverts PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g074",
        r#"global_defs {
   router_id R1
   router_id true
   process_name false
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g075",
        r#"global_defs {
   router_id R1
   script_user
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_lower_prio_delay BACKUP
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g076",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    vmac_garp_intvl 0.5
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g077",
        r#"global_defs {
   router_id R1
   max_auto_priority BACKUP
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g078",
        r#"global_defs {
   router_id R1
   vrrp_gna_interval 3
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g079",
        r#"global_defs {
   router_id R1
   max_auto_priority 0.5
   enable_script_security 100
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g080",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    promote_secondaries abc
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g081",
        r#"global_defs {
   router_id R1
   enable_script_security 1
   vrrp_priority 0
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g082",
        r#"global_defs {
   router_id R1
   lvs_timeouts 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    mcast_dst_ip
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g083",
        r#"global_defs {
   router_id R1
   vrrp_garp_interval 255
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g084",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    down_timer_adverts 3
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g085",
        r#"global_defs {
   router_id R1
   vrrp_mcast_group4 1.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_lower_prio_repeat false
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g086",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_refresh 2
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_master_refresh_repeat 3
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g087",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    unicast_ttl abc
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g088",
        r#"global_defs {
   router_id R1
   vrrp_gna_interval ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    lvs_sync_daemon_interface PASS
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g089",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    vmac_garp_intvl BACKUP
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_lower_prio_delay true
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g090",
        r#"global_defs {
   router_id R1
   vrrp_lower_prio_no_advert true
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g091",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    virtual_router_id
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g092",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify_master_rx_lower_pri ff02::12
    down_timer_adverts 3
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g093",
        r#"global_defs {
   router_id R1
   vrrp_skip_check_adv_addr ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g094",
        r#"global_defs {
   router_id R1
   vrrp_garp_interval nosuch
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g095",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    mcast_dst_ip 255
    garp_master_refresh false
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g096",
        r#"global_defs {
   router_id R1
   router_id -5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g097",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_delay 255
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g098",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_master_repeat PASS
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g099",
        r#"global_defs {
   router_id R1
   process_name 100
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g100",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    skip_check_adv_addr
    notify 0
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g101",
        r#"global_defs {
   router_id R1
   notify_fifo_script ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g102",
        r#"global_defs {
   router_id R1
   vrrp_down_timer_adverts 0.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g103",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    advert_int 2
    notify_deleted -5
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g104",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    linkbeat_use_polling 256
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g105",
        r#"global_defs {
   router_id R1
   smtp_connect_timeout -5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g106",
        r#"global_defs {
   router_id R1
   smtp_connect_timeout 0
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_extra_if PASS
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g107",
        r#"global_defs {
   router_id R1
   smtp_connect_timeout MASTER
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g108",
        r#"global_defs {
   router_id R1
   vrrp_startup_delay ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_lower_prio_delay true
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g109",
        r#"global_defs {
   router_id R1
   smtp_connect_timeout 224.0.0.18
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g110",
        r#"global_defs {
   router_id R1
   vrrp_priority 1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g111",
        r#"global_defs {
   router_id R1
   vrrp_down_timer_adverts 0.5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g112",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_delay false
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    higher_prio_send_advert 0
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g113",
        r#"global_defs {
   router_id R1
   max_auto_priority BACKUP
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g114",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_delay ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    accept 100
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g115",
        r#"global_defs {
   router_id R1
   vrrp_down_timer_adverts 2
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g116",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_refresh PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g117",
        r#"global_defs {
   router_id R1
   vrrp_garp_interval 1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g118",
        r#"global_defs {
   router_id R1
   vrrp_strict 224.0.0.18
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    check_unicast_src 256
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g119",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify_backup 0.5
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 198.18.0.1
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g120",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    strict_mode nosuch
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g121",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_lower_prio_delay 255
    dont_track_primary 255
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g122",
        r#"global_defs {
   router_id R1
   notify_fifo ff02::12
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g123",
        r#"global_defs {
   router_id R1
   process_name 2
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    notify_deleted 224.0.0.18
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g124",
        r#"global_defs {
   router_id R1
   vrrp_mcast_group4 1
   script_user 224.0.0.18
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g125",
        r#"global_defs {
   router_id R1
   vrrp_strict PASS
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g126",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_refresh PASS
   vrrp_version
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g127",
        r#"global_defs {
   router_id R1
   vrrp_startup_delay 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    linkbeat_use_polling 100
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g128",
        r#"global_defs {
   router_id R1
   process_name 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g130",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    strict_mode 0.5
    preempt_delay MASTER
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g131",
        r#"global_defs {
   router_id R1
   router_id abc
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g132",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    preempt_delay nosuch
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_lower_prio_repeat false
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g133",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    lower_prio_no_advert MASTER
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g134",
        r#"global_defs {
   router_id R1
   notify_fifo nosuch
   vrrp_gna_interval 100
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g135",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    garp_master_delay 1
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g136",
        r#"global_defs {
   router_id R1
   vrrp_mcast_group4 true
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    debug false
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g137",
        r#"global_defs {
   router_id R1
   vrrp_version true
   max_auto_priority -5
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g138",
        r#"global_defs {
   router_id R1
   vrrp_mcast_group4 true
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g139",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    mcast_dst_ip false
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g140",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    track_src_ip false
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g141",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    notify_fault ff02::12
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_master_repeat ff02::12
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g142",
        r#"global_defs {
   router_id R1
   vrrp_garp_interval 2
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state ff02::12
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g143",
        r#"global_defs {
   router_id R1
   notify_fifo 255
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    preempt false
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g145",
        r#"global_defs {
   router_id R1
   vrrp_lower_prio_no_advert 0
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g146",
        r#"global_defs {
   router_id R1
   enable_script_security BACKUP
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g147",
        r#"global_defs {
   router_id R1
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    garp_master_refresh 255
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g148",
        r#"global_defs {
   router_id R1
   vrrp_startup_delay 224.0.0.18
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "inserted_g149",
        r#"global_defs {
   router_id R1
   vrrp_garp_master_refresh
   router_id 256
}


vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.16/24
    }
}

vrrp_instance VI_2 {
    interface eth0
    virtual_router_id 52
    priority 90
    unicast_peer {
        198.18.0.3
    }
    virtual_ipaddress {
        198.18.0.17
    }
}

vrrp_sync_group G {
    group {
        VI_1
        VI_2
    }
}
"#,
    ),
    (
        "flag_g_dynamic_interfaces",
        r#"global_defs {
 dynamic_interfaces xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_enable_script_security",
        r#"global_defs {
 enable_script_security xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_lvs_flush",
        r#"global_defs {
 lvs_flush xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_lvs_flush_onstop",
        r#"global_defs {
 lvs_flush_onstop xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_smtp_alert",
        r#"global_defs {
 smtp_alert xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_smtp_alert_checker",
        r#"global_defs {
 smtp_alert_checker xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_smtp_alert_vrrp",
        r#"global_defs {
 smtp_alert_vrrp xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_check_unicast_src",
        r#"global_defs {
 vrrp_check_unicast_src xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_higher_prio_send_advert",
        r#"global_defs {
 vrrp_higher_prio_send_advert xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_lower_prio_no_advert",
        r#"global_defs {
 vrrp_lower_prio_no_advert xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_min_garp",
        r#"global_defs {
 vrrp_min_garp xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_notify_priority_changes",
        r#"global_defs {
 vrrp_notify_priority_changes xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_skip_check_adv_addr",
        r#"global_defs {
 vrrp_skip_check_adv_addr xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_g_vrrp_strict",
        r#"global_defs {
 vrrp_strict xyz
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_i_accept",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 accept xyz
}
"#,
    ),
    (
        "flag_i_check_unicast_src",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 check_unicast_src xyz
}
"#,
    ),
    (
        "flag_i_dont_track_primary",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 dont_track_primary xyz
}
"#,
    ),
    (
        "flag_i_higher_prio_send_advert",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 higher_prio_send_advert xyz
}
"#,
    ),
    (
        "flag_i_lower_prio_no_advert",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 lower_prio_no_advert xyz
}
"#,
    ),
    (
        "flag_i_native_ipv6",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 native_ipv6 xyz
}
"#,
    ),
    (
        "flag_i_no_accept",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 no_accept xyz
}
"#,
    ),
    (
        "flag_i_nopreempt",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 nopreempt xyz
}
"#,
    ),
    (
        "flag_i_notify_priority_changes",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 notify_priority_changes xyz
}
"#,
    ),
    (
        "flag_i_preempt",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 preempt xyz
}
"#,
    ),
    (
        "flag_i_promote_secondaries",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 promote_secondaries xyz
}
"#,
    ),
    (
        "flag_i_skip_check_adv_addr",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 skip_check_adv_addr xyz
}
"#,
    ),
    (
        "flag_i_smtp_alert",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 smtp_alert xyz
}
"#,
    ),
    (
        "flag_i_strict_mode",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 strict_mode xyz
}
"#,
    ),
    (
        "flag_i_track_src_ip",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 track_src_ip xyz
}
"#,
    ),
    (
        "flag_i_unicast_fault_no_peer",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 unicast_fault_no_peer xyz
}
"#,
    ),
    (
        "flag_i_use_ipvlan",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 use_ipvlan xyz
}
"#,
    ),
    (
        "flag_i_vmac_xmit_base",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 vmac_xmit_base xyz
}
"#,
    ),
    (
        "flag_t_garp_lower_prio_delay",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_lower_prio_delay 1.5
}
"#,
    ),
    (
        "flag_t_garp_master_delay",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_master_delay 1.5
}
"#,
    ),
    (
        "flag_t_garp_master_refresh",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
 garp_master_refresh 1.5
}
"#,
    ),
    (
        "flag_tg_smtp_connect_timeout",
        r#"global_defs {
 smtp_connect_timeout 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_tg_vrrp_garp_lower_prio_delay",
        r#"global_defs {
 vrrp_garp_lower_prio_delay 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_tg_vrrp_garp_master_delay",
        r#"global_defs {
 vrrp_garp_master_delay 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_tg_vrrp_garp_master_refresh",
        r#"global_defs {
 vrrp_garp_master_refresh 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "flag_tg_vrrp_startup_delay",
        r#"global_defs {
 vrrp_startup_delay 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "line_h000",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h001",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 foo 1
 }
}
"#,
    ),
    (
        "line_h002",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  fe80::9 
 }
}
"#,
    ),
    (
        "line_h003",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5 noprefixroute
 }
}
"#,
    ),
    (
        "line_h004",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::5 dev nosuch no_track
 }
}
"#,
    ),
    (
        "line_h005",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5 scope host -nodad
 }
}
"#,
    ),
    (
        "line_h006",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  1.2.3 
 }
}
"#,
    ),
    (
        "line_h007",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 preferred_lft 0 nodad
 }
}
"#,
    ),
    (
        "line_h008",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.0/24 
 }
}
"#,
    ),
    (
        "line_h009",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 
 }
}
"#,
    ),
    (
        "line_h010",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.0/24 peer 198.18.0.9
 }
}
"#,
    ),
    (
        "line_h011",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::/64 preferred_lft forever scope host
 }
}
"#,
    ),
    (
        "line_h012",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  fe80::9 
 }
}
"#,
    ),
    (
        "line_h013",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  from 198.18.0.0/24 oif eth0
 }
}
"#,
    ),
    (
        "line_h014",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  table main
 }
}
"#,
    ),
    (
        "line_h015",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  fe80::9 
 }
}
"#,
    ),
    (
        "line_h016",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 1
 }
}
"#,
    ),
    (
        "line_h017",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h018",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 label eth0:1
 }
}
"#,
    ),
    (
        "line_h019",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  iif eth0 priority 10 l3mdev
 }
}
"#,
    ),
    (
        "line_h020",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  priority 10 to 198.19.0.0/24 fwmark 5
 }
}
"#,
    ),
    (
        "line_h021",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 home
 }
}
"#,
    ),
    (
        "line_h022",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  2001:db8::/64 peer 2001:db8::9
 }
}
"#,
    ),
    (
        "line_h023",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  from 198.18.0.0/24 blackhole to 198.19.0.0/24
 }
}
"#,
    ),
    (
        "line_h024",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::/64 
 }
}
"#,
    ),
    (
        "line_h025",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 peer 2001:db8::9
 }
}
"#,
    ),
    (
        "line_h026",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 
 }
}
"#,
    ),
    (
        "line_h027",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  224.0.0.1 dev eth0
 }
}
"#,
    ),
    (
        "line_h028",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  via 2001:db8::1 1.2.3
 }
}
"#,
    ),
    (
        "line_h029",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 mngtmpaddr
 }
}
"#,
    ),
    (
        "line_h030",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 max_ttl 254
 }
}
"#,
    ),
    (
        "line_h031",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  0.0.0.0/0 realms 1
 }
}
"#,
    ),
    (
        "line_h032",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.0/24 table 5
 }
}
"#,
    ),
    (
        "line_h033",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5 table 5
 }
}
"#,
    ),
    (
        "line_h034",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 foo 1
 }
}
"#,
    ),
    (
        "line_h035",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 preferred_lft 0 peer 2001:db8::9
 }
}
"#,
    ),
    (
        "line_h036",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  1.2.3 pref high
 }
}
"#,
    ),
    (
        "line_h037",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  2001:db8::5 scope host
 }
}
"#,
    ),
    (
        "line_h038",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  fe80::9 dev ifb0 preferred_lft forever
 }
}
"#,
    ),
    (
        "line_h039",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  priority 10
 }
}
"#,
    ),
    (
        "line_h040",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  table main to 198.19.0.0/24
 }
}
"#,
    ),
    (
        "line_h041",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  table main blackhole
 }
}
"#,
    ),
    (
        "line_h042",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 
 }
}
"#,
    ),
    (
        "line_h043",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  foo not
 }
}
"#,
    ),
    (
        "line_h044",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  2001:db8::/64 metric x
 }
}
"#,
    ),
    (
        "line_h045",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5 autojoin
 }
}
"#,
    ),
    (
        "line_h046",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  fe80::9 peer 198.18.0.9
 }
}
"#,
    ),
    (
        "line_h047",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5 scope bad
 }
}
"#,
    ),
    (
        "line_h048",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 
 }
}
"#,
    ),
    (
        "line_h049",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  fe80::9 
 }
}
"#,
    ),
    (
        "line_h050",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 autojoin
 }
}
"#,
    ),
    (
        "line_h051",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  metric x 2001:db8::/64
 }
}
"#,
    ),
    (
        "line_h052",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5 table 5 blackhole
 }
}
"#,
    ),
    (
        "line_h053",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  2001:db8::/64 expires 10
 }
}
"#,
    ),
    (
        "line_h054",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h055",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  fe80::9 pref high
 }
}
"#,
    ),
    (
        "line_h056",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  priority 10 foo
 }
}
"#,
    ),
    (
        "line_h057",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  iif eth0 uidrange 1-5
 }
}
"#,
    ),
    (
        "line_h058",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::/64 
 }
}
"#,
    ),
    (
        "line_h059",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5/33 label eth0:1
 }
}
"#,
    ),
    (
        "line_h060",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 use_vmac -nodad
 }
}
"#,
    ),
    (
        "line_h061",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::/64 mngtmpaddr preferred_lft x
 }
}
"#,
    ),
    (
        "line_h062",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  ipproto tcp sport 80
 }
}
"#,
    ),
    (
        "line_h063",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5/33 via 198.18.0.1 table main
 }
}
"#,
    ),
    (
        "line_h064",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 max_ttl 254
 }
}
"#,
    ),
    (
        "line_h065",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  fe80::9 
 }
}
"#,
    ),
    (
        "line_h066",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  2001:db8::5 
 }
}
"#,
    ),
    (
        "line_h067",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5 
 }
}
"#,
    ),
    (
        "line_h068",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 
 }
}
"#,
    ),
    (
        "line_h069",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  sport 80
 }
}
"#,
    ),
    (
        "line_h070",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  2001:db8::5 peer 2001:db8::9
 }
}
"#,
    ),
    (
        "line_h071",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  ipproto tcp from all dport 80
 }
}
"#,
    ),
    (
        "line_h072",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.0/24 peer 2001:db8::9 brd 198.18.0.255
 }
}
"#,
    ),
    (
        "line_h073",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  metric x 1.2.3
 }
}
"#,
    ),
    (
        "line_h074",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 min_ttl 1
 }
}
"#,
    ),
    (
        "line_h075",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h076",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 mngtmpaddr peer 198.18.0.9
 }
}
"#,
    ),
    (
        "line_h077",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h078",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::5 no_track
 }
}
"#,
    ),
    (
        "line_h079",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 foo 1
 }
}
"#,
    ),
    (
        "line_h080",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.0/24 home no_track
 }
}
"#,
    ),
    (
        "line_h081",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  table main
 }
}
"#,
    ),
    (
        "line_h082",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h083",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  2001:db8::5 
 }
}
"#,
    ),
    (
        "line_h084",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5/33 prohibit or 198.18.0.3
 }
}
"#,
    ),
    (
        "line_h085",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 foo 1
 }
}
"#,
    ),
    (
        "line_h086",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  l3mdev
 }
}
"#,
    ),
    (
        "line_h087",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  1.2.3 realms 1
 }
}
"#,
    ),
    (
        "line_h088",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::/64 scope bad use_vmac
 }
}
"#,
    ),
    (
        "line_h089",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  1.2.3 metric x
 }
}
"#,
    ),
    (
        "line_h090",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5/33 scope link
 }
}
"#,
    ),
    (
        "line_h091",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 nodad scope 200
 }
}
"#,
    ),
    (
        "line_h092",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
   198.18.0.5/33
 }
}
"#,
    ),
    (
        "line_h093",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  2001:db8::5 autojoin scope bad
 }
}
"#,
    ),
    (
        "line_h094",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::5 
 }
}
"#,
    ),
    (
        "line_h095",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::5 dev ifb0
 }
}
"#,
    ),
    (
        "line_h096",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  no_track 224.0.0.1
 }
}
"#,
    ),
    (
        "line_h097",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 
 }
}
"#,
    ),
    (
        "line_h098",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5 
 }
}
"#,
    ),
    (
        "line_h099",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  fe80::9 or 198.18.0.3
 }
}
"#,
    ),
    (
        "line_h100",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 foo 1
 }
}
"#,
    ),
    (
        "line_h101",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  224.0.0.1 expires 10
 }
}
"#,
    ),
    (
        "line_h102",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 nodad preferred_lft x
 }
}
"#,
    ),
    (
        "line_h103",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 scope host brd 198.18.0.255
 }
}
"#,
    ),
    (
        "line_h104",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  ipproto tcp dport 80
 }
}
"#,
    ),
    (
        "line_h105",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  l3mdev tos 4
 }
}
"#,
    ),
    (
        "line_h106",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5/33 foo
 }
}
"#,
    ),
    (
        "line_h107",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 
 }
}
"#,
    ),
    (
        "line_h108",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  fwmark 0x5/0xff suppress_prefixlength 0 l3mdev
 }
}
"#,
    ),
    (
        "line_h109",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5/33 
 }
}
"#,
    ),
    (
        "line_h110",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  2001:db8::2 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h111",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 foo 1
 }
}
"#,
    ),
    (
        "line_h112",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 1
 }
}
"#,
    ),
    (
        "line_h113",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 
 }
}
"#,
    ),
    (
        "line_h114",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.0/24 
 }
}
"#,
    ),
    (
        "line_h115",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 -nodad dev eth0
 }
}
"#,
    ),
    (
        "line_h116",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  l3mdev to 198.19.0.0/24 table 5
 }
}
"#,
    ),
    (
        "line_h117",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 preferred_lft forever dev nosuch
 }
}
"#,
    ),
    (
        "line_h118",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5/33 nodad dev ifb0
 }
}
"#,
    ),
    (
        "line_h119",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::/64 
 }
}
"#,
    ),
    (
        "line_h120",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  from all
 }
}
"#,
    ),
    (
        "line_h121",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 min_ttl 1
 }
}
"#,
    ),
    (
        "line_h122",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 foo 1
 }
}
"#,
    ),
    (
        "line_h123",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 
 }
}
"#,
    ),
    (
        "line_h124",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 1
 }
}
"#,
    ),
    (
        "line_h125",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  table main from 198.18.0.0/24 goto 100
 }
}
"#,
    ),
    (
        "line_h126",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5/33 preferred_lft 0 noprefixroute
 }
}
"#,
    ),
    (
        "line_h127",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  suppress_prefixlength 0 oif eth0
 }
}
"#,
    ),
    (
        "line_h128",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.0/24 label eth0:1 dev ifb0
 }
}
"#,
    ),
    (
        "line_h129",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 
 }
}
"#,
    ),
    (
        "line_h130",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  2001:db8::5 or 198.18.0.3 prohibit
 }
}
"#,
    ),
    (
        "line_h131",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2 min_ttl 300
 }
}
"#,
    ),
    (
        "line_h132",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  dev nosuch type unicast 2001:db8::5
 }
}
"#,
    ),
    (
        "line_h133",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  tos 4 priority 10 table main
 }
}
"#,
    ),
    (
        "line_h134",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 dev eth0
 }
}
"#,
    ),
    (
        "line_h135",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  1.2.3 min_ttl 1
 }
}
"#,
    ),
    (
        "line_h136",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5 preferred_lft 0 nodad
 }
}
"#,
    ),
    (
        "line_h137",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::5 noprefixroute
 }
}
"#,
    ),
    (
        "line_h138",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  0.0.0.0/0 
 }
}
"#,
    ),
    (
        "line_h139",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  table main
 }
}
"#,
    ),
    (
        "line_h140",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_rules {
  prio 30 not table 5
 }
}
"#,
    ),
    (
        "line_h141",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  fe80::9 scope host
 }
}
"#,
    ),
    (
        "line_h142",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  fe80::9 home peer 2001:db8::9
 }
}
"#,
    ),
    (
        "line_h143",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.5/33 preferred_lft 0
 }
}
"#,
    ),
    (
        "line_h144",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  198.18.0.5/33 mtu 1400
 }
}
"#,
    ),
    (
        "line_h145",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  scope link type unicast 1.2.3
 }
}
"#,
    ),
    (
        "line_h146",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_routes {
  224.0.0.1 via 2001:db8::1 blackhole
 }
}
"#,
    ),
    (
        "line_h147",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  2001:db8::5 
 }
}
"#,
    ),
    (
        "line_h148",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
  198.18.0.5 
 }
}
"#,
    ),
    (
        "line_h149",
        r#"vrrp_sync_group G {
 group {
 V
 W
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.50
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 virtual_ipaddress_excluded {
  198.18.0.0/24 
 }
}
"#,
    ),
    (
        "block_s000",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 min_rx 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s002",
        r#"garp_group {
 garp_interval /tmp/x
 gna_interval eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s003",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s005",
        r#"track_file F {
 file /tmp/rvs-track
 foo
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s006",
        r#"vrrp_track_process P {
 quorum_max reverse
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s008",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s009",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s010",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s011",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s012",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s013",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s014",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s015",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s016",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s017",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s018",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s019",
        r#"garp_group {
 garp_interval 1
 garp_interval 0
 interface fe80::1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s020",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s021",
        r#"bfd_instance B {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s022",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s023",
        r#"vrrp_track_process P {
 process haproxy
 foo
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s025",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s026",
        r#"track_file F {
 file /tmp/rvs-track
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s027",
        r#"garp_group {
 garp_interval 1
 garp_interval overwrite
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s028",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s029",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s030",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s031",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s032",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s033",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s034",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 multiplier -1
 weight 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s035",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s037",
        r#"vrrp_track_process P {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s038",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s040",
        r#"vrrp_track_process P {
 process haproxy
 fork_delay abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s041",
        r#"track_file F {
 init_file 2
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s042",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 max_hops /tmp/x
 hoplimit 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s043",
        r#"vrrp_track_process P {
 process haproxy
 terminate_delay true
 param_match 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s044",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s047",
        r#"garp_group {
 garp_interval 1
 foo
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s048",
        r#"garp_group {
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s049",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s051",
        r#"garp_group {
 garp_interval 1
 garp_interval fe80::1
 interface 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s052",
        r#"track_file F {
 file /tmp/rvs-track
 foo
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s054",
        r#"vrrp_track_process P {
 process haproxy
 quorum true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s055",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
 gna_interval 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s057",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s059",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s060",
        r#"vrrp_track_process P {
 process haproxy
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s061",
        r#"track_file F {
 weight 2
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s062",
        r#"vrrp_track_process P {
 process haproxy
 full_command
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s063",
        r#"track_file F {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s066",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s068",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s070",
        r#"vrrp_track_process P {
 process haproxy
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s071",
        r#"track_file F {
 file /tmp/rvs-track
 init_file -1
 init_file 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s072",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s073",
        r#"vrrp_track_process P {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s075",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 hoplimit true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s076",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s077",
        r#"vrrp_track_process P {
 process haproxy
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s078",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s079",
        r#"vrrp_track_process P {
 process haproxy
 param_match 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s080",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s081",
        r#"track_file F {
 file /tmp/rvs-track
 weight 1
 init_file eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s082",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
 gna_interval fe80::1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s084",
        r#"garp_group {
 garp_interval eth0
 garp_interval 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s085",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s086",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s087",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s088",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s089",
        r#"garp_group {
 gna_interval 198.18.0.1
 interface true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s090",
        r#"track_file F {
 file /tmp/rvs-track
 weight 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s091",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s093",
        r#"track_file F {
 file /tmp/rvs-track
 weight 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s094",
        r#"vrrp_track_process P {
 process haproxy
 weight 0
 fork_delay abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s095",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s096",
        r#"garp_group {
 garp_interval 1
 garp_interval eth0
 gna_interval reverse
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s097",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s098",
        r#"track_file F {
 file /tmp/rvs-track
 foo
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s099",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s100",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s101",
        r#"vrrp_track_process P {
 process haproxy
 terminate_delay overwrite
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s102",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s103",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s104",
        r#"vrrp_track_process P {
 fork_delay 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s105",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s106",
        r#"garp_group {
 garp_interval 1
 gna_interval 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s107",
        r#"garp_group {
 garp_interval 1
 gna_interval reverse
 interface -1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s108",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s109",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
 init_file 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s110",
        r#"track_file F {
 weight 198.18.0.1
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s111",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s113",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s114",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s115",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 multiplier true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s116",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s118",
        r#"track_file F {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s119",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 idle_tx 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s120",
        r#"track_file F {
 file /tmp/rvs-track
 foo
 init_file true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s121",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s122",
        r#"garp_group {
 garp_interval 1
 garp_interval -1
 gna_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s124",
        r#"garp_group {
 garp_interval 1
 garp_interval 2
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s125",
        r#"track_file F {
 file /tmp/rvs-track
 weight 198.18.0.1
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s126",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s127",
        r#"vrrp_track_process P {
 process haproxy
 delay 0
 full_command
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s128",
        r#"garp_group {
 garp_interval 1
 interface eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s129",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 passive
 vrrp 2
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s131",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 max_hops 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s134",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s135",
        r#"garp_group {
 garp_interval 1
 gna_interval 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s137",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s138",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s140",
        r#"track_file F {
 file /tmp/rvs-track
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s141",
        r#"garp_group {
 garp_interval 1
 interface 198.18.0.1
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s142",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s143",
        r#"vrrp_track_process P {
 process haproxy
 full_command
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s144",
        r#"garp_group {
 garp_interval 1
 foo
 gna_interval nosuch
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s145",
        r#"garp_group {
 garp_interval 1
 garp_interval 198.18.0.1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s146",
        r#"vrrp_track_process P {
 process haproxy
 param_match abc
 fork_delay 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s147",
        r#"vrrp_track_process P {
 process haproxy
 fork_delay eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s148",
        r#"garp_group {
 garp_interval 1
 interface 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s149",
        r#"vrrp_track_process P {
 process haproxy
 weight nosuch
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s151",
        r#"garp_group {
 garp_interval 1
 interface 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s152",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 min_tx eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s153",
        r#"vrrp_track_process P {
 process haproxy
 fork_delay 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s154",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s156",
        r#"vrrp_track_process P {
 process haproxy
 full_command
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s157",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s159",
        r#"vrrp_track_process P {
 process haproxy
 quorum 254
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s160",
        r#"track_file F {
 file /tmp/rvs-track
 weight overwrite
 init_file eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s161",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s162",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s163",
        r#"track_file F {
 file /tmp/rvs-track
 foo
 weight eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s164",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s165",
        r#"garp_group {
 garp_interval 1
 interfaces {
 eth0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s166",
        r#"vrrp_track_process P {
 process haproxy
 quorum true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s167",
        r#"garp_group {
 garp_interval 1
 garp_interval 2
 garp_interval 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s168",
        r#"bfd_instance B {
 min_tx eth0
 max_hops 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s169",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 multiplier 300
 multiplier 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s170",
        r#"vrrp_track_process P {
 process haproxy
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s171",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s174",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s175",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 vrrp abc
 hoplimit nosuch
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s177",
        r#"track_file F {
 file /tmp/rvs-track
 init_file 
 init_file 2
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s178",
        r#"garp_group {
 garp_interval 1
 interface 2
 garp_interval -254
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s179",
        r#"garp_group {
 garp_interval 1
 gna_interval 198.18.0.1
 interface abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s180",
        r#"vrrp_track_process P {
 process haproxy
 quorum 1
 quorum 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s181",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 ttl 
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s183",
        r#"vrrp_track_process P {
 process haproxy
 quorum_max fe80::1
 param_match overwrite
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s184",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s185",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s187",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s188",
        r#"garp_group {
 interface true
 garp_interval fe80::1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s189",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s190",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s191",
        r#"vrrp_track_process P {
 process haproxy
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s192",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s194",
        r#"track_file F {
 foo
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s195",
        r#"vrrp_track_process P {
 terminate_delay nosuch
 quorum 254
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s196",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s197",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s198",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s199",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s200",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s202",
        r#"garp_group {
 garp_interval 1
 garp_interval 198.18.0.1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s203",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 min_tx 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s204",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 multiplier true
 min_rx 254
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s206",
        r#"vrrp_track_process P {
 process haproxy
 param_match eth0
 delay true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s207",
        r#"garp_group {
 garp_interval 1
 garp_interval reverse
 gna_interval eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s209",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s210",
        r#"track_file F {
 file /tmp/rvs-track
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s211",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 source_ip 198.18.0.1
 idle_tx true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s212",
        r#"track_file F {
 file /tmp/rvs-track
 weight overwrite
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s213",
        r#"track_file F {
 file /tmp/rvs-track
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s214",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
 max_hops 
 weight overwrite
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s215",
        r#"vrrp_track_process P {
 process haproxy
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s216",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s217",
        r#"bfd_instance B {
 passive
 hoplimit 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s218",
        r#"vrrp_track_process P {
 process haproxy
 quorum true
 delay -254
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s219",
        r#"garp_group {
 garp_interval 1
 garp_interval 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s220",
        r#"garp_group {
 garp_interval 1
 interface eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s221",
        r#"track_file F {
 file /tmp/rvs-track
 init_file overwrite
 init_file fe80::1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s222",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s225",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s226",
        r#"track_file F {
 file /tmp/rvs-track
 init_file 0
 weight 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s229",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s230",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s231",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s232",
        r#"vrrp_track_process P {
 process haproxy
 terminate_delay -254
 full_command
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s233",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "block_s235",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s237",
        r#"garp_group {
 garp_interval eth0
 interface eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s239",
        r#"garp_group {
 garp_interval 1
 interface 
 foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s240",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s241",
        r#"garp_group {
 garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s244",
        r#"bfd_instance B {
 neighbor_ip 198.18.0.7
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_bfd {
  B
 }
}
"#,
    ),
    (
        "block_s245",
        r#"garp_group {
 garp_interval 1
 interface fe80::1
 garp_interval -254
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s246",
        r#"track_file F {
 file /tmp/rvs-track
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_file {
  F
 }
}
"#,
    ),
    (
        "block_s247",
        r#"garp_group {
 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s248",
        r#"garp_group {
 garp_interval 1
 interface overwrite
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 
}
"#,
    ),
    (
        "block_s249",
        r#"vrrp_track_process P {
 process haproxy
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 track_process {
  P
 }
}
"#,
    ),
    (
        "global_k0004",
        r#"global_defs {
 bfd_cpu_affinity -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0007",
        r#"global_defs {
 bfd_cpu_affinity abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0013",
        r#"global_defs {
 bfd_no_swap 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0014",
        r#"global_defs {
 bfd_no_swap 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0015",
        r#"global_defs {
 bfd_no_swap -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0017",
        r#"global_defs {
 bfd_no_swap 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0020",
        r#"global_defs {
 bfd_no_swap true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0021",
        r#"global_defs {
 bfd_no_swap eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0028",
        r#"global_defs {
 bfd_priority 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0030",
        r#"global_defs {
 bfd_priority 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0032",
        r#"global_defs {
 bfd_priority eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0037",
        r#"global_defs {
 bfd_process_name -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0039",
        r#"global_defs {
 bfd_process_name 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0041",
        r#"global_defs {
 bfd_process_name 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0043",
        r#"global_defs {
 bfd_process_name eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0044",
        r#"global_defs {
 bfd_rlimit_rtime 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0045",
        r#"global_defs {
 bfd_rlimit_rtime 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0047",
        r#"global_defs {
 bfd_rlimit_rtime 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0048",
        r#"global_defs {
 bfd_rlimit_rtime -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0049",
        r#"global_defs {
 bfd_rlimit_rtime 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0051",
        r#"global_defs {
 bfd_rlimit_rtime abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0055",
        r#"global_defs {
 bfd_rlimit_rttime 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0060",
        r#"global_defs {
 bfd_rlimit_rttime 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0061",
        r#"global_defs {
 bfd_rlimit_rttime 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0062",
        r#"global_defs {
 bfd_rlimit_rttime abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0063",
        r#"global_defs {
 bfd_rlimit_rttime 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0065",
        r#"global_defs {
 bfd_rlimit_rttime eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0067",
        r#"global_defs {
 bfd_rt_priority 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0068",
        r#"global_defs {
 bfd_rt_priority 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0069",
        r#"global_defs {
 bfd_rt_priority 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0073",
        r#"global_defs {
 bfd_rt_priority abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0075",
        r#"global_defs {
 bfd_rt_priority true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0077",
        r#"global_defs {
 checker_cpu_affinity 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0081",
        r#"global_defs {
 checker_cpu_affinity -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0084",
        r#"global_defs {
 checker_cpu_affinity abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0089",
        r#"global_defs {
 checker_log_all_failures 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0092",
        r#"global_defs {
 checker_log_all_failures -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0095",
        r#"global_defs {
 checker_log_all_failures abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0099",
        r#"global_defs {
 checker_no_swap 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0103",
        r#"global_defs {
 checker_no_swap -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0104",
        r#"global_defs {
 checker_no_swap 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0107",
        r#"global_defs {
 checker_no_swap 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0108",
        r#"global_defs {
 checker_no_swap true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0111",
        r#"global_defs {
 checker_priority 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0112",
        r#"global_defs {
 checker_priority 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0116",
        r#"global_defs {
 checker_priority 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0120",
        r#"global_defs {
 checker_priority eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0122",
        r#"global_defs {
 checker_process_name 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0123",
        r#"global_defs {
 checker_process_name 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0124",
        r#"global_defs {
 checker_process_name 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0126",
        r#"global_defs {
 checker_process_name 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0134",
        r#"global_defs {
 checker_rlimit_rtime 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0135",
        r#"global_defs {
 checker_rlimit_rtime 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0142",
        r#"global_defs {
 checker_rlimit_rtime eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0144",
        r#"global_defs {
 checker_rlimit_rttime 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0148",
        r#"global_defs {
 checker_rlimit_rttime 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0150",
        r#"global_defs {
 checker_rlimit_rttime abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0156",
        r#"global_defs {
 checker_rt_priority 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0162",
        r#"global_defs {
 checker_rt_priority 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0166",
        r#"global_defs {
 data_use_instance 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0168",
        r#"global_defs {
 data_use_instance 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0171",
        r#"global_defs {
 data_use_instance 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0176",
        r#"global_defs {
 dbus_service_name 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0177",
        r#"global_defs {
 dbus_service_name 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0179",
        r#"global_defs {
 dbus_service_name 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0181",
        r#"global_defs {
 dbus_service_name 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0183",
        r#"global_defs {
 dbus_service_name abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0193",
        r#"global_defs {
 default_interface 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0198",
        r#"global_defs {
 disable_local_igmp 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0204",
        r#"global_defs {
 disable_local_igmp 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0210",
        r#"global_defs {
 dynamic_interfaces 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0211",
        r#"global_defs {
 dynamic_interfaces 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0215",
        r#"global_defs {
 dynamic_interfaces 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0216",
        r#"global_defs {
 dynamic_interfaces abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0218",
        r#"global_defs {
 dynamic_interfaces true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0224",
        r#"global_defs {
 enable_dbus -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0226",
        r#"global_defs {
 enable_dbus 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0227",
        r#"global_defs {
 enable_dbus abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0228",
        r#"global_defs {
 enable_dbus 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0230",
        r#"global_defs {
 enable_dbus eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0235",
        r#"global_defs {
 enable_script_security -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0239",
        r#"global_defs {
 enable_script_security 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0246",
        r#"global_defs {
 enable_snmp_checker -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0247",
        r#"global_defs {
 enable_snmp_checker 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0251",
        r#"global_defs {
 enable_snmp_checker true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0253",
        r#"global_defs {
 enable_snmp_keepalived 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0262",
        r#"global_defs {
 enable_snmp_keepalived true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0263",
        r#"global_defs {
 enable_snmp_keepalived eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0265",
        r#"global_defs {
 enable_snmp_rfc 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0267",
        r#"global_defs {
 enable_snmp_rfc 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0270",
        r#"global_defs {
 enable_snmp_rfc 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0271",
        r#"global_defs {
 enable_snmp_rfc abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0273",
        r#"global_defs {
 enable_snmp_rfc true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0278",
        r#"global_defs {
 enable_snmp_rfcv2 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0279",
        r#"global_defs {
 enable_snmp_rfcv2 -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0280",
        r#"global_defs {
 enable_snmp_rfcv2 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0281",
        r#"global_defs {
 enable_snmp_rfcv2 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0289",
        r#"global_defs {
 enable_snmp_rfcv3 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0294",
        r#"global_defs {
 enable_snmp_rfcv3 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0304",
        r#"global_defs {
 enable_snmp_vrrp abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0305",
        r#"global_defs {
 enable_snmp_vrrp 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0307",
        r#"global_defs {
 enable_snmp_vrrp eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0308",
        r#"global_defs {
 enable_traps 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0309",
        r#"global_defs {
 enable_traps 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0326",
        r#"global_defs {
 fifo_write_vrrp_states_on_reload abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0328",
        r#"global_defs {
 fifo_write_vrrp_states_on_reload true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0330",
        r#"global_defs {
 lvs_flush 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0331",
        r#"global_defs {
 lvs_flush 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0332",
        r#"global_defs {
 lvs_flush 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0333",
        r#"global_defs {
 lvs_flush 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0334",
        r#"global_defs {
 lvs_flush -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0339",
        r#"global_defs {
 lvs_flush true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0341",
        r#"global_defs {
 lvs_flush_on_stop 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0346",
        r#"global_defs {
 lvs_flush_on_stop 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0348",
        r#"global_defs {
 lvs_flush_on_stop abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0350",
        r#"global_defs {
 lvs_flush_on_stop true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0351",
        r#"global_defs {
 lvs_flush_on_stop eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0352",
        r#"global_defs {
 lvs_flush_onstop 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0353",
        r#"global_defs {
 lvs_flush_onstop 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0354",
        r#"global_defs {
 lvs_flush_onstop 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0355",
        r#"global_defs {
 lvs_flush_onstop 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0358",
        r#"global_defs {
 lvs_flush_onstop 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0360",
        r#"global_defs {
 lvs_flush_onstop 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0361",
        r#"global_defs {
 lvs_flush_onstop true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0368",
        r#"global_defs {
 lvs_netlink_cmd_rcv_bufs 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0370",
        r#"global_defs {
 lvs_netlink_cmd_rcv_bufs abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0376",
        r#"global_defs {
 lvs_netlink_cmd_rcv_bufs_force 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0379",
        r#"global_defs {
 lvs_netlink_cmd_rcv_bufs_force 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0382",
        r#"global_defs {
 lvs_netlink_cmd_rcv_bufs_force 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0384",
        r#"global_defs {
 lvs_netlink_cmd_rcv_bufs_force eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0386",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0391",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0393",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0394",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0395",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0405",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs_force true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0406",
        r#"global_defs {
 lvs_netlink_monitor_rcv_bufs_force eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0414",
        r#"global_defs {
 lvs_notify_fifo abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0415",
        r#"global_defs {
 lvs_notify_fifo 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0417",
        r#"global_defs {
 lvs_notify_fifo eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0422",
        r#"global_defs {
 lvs_process_name -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0426",
        r#"global_defs {
 lvs_process_name 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0429",
        r#"global_defs {
 lvs_sync_daemon 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0434",
        r#"global_defs {
 lvs_sync_daemon 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0435",
        r#"global_defs {
 lvs_sync_daemon 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0437",
        r#"global_defs {
 lvs_sync_daemon 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0440",
        r#"global_defs {
 lvs_timeouts 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0445",
        r#"global_defs {
 lvs_timeouts 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0449",
        r#"global_defs {
 lvs_timeouts true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0451",
        r#"global_defs {
 max_auto_priority 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0454",
        r#"global_defs {
 max_auto_priority 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0457",
        r#"global_defs {
 max_auto_priority 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0460",
        r#"global_defs {
 max_auto_priority true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0463",
        r#"global_defs {
 min_auto_priority_delay 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0466",
        r#"global_defs {
 min_auto_priority_delay -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0467",
        r#"global_defs {
 min_auto_priority_delay 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0470",
        r#"global_defs {
 min_auto_priority_delay 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0472",
        r#"global_defs {
 min_auto_priority_delay eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0474",
        r#"global_defs {
 nftables 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0476",
        r#"global_defs {
 nftables 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0478",
        r#"global_defs {
 nftables 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0481",
        r#"global_defs {
 nftables 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0483",
        r#"global_defs {
 nftables eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0486",
        r#"global_defs {
 nftables_counters 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0494",
        r#"global_defs {
 nftables_counters eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0502",
        r#"global_defs {
 nftables_ifindex abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0503",
        r#"global_defs {
 nftables_ifindex 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0506",
        r#"global_defs {
 nftables_ipvs 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0510",
        r#"global_defs {
 nftables_ipvs -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0517",
        r#"global_defs {
 nftables_ipvs_priority 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0522",
        r#"global_defs {
 nftables_ipvs_priority 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0524",
        r#"global_defs {
 nftables_ipvs_priority abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0525",
        r#"global_defs {
 nftables_ipvs_priority 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0527",
        r#"global_defs {
 nftables_ipvs_priority eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0528",
        r#"global_defs {
 nftables_ipvs_start_fwmark 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0535",
        r#"global_defs {
 nftables_ipvs_start_fwmark abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0551",
        r#"global_defs {
 no_checker_emails 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0553",
        r#"global_defs {
 no_checker_emails 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0556",
        r#"global_defs {
 no_checker_emails 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0557",
        r#"global_defs {
 no_checker_emails abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0561",
        r#"global_defs {
 no_email_faults 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0564",
        r#"global_defs {
 no_email_faults 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0566",
        r#"global_defs {
 no_email_faults 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0569",
        r#"global_defs {
 no_email_faults 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0570",
        r#"global_defs {
 no_email_faults true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0581",
        r#"global_defs {
 notification_email_from true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0582",
        r#"global_defs {
 notification_email_from eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0583",
        r#"global_defs {
 process_monitor_rcv_bufs 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0585",
        r#"global_defs {
 process_monitor_rcv_bufs 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0587",
        r#"global_defs {
 process_monitor_rcv_bufs -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0590",
        r#"global_defs {
 process_monitor_rcv_bufs abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0593",
        r#"global_defs {
 process_monitor_rcv_bufs eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0599",
        r#"global_defs {
 process_monitor_rcv_bufs_force 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0600",
        r#"global_defs {
 process_monitor_rcv_bufs_force 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0606",
        r#"global_defs {
 process_names 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0607",
        r#"global_defs {
 process_names 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0609",
        r#"global_defs {
 process_names -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0611",
        r#"global_defs {
 process_names 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0613",
        r#"global_defs {
 process_names 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0616",
        r#"global_defs {
 random_seed 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0617",
        r#"global_defs {
 random_seed 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0620",
        r#"global_defs {
 random_seed -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0621",
        r#"global_defs {
 random_seed 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0624",
        r#"global_defs {
 random_seed 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0627",
        r#"global_defs {
 reload_check_config 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0632",
        r#"global_defs {
 reload_check_config 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0633",
        r#"global_defs {
 reload_check_config 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0634",
        r#"global_defs {
 reload_check_config abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0635",
        r#"global_defs {
 reload_check_config 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0637",
        r#"global_defs {
 reload_check_config eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0638",
        r#"global_defs {
 reload_repeat 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0641",
        r#"global_defs {
 reload_repeat 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0643",
        r#"global_defs {
 reload_repeat 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0644",
        r#"global_defs {
 reload_repeat 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0656",
        r#"global_defs {
 rs_init_notifies abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0663",
        r#"global_defs {
 shutdown_script_timeout 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0665",
        r#"global_defs {
 shutdown_script_timeout 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0673",
        r#"global_defs {
 smtp_alert 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0683",
        r#"global_defs {
 smtp_alert_checker 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0684",
        r#"global_defs {
 smtp_alert_checker 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0687",
        r#"global_defs {
 smtp_alert_checker 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0692",
        r#"global_defs {
 smtp_alert_checker eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0696",
        r#"global_defs {
 smtp_alert_vrrp 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0703",
        r#"global_defs {
 smtp_alert_vrrp eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0709",
        r#"global_defs {
 smtp_connect_timeout 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0710",
        r#"global_defs {
 smtp_connect_timeout 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0711",
        r#"global_defs {
 smtp_connect_timeout abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0713",
        r#"global_defs {
 smtp_connect_timeout true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0714",
        r#"global_defs {
 smtp_connect_timeout eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0726",
        r#"global_defs {
 smtp_server 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0729",
        r#"global_defs {
 smtp_server 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0738",
        r#"global_defs {
 snmp_socket 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0740",
        r#"global_defs {
 snmp_socket 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0742",
        r#"global_defs {
 snmp_socket 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0752",
        r#"global_defs {
 startup_script_timeout -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0753",
        r#"global_defs {
 startup_script_timeout 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0756",
        r#"global_defs {
 startup_script_timeout 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0761",
        r#"global_defs {
 umask 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0768",
        r#"global_defs {
 umask true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0771",
        r#"global_defs {
 vmac_addr_prefix 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0777",
        r#"global_defs {
 vmac_addr_prefix abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0787",
        r#"global_defs {
 vmac_prefix 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0790",
        r#"global_defs {
 vmac_prefix true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0795",
        r#"global_defs {
 vrrp_check_unicast_src 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0796",
        r#"global_defs {
 vrrp_check_unicast_src -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0798",
        r#"global_defs {
 vrrp_check_unicast_src 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0801",
        r#"global_defs {
 vrrp_check_unicast_src true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0807",
        r#"global_defs {
 vrrp_cpu_affinity -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0811",
        r#"global_defs {
 vrrp_cpu_affinity 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0813",
        r#"global_defs {
 vrrp_cpu_affinity eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0814",
        r#"global_defs {
 vrrp_down_timer_adverts 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0816",
        r#"global_defs {
 vrrp_down_timer_adverts 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0817",
        r#"global_defs {
 vrrp_down_timer_adverts 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0818",
        r#"global_defs {
 vrrp_down_timer_adverts -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0819",
        r#"global_defs {
 vrrp_down_timer_adverts 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0820",
        r#"global_defs {
 vrrp_down_timer_adverts 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0821",
        r#"global_defs {
 vrrp_down_timer_adverts abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0826",
        r#"global_defs {
 vrrp_garp_extra_if 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0838",
        r#"global_defs {
 vrrp_garp_interval 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0840",
        r#"global_defs {
 vrrp_garp_interval -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0841",
        r#"global_defs {
 vrrp_garp_interval 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0843",
        r#"global_defs {
 vrrp_garp_interval abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0850",
        r#"global_defs {
 vrrp_garp_lower_prio_delay 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0858",
        r#"global_defs {
 vrrp_garp_lower_prio_repeat 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0859",
        r#"global_defs {
 vrrp_garp_lower_prio_repeat 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0860",
        r#"global_defs {
 vrrp_garp_lower_prio_repeat 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0861",
        r#"global_defs {
 vrrp_garp_lower_prio_repeat 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0865",
        r#"global_defs {
 vrrp_garp_lower_prio_repeat abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0870",
        r#"global_defs {
 vrrp_garp_master_delay 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0873",
        r#"global_defs {
 vrrp_garp_master_delay -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0874",
        r#"global_defs {
 vrrp_garp_master_delay 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0875",
        r#"global_defs {
 vrrp_garp_master_delay 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0877",
        r#"global_defs {
 vrrp_garp_master_delay 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0878",
        r#"global_defs {
 vrrp_garp_master_delay true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0885",
        r#"global_defs {
 vrrp_garp_master_refresh 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0886",
        r#"global_defs {
 vrrp_garp_master_refresh 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0891",
        r#"global_defs {
 vrrp_garp_master_refresh_repeat 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0892",
        r#"global_defs {
 vrrp_garp_master_refresh_repeat 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0897",
        r#"global_defs {
 vrrp_garp_master_refresh_repeat 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0899",
        r#"global_defs {
 vrrp_garp_master_refresh_repeat 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0901",
        r#"global_defs {
 vrrp_garp_master_refresh_repeat eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0902",
        r#"global_defs {
 vrrp_garp_master_repeat 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0903",
        r#"global_defs {
 vrrp_garp_master_repeat 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0905",
        r#"global_defs {
 vrrp_garp_master_repeat 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0909",
        r#"global_defs {
 vrrp_garp_master_repeat abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0911",
        r#"global_defs {
 vrrp_garp_master_repeat true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0912",
        r#"global_defs {
 vrrp_garp_master_repeat eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0916",
        r#"global_defs {
 vrrp_gna_interval 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0918",
        r#"global_defs {
 vrrp_gna_interval 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0921",
        r#"global_defs {
 vrrp_gna_interval 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0925",
        r#"global_defs {
 vrrp_higher_prio_send_advert 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0931",
        r#"global_defs {
 vrrp_higher_prio_send_advert abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0933",
        r#"global_defs {
 vrrp_higher_prio_send_advert true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0934",
        r#"global_defs {
 vrrp_higher_prio_send_advert eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0935",
        r#"global_defs {
 vrrp_iptables 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0936",
        r#"global_defs {
 vrrp_iptables 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0940",
        r#"global_defs {
 vrrp_iptables 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0943",
        r#"global_defs {
 vrrp_iptables 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0944",
        r#"global_defs {
 vrrp_iptables true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0945",
        r#"global_defs {
 vrrp_iptables eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0949",
        r#"global_defs {
 vrrp_lower_prio_no_advert 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0951",
        r#"global_defs {
 vrrp_lower_prio_no_advert 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0953",
        r#"global_defs {
 vrrp_lower_prio_no_advert abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0954",
        r#"global_defs {
 vrrp_lower_prio_no_advert 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0956",
        r#"global_defs {
 vrrp_lower_prio_no_advert eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0967",
        r#"global_defs {
 vrrp_mcast_group4 eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0971",
        r#"global_defs {
 vrrp_mcast_group6 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0973",
        r#"global_defs {
 vrrp_mcast_group6 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0974",
        r#"global_defs {
 vrrp_mcast_group6 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0975",
        r#"global_defs {
 vrrp_mcast_group6 abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0980",
        r#"global_defs {
 vrrp_min_garp 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0983",
        r#"global_defs {
 vrrp_min_garp -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0984",
        r#"global_defs {
 vrrp_min_garp 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0988",
        r#"global_defs {
 vrrp_min_garp true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0991",
        r#"global_defs {
 vrrp_netlink_cmd_rcv_bufs 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0996",
        r#"global_defs {
 vrrp_netlink_cmd_rcv_bufs 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k0998",
        r#"global_defs {
 vrrp_netlink_cmd_rcv_bufs 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1003",
        r#"global_defs {
 vrrp_netlink_cmd_rcv_bufs_force 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1006",
        r#"global_defs {
 vrrp_netlink_cmd_rcv_bufs_force 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1010",
        r#"global_defs {
 vrrp_netlink_cmd_rcv_bufs_force true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1012",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1013",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1015",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1019",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1024",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1025",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1027",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1028",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1029",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1030",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1033",
        r#"global_defs {
 vrrp_netlink_monitor_rcv_bufs_force eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1034",
        r#"global_defs {
 vrrp_no_swap 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1035",
        r#"global_defs {
 vrrp_no_swap 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1037",
        r#"global_defs {
 vrrp_no_swap 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1038",
        r#"global_defs {
 vrrp_no_swap -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1039",
        r#"global_defs {
 vrrp_no_swap 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1041",
        r#"global_defs {
 vrrp_no_swap abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1043",
        r#"global_defs {
 vrrp_no_swap true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1044",
        r#"global_defs {
 vrrp_no_swap eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1046",
        r#"global_defs {
 vrrp_notify_fifo 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1047",
        r#"global_defs {
 vrrp_notify_fifo 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1049",
        r#"global_defs {
 vrrp_notify_fifo -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1052",
        r#"global_defs {
 vrrp_notify_fifo abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1054",
        r#"global_defs {
 vrrp_notify_fifo true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1056",
        r#"global_defs {
 vrrp_notify_priority_changes 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1057",
        r#"global_defs {
 vrrp_notify_priority_changes 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1061",
        r#"global_defs {
 vrrp_notify_priority_changes 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1062",
        r#"global_defs {
 vrrp_notify_priority_changes 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1063",
        r#"global_defs {
 vrrp_notify_priority_changes abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1064",
        r#"global_defs {
 vrrp_notify_priority_changes 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1065",
        r#"global_defs {
 vrrp_notify_priority_changes true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1069",
        r#"global_defs {
 vrrp_priority 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1075",
        r#"global_defs {
 vrrp_priority 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1079",
        r#"global_defs {
 vrrp_process_name 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1093",
        r#"global_defs {
 vrrp_rlimit_rtime -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1100",
        r#"global_defs {
 vrrp_rlimit_rttime 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1105",
        r#"global_defs {
 vrrp_rlimit_rttime 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1106",
        r#"global_defs {
 vrrp_rlimit_rttime 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1107",
        r#"global_defs {
 vrrp_rlimit_rttime abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1108",
        r#"global_defs {
 vrrp_rlimit_rttime 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1109",
        r#"global_defs {
 vrrp_rlimit_rttime true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1115",
        r#"global_defs {
 vrrp_rt_priority -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1118",
        r#"global_defs {
 vrrp_rt_priority abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1119",
        r#"global_defs {
 vrrp_rt_priority 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1121",
        r#"global_defs {
 vrrp_rt_priority eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1127",
        r#"global_defs {
 vrrp_rx_bufs_multiplier 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1135",
        r#"global_defs {
 vrrp_rx_bufs_policy 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1136",
        r#"global_defs {
 vrrp_rx_bufs_policy 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1139",
        r#"global_defs {
 vrrp_rx_bufs_policy 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1143",
        r#"global_defs {
 vrrp_rx_bufs_policy eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1145",
        r#"global_defs {
 vrrp_skip_check_adv_addr 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1148",
        r#"global_defs {
 vrrp_skip_check_adv_addr -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1150",
        r#"global_defs {
 vrrp_skip_check_adv_addr 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1152",
        r#"global_defs {
 vrrp_skip_check_adv_addr 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1158",
        r#"global_defs {
 vrrp_startup_delay 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1159",
        r#"global_defs {
 vrrp_startup_delay -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1160",
        r#"global_defs {
 vrrp_startup_delay 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1166",
        r#"global_defs {
 vrrp_strict 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1169",
        r#"global_defs {
 vrrp_strict 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1174",
        r#"global_defs {
 vrrp_strict 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1178",
        r#"global_defs {
 vrrp_version 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1179",
        r#"global_defs {
 vrrp_version 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1183",
        r#"global_defs {
 vrrp_version 300
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1184",
        r#"global_defs {
 vrrp_version abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1189",
        r#"global_defs {
 vrrp_vmac_garp_intvl 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1191",
        r#"global_defs {
 vrrp_vmac_garp_intvl 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1197",
        r#"global_defs {
 vrrp_vmac_garp_intvl true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1199",
        r#"global_defs {
 notify_fifo 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1203",
        r#"global_defs {
 notify_fifo -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1204",
        r#"global_defs {
 notify_fifo 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1206",
        r#"global_defs {
 notify_fifo abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1210",
        r#"global_defs {
 process_name 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1213",
        r#"global_defs {
 process_name 5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1214",
        r#"global_defs {
 process_name -3
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1215",
        r#"global_defs {
 process_name 100
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1217",
        r#"global_defs {
 process_name abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1218",
        r#"global_defs {
 process_name 1.5
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1221",
        r#"global_defs {
 router_id 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1223",
        r#"global_defs {
 router_id 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "global_k1228",
        r#"global_defs {
 router_id abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
 198.18.0.1
 }
}
"#,
    ),
    (
        "instance_i0000",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 accept 
}
"#,
    ),
    (
        "instance_i0002",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 accept 1
}
"#,
    ),
    (
        "instance_i0008",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 accept 1.5
}
"#,
    ),
    (
        "instance_i0009",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 accept true
}
"#,
    ),
    (
        "instance_i0010",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 accept eth0
}
"#,
    ),
    (
        "instance_i0012",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 accept 224.0.0.9
}
"#,
    ),
    (
        "instance_i0015",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int 1
}
"#,
    ),
    (
        "instance_i0016",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int 5
}
"#,
    ),
    (
        "instance_i0017",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int -3
}
"#,
    ),
    (
        "instance_i0018",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int 100
}
"#,
    ),
    (
        "instance_i0020",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int abc
}
"#,
    ),
    (
        "instance_i0022",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int true
}
"#,
    ),
    (
        "instance_i0023",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int eth0
}
"#,
    ),
    (
        "instance_i0024",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 advert_int 198.18.0.9
}
"#,
    ),
    (
        "instance_i0028",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 check_unicast_src 1
}
"#,
    ),
    (
        "instance_i0029",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 check_unicast_src 5
}
"#,
    ),
    (
        "instance_i0032",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 check_unicast_src 300
}
"#,
    ),
    (
        "instance_i0036",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 check_unicast_src eth0
}
"#,
    ),
    (
        "instance_i0037",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 check_unicast_src 198.18.0.9
}
"#,
    ),
    (
        "instance_i0041",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 debug 1
}
"#,
    ),
    (
        "instance_i0044",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 debug 100
}
"#,
    ),
    (
        "instance_i0047",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 debug 1.5
}
"#,
    ),
    (
        "instance_i0049",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 debug eth0
}
"#,
    ),
    (
        "instance_i0050",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 debug 198.18.0.9
}
"#,
    ),
    (
        "instance_i0051",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 debug 224.0.0.9
}
"#,
    ),
    (
        "instance_i0052",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary 
}
"#,
    ),
    (
        "instance_i0053",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary 0
}
"#,
    ),
    (
        "instance_i0056",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary -3
}
"#,
    ),
    (
        "instance_i0057",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary 100
}
"#,
    ),
    (
        "instance_i0058",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary 300
}
"#,
    ),
    (
        "instance_i0060",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary 1.5
}
"#,
    ),
    (
        "instance_i0061",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 dont_track_primary true
}
"#,
    ),
    (
        "instance_i0065",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 down_timer_adverts 
}
"#,
    ),
    (
        "instance_i0067",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 down_timer_adverts 1
}
"#,
    ),
    (
        "instance_i0069",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 down_timer_adverts -3
}
"#,
    ),
    (
        "instance_i0071",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 down_timer_adverts 300
}
"#,
    ),
    (
        "instance_i0073",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 down_timer_adverts 1.5
}
"#,
    ),
    (
        "instance_i0077",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 down_timer_adverts 224.0.0.9
}
"#,
    ),
    (
        "instance_i0078",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_extra_if 
}
"#,
    ),
    (
        "instance_i0080",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_extra_if 1
}
"#,
    ),
    (
        "instance_i0082",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_extra_if -3
}
"#,
    ),
    (
        "instance_i0084",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_extra_if 300
}
"#,
    ),
    (
        "instance_i0086",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_extra_if 1.5
}
"#,
    ),
    (
        "instance_i0087",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_extra_if true
}
"#,
    ),
    (
        "instance_i0093",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_lower_prio_delay 1
}
"#,
    ),
    (
        "instance_i0094",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_lower_prio_delay 5
}
"#,
    ),
    (
        "instance_i0108",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_lower_prio_repeat -3
}
"#,
    ),
    (
        "instance_i0111",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_lower_prio_repeat abc
}
"#,
    ),
    (
        "instance_i0115",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_lower_prio_repeat 198.18.0.9
}
"#,
    ),
    (
        "instance_i0116",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_lower_prio_repeat 224.0.0.9
}
"#,
    ),
    (
        "instance_i0117",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay 
}
"#,
    ),
    (
        "instance_i0118",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay 0
}
"#,
    ),
    (
        "instance_i0119",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay 1
}
"#,
    ),
    (
        "instance_i0123",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay 300
}
"#,
    ),
    (
        "instance_i0126",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay true
}
"#,
    ),
    (
        "instance_i0128",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay 198.18.0.9
}
"#,
    ),
    (
        "instance_i0129",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_delay 224.0.0.9
}
"#,
    ),
    (
        "instance_i0130",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh 
}
"#,
    ),
    (
        "instance_i0131",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh 0
}
"#,
    ),
    (
        "instance_i0132",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh 1
}
"#,
    ),
    (
        "instance_i0134",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh -3
}
"#,
    ),
    (
        "instance_i0135",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh 100
}
"#,
    ),
    (
        "instance_i0139",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh true
}
"#,
    ),
    (
        "instance_i0142",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh 224.0.0.9
}
"#,
    ),
    (
        "instance_i0146",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_refresh_repeat 5
}
"#,
    ),
    (
        "instance_i0157",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat 0
}
"#,
    ),
    (
        "instance_i0158",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat 1
}
"#,
    ),
    (
        "instance_i0161",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat 100
}
"#,
    ),
    (
        "instance_i0162",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat 300
}
"#,
    ),
    (
        "instance_i0165",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat true
}
"#,
    ),
    (
        "instance_i0167",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat 198.18.0.9
}
"#,
    ),
    (
        "instance_i0168",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 garp_master_repeat 224.0.0.9
}
"#,
    ),
    (
        "instance_i0170",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert 0
}
"#,
    ),
    (
        "instance_i0172",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert 5
}
"#,
    ),
    (
        "instance_i0173",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert -3
}
"#,
    ),
    (
        "instance_i0174",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert 100
}
"#,
    ),
    (
        "instance_i0176",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert abc
}
"#,
    ),
    (
        "instance_i0177",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert 1.5
}
"#,
    ),
    (
        "instance_i0180",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert 198.18.0.9
}
"#,
    ),
    (
        "instance_i0181",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 higher_prio_send_advert 224.0.0.9
}
"#,
    ),
    (
        "instance_i0184",
        r#"vrrp_instance V {
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 interface 1
}
"#,
    ),
    (
        "instance_i0186",
        r#"vrrp_instance V {
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 interface -3
}
"#,
    ),
    (
        "instance_i0191",
        r#"vrrp_instance V {
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 interface true
}
"#,
    ),
    (
        "instance_i0194",
        r#"vrrp_instance V {
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 interface 224.0.0.9
}
"#,
    ),
    (
        "instance_i0195",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 kernel_rx_buf_size 
}
"#,
    ),
    (
        "instance_i0196",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 kernel_rx_buf_size 0
}
"#,
    ),
    (
        "instance_i0197",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 kernel_rx_buf_size 1
}
"#,
    ),
    (
        "instance_i0201",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 kernel_rx_buf_size 300
}
"#,
    ),
    (
        "instance_i0205",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 kernel_rx_buf_size eth0
}
"#,
    ),
    (
        "instance_i0209",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 linkbeat_use_polling 0
}
"#,
    ),
    (
        "instance_i0212",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 linkbeat_use_polling -3
}
"#,
    ),
    (
        "instance_i0214",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 linkbeat_use_polling 300
}
"#,
    ),
    (
        "instance_i0215",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 linkbeat_use_polling abc
}
"#,
    ),
    (
        "instance_i0216",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 linkbeat_use_polling 1.5
}
"#,
    ),
    (
        "instance_i0217",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 linkbeat_use_polling true
}
"#,
    ),
    (
        "instance_i0227",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lower_prio_no_advert 300
}
"#,
    ),
    (
        "instance_i0229",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lower_prio_no_advert 1.5
}
"#,
    ),
    (
        "instance_i0232",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lower_prio_no_advert 198.18.0.9
}
"#,
    ),
    (
        "instance_i0236",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lvs_sync_daemon_interface 1
}
"#,
    ),
    (
        "instance_i0237",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lvs_sync_daemon_interface 5
}
"#,
    ),
    (
        "instance_i0241",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lvs_sync_daemon_interface abc
}
"#,
    ),
    (
        "instance_i0242",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 lvs_sync_daemon_interface 1.5
}
"#,
    ),
    (
        "instance_i0249",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_dst_ip 1
}
"#,
    ),
    (
        "instance_i0250",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_dst_ip 5
}
"#,
    ),
    (
        "instance_i0255",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_dst_ip 1.5
}
"#,
    ),
    (
        "instance_i0257",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_dst_ip eth0
}
"#,
    ),
    (
        "instance_i0260",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip 
}
"#,
    ),
    (
        "instance_i0262",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip 1
}
"#,
    ),
    (
        "instance_i0263",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip 5
}
"#,
    ),
    (
        "instance_i0265",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip 100
}
"#,
    ),
    (
        "instance_i0266",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip 300
}
"#,
    ),
    (
        "instance_i0267",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip abc
}
"#,
    ),
    (
        "instance_i0269",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip true
}
"#,
    ),
    (
        "instance_i0272",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 mcast_src_ip 224.0.0.9
}
"#,
    ),
    (
        "instance_i0274",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 native_ipv6 0
}
"#,
    ),
    (
        "instance_i0279",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 native_ipv6 300
}
"#,
    ),
    (
        "instance_i0282",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 native_ipv6 true
}
"#,
    ),
    (
        "instance_i0285",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 native_ipv6 224.0.0.9
}
"#,
    ),
    (
        "instance_i0299",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 nopreempt 
}
"#,
    ),
    (
        "instance_i0301",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 nopreempt 1
}
"#,
    ),
    (
        "instance_i0302",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 nopreempt 5
}
"#,
    ),
    (
        "instance_i0309",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 nopreempt eth0
}
"#,
    ),
    (
        "instance_i0310",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 nopreempt 198.18.0.9
}
"#,
    ),
    (
        "instance_i0315",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_backup 
}
"#,
    ),
    (
        "instance_i0316",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_backup 1
}
"#,
    ),
    (
        "instance_i0318",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_deleted 
}
"#,
    ),
    (
        "instance_i0319",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_deleted 1
}
"#,
    ),
    (
        "instance_i0321",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_fault 
}
"#,
    ),
    (
        "instance_i0325",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_master 1
}
"#,
    ),
    (
        "instance_i0326",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_master abc
}
"#,
    ),
    (
        "instance_i0328",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_master_rx_lower_pri 1
}
"#,
    ),
    (
        "instance_i0332",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_priority_changes 1
}
"#,
    ),
    (
        "instance_i0334",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_priority_changes -3
}
"#,
    ),
    (
        "instance_i0338",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_priority_changes 1.5
}
"#,
    ),
    (
        "instance_i0342",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_priority_changes 224.0.0.9
}
"#,
    ),
    (
        "instance_i0343",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 notify_stop 
}
"#,
    ),
    (
        "instance_i0349",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 old_unicast_checksum 5
}
"#,
    ),
    (
        "instance_i0350",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 old_unicast_checksum -3
}
"#,
    ),
    (
        "instance_i0351",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 old_unicast_checksum 100
}
"#,
    ),
    (
        "instance_i0354",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 old_unicast_checksum 1.5
}
"#,
    ),
    (
        "instance_i0358",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 old_unicast_checksum 224.0.0.9
}
"#,
    ),
    (
        "instance_i0359",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt 
}
"#,
    ),
    (
        "instance_i0361",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt 1
}
"#,
    ),
    (
        "instance_i0362",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt 5
}
"#,
    ),
    (
        "instance_i0363",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt -3
}
"#,
    ),
    (
        "instance_i0365",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt 300
}
"#,
    ),
    (
        "instance_i0368",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt true
}
"#,
    ),
    (
        "instance_i0369",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt eth0
}
"#,
    ),
    (
        "instance_i0370",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt 198.18.0.9
}
"#,
    ),
    (
        "instance_i0371",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt 224.0.0.9
}
"#,
    ),
    (
        "instance_i0372",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay 
}
"#,
    ),
    (
        "instance_i0373",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay 0
}
"#,
    ),
    (
        "instance_i0375",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay 5
}
"#,
    ),
    (
        "instance_i0376",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay -3
}
"#,
    ),
    (
        "instance_i0378",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay 300
}
"#,
    ),
    (
        "instance_i0380",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay 1.5
}
"#,
    ),
    (
        "instance_i0382",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay eth0
}
"#,
    ),
    (
        "instance_i0384",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 preempt_delay 224.0.0.9
}
"#,
    ),
    (
        "instance_i0386",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 priority 0
}
"#,
    ),
    (
        "instance_i0389",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 priority -3
}
"#,
    ),
    (
        "instance_i0392",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 priority abc
}
"#,
    ),
    (
        "instance_i0399",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 promote_secondaries 0
}
"#,
    ),
    (
        "instance_i0402",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 promote_secondaries -3
}
"#,
    ),
    (
        "instance_i0403",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 promote_secondaries 100
}
"#,
    ),
    (
        "instance_i0405",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 promote_secondaries abc
}
"#,
    ),
    (
        "instance_i0406",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 promote_secondaries 1.5
}
"#,
    ),
    (
        "instance_i0409",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 promote_secondaries 198.18.0.9
}
"#,
    ),
    (
        "instance_i0416",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 skip_check_adv_addr 100
}
"#,
    ),
    (
        "instance_i0419",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 skip_check_adv_addr 1.5
}
"#,
    ),
    (
        "instance_i0421",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 skip_check_adv_addr eth0
}
"#,
    ),
    (
        "instance_i0424",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 smtp_alert 
}
"#,
    ),
    (
        "instance_i0429",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 smtp_alert 100
}
"#,
    ),
    (
        "instance_i0433",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 smtp_alert true
}
"#,
    ),
    (
        "instance_i0441",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 state -3
}
"#,
    ),
    (
        "instance_i0447",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 state eth0
}
"#,
    ),
    (
        "instance_i0452",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 strict_mode 1
}
"#,
    ),
    (
        "instance_i0453",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 strict_mode 5
}
"#,
    ),
    (
        "instance_i0455",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 strict_mode 100
}
"#,
    ),
    (
        "instance_i0456",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 strict_mode 300
}
"#,
    ),
    (
        "instance_i0461",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 strict_mode 198.18.0.9
}
"#,
    ),
    (
        "instance_i0465",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 track_src_ip 1
}
"#,
    ),
    (
        "instance_i0467",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 track_src_ip -3
}
"#,
    ),
    (
        "instance_i0470",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 track_src_ip abc
}
"#,
    ),
    (
        "instance_i0472",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 track_src_ip true
}
"#,
    ),
    (
        "instance_i0474",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 track_src_ip 198.18.0.9
}
"#,
    ),
    (
        "instance_i0476",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_fault_no_peer 
}
"#,
    ),
    (
        "instance_i0479",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_fault_no_peer 5
}
"#,
    ),
    (
        "instance_i0480",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_fault_no_peer -3
}
"#,
    ),
    (
        "instance_i0487",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_fault_no_peer 198.18.0.9
}
"#,
    ),
    (
        "instance_i0488",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_fault_no_peer 224.0.0.9
}
"#,
    ),
    (
        "instance_i0489",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_src_ip 
}
"#,
    ),
    (
        "instance_i0490",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_src_ip 0
}
"#,
    ),
    (
        "instance_i0491",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_src_ip 1
}
"#,
    ),
    (
        "instance_i0498",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_src_ip true
}
"#,
    ),
    (
        "instance_i0500",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_src_ip 198.18.0.9
}
"#,
    ),
    (
        "instance_i0501",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_src_ip 224.0.0.9
}
"#,
    ),
    (
        "instance_i0503",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_ttl 0
}
"#,
    ),
    (
        "instance_i0506",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_ttl -3
}
"#,
    ),
    (
        "instance_i0510",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_ttl 1.5
}
"#,
    ),
    (
        "instance_i0512",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_ttl eth0
}
"#,
    ),
    (
        "instance_i0514",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 unicast_ttl 224.0.0.9
}
"#,
    ),
    (
        "instance_i0516",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan 0
}
"#,
    ),
    (
        "instance_i0519",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan -3
}
"#,
    ),
    (
        "instance_i0521",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan 300
}
"#,
    ),
    (
        "instance_i0522",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan abc
}
"#,
    ),
    (
        "instance_i0524",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan true
}
"#,
    ),
    (
        "instance_i0526",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan 198.18.0.9
}
"#,
    ),
    (
        "instance_i0527",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_ipvlan 224.0.0.9
}
"#,
    ),
    (
        "instance_i0528",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac 
}
"#,
    ),
    (
        "instance_i0530",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac 1
}
"#,
    ),
    (
        "instance_i0532",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac -3
}
"#,
    ),
    (
        "instance_i0536",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac 1.5
}
"#,
    ),
    (
        "instance_i0537",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac true
}
"#,
    ),
    (
        "instance_i0538",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac eth0
}
"#,
    ),
    (
        "instance_i0541",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr 
}
"#,
    ),
    (
        "instance_i0542",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr 0
}
"#,
    ),
    (
        "instance_i0543",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr 1
}
"#,
    ),
    (
        "instance_i0545",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr -3
}
"#,
    ),
    (
        "instance_i0546",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr 100
}
"#,
    ),
    (
        "instance_i0548",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr abc
}
"#,
    ),
    (
        "instance_i0549",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr 1.5
}
"#,
    ),
    (
        "instance_i0552",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 use_vmac_addr 198.18.0.9
}
"#,
    ),
    (
        "instance_i0557",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 version 5
}
"#,
    ),
    (
        "instance_i0558",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 version -3
}
"#,
    ),
    (
        "instance_i0561",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 version abc
}
"#,
    ),
    (
        "instance_i0562",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 version 1.5
}
"#,
    ),
    (
        "instance_i0564",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 version eth0
}
"#,
    ),
    (
        "instance_i0566",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 version 224.0.0.9
}
"#,
    ),
    (
        "instance_i0570",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 virtual_router_id 5
}
"#,
    ),
    (
        "instance_i0571",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 virtual_router_id -3
}
"#,
    ),
    (
        "instance_i0573",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 virtual_router_id 300
}
"#,
    ),
    (
        "instance_i0574",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 virtual_router_id abc
}
"#,
    ),
    (
        "instance_i0575",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 virtual_router_id 1.5
}
"#,
    ),
    (
        "instance_i0579",
        r#"vrrp_instance V {
 interface eth0
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 virtual_router_id 224.0.0.9
}
"#,
    ),
    (
        "instance_i0581",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_garp_intvl 0
}
"#,
    ),
    (
        "instance_i0582",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_garp_intvl 1
}
"#,
    ),
    (
        "instance_i0584",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_garp_intvl -3
}
"#,
    ),
    (
        "instance_i0586",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_garp_intvl 300
}
"#,
    ),
    (
        "instance_i0590",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_garp_intvl eth0
}
"#,
    ),
    (
        "instance_i0592",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_garp_intvl 224.0.0.9
}
"#,
    ),
    (
        "instance_i0593",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_xmit_base 
}
"#,
    ),
    (
        "instance_i0595",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_xmit_base 1
}
"#,
    ),
    (
        "instance_i0597",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_xmit_base -3
}
"#,
    ),
    (
        "instance_i0600",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_xmit_base abc
}
"#,
    ),
    (
        "instance_i0604",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vmac_xmit_base 198.18.0.9
}
"#,
    ),
    (
        "instance_i0607",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vrf 0
}
"#,
    ),
    (
        "instance_i0610",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vrf -3
}
"#,
    ),
    (
        "instance_i0613",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vrf abc
}
"#,
    ),
    (
        "instance_i0617",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vrf 198.18.0.9
}
"#,
    ),
    (
        "instance_i0618",
        r#"vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
 unicast_peer {
  198.18.0.2
 }
 vrf 224.0.0.9
}
"#,
    ),
    (
        "sync_group_y000",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y001",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y002",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y003",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y004",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y005",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y006",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y007",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 global_tracking "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y008",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y009",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group 0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y010",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group 1 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y011",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group abc {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y012",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group true {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y013",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group eth0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y014",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group /nonexistent/x {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y015",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 group "/nonexistent/x a" root {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y016",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y017",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y018",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y019",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y021",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y022",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y023",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y024",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y025",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y026",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y027",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y029",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y030",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y031",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_backup "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y032",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y033",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y034",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y035",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y037",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y038",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y039",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_fault "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y040",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y041",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y042",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y043",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y045",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y046",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y047",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_master "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y048",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y049",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y050",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y051",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y052",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y053",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y054",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y055",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_priority_changes "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y056",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y057",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y058",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y059",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y061",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y062",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y063",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 notify_stop "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y064",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y065",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y066",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y067",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y068",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y069",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y070",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y071",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 smtp_alert "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y072",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y073",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y074",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y075",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y076",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y077",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y078",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y079",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 sync_group_tracking_weight "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y080",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y081",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd 0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y082",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd 1 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y083",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd abc {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y084",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd true {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y085",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd eth0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y086",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd /nonexistent/x {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y087",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_bfd "/nonexistent/x a" root {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y088",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y089",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file 0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y090",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file 1 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y091",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file abc {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y092",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file true {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y093",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file eth0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y094",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file /nonexistent/x {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y095",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_file "/nonexistent/x a" root {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y096",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y097",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface 0 {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y098",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface 1 {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y099",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface abc {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y100",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface true {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y101",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface eth0 {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y102",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface /nonexistent/x {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y103",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_interface "/nonexistent/x a" root {
  ifb0
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y104",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y105",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process 0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y106",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process 1 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y107",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process abc {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y108",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process true {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y109",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process eth0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y110",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process /nonexistent/x {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y111",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_process "/nonexistent/x a" root {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y112",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y113",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script 0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y114",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script 1 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y115",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script abc {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y116",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script true {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y117",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script eth0 {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y118",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script /nonexistent/x {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y119",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 track_script "/nonexistent/x a" root {
  V
 }
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y120",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo 
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y121",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo 0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y122",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo 1
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y123",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo abc
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y124",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo true
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y125",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo eth0
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y126",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo /nonexistent/x
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "sync_group_y127",
        r#"vrrp_sync_group G {
 group {
  V
  W
 }
 foo "/nonexistent/x a" root
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 virtual_ipaddress {
  198.18.0.1
 }
}
vrrp_instance W {
 interface eth0
 virtual_router_id 6
 virtual_ipaddress {
  198.18.0.2
 }
}
"#,
    ),
    (
        "combined_x000",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    unicast_src_ip 192.168.200.5

    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 2
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x001",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    lower_prio_no_advert false
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x002",
        r#"! Configuration File for keepalived

global_defs {

}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 1000
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x003",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {

    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state BACKUP
    advert_int 0.3
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/-1 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x004",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    strict_mode
    unicast_peer {
 192.168.200.9
 }
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x005",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    advert_int 0.3
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    state MASTER
    version 3
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x006",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    authentication {
 auth_type AH
 auth_pass x
 }
    version 2
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x007",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {

    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id abc
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x008",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    unicast_peer {
 192.168.200.9
 }
    unicast_peer {
 192.168.200.9
 }
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x009",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1

   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    native_ipv6
    unicast_src_ip 192.168.200.5
    priority 100
    advert_int 1
    authentication {
        auth_type AH

    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x010",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link

    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {

    interface eth0

    state BACKUP
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x011",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    no_accept
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    preempt_delay 10
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {


    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x012",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 
    dont_track_primary
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    vmac_xmit_base
    priority 100
    virtual_ipaddress {

    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x013",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0

    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    nopreempt
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59

    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x014",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {

    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    dont_track_primary
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x015",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }

   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    strict_mode
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11

        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x016",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    strict_mode
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0

    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x017",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    version 3
    no_accept
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59

    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x018",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    version 2
    strict_mode
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16


    }
}

"#,
    ),
    (
        "combined_x019",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN

    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    lower_prio_no_advert false
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    higher_prio_send_advert
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x020",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 50
    advert_int 1
    virtual_ipaddress {

        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    higher_prio_send_advert
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x021",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 255
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {

        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    state MASTER
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x022",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {

   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1

   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    native_ipv6
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x023",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER

    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id -1
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x024",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 2
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    version 2
    vmac_xmit_base

    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x025",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 1
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x026",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    use_vmac
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    version 2
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x027",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {

}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    vmac_xmit_base
    state MASTER
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x028",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }

   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    version 2
    track_interface {
 ifb0 weight 10
 }

    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x029",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0

    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    nopreempt
    priority 255
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x030",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {

    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    version 3
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x031",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    vmac_xmit_base
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0

    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x032",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    preempt_delay 10
    accept
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x033",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    version 2
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58

    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x034",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5

    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 255
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    unicast_peer {
 192.168.200.9
 }
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x035",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int -1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {

    smtp_alert
    virtual_router_id 50
    state MASTER
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x036",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }

    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    version 3
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x037",
        r#"global_defs {

}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    advert_int 0.3
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x038",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    strict_mode
    state BACKUP
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    unicast_peer {
 192.168.200.9
 }
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x039",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }

  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    state BACKUP
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x040",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    no_accept
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/0 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x041",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state BACKUP
    higher_prio_send_advert
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x042",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    preempt_delay 10
    priority 1.5
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x043",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6

    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0

    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    vmac_xmit_base
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x044",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {

    interface eth0
    virtual_router_id 57
    strict_mode
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x045",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {

   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    nopreempt
    strict_mode
    priority 
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x046",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/3 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    version 2
    priority 100
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x047",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {

    state MASTER
    virtual_router_id 51
    priority 3
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {

    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/3
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x048",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP

       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    version 3
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x049",
        r#"global_defs {

}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {

    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x050",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }

   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    strict_mode
    priority 
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x051",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {

    interface eth0
    virtual_router_id 51
    vmac_xmit_base
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x052",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    lower_prio_no_advert false
    higher_prio_send_advert
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x053",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    track_interface {
 ifb0 weight 10
 }
    priority 100
    virtual_ipaddress {

    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x054",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {

    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {

        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {

    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x055",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0

    192.168.211.0/0 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    preempt_delay 10
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/1 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x056",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    lower_prio_no_advert false
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x057",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 51
    unicast_src_ip 192.168.200.5
    dont_track_primary
    unicast_src_ip 192.168.200.5
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x058",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    preempt_delay 10
    priority 100

    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x059",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +abc if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x060",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {

    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    lower_prio_no_advert false
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    accept
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x061",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0

    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253

        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x062",
        r#"global_defs {

}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    garp_lower_prio_repeat 2
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x063",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    version 2
    advert_int 0.3
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x064",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 0.001
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER

    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    unicast_src_ip 192.168.200.5
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x065",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0

    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {

    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57

    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x066",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    unicast_peer {

 }
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52

    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    no_accept
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x067",
        r#"global_defs {

}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 1
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x068",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100

    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    version 2
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    garp_lower_prio_repeat 2
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x069",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {

        192.168.200.12

    }
}

"#,
    ),
    (
        "combined_x070",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert

    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {

    interface eth0
    smtp_alert
    virtual_router_id 2
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 255
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x071",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    vmac_xmit_base
    track_interface {
 ifb0 weight 10
 }
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {

    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x072",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    version 2
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    garp_lower_prio_repeat 2
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {

    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x073",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    track_interface {
 ifb0 weight 10
 }
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17

    }
}

"#,
    ),
    (
        "combined_x074",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50

    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11

        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x075",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    state MASTER
    nopreempt
    strict_mode
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x076",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }

    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    nopreempt
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x077",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1

    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    state MASTER
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    strict_mode
    no_accept
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x078",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 0.001
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    unicast_src_ip 192.168.200.5
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x079",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {

    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14

    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x080",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 256
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/-1 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x081",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    virtual_ipaddress_excluded {
 2001:db8::1
 }

    unicast_src_ip 192.168.200.5
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x082",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }

   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    state BACKUP
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x083",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5

    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    accept
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x084",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    vmac_xmit_base
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    version 2
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER

    virtual_router_id 57
    no_accept
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x085",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    use_vmac
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    lower_prio_no_advert false
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x086",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 255
    state MASTER
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x087",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    vmac_xmit_base
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    version 3
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x088",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    garp_lower_prio_repeat 2
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {

        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53

    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x089",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    no_accept
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {

    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x090",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    nopreempt
    priority 255
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x091",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/256 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    unicast_src_ip 192.168.200.5
    higher_prio_send_advert
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x092",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    advert_int 0.3
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/0.001
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x093",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {

    interface eth0
    virtual_router_id 51
    priority 255
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x094",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {

    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    strict_mode
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {

        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x095",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc

   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11

        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x096",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }


   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12

    }
}

"#,
    ),
    (
        "combined_x097",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    use_vmac
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 0.001
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x098",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {

   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    higher_prio_send_advert
    priority 100
    advert_int 1
    authentication {

        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x099",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    strict_mode
    priority 1
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/3
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x100",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id -1
    nopreempt
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x101",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    advert_int 0.3
    higher_prio_send_advert
    priority abc
    advert_int 2
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x102",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER

    virtual_router_id 51
    track_interface {
 ifb0 weight 10
 }
    priority 100

    authentication {
        auth_type AH
        auth_pass 2
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x103",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {

    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x104",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    use_vmac
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    garp_lower_prio_repeat 2

    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x105",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    use_vmac

    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x106",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5

    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/abc
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x107",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x108",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    advert_int 0.3
    priority 100
    advert_int 1
    authentication {

        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    track_interface {
 ifb0 weight 10
 }
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x109",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    state BACKUP
    lower_prio_no_advert false
    state BACKUP
    authentication {
 auth_type AH
 auth_pass x
 }
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x110",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority -1
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    accept
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x111",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    unicast_src_ip 192.168.200.5
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {

    }
}


"#,
    ),
    (
        "combined_x112",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {

    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    dont_track_primary
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    state MASTER
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x113",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    strict_mode
    native_ipv6
    lower_prio_no_advert false
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x114",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {

    interface eth0
    virtual_router_id 51
    vmac_xmit_base
    lower_prio_no_advert false
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0

    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x115",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"

}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    state MASTER
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x116",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    no_accept
    native_ipv6
    priority 100
    advert_int 1
    authentication {
        auth_type AH
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
}

"#,
    ),
    (
        "combined_x117",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    priority 255
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {

        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x118",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10

    virtual_router_id 51
    track_interface {
 ifb0 weight 10
 }
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x119",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {

    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    unicast_peer {
 192.168.200.9
 }
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x120",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"

}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0

    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 255
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 255
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x121",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {

    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    state BACKUP
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x122",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52

    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/255
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x123",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0

    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    lower_prio_no_advert false
    track_interface {
 ifb0 weight 10
 }
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x124",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 1.5
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {

    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x125",
        r#"global_defs {

}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1

   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    nopreempt
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x126",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {

    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    version 3
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x127",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    version 2
    version 2
    priority 1000
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x128",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    vmac_xmit_base
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/0.001 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x129",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    dont_track_primary
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x130",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {

    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    garp_lower_prio_repeat 2
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    version 3
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    no_accept
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x131",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link

}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 1000
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1

    }
}

"#,
    ),
    (
        "combined_x132",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    dont_track_primary
    state MASTER
    version 2
    priority 100
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17 dev ifb0
        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x133",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {

    state MASTER
    virtual_router_id 52
    priority 255
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x134",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    lower_prio_no_advert false
    nopreempt
    priority -1
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x135",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1000
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52

    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x136",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58

    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    higher_prio_send_advert
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x137",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {
    VI_2
    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    nopreempt
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 255
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {
    interface eth0
    state MASTER
    virtual_router_id 53
    unicast_src_ip 192.168.200.5
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x138",
        r#"! Configuration File for keepalived

global_defs {
   router_id LVS_DEVEL
}

static_routes {
    src 192.168.100.1 192.168.209.0/24 via 192.168.200.254 dev eth0
    192.168.210.0/24 via 192.168.200.254 dev eth0
    192.168.211.0/24 via 192.168.200.254 dev eth0
    192.168.212.0/24 dev ifb0 scope site
    192.168.213.0/24 dev ifb0 scope link
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    vmac_xmit_base
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    unicast_peer {
 192.168.200.9
 }
    priority 100
    virtual_ipaddress {
        192.168.200.16

        192.168.200.18 dev ifb1
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
        192.168.113.0/24 via 192.168.100.252 or 192.168.100.253
	blackhole 192.168.113.1/32
        0.0.0.0/0 gw 192.168.0.1 table 100  # To set a default gateway into table 100.
    }
}

"#,
    ),
    (
        "combined_x139",
        r#"! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    version 2
    garp_lower_prio_repeat 2
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x140",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30

}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    strict_mode
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x141",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 1.5
    advert_int 0.3
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    authentication {
 auth_type AH
 auth_pass x
 }
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x142",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10

    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.201.13
        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {

    smtp_alert
    virtual_router_id 53
    priority 255
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x143",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {

   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    nopreempt
    dont_track_primary
    nopreempt
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x144",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

vrrp_sync_group G1 {
  group {
    VI_1
    VI_2
    VI_5
    VI_6
    VI_7
    VI_8
    VI_9
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_sync_group G2 {
  group {
    VI_3
    VI_4
  }
}

vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
}

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    vmac_xmit_base
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
}

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    native_ipv6
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}

vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_x145",
        r#"! Configuration File for keepalived

global_defs {

}

static_ipaddress {
    192.168.200.16 dev eth0 scope link
    192.168.200.17 dev ifb0 scope link
    192.168.200.18 dev ifb1
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    virtual_router_id 51
    unicast_src_ip 192.168.200.5
    state MASTER
    higher_prio_send_advert
    priority 100
    virtual_ipaddress {
        192.168.200.20
    }
    virtual_routes {
        src 192.168.100.1 192.168.109.0/24 via 192.168.200.254 dev ifb0
        192.168.110.0/24 via 192.168.200.254 dev ifb0
        192.168.111.0/24 dev ifb1
        192.168.112.0/24 via 192.168.100.254
    }
}

"#,
    ),
    (
        "combined_x146",
        r#"! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    interface eth0
    virtual_router_id 50
    unicast_peer {
 192.168.200.9
 }
    virtual_ipaddress_excluded {
 2001:db8::1
 }
    unicast_peer {
 192.168.200.9
 }

    priority 100
    advert_int 1
    virtual_ipaddress {
        192.168.200.11
        192.168.200.12
        192.168.200.13
    }
}

"#,
    ),
    (
        "combined_x147",
        r#"! Configuration File for keepalived
! extra script call demonstration
! scripts are supported in Instance and groups
! declarations.

vrrp_sync_group G1 {
  group {

    VI_3
  }
  notify_backup "/usr/local/bin/vrrp.back arg1 arg2"
  notify_master "/usr/local/bin/vrrp.mast arg1 arg2"
  notify_fault "/usr/local/bin/vrrp.fault arg1 arg2"
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 51
    authentication {
 auth_type PASS
 auth_pass secret12
 }
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18
    }
    notify_backup "/usr/local/bin/vrrp.sh  BACKUP   VI_1"
    notify_master "/usr/local/bin/vrrp.sh  MASTER  VI_1"
    notify_fault  "/usr/local/bin/vrrp.sh  FAULT  VI_1"
}


vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 150
    virtual_ipaddress {
        192.168.200.100/27
    }
}

vrrp_instance VI_3 {

    state MASTER
    virtual_router_id 53
    priority 150
    virtual_ipaddress {
        192.168.200.101/27
    }
}


"#,
    ),
    (
        "combined_x148",
        r#"global_defs {
 vrrp_strict
}
! Configuration File for keepalived

global_defs {
   notification_email {
     acassen
   }
   notification_email_from Alexandre.Cassen@firewall.loc
   smtp_server 192.168.200.1
   smtp_connect_timeout 30
   router_id LVS_DEVEL
}

vrrp_instance VI_1 {
    state MASTER
    interface eth0
    garp_master_delay 10
    smtp_alert
    virtual_router_id 51
    priority 100
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass 1111
    }
    virtual_ipaddress {
        192.168.200.16
        192.168.200.17
        192.168.200.18

        # optional label. should be of the form "realdev:sometext" for
        # compatibility with ifconfig.
        192.168.200.18 label eth0:1
    }
}

vrrp_instance VI_2 {
    interface eth0
    smtp_alert
    virtual_router_id 50
    priority 50
    advert_int 1
    virtual_ipaddress {
        192.168.200.13
        192.168.200.14
        192.168.200.15
    }
}

vrrp_instance VI_3 {
    state MASTER
    interface eth0
    smtp_alert
    virtual_router_id 52
    use_vmac
    priority 100
    advert_int 1
    authentication {

        auth_pass 1111
    }
    virtual_ipaddress {

        192.168.201.14
        192.168.201.15
    }
}

vrrp_instance VI_4 {
    interface eth0
    smtp_alert
    virtual_router_id 53
    priority 50
    advert_int -1
    virtual_ipaddress {
        192.168.201.16
        192.168.201.17
        192.168.201.18
    }
}

"#,
    ),
    (
        "combined_x149",
        r#"! Configuration File for keepalived

# Note: The "</dev/tcp/127.0.0.1/80" syntax for a script
# requires that /bin/sh is Bash.
# On systems where /bin/sh is not Bash (e.g. Debian, Ubuntu),
# then the following alternatives should be used:
#   script "bash -c '</dev/tcp/127.0.0.1/80'"
# or
#   script "nc -z 127.0.0.1 80"






vrrp_instance VI_1 {
    interface eth0
    state MASTER
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        192.168.200.18/25
    }
    track_interface {
       ifb0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_2 {
    interface eth0
    state MASTER
    virtual_router_id 52
    priority 100
    virtual_ipaddress {
        192.168.201.18/26
    }
    track_interface {
       eth0 weight 2   # prio = +2 if UP
       ifb1 weight -2  # prio = -2 if DOWN
       ifb0            # no weight, fault if down
    }
    }

vrrp_instance VI_3 {
    interface eth0
    virtual_router_id 53
    priority 100
    virtual_ipaddress {
        192.168.200.19/27
    }
}

vrrp_instance VI_4 {
    interface eth0
    virtual_router_id 54
    dont_track_primary
    priority 100
    virtual_ipaddress {
        192.168.201.19/28
    }
}

vrrp_instance VI_5 {
    state MASTER
    interface eth0
    virtual_router_id 55
    priority 100
    virtual_ipaddress {
        192.168.200.20/27
    }
}


vrrp_instance VI_6 {
    state MASTER
    interface eth0
    virtual_router_id 56
    priority 100
    virtual_ipaddress {
        192.168.200.21/27
    }
}

vrrp_instance VI_7 {
    state MASTER
    interface eth0
    virtual_router_id 57
    track_interface {
 ifb0 weight 10
 }
    priority 100
    virtual_ipaddress {
        192.168.200.22/27
    }
}

vrrp_instance VI_8 {
    state MASTER
    interface eth0
    virtual_router_id 58
    priority 100
    virtual_ipaddress {
        192.168.200.23/27
    }
}

vrrp_instance VI_9 {
    state MASTER
    interface eth0
    virtual_router_id 59
    priority 100
    virtual_ipaddress {
        192.168.200.24/27
    }
}

"#,
    ),
    (
        "combined_own1",
        r#"track_file f {
 file /tmp/xx
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 255
 virtual_ipaddress {
 198.18.0.1
 }
 track_file {
 f
 }
}
"#,
    ),
    (
        "combined_own2",
        r#"vrrp_track_process p {
 process foo
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 255
 virtual_ipaddress {
 198.18.0.1
 }
 track_process {
 p
 }
 track_interface {
 ifb0 weight 5
 }
}
"#,
    ),
    (
        "combined_own3",
        r#"track_file f {
 file /tmp/xx
}
vrrp_instance V {
 interface eth0
 virtual_router_id 5
 priority 255
 virtual_ipaddress {
 198.18.0.1
 }
 track_file {
 f weight 0
 }
 track_interface {
 ifb0 weight 0
 }
}
"#,
    ),
    (
        "ipv6_v000",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.123
    strict_mode
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v001",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v002",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v003",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    unicast_peer {
 198.18.0.99
 }
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v004",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    advert_int 0.123
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v005",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v006",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        fe80::9 scope link
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v007",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v008",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        fe80::8/64 dev eth0
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v009",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    advert_int 0.5
    accept
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v010",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    nopreempt
    mcast_src_ip fe80::1
    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v011",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    mcast_src_ip fe80::1
    state MASTER
    virtual_ipaddress {
        2001:db8::7/64
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v012",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v013",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v014",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v015",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    accept
    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v016",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type PASS
 auth_pass x
 }
    unicast_peer {
 2001:db8::99
 }
    virtual_ipaddress {
        fe80::8/64 dev eth0
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v017",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    priority 255
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v018",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    nopreempt
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v019",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v020",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v021",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.123
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v022",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    priority 255
    version 2
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v023",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    mcast_src_ip fe80::1
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v024",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        198.18.0.7
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v025",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type PASS
 auth_pass x
 }
    state MASTER
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v026",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    unicast_peer {
 2001:db8::99
 }
    virtual_ipaddress {
        198.18.0.7
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v027",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v028",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v029",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::7
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v030",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    native_ipv6
    mcast_src_ip fe80::1
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v031",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    virtual_ipaddress {
        fe80::7
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v032",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v033",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v034",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v035",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v036",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        fe80::8/64 dev eth0
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v037",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v038",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    use_vmac
    virtual_ipaddress {
        2001:db8::8
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v039",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    priority 255
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v040",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v041",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    priority 255
    unicast_peer {
 198.18.0.99
 }
    state MASTER
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v042",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    version 3
    nopreempt
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v043",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v044",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v045",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v046",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    use_vmac
    strict_mode
    virtual_ipaddress {
        fe80::7
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v047",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    nopreempt
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v048",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    state MASTER
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v049",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    strict_mode
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v050",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    version 3
    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v051",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v052",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    priority 255
    virtual_ipaddress {
        fe80::9 scope link
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v053",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    strict_mode
    unicast_peer {
 2001:db8::99
 }
    version 2
    virtual_ipaddress {
        fe80::8/64 dev eth0
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v054",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 2
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v055",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    strict_mode
    unicast_peer {
 198.18.0.99
 }
    accept
    virtual_ipaddress {
        2001:db8::8
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v056",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v057",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    priority 255
    version 2
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v058",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v059",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    unicast_src_ip 2001:db8::1
    authentication {
 auth_type PASS
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v060",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v061",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    native_ipv6
    advert_int 0.5
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v062",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    strict_mode
    unicast_peer {
 2001:db8::99
 }
    mcast_src_ip fe80::1
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v063",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    strict_mode
    advert_int 0.123
    advert_int 0.5
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v064",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    state MASTER
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v065",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    unicast_peer {
 2001:db8::99
 }
    mcast_src_ip fe80::1
    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v066",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v067",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v068",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    unicast_src_ip 2001:db8::1
    accept
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v069",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 2
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v070",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::8
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v071",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    advert_int 0.5
    
    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v072",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    native_ipv6
    unicast_peer {
 198.18.0.99
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v073",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v074",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    priority 255
    virtual_ipaddress {
        fe80::7
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v075",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    priority 255
    strict_mode
    virtual_ipaddress {
        2001:db8::8
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v076",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    native_ipv6
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v077",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    authentication {
 auth_type PASS
 auth_pass x
 }
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::8
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v078",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    nopreempt
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v079",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v080",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    mcast_src_ip 198.18.0.1
    native_ipv6
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v081",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 2
    
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v082",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.123
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        fe80::9 scope link
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v083",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    nopreempt
    advert_int 0.5
    advert_int 0.123
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v084",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 198.18.0.99
 }
    mcast_src_ip fe80::1
    strict_mode
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v085",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    virtual_ipaddress {
        2001:db8::7/64
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v086",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v087",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    strict_mode
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v088",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    nopreempt
    version 2
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v089",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    native_ipv6
    strict_mode
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v090",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v091",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v092",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    mcast_src_ip fe80::1
    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v093",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    use_vmac
    unicast_peer {
 198.18.0.99
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v094",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::8/64 dev eth0
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v095",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v096",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v097",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    nopreempt
    accept
    
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v098",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v099",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v100",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v101",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v102",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type PASS
 auth_pass x
 }
    advert_int 0.5
    accept
    virtual_ipaddress {
        2001:db8::7/64
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v103",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v104",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type PASS
 auth_pass x
 }
    unicast_peer {
 2001:db8::99
 }
    mcast_src_ip fe80::1
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v105",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v106",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v107",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    strict_mode
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        fe80::8/64 dev eth0
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v108",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    state MASTER
    version 2
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v109",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v110",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v111",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v112",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 198.18.0.99
 }
    virtual_ipaddress {
        fe80::9 scope link
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v113",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    priority 255
    virtual_ipaddress {
        fe80::7
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v114",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    virtual_ipaddress {
        198.18.0.7
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v115",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    native_ipv6
    mcast_src_ip fe80::1
    virtual_ipaddress {
        2001:db8::7/64
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v116",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::9 scope link
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v117",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    use_vmac
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v118",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v119",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v120",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    native_ipv6
    advert_int 0.5
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::8
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v121",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    virtual_ipaddress {
        fe80::7
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v122",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v123",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v124",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v125",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v126",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v127",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type PASS
 auth_pass x
 }
    unicast_peer {
 2001:db8::99
 }
    native_ipv6
    virtual_ipaddress {
        fe80::7
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v128",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    strict_mode
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v129",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v130",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    use_vmac
    advert_int 0.5
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v131",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    state MASTER
    virtual_ipaddress {
        2001:db8::8
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v132",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 2
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v133",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    state MASTER
    virtual_ipaddress {
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v134",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    unicast_peer {
 2001:db8::99
 }
    virtual_ipaddress {
        fe80::9 scope link
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v135",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v136",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    mcast_src_ip fe80::1
    authentication {
 auth_type PASS
 auth_pass x
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v137",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::9 scope link
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v138",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v139",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    use_vmac
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v140",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 2
    priority 255
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v141",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::7/64
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v142",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v143",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    nopreempt
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v144",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        198.18.0.7
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v145",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::9 scope link
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v146",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v147",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    native_ipv6
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v148",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v149",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v150",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v151",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.123
    unicast_peer {
 2001:db8::99
 }
    authentication {
 auth_type PASS
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::8
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v152",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    mcast_src_ip 198.18.0.1
    native_ipv6
    virtual_ipaddress {
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v153",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 3
    
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v154",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 198.18.0.99
 }
    mcast_src_ip fe80::1
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v155",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    nopreempt
    unicast_peer {
 2001:db8::99
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v156",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    native_ipv6
    accept
    advert_int 0.123
    virtual_ipaddress {
        198.18.0.7
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v157",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    native_ipv6
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v158",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    version 2
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v159",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v160",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    accept
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v161",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    strict_mode
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v162",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    priority 255
    native_ipv6
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v163",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type PASS
 auth_pass x
 }
    priority 255
    version 2
    virtual_ipaddress {
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v164",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    advert_int 0.123
    mcast_src_ip 198.18.0.1
    virtual_ipaddress {
        fe80::9 scope link
        198.18.0.7
    }
}
"#,
    ),
    (
        "ipv6_v165",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v166",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    version 3
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v167",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v168",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v169",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    unicast_peer {
 198.18.0.99
 }
    authentication {
 auth_type PASS
 auth_pass x
 }
    virtual_ipaddress {
        198.18.0.7
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v170",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    virtual_ipaddress {
        fe80::7
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v171",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip 198.18.0.1
    accept
    native_ipv6
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v172",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    nopreempt
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v173",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    version 3
    virtual_ipaddress {
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v174",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    use_vmac
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v175",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v176",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v177",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v178",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    advert_int 0.5
    version 3
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v179",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    virtual_ipaddress {
        2001:db8::7/64
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v180",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    unicast_peer {
 2001:db8::99
 }
    use_vmac
    virtual_ipaddress {
        fe80::7
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v181",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v182",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    version 3
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v183",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    native_ipv6
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v184",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v185",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::7
        fe80::8/64 dev eth0
    }
}
"#,
    ),
    (
        "ipv6_v186",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    authentication {
 auth_type AH
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v187",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v188",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v189",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    virtual_ipaddress_excluded {
 198.18.0.5
 }
    
    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v190",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::8/64 dev eth0
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v191",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_peer {
 2001:db8::99
 }
    virtual_ipaddress {
        198.18.0.7
        2001:db8::8
    }
}
"#,
    ),
    (
        "ipv6_v192",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        198.18.0.7
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v193",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    state MASTER
    virtual_ipaddress {
        fe80::7
        fe80::9 scope link
    }
}
"#,
    ),
    (
        "ipv6_v194",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {

    }
}
"#,
    ),
    (
        "ipv6_v195",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    unicast_src_ip 2001:db8::1
    authentication {
 auth_type PASS
 auth_pass x
 }
    virtual_ipaddress {
        2001:db8::8
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v196",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
        fe80::7
    }
}
"#,
    ),
    (
        "ipv6_v197",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100

    virtual_ipaddress {
        fe80::7
        2001:db8::7/64
    }
}
"#,
    ),
    (
        "ipv6_v198",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    mcast_src_ip fe80::1
    nopreempt
    native_ipv6
    virtual_ipaddress {
        2001:db8::9 dev ifb0 -nodad
    }
}
"#,
    ),
    (
        "ipv6_v199",
        r#"vrrp_instance V6 {
    interface eth0
    virtual_router_id 7
    priority 100
    accept
    priority 255
    virtual_ipaddress {

    }
}
"#,
    ),
];
