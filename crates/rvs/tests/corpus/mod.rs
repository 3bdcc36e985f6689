//! A deterministic corpus of keepalived configurations: valid templates, and the
//! templates broken the ways operators break them.
//!
//! Nothing here is random: the same cases, in the same order, on every run. A case's
//! name (`category/template/detail`) says how it was made, so a disagreement can be
//! reproduced from the name alone.

use std::collections::BTreeMap;

/// One configuration to check: `files[0]` is the main file, the others sit beside it
/// (paths relative to the case's directory).
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub category: &'static str,
    pub files: Vec<(String, String)>,
}

/// What a template slot holds, which decides the values it is tried with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Vrid,
    Priority,
    AdvertInt,
    State,
    AuthType,
    Iface,
    Ipv4,
    Ipv4Cidr,
    Ipv6,
    Ipv6Cidr,
    Port,
    DelayLoop,
    Timeout,
    Persistence,
    Weight,
    Retry,
    StatusCode,
    Fwmark,
    LbAlgo,
    LbKind,
    Protocol,
    VrrpVersion,
    PreemptDelay,
    Netmask,
    Count,
    Digest,
    DnsType,
    ScriptPath,
    ScriptWeight,
    ScriptName,
}

/// The values a slot of each kind is tried with: in-range and out-of-range, good and
/// broken, as operators write them.
fn values(kind: Slot) -> &'static [&'static str] {
    match kind {
        Slot::Vrid => &["1", "255", "0", "256", "-1", "51.5", "abc"],
        Slot::Priority => &["1", "254", "255", "0", "256", "-5", "high"],
        Slot::AdvertInt => &["3", "255", "0.5", "0", "-1", "256", "abc"],
        Slot::State => &["MASTER", "BACKUP", "master", "SLAVE"],
        Slot::AuthType => &["AH", "pass", "MD5", "NONE"],
        Slot::Iface => &["eth1", "eth9", "eth0.9", "lo"],
        Slot::Ipv4 => &[
            "198.18.200.1",
            "198.18.1.256",
            "198.18.1",
            "198.18..1",
            "1.2.3.4.5",
            "host.example",
        ],
        Slot::Ipv4Cidr => &[
            "198.18.200.1/32",
            "198.18.200.1",
            "198.18.1.1/33",
            "198.18.1.1/-1",
            "198.18.1.256/24",
            "198.18.1.1/24/24",
        ],
        Slot::Ipv6 => &[
            "2001:db8:200::1",
            "2001:db8::g",
            "2001:db8:::1",
            "2001:db8::1::2",
            "::ffff:1.2.3.256",
        ],
        Slot::Ipv6Cidr => &[
            "2001:db8:200::1/128",
            "2001:db8::1/129",
            "2001:db8::g/64",
            "2001:db8:::1/64",
        ],
        Slot::Port => &["1", "65535", "0", "65536", "-1", "http"],
        Slot::DelayLoop => &["1", "3600", "0", "-1", "abc", "0.5"],
        Slot::Timeout => &["1", "30", "0", "-1", "abc"],
        Slot::Persistence => &["1", "4294967295", "0", "4294967296", "-1", "abc"],
        Slot::Weight => &["0", "65535", "65536", "-1", "abc"],
        Slot::Retry => &["1", "0", "-1", "abc"],
        Slot::StatusCode => &["204", "599", "99", "600", "abc"],
        Slot::Fwmark => &["1", "4294967295", "0", "4294967296", "-1"],
        Slot::LbAlgo => &[
            "wrr",
            "lblc",
            "lblcr",
            "dh",
            "sed",
            "nq",
            "mh",
            "fo",
            "ovf",
            "roundrobin",
            "RR",
        ],
        Slot::LbKind => &["DR", "TUN", "nat", "NATT", "FULLNAT"],
        Slot::Protocol => &["UDP", "SCTP", "tcp", "ICMP"],
        Slot::VrrpVersion => &["3", "1", "4", "abc"],
        Slot::PreemptDelay => &["0", "1000", "1001", "-1", "abc"],
        Slot::Netmask => &["255.255.0.0", "255.255.255.255", "255.0.255.0", "24", "abc"],
        Slot::Count => &["0", "1", "65535", "-1", "abc"],
        Slot::Digest => &["9B3A0C85A887A256D6939DA88AABD8CD", "xyz", "9b3a", ""],
        Slot::DnsType => &["AAAA", "MX", "TXT", "BOGUS"],
        Slot::ScriptPath => &[
            "/bin/false",
            "/nonexistent/rvs-check.sh",
            "relative.sh",
            "/etc",
        ],
        Slot::ScriptWeight => &["254", "-254", "255", "-255", "abc"],
        Slot::ScriptName => &["chk_undefined"],
    }
}

/// A valid configuration with named slots (`«NAME»`) filled with defaults unless a
/// case overrides one.
struct Template {
    name: &'static str,
    files: &'static [(&'static str, &'static str)],
    slots: &'static [(&'static str, Slot, &'static str)],
}

impl Template {
    fn render(&self, overrides: &BTreeMap<&str, &str>) -> Vec<(String, String)> {
        self.files
            .iter()
            .map(|(path, text)| {
                let mut out = (*text).to_owned();
                for (slot, _, default) in self.slots {
                    let value = overrides.get(slot).copied().unwrap_or(default);
                    out = out.replace(&format!("«{slot}»"), value);
                }
                ((*path).to_owned(), out)
            })
            .collect()
    }

    fn valid(&self) -> Vec<(String, String)> {
        self.render(&BTreeMap::new())
    }
}

const VRRP4: &str = "\
global_defs {
    router_id RVS_T1
}

vrrp_instance VI_1 {
    state «STATE»
    interface «IFACE»
    virtual_router_id «VRID»
    priority «PRIO»
    advert_int «ADVERT»
    authentication {
        auth_type «AUTH»
        auth_pass secret1
    }
    virtual_ipaddress {
        «VIP» dev «VIPDEV»
        198.18.1.11
    }
}
";

const VRRP6: &str = "\
vrrp_instance VI_6 {
    state BACKUP
    interface «IFACE»
    virtual_router_id «VRID»
    priority «PRIO»
    advert_int «ADVERT»
    nopreempt
    track_interface {
        «TRACK»
    }
    virtual_ipaddress {
        «VIP6»
    }
}
";

const SYNC: &str = "\
vrrp_sync_group G1 {
    group {
        VI_A
        VI_B
    }
}

vrrp_instance VI_A {
    state BACKUP
    interface eth0
    virtual_router_id «VRID»
    priority 150
    advert_int 1
    virtual_ipaddress {
        198.18.4.1/24
    }
}

vrrp_instance VI_B {
    state BACKUP
    interface «IFACE»
    virtual_router_id 11
    priority «PRIO»
    advert_int 1
    virtual_ipaddress {
        198.18.5.1/24
    }
}
";

const LVS_TCP: &str = "\
virtual_server «VIP» «VPORT» {
    delay_loop «DELAY»
    lb_algo «ALGO»
    lb_kind «KIND»
    protocol «PROTO»
    persistence_timeout «PERSIST»
    real_server «RIP» «RPORT» {
        weight «WEIGHT»
        TCP_CHECK {
            connect_timeout «CTO»
            connect_port «CPORT»
        }
    }
    real_server 198.18.3.2 8080 {
        weight 2
        TCP_CHECK {
            connect_timeout 3
        }
    }
}
";

const LVS_HTTP6: &str = "\
virtual_server «VIP6» 443 {
    delay_loop 10
    lb_algo «ALGO»
    lb_kind «KIND»
    protocol TCP
    real_server «RIP6» «RPORT» {
        weight 5
        HTTP_GET {
            url {
                path /health
                status_code «STATUS»
            }
            connect_timeout 2
            retry «RETRY»
            delay_before_retry 2
        }
    }
}
";

const LVS_FWMARK: &str = "\
virtual_server fwmark «FWMARK» {
    delay_loop 20
    lb_algo sh
    lb_kind TUN
    real_server 198.18.6.1 0 {
        weight «WEIGHT»
        TCP_CHECK {
            connect_port 22
            connect_timeout 4
        }
    }
}
";

const LVS_GROUP: &str = "\
virtual_server_group VSG_1 {
    «GIP» «GPORT»
    198.18.7.2 80
}

virtual_server group VSG_1 {
    delay_loop 15
    lb_algo lc
    lb_kind NAT
    protocol TCP
    real_server 198.18.8.1 80 {
        weight 1
        TCP_CHECK {
            connect_timeout «CTO»
        }
    }
}
";

const DEFS: &str = "\
$VIP=198.18.9.1
$PRIO=120
global_defs {
    router_id RVS_DEFS
}

vrrp_instance VI_D {
    state BACKUP
    interface eth0
    virtual_router_id 42
    priority $PRIO
    advert_int 1
    virtual_ipaddress {
        ${VIP}/24
    }
}

virtual_server $VIP 80 {
    delay_loop 6
    lb_algo rr
    lb_kind NAT
    protocol TCP
~SEQ(N, 1, 3)    real_server 198.18.10.${N} 80 { TCP_CHECK { connect_timeout 3 } }
}
";

const INC_MAIN: &str = "\
global_defs {
    router_id RVS_INC
}
include conf.d/*.conf
";

const INC_VRRP: &str = "\
vrrp_instance VI_I {
    state BACKUP
    interface eth0
    virtual_router_id 77
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.11.1/24
    }
}
";

const INC_LVS: &str = "\
virtual_server 198.18.11.1 443 {
    delay_loop 6
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 198.18.12.1 443 {
        TCP_CHECK {
            connect_timeout 3
        }
    }
}
";

const VRRP_FULL: &str = "\
global_defs {
    router_id RVS_FULL
    notification_email {
        ops@example.com
    }
    notification_email_from rvs@example.com
    smtp_server «SMTP»
    smtp_connect_timeout «SMTPTO»
    vrrp_garp_master_delay 5
    vrrp_version «VERSION»
}

vrrp_instance VI_F {
    state BACKUP
    interface eth0
    virtual_router_id 90
    priority 100
    advert_int 1
    preempt_delay «PDELAY»
    garp_master_delay 5
    unicast_src_ip «USRC»
    unicast_peer {
        «PEER»
        198.18.21.3
    }
    virtual_ipaddress {
        198.18.22.1/24 dev eth0 label eth0:1
    }
    virtual_ipaddress_excluded {
        «EXCL»
    }
    virtual_routes {
        «ROUTE» via «VIA» dev eth0
    }
}
";

const LVS_FULL: &str = "\
virtual_server 198.18.30.1 443 {
    delay_loop 5
    lb_algo wlc
    lb_kind NAT
    protocol TCP
    persistence_timeout 300
    persistence_granularity «GRAN»
    quorum «QUORUM»
    hysteresis «HYST»
    alpha
    omega
    ha_suspend
    virtualhost www.example.com
    sorry_server «SORRY» 443
    real_server 198.18.31.1 443 {
        weight 10
        inhibit_on_failure
        SSL_GET {
            url {
                path /
                digest «DIGEST»
            }
            connect_timeout 3
            retry 2
            delay_before_retry «DBR»
        }
    }
    real_server 198.18.31.2 443 {
        weight 10
        SMTP_CHECK {
            connect_timeout 5
            helo_name mail.example.com
        }
    }
    real_server 198.18.31.3 443 {
        weight 10
        DNS_CHECK {
            type «DNSTYPE»
            name example.com
        }
    }
}

virtual_server 198.18.32.1 53 {
    delay_loop 5
    lb_algo rr
    lb_kind DR
    protocol «PROTO»
    real_server 198.18.33.1 53 {
        weight 1
        UDP_CHECK {
            connect_timeout «CTO»
        }
    }
    real_server 198.18.33.2 53 {
        weight 1
        PING_CHECK {
            retry «RETRY»
        }
    }
}
";

const SCRIPTS: &str = "\
global_defs {
    enable_script_security
    script_user root
}

vrrp_script chk_true {
    script \"«SCRIPT»\"
    interval «INTERVAL»
    weight «SWEIGHT»
    fall «FALL»
    rise 2
}

vrrp_instance VI_S {
    state BACKUP
    interface eth0
    virtual_router_id 91
    priority 100
    track_script {
        «TRACK»
    }
    virtual_ipaddress {
        198.18.40.1/24
    }
}

virtual_server 198.18.41.1 80 {
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 198.18.42.1 80 {
        MISC_CHECK {
            misc_path \"«MISC»\"
            misc_timeout «MTO»
        }
    }
}
";

const TEMPLATES: &[Template] = &[
    Template {
        name: "vrrp4",
        files: &[("keepalived.conf", VRRP4)],
        slots: &[
            ("STATE", Slot::State, "BACKUP"),
            ("IFACE", Slot::Iface, "eth0"),
            ("VRID", Slot::Vrid, "51"),
            ("PRIO", Slot::Priority, "100"),
            ("ADVERT", Slot::AdvertInt, "1"),
            ("AUTH", Slot::AuthType, "PASS"),
            ("VIP", Slot::Ipv4Cidr, "198.18.1.10/24"),
            ("VIPDEV", Slot::Iface, "eth0"),
        ],
    },
    Template {
        name: "vrrp6",
        files: &[("keepalived.conf", VRRP6)],
        slots: &[
            ("IFACE", Slot::Iface, "eth1"),
            ("VRID", Slot::Vrid, "60"),
            ("PRIO", Slot::Priority, "90"),
            ("ADVERT", Slot::AdvertInt, "2"),
            ("TRACK", Slot::Iface, "eth0"),
            ("VIP6", Slot::Ipv6Cidr, "2001:db8:1::10/64"),
        ],
    },
    Template {
        name: "sync",
        files: &[("keepalived.conf", SYNC)],
        slots: &[
            ("VRID", Slot::Vrid, "10"),
            ("IFACE", Slot::Iface, "eth1"),
            ("PRIO", Slot::Priority, "150"),
        ],
    },
    Template {
        name: "lvs_tcp",
        files: &[("keepalived.conf", LVS_TCP)],
        slots: &[
            ("VIP", Slot::Ipv4, "198.18.2.1"),
            ("VPORT", Slot::Port, "80"),
            ("DELAY", Slot::DelayLoop, "6"),
            ("ALGO", Slot::LbAlgo, "rr"),
            ("KIND", Slot::LbKind, "NAT"),
            ("PROTO", Slot::Protocol, "TCP"),
            ("PERSIST", Slot::Persistence, "50"),
            ("RIP", Slot::Ipv4, "198.18.3.1"),
            ("RPORT", Slot::Port, "80"),
            ("WEIGHT", Slot::Weight, "1"),
            ("CTO", Slot::Timeout, "3"),
            ("CPORT", Slot::Port, "80"),
        ],
    },
    Template {
        name: "lvs_http6",
        files: &[("keepalived.conf", LVS_HTTP6)],
        slots: &[
            ("VIP6", Slot::Ipv6, "2001:db8:2::1"),
            ("ALGO", Slot::LbAlgo, "wlc"),
            ("KIND", Slot::LbKind, "DR"),
            ("RIP6", Slot::Ipv6, "2001:db8:3::1"),
            ("RPORT", Slot::Port, "443"),
            ("STATUS", Slot::StatusCode, "200"),
            ("RETRY", Slot::Retry, "3"),
        ],
    },
    Template {
        name: "lvs_fwmark",
        files: &[("keepalived.conf", LVS_FWMARK)],
        slots: &[("FWMARK", Slot::Fwmark, "7"), ("WEIGHT", Slot::Weight, "3")],
    },
    Template {
        name: "lvs_group",
        files: &[("keepalived.conf", LVS_GROUP)],
        slots: &[
            ("GIP", Slot::Ipv4, "198.18.7.1"),
            ("GPORT", Slot::Port, "80"),
            ("CTO", Slot::Timeout, "2"),
        ],
    },
    Template {
        name: "vrrp_full",
        files: &[("keepalived.conf", VRRP_FULL)],
        slots: &[
            ("SMTP", Slot::Ipv4, "198.18.20.1"),
            ("SMTPTO", Slot::Timeout, "30"),
            ("VERSION", Slot::VrrpVersion, "2"),
            ("PDELAY", Slot::PreemptDelay, "30"),
            ("USRC", Slot::Ipv4, "198.18.21.1"),
            ("PEER", Slot::Ipv4, "198.18.21.2"),
            ("EXCL", Slot::Ipv4Cidr, "198.18.23.1/24"),
            ("ROUTE", Slot::Ipv4Cidr, "198.18.24.0/24"),
            ("VIA", Slot::Ipv4, "198.18.22.254"),
        ],
    },
    Template {
        name: "lvs_full",
        files: &[("keepalived.conf", LVS_FULL)],
        slots: &[
            ("GRAN", Slot::Netmask, "255.255.255.0"),
            ("QUORUM", Slot::Count, "2"),
            ("HYST", Slot::Count, "1"),
            ("SORRY", Slot::Ipv4, "198.18.31.100"),
            ("DIGEST", Slot::Digest, "9b3a0c85a887a256d6939da88aabd8cd"),
            ("DBR", Slot::Timeout, "1"),
            ("DNSTYPE", Slot::DnsType, "A"),
            ("PROTO", Slot::Protocol, "UDP"),
            ("CTO", Slot::Timeout, "2"),
            ("RETRY", Slot::Retry, "2"),
        ],
    },
    Template {
        name: "scripts",
        files: &[("keepalived.conf", SCRIPTS)],
        slots: &[
            ("SCRIPT", Slot::ScriptPath, "/bin/true"),
            ("INTERVAL", Slot::Timeout, "2"),
            ("SWEIGHT", Slot::ScriptWeight, "-20"),
            ("FALL", Slot::Retry, "2"),
            ("TRACK", Slot::ScriptName, "chk_true"),
            ("MISC", Slot::ScriptPath, "/bin/true"),
            ("MTO", Slot::Timeout, "5"),
        ],
    },
    Template {
        name: "defs",
        files: &[("keepalived.conf", DEFS)],
        slots: &[],
    },
    Template {
        name: "include",
        files: &[
            ("keepalived.conf", INC_MAIN),
            ("conf.d/vrrp.conf", INC_VRRP),
            ("conf.d/lvs.conf", INC_LVS),
        ],
        slots: &[],
    },
];

/// The main file of a template, unchanged.
fn main_text(name: &str) -> String {
    TEMPLATES
        .iter()
        .find(|t| t.name == name)
        .map(|t| t.valid().swap_remove(0).1)
        .unwrap_or_else(|| panic!("no template {name}"))
}

/// The interfaces the corpus expects to exist (everything else it names must not).
pub const INTERFACES: &[&str] = &["eth0", "eth1"];

/// Every template unchanged: each must pass `keepalived -t`.
pub fn valid_templates() -> Vec<Case> {
    TEMPLATES
        .iter()
        .map(|t| Case {
            name: format!("valid/{}", t.name),
            category: "valid",
            files: t.valid(),
        })
        .collect()
}

/// The whole corpus, templates first.
pub fn generate() -> Vec<Case> {
    let mut cases = valid_templates();
    for t in TEMPLATES {
        slot_values(t, &mut cases);
        structural(t, &mut cases);
    }
    includes(&mut cases);
    definitions(&mut cases);
    sequences(&mut cases);
    lexer_features(&mut cases);
    formatting(&mut cases);
    duplicates(&mut cases);
    cases
}

fn push(cases: &mut Vec<Case>, category: &'static str, name: String, files: Vec<(String, String)>) {
    cases.push(Case {
        name: format!("{category}/{name}"),
        category,
        files,
    });
}

/// A one-file case.
fn single(cases: &mut Vec<Case>, category: &'static str, name: String, text: String) {
    push(
        cases,
        category,
        name,
        vec![("keepalived.conf".to_owned(), text)],
    );
}

/// Which category a value change falls in, for the summary.
fn value_category(kind: Slot) -> &'static str {
    match kind {
        Slot::Ipv4 | Slot::Ipv4Cidr => "ipv4-address",
        Slot::Ipv6 | Slot::Ipv6Cidr => "ipv6-address",
        Slot::Iface => "interface",
        Slot::LbAlgo
        | Slot::LbKind
        | Slot::AuthType
        | Slot::State
        | Slot::Protocol
        | Slot::VrrpVersion
        | Slot::DnsType => "enum-value",
        Slot::Digest | Slot::Netmask => "format",
        Slot::ScriptPath | Slot::ScriptName => "script",
        _ => "number-range",
    }
}

/// Each slot with each of its kind's values.
fn slot_values(t: &Template, cases: &mut Vec<Case>) {
    for (slot, kind, default) in t.slots {
        for value in values(*kind) {
            if value == default {
                continue;
            }
            let overrides = BTreeMap::from([(*slot, *value)]);
            push(
                cases,
                value_category(*kind),
                format!("{}/{}={}", t.name, slot.to_lowercase(), value),
                t.render(&overrides),
            );
        }
    }
}

/// Brace, keyword and line damage to the main file.
fn structural(t: &Template, cases: &mut Vec<Case>) {
    let files = t.valid();
    let main = &files[0].1;
    let lines: Vec<&str> = main.lines().collect();
    let with_main = |text: String| {
        let mut f = files.clone();
        f[0].1 = text;
        f
    };
    let join = |ls: &[String]| ls.iter().map(|l| format!("{l}\n")).collect::<String>();
    let owned: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();

    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if let Some(pos) = line.rfind('}') {
            let mut ls = owned.clone();
            ls[i].replace_range(pos..=pos, "");
            push(
                cases,
                "missing-brace",
                format!("{}/close-line{n}", t.name),
                with_main(join(&ls)),
            );
        }
        if let Some(pos) = line.find('{') {
            let mut ls = owned.clone();
            ls[i].replace_range(pos..=pos, "");
            push(
                cases,
                "missing-brace",
                format!("{}/open-line{n}", t.name),
                with_main(join(&ls)),
            );
            // An unknown keyword as the first statement of each block.
            let mut ls = owned.clone();
            ls.insert(i + 1, "    bogus_keyword 1".to_owned());
            push(
                cases,
                "unknown-keyword",
                format!("{}/after-line{n}", t.name),
                with_main(join(&ls)),
            );
        }
        let trimmed = line.trim();
        let is_statement = !trimmed.is_empty()
            && !trimmed.contains('{')
            && !trimmed.contains('}')
            && !trimmed.starts_with('$');
        if is_statement {
            // An operator forgetting a line.
            let mut ls = owned.clone();
            ls.remove(i);
            let keyword = trimmed.split_whitespace().next().unwrap_or("");
            push(
                cases,
                "dropped-line",
                format!("{}/line{n}-{keyword}", t.name),
                with_main(join(&ls)),
            );
        }
    }
    let mut ls = owned.clone();
    ls.push("}".to_owned());
    push(
        cases,
        "extra-brace",
        format!("{}/close-at-end", t.name),
        with_main(join(&ls)),
    );
    let mut ls = owned.clone();
    ls.insert(2.min(ls.len()), "}".to_owned());
    push(
        cases,
        "extra-brace",
        format!("{}/close-line3", t.name),
        with_main(join(&ls)),
    );
    let mut ls = owned.clone();
    ls.insert(1, "{".to_owned());
    push(
        cases,
        "extra-brace",
        format!("{}/open-line2", t.name),
        with_main(join(&ls)),
    );
    let mut ls = owned.clone();
    ls.insert(0, "bogus_top_level 1".to_owned());
    push(
        cases,
        "unknown-keyword",
        format!("{}/top-level", t.name),
        with_main(join(&ls)),
    );

    for (right, wrong) in [
        ("priority", "priorty"),
        ("virtual_router_id", "virtual_router"),
        ("delay_loop", "delay-loop"),
        ("lb_algo", "lb_algorithm"),
        ("connect_timeout", "connection_timeout"),
        ("virtual_ipaddress", "virtual_ip_address"),
        ("real_server", "realserver"),
    ] {
        if let Some(i) = lines
            .iter()
            .position(|l| l.split_whitespace().next() == Some(right))
        {
            let mut ls = owned.clone();
            ls[i] = ls[i].replacen(right, wrong, 1);
            push(
                cases,
                "misspelled-keyword",
                format!("{}/{wrong}", t.name),
                with_main(join(&ls)),
            );
        }
    }
    if let Some(i) = lines.iter().position(|l| l.trim().starts_with("router_id")) {
        let mut ls = owned.clone();
        ls[i] = "    router_id \"unterminated".to_owned();
        push(
            cases,
            "quote",
            format!("{}/unterminated", t.name),
            with_main(join(&ls)),
        );
    }
}

/// Include loops, missing includes, relative includes.
fn includes(cases: &mut Vec<Case>) {
    let f = |p: &str, t: &str| (p.to_owned(), t.to_owned());
    let inc =
        |target: &str| format!("global_defs {{\n    router_id RVS_INC\n}}\ninclude {target}\n");
    push(
        cases,
        "include",
        "self".into(),
        vec![f("keepalived.conf", &inc("keepalived.conf"))],
    );
    push(
        cases,
        "include",
        "loop-a-b".into(),
        vec![
            f("keepalived.conf", &inc("a.conf")),
            f("a.conf", "include b.conf\n"),
            f("b.conf", "include a.conf\n"),
        ],
    );
    push(
        cases,
        "include",
        "loop-via-glob".into(),
        vec![
            f("keepalived.conf", &inc("conf.d/*.conf")),
            f("conf.d/x.conf", "include ../keepalived.conf\n"),
        ],
    );
    push(
        cases,
        "include",
        "missing-file".into(),
        vec![f("keepalived.conf", &inc("missing.conf"))],
    );
    push(
        cases,
        "include",
        "missing-absolute".into(),
        vec![f(
            "keepalived.conf",
            &inc("/nonexistent/rvs/keepalived.conf"),
        )],
    );
    push(
        cases,
        "include",
        "glob-matches-nothing".into(),
        vec![f("keepalived.conf", &inc("conf.d/*.conf"))],
    );
    push(
        cases,
        "include",
        "no-argument".into(),
        vec![f("keepalived.conf", &inc(""))],
    );
    push(
        cases,
        "include",
        "relative-to-including-file".into(),
        vec![
            f("keepalived.conf", &inc("sub/a.conf")),
            f("sub/a.conf", "include b.conf\n"),
            f("sub/b.conf", INC_VRRP),
        ],
    );
    push(
        cases,
        "include",
        "relative-to-wrong-dir".into(),
        vec![
            f("keepalived.conf", &inc("sub/a.conf")),
            f("sub/a.conf", "include sub/b.conf\n"),
            f("sub/b.conf", INC_VRRP),
        ],
    );
    push(
        cases,
        "include",
        "broken-included-file".into(),
        vec![
            f("keepalived.conf", &inc("conf.d/*.conf")),
            f(
                "conf.d/vrrp.conf",
                &INC_VRRP.replacen("priority 100", "priority 300", 1),
            ),
        ],
    );
    push(
        cases,
        "include",
        "unbalanced-included-file".into(),
        vec![
            f("keepalived.conf", &inc("conf.d/*.conf")),
            f(
                "conf.d/lvs.conf",
                &INC_LVS.replacen("    }\n}", "    }\n", 1),
            ),
        ],
    );
    push(
        cases,
        "include",
        "inside-block".into(),
        vec![
            f(
                "keepalived.conf",
                "vrrp_instance VI_I {\n    include body.conf\n}\n",
            ),
            f(
                "body.conf",
                "state BACKUP\ninterface eth0\nvirtual_router_id 77\npriority 100\nvirtual_ipaddress {\n    198.18.11.1/24\n}\n",
            ),
        ],
    );
}

/// `$NAME` definitions: undefined names where the literal text is and is not a valid value.
fn definitions(cases: &mut Vec<Case>) {
    let vrrp = main_text("vrrp4");
    let lvs = main_text("lvs_tcp");
    for (name, base, from, to) in [
        ("priority", &vrrp, "priority 100", "priority $UNDEF"),
        (
            "vrid",
            &vrrp,
            "virtual_router_id 51",
            "virtual_router_id $UNDEF",
        ),
        ("vip", &vrrp, "198.18.1.11", "$UNDEF"),
        ("vip-braced", &vrrp, "198.18.1.11", "${UNDEF}"),
        ("router-id", &vrrp, "router_id RVS_T1", "router_id $UNDEF"),
        ("auth-pass", &vrrp, "auth_pass secret1", "auth_pass $UNDEF"),
        ("lb-algo", &lvs, "lb_algo rr", "lb_algo $UNDEF"),
        (
            "real-server-ip",
            &lvs,
            "real_server 198.18.3.2",
            "real_server 198.18.3.${UNDEF}",
        ),
        ("weight", &lvs, "weight 2", "weight $UNDEF"),
    ] {
        single(
            cases,
            "undefined-definition",
            name.into(),
            base.replacen(from, to, 1),
        );
    }
    let defined =
        |defs: &str, from: &str, to: &str| format!("{defs}{}", vrrp.replacen(from, to, 1));
    for (name, text) in [
        (
            "defined-priority",
            defined("$P=110\n", "priority 100", "priority $P"),
        ),
        (
            "defined-braced",
            defined("$P=110\n", "priority 100", "priority ${P}"),
        ),
        (
            "defined-multi-word",
            defined("$AUTH=auth_type PASS\n", "auth_type PASS", "$AUTH"),
        ),
        (
            "defined-bad-value",
            defined("$P=300\n", "priority 100", "priority $P"),
        ),
        (
            "defined-after-use",
            format!(
                "{}$P=110\n",
                vrrp.replacen("priority 100", "priority $P", 1)
            ),
        ),
        (
            "defined-empty",
            defined("$P=\n", "priority 100", "priority $P"),
        ),
        (
            "redefined",
            defined("$P=110\n$P=120\n", "priority 100", "priority $P"),
        ),
        (
            "bad-name",
            defined("$1P=110\n", "priority 100", "priority $1P"),
        ),
    ] {
        single(cases, "definition", name.into(), text);
    }
}

/// `~SEQ` lines, good and bad.
fn sequences(cases: &mut Vec<Case>) {
    let base = main_text("defs");
    let good = "~SEQ(N, 1, 3)";
    for (name, seq) in [
        ("end-only", "~SEQ(N, 3)"),
        ("explicit-step", "~SEQ(N, 1, 1, 3)"),
        ("descending", "~SEQ(N, 3, -1, 1)"),
        ("hex", "~SEQx(N, 1, 3)"),
        ("no-args", "~SEQ(N)"),
        ("non-numeric", "~SEQ(N, a, 3)"),
        ("zero-step", "~SEQ(N, 1, 0, 3)"),
        ("wrong-direction", "~SEQ(N, 3, 1, 1)"),
        ("no-parens", "~SEQ N 1 3"),
        ("unclosed", "~SEQ(N, 1, 3"),
        ("no-variable", "~SEQ(, 1, 3)"),
        ("too-many-args", "~SEQ(N, 1, 1, 3, 5)"),
        ("out-of-range-values", "~SEQ(N, 250, 260)"),
        ("unknown-directive", "~SEQUENCE(N, 1, 3)"),
    ] {
        single(cases, "seq", name.into(), base.replacen(good, seq, 1));
    }
}

/// Conditional lines, `~LST`, multi-line and recursive definitions, predefined names.
fn lexer_features(cases: &mut Vec<Case>) {
    let vrrp = main_text("vrrp4");
    let prio = |line: &str| vrrp.replacen("    priority 100", line, 1);
    for (name, text) in [
        // No host is called this, so `@` lines are dropped and `@^` lines kept.
        ("conditional-skipped", prio("@nosuchhost priority 300")),
        ("conditional-negated-bad", prio("@^nosuchhost priority 300")),
        (
            "conditional-negated-good",
            prio("@^nosuchhost priority 110"),
        ),
        ("conditional-empty-id", prio("@ priority 110")),
        ("list", prio("~LST(N, 1, 2) priority 10${N}")),
        (
            "list-pairs",
            prio("~LST({A,B},{1,2},{3,4}) priority 1${A}${B}"),
        ),
        ("list-no-values", prio("~LST(N) priority 10${N}")),
        ("list-unclosed", prio("~LST(N, 1, 2 priority 10${N}")),
        (
            "nested-definition",
            format!("$A=$B\n$B=120\n{}", prio("    priority $A")),
        ),
        // keepalived 2.2.7 never finishes on these two: it expands forever.
        (
            "self-reference",
            format!("$A=$A\n{}", prio("    priority $A")),
        ),
        (
            "mutual-reference",
            format!(
                "$A=$B\n$B=$A\n{}",
                vrrp.replacen("router_id RVS_T1", "router_id $A", 1)
            ),
        ),
        (
            "predefined-hash",
            vrrp.replacen("auth_pass secret1", "auth_pass se${_HASH}1", 1),
        ),
        (
            "env-unknown-in-2.2.7",
            vrrp.replacen("router_id RVS_T1", "router_id ${_ENV HOME}", 1),
        ),
    ] {
        single(cases, "lexer", name.into(), text);
    }
    let rs = "$RS= \\\n    real_server 198.18.10.${N} 80 { \\\n        TCP_CHECK { \\\n            connect_timeout 3 \\\n        } \\\n    }\n";
    let vs = "virtual_server 198.18.9.1 80 {\n    lb_algo rr\n    lb_kind NAT\n    protocol TCP\n    $N=1\n    $RS\n    $N=2\n    $RS\n}\n";
    single(
        cases,
        "lexer",
        "multiline-definition".into(),
        format!("{rs}{vs}"),
    );
    single(
        cases,
        "lexer",
        "multiline-unterminated".into(),
        format!("{vs}{}", rs.trim_end().to_owned() + " \\\n"),
    );
    let f = |p: &str, t: &str| (p.to_owned(), t.to_owned());
    push(
        cases,
        "lexer",
        "include-pwd".into(),
        vec![
            f("keepalived.conf", "include ${_PWD}/conf.d/*.conf\n"),
            f("conf.d/vrrp.conf", INC_VRRP),
        ],
    );
    push(
        cases,
        "lexer",
        "include-via-definition".into(),
        vec![
            f("keepalived.conf", "$DIR=conf.d\ninclude ${DIR}/*.conf\n"),
            f(
                "conf.d/vrrp.conf",
                &INC_VRRP.replacen("priority 100", "priority 0", 1),
            ),
        ],
    );
}

/// How the text is laid out: line endings, BOM, comments, long lines.
fn formatting(cases: &mut Vec<Case>) {
    let vrrp = main_text("vrrp4");
    // keepalived reads physical lines into a 1024-byte buffer: a line of 1024 bytes or
    // more is cut after 1023 and the rest read as a line of its own.
    let long_id = |line_len: usize| {
        let prefix = "    router_id R";
        vrrp.replacen(
            "    router_id RVS_T1",
            &format!("{prefix}{}", "x".repeat(line_len - prefix.len())),
            1,
        )
    };
    for (name, text) in [
        ("crlf", vrrp.replace('\n', "\r\n")),
        ("utf8-bom", format!("\u{feff}{vrrp}")),
        ("empty-file", String::new()),
        ("comments-only", "# nothing\n! here either\n".to_owned()),
        (
            "brace-on-next-line",
            vrrp.replacen("global_defs {", "global_defs\n{", 1),
        ),
        (
            "trailing-comments",
            vrrp.replacen("global_defs {", "global_defs { # ids", 1)
                .replacen("priority 100", "priority 100 ! was 90", 1),
        ),
        ("no-final-newline", vrrp.trim_end().to_owned()),
        (
            "hash-in-quotes",
            vrrp.replacen("auth_pass secret1", "auth_pass \"se#1\"", 1),
        ),
        ("tabs", vrrp.replace("    ", "\t")),
        (
            "block-on-one-line",
            vrrp.replacen(
                "global_defs {\n    router_id RVS_T1\n}",
                "global_defs { router_id RVS_T1 }",
                1,
            ),
        ),
        (
            "non-ascii-word",
            vrrp.replacen("router_id RVS_T1", "router_id RVS_\u{fc}", 1),
        ),
        ("line-of-1023-bytes", long_id(1023)),
        ("line-of-1024-bytes", long_id(1024)),
    ] {
        single(cases, "formatting", name.into(), text);
    }
}

/// The same thing defined twice.
fn duplicates(cases: &mut Vec<Case>) {
    let vrrp = main_text("vrrp4");
    let lvs = main_text("lvs_tcp");
    let instance = &vrrp[vrrp.find("vrrp_instance").unwrap_or(0)..];
    single(
        cases,
        "duplicate",
        "instance-name".into(),
        format!("{vrrp}{instance}"),
    );
    single(
        cases,
        "duplicate",
        "vrid-same-interface".into(),
        format!(
            "{vrrp}{}",
            instance
                .replacen("VI_1", "VI_2", 1)
                .replacen("198.18.1.1", "198.18.2.1", 2)
        ),
    );
    single(
        cases,
        "duplicate",
        "vrid-other-interface".into(),
        format!(
            "{vrrp}{}",
            instance
                .replacen("VI_1", "VI_2", 1)
                .replacen("interface eth0", "interface eth1", 1)
                .replacen("dev eth0", "dev eth1", 1)
                .replacen("198.18.1.1", "198.18.2.1", 2)
        ),
    );
    single(
        cases,
        "duplicate",
        "virtual-server".into(),
        format!("{lvs}{lvs}"),
    );
    single(
        cases,
        "duplicate",
        "real-server".into(),
        lvs.replacen(
            "real_server 198.18.3.2 8080",
            "real_server 198.18.3.1 80",
            1,
        ),
    );
    single(
        cases,
        "duplicate",
        "keyword-twice".into(),
        vrrp.replacen("priority 100", "priority 100\n    priority 110", 1),
    );
}

#[cfg(test)]
mod tests {
    use super::generate;
    use std::collections::BTreeSet;

    #[test]
    fn corpus_is_large_deterministic_and_uniquely_named() {
        let a = generate();
        let b = generate();
        assert!(a.len() >= 300, "only {} cases", a.len());
        let names: BTreeSet<&str> = a.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names.len(), a.len(), "duplicate case names");
        assert!(a
            .iter()
            .zip(&b)
            .all(|(x, y)| x.name == y.name && x.files == y.files));
    }
}
