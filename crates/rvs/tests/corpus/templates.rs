//! The valid templates the corpus starts from, their slots, and the values each kind
//! of slot is tried with.

use std::collections::BTreeMap;

/// What a template slot holds, which decides the values it is tried with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
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
pub(super) fn values(kind: Slot) -> &'static [&'static str] {
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
pub(super) struct Template {
    pub(super) name: &'static str,
    pub(super) files: &'static [(&'static str, &'static str)],
    pub(super) slots: &'static [(&'static str, Slot, &'static str)],
}

impl Template {
    pub(super) fn render(&self, overrides: &BTreeMap<&str, &str>) -> Vec<(String, String)> {
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

    pub(super) fn valid(&self) -> Vec<(String, String)> {
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

pub(super) const INC_VRRP: &str = "\
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

pub(super) const INC_LVS: &str = "\
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

pub(super) const TEMPLATES: &[Template] = &[
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
pub(super) fn main_text(name: &str) -> String {
    TEMPLATES
        .iter()
        .find(|t| t.name == name)
        .map(|t| t.valid().swap_remove(0).1)
        .unwrap_or_else(|| panic!("no template {name}"))
}

/// Which category a value change falls in, for the summary.
pub(super) fn value_category(kind: Slot) -> &'static str {
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
