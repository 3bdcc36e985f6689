//! From a parsed keepalived.conf ([`rvs_config::Config`]) to the checkers' specs.
//!
//! One [`ServiceSpec`] per `virtual_server` block, in configuration order (a group or an
//! address range is checked once, as keepalived does). The configuration already holds
//! each checker's effective timers, so they are all set at checker level here.

use std::net::SocketAddr;

use rvs_config::model::lvs::check::{Checker, Connect, Endpoint, HttpCheck, Timers, UdpCheck, Url};
use rvs_config::model::lvs::{RealServer, Service, VirtualServer};
use rvs_config::model::script::{DefaultRunAs, RunAs};
use rvs_config::model::vrrp::TrackFile;
use rvs_config::Config;

use crate::spec::{
    CheckKind, CheckerSpec, ConnSpec, DnsSpec, FileSpec, HttpProtocol, HttpSpec, MiscSpec,
    RealSpec, RegexOptions, Script, ServiceSpec, SmtpSpec, SorryServerSpec, TimingSpec, UdpSpec,
    UrlSpec,
};

/// A checker the configuration names but the check crate does not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The virtual server's name, as in [`ServiceSpec::name`].
    pub service: String,
    pub real: SocketAddr,
    pub keyword: &'static str,
    pub why: SkipReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// BFD_CHECK needs a BFD session, which rvs does not run.
    #[error("rvs does not run BFD")]
    Unsupported,
    /// FILE_CHECK names no `track_file` block, or one without a `file`.
    #[error("its track_file has no file")]
    NoTrackFile,
    /// MISC_CHECK under `enable_script_security` with no user to run it as
    /// (keepalived removes the checker).
    #[error("enable_script_security is set and no user is named to run its script")]
    NoScriptUser,
}

/// The specs of every virtual server, with the checkers that could not be mapped.
/// Scripts that name no user run as `default_user`.
pub fn services(config: &Config, default_user: &DefaultRunAs) -> (Vec<ServiceSpec>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    let specs = config
        .lvs
        .virtual_servers
        .iter()
        .map(|vs| service(config, vs, default_user, &mut skipped))
        .collect();
    (specs, skipped)
}

/// `198.18.0.1:80`, `[2001:db8::1]:80`, `fwmark 7` or `group NAME`.
pub fn service_name(service: &Service) -> String {
    match service {
        Service::Address { address, port } => SocketAddr::new(*address, *port).to_string(),
        Service::Fwmark { fwmark } => format!("fwmark {fwmark}"),
        Service::Group { group } => format!("group {group}"),
    }
}

fn service(
    config: &Config,
    vs: &VirtualServer,
    default_user: &DefaultRunAs,
    skipped: &mut Vec<Skipped>,
) -> ServiceSpec {
    let with_user = |s| script(s, default_user);
    let name = service_name(&vs.service);
    let mut spec = ServiceSpec::new(name.clone());
    spec.omega = vs.omega;
    spec.inhibit_on_failure = vs.inhibit_on_failure;
    spec.quorum = vs.quorum;
    spec.hysteresis = vs.hysteresis;
    spec.quorum_up = vs.quorum_up.as_ref().and_then(with_user);
    spec.quorum_down = vs.quorum_down.as_ref().and_then(with_user);
    spec.sorry_server = vs.sorry_server.as_ref().map(|s| SorryServerSpec {
        addr: SocketAddr::new(s.address, s.port),
        // keepalived gives the sorry server weight 1.
        weight: 1,
        inhibit: s.inhibit,
    });
    spec.ha_suspend = vs.ha_suspend;
    spec.virtualhost = vs.virtualhost.clone();
    spec.reals = vs
        .real_servers
        .iter()
        .map(|rs| real(config, &name, rs, default_user, skipped))
        .collect();
    spec
}

fn real(
    config: &Config,
    service: &str,
    rs: &RealServer,
    default_user: &DefaultRunAs,
    skipped: &mut Vec<Skipped>,
) -> RealSpec {
    let addr = SocketAddr::new(rs.address, rs.port);
    let mut spec = RealSpec::new(addr);
    spec.weight = rs.weight;
    spec.inhibit_on_failure = Some(rs.inhibit_on_failure);
    spec.notify_up = rs
        .notify_up
        .as_deref()
        .and_then(|s| script(s, default_user));
    spec.notify_down = rs
        .notify_down
        .as_deref()
        .and_then(|s| script(s, default_user));
    spec.virtualhost = rs.virtualhost.clone();
    for c in &rs.checkers {
        match checkers(config, c, default_user) {
            Ok(cs) => spec.checkers.extend(cs),
            Err(why) => skipped.push(Skipped {
                service: service.to_owned(),
                real: addr,
                keyword: c.keyword(),
                why,
            }),
        }
    }
    spec
}

/// One config checker is one spec, except SMTP_CHECK with `host` blocks: one spec per
/// host, since the real server is up only while every host answers (keepalived walks
/// them in turn within one checker; the timing differs, the verdict does not).
fn checkers(
    config: &Config,
    c: &Checker,
    default_user: &DefaultRunAs,
) -> Result<Vec<CheckerSpec>, SkipReason> {
    let one = |kind, conn: &Connect| {
        vec![CheckerSpec {
            kind,
            conn: endpoint(&conn.endpoint),
            timing: timing(&conn.timers),
        }]
    };
    Ok(match c {
        Checker::Tcp { conn } => one(CheckKind::Tcp, conn),
        Checker::Http { conn, http } => one(CheckKind::Http(http_spec(config, http)), conn),
        Checker::Ssl { conn, http } => one(CheckKind::Ssl(http_spec(config, http)), conn),
        Checker::Smtp {
            conn,
            helo_name,
            hosts,
        } => {
            let kind = CheckKind::Smtp(SmtpSpec {
                helo_name: helo_name.clone(),
            });
            if hosts.is_empty() {
                return Ok(one(kind, conn));
            }
            // keepalived checks the `host` blocks instead of the checker's own endpoint;
            // a host takes the checker's options it does not set.
            hosts
                .iter()
                .map(|h| CheckerSpec {
                    kind: kind.clone(),
                    conn: endpoint(&host_endpoint(h, &conn.endpoint)),
                    timing: timing(&conn.timers),
                })
                .collect()
        }
        Checker::Dns { conn, kind, name } => one(
            CheckKind::Dns(DnsSpec {
                qtype: kind.as_str().to_owned(),
                name: name.clone(),
            }),
            conn,
        ),
        Checker::Misc {
            timers,
            misc_path,
            misc_timeout,
            misc_dynamic,
        } => vec![CheckerSpec {
            kind: CheckKind::Misc(MiscSpec {
                path: script(misc_path, default_user).ok_or(SkipReason::NoScriptUser)?,
                timeout: Some(misc_timeout.as_duration()),
                dynamic: *misc_dynamic,
            }),
            conn: ConnSpec::default(),
            timing: timing(timers),
        }],
        Checker::Udp { conn, udp } => one(CheckKind::Udp(udp_spec(udp)), conn),
        Checker::Ping { conn } => one(CheckKind::Ping, conn),
        Checker::File {
            track_file,
            weight,
            reverse,
        } => {
            let tf = find_track_file(config, track_file).ok_or(SkipReason::NoTrackFile)?;
            let path = tf.file.as_ref().ok_or(SkipReason::NoTrackFile)?;
            // The checker's own `weight [reverse]` replaces the track_file's.
            let (weight, reverse) = match weight {
                Some(w) => (*w, *reverse),
                None => (tf.weight, tf.weight_reverse),
            };
            vec![CheckerSpec::new(CheckKind::File(FileSpec {
                path: path.into(),
                weight: i64::from(weight),
                reverse,
                dynamic: false,
            }))]
        }
        Checker::Bfd { .. } => return Err(SkipReason::Unsupported),
    })
}

fn host_endpoint(host: &Endpoint, checker: &Endpoint) -> Endpoint {
    Endpoint {
        connect_ip: host.connect_ip.or(checker.connect_ip),
        connect_port: host.connect_port.or(checker.connect_port),
        bindto: host.bindto.or(checker.bindto),
        bind_port: host.bind_port.or(checker.bind_port),
        bind_if: host.bind_if.clone().or_else(|| checker.bind_if.clone()),
        fwmark: host.fwmark.or(checker.fwmark),
    }
}

fn find_track_file<'c>(config: &'c Config, name: &str) -> Option<&'c TrackFile> {
    config.vrrp.track_files.iter().find(|t| t.name == name)
}

/// The script with the user and group it runs as; `None` when nobody may run it
/// (keepalived removes it).
fn script(s: &rvs_config::model::Script, default_user: &DefaultRunAs) -> Option<Script> {
    let (user, group) = match s.run_as(default_user)? {
        RunAs::Ourselves => (None, None),
        RunAs::User(u) => (Some(u.user), u.group),
    };
    Some(Script {
        command: s.command.clone(),
        user,
        group,
    })
}

fn endpoint(e: &Endpoint) -> ConnSpec {
    ConnSpec {
        connect_ip: e.connect_ip,
        connect_port: e.connect_port,
        bindto: e.bindto,
        bind_port: e.bind_port,
        bind_if: e.bind_if.clone(),
        fwmark: e.fwmark,
    }
}

fn timing(t: &Timers) -> TimingSpec {
    TimingSpec {
        delay_loop: Some(t.delay_loop.as_duration()),
        connect_timeout: Some(t.connect_timeout.as_duration()),
        retry: Some(t.retry),
        delay_before_retry: Some(t.delay_before_retry.as_duration()),
        warmup: Some(t.warmup.as_duration()),
        alpha: Some(t.alpha),
    }
}

fn http_spec(config: &Config, h: &HttpCheck) -> HttpSpec {
    use rvs_config::model::lvs::check::HttpProtocol as P;
    HttpSpec {
        protocol: match h.http_protocol {
            P::V1_0 => HttpProtocol::Http10,
            P::V1_0C => HttpProtocol::Http10Close,
            P::V1_1 => HttpProtocol::Http11,
        },
        urls: h
            .urls
            .iter()
            .map(|u| UrlSpec {
                path: u.path.clone(),
                digest: u.digest.as_ref().map(|d| d.to_ascii_lowercase()),
                status_codes: u.status_code.iter().map(|r| r.from..=r.to).collect(),
                virtualhost: u.virtualhost.clone(),
                regex: u.regex.clone(),
                regex_no_match: u.regex_no_match,
                regex_options: regex_options(u),
            })
            .collect(),
        virtualhost: h.virtualhost.clone(),
        fast_recovery: h.fast_recovery,
        enable_sni: h.enable_sni,
        ca_file: config
            .lvs
            .ssl
            .as_ref()
            .and_then(|s| s.ca.as_ref())
            .map(Into::into),
    }
}

/// keepalived ignores unknown option names, and both offsets when the minimum is past
/// the maximum.
fn regex_options(u: &Url) -> RegexOptions {
    let mut o = RegexOptions::default();
    for name in &u.regex_options {
        o.set(name);
    }
    let offset = |v: u64| usize::try_from(v).unwrap_or(usize::MAX);
    let min = u.regex_min_offset.map_or(0, offset);
    let max = u.regex_max_offset.map(offset);
    if max.is_none_or(|m| min <= m) {
        o.min_offset = min;
        o.max_offset = max;
    }
    o
}

fn udp_spec(u: &UdpCheck) -> UdpSpec {
    UdpSpec {
        payload: u.payload.as_deref().map(|p| hex_bytes(p).0),
        require_reply: u
            .require_reply
            .then(|| u.reply.as_deref().map(hex_bytes).unwrap_or_default()),
        min_reply_length: usize::try_from(u.min_reply_length).unwrap_or(usize::MAX),
        max_reply_length: usize::try_from(u.max_reply_length).unwrap_or(usize::MAX),
    }
}

/// Lower-case hex pairs (the parser normalised them) to bytes and a mask: an `x` nibble
/// matches anything (mask nibble 0). The parser has rejected anything else; a stray
/// character would count as a wildcard.
fn hex_bytes(s: &str) -> (Vec<u8>, Vec<u8>) {
    let nibble = |c: u8| match (c as char).to_digit(16) {
        Some(v) => (v as u8, 0xf),
        None => (0, 0),
    };
    s.as_bytes()
        .chunks(2)
        .map(|pair| {
            let (hi, hm) = nibble(pair[0]);
            let (lo, lm) = pair.get(1).map_or((0, 0), |&c| nibble(c));
            ((hi << 4) | lo, (hm << 4) | lm)
        })
        .unzip()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rvs_config::model::global::ScriptUser;
    use std::time::Duration;

    fn load_any(text: &str) -> rvs_config::Loaded {
        rvs_config::load_str(
            text,
            "test.conf",
            &rvs_config::LexOptions::default(),
            &rvs_config::AnyHost,
        )
    }

    fn load(text: &str) -> Config {
        let loaded = load_any(text);
        assert!(
            !loaded.has_errors(),
            "test config has errors:\n{}",
            loaded.render_diagnostics()
        );
        loaded.config
    }

    const CONF: &str = r#"
track_file tf1 {
    file /run/rvs-test-tf1
    weight 2
}
virtual_server 198.18.0.1 80 {
    delay_loop 7
    lb_algo rr
    protocol TCP
    quorum 2
    hysteresis 1
    sorry_server 198.18.0.9 8080
    real_server 198.18.1.1 80 {
        weight 5
        inhibit_on_failure
        TCP_CHECK {
            connect_timeout 2
            retry 4
        }
        HTTP_GET {
            url {
                path /health
                digest 0123456789ABCDEF0123456789abcdef
                status_code 200-204
            }
            virtualhost example.test
        }
    }
    real_server 198.18.1.2 {
        UDP_CHECK {
            payload 0a0b
            require_reply 01x2
        }
        FILE_CHECK {
            track_file tf1
            weight -3 reverse
        }
    }
}
virtual_server fwmark 7 {
    real_server 198.18.1.3 443 {
        MISC_CHECK {
            misc_path "/bin/true arg"
            misc_dynamic
        }
        SMTP_CHECK {
            connect_port 25
            connect_ip 198.18.2.1
            host {
                connect_ip 198.18.2.2
            }
            host {
                connect_ip 198.18.2.3
                connect_port 2525
            }
        }
    }
}
"#;

    #[test]
    fn maps_services_reals_and_checkers() {
        let (specs, skipped) = services(&load(CONF), &DefaultRunAs::Ourselves);
        assert_eq!(specs.len(), 2);
        let s = &specs[0];
        assert_eq!(s.name, "198.18.0.1:80");
        assert_eq!((s.quorum, s.hysteresis), (2, 1));
        let sorry = s.sorry_server.as_ref().expect("sorry server");
        assert_eq!(sorry.addr, "198.18.0.9:8080".parse().expect("addr"));
        assert_eq!(s.reals.len(), 2);

        let r = &s.reals[0];
        assert_eq!(r.addr, "198.18.1.1:80".parse().expect("addr"));
        assert_eq!((r.weight, r.inhibit_on_failure), (5, Some(true)));
        assert_eq!(r.checkers.len(), 2);
        let tcp = &r.checkers[0];
        assert_eq!(tcp.kind, CheckKind::Tcp);
        let t = tcp.timing(r, s);
        assert_eq!(t.delay_loop, Duration::from_secs(7), "inherited delay_loop");
        assert_eq!(t.probe_timeout, Duration::from_secs(2));
        assert_eq!(t.retry, 4);
        let CheckKind::Http(http) = &r.checkers[1].kind else {
            panic!("second checker is not HTTP_GET: {:?}", r.checkers[1].kind);
        };
        assert_eq!(http.virtualhost.as_deref(), Some("example.test"));
        let url = &http.urls[0];
        assert_eq!(url.path, "/health");
        assert_eq!(
            url.digest.as_deref(),
            Some("0123456789abcdef0123456789abcdef")
        );
        assert!(url.status_ok(204) && !url.status_ok(205));
        assert_eq!(
            r.checkers[1].timing(r, s).delay_before_retry,
            Duration::from_secs(3),
            "HTTP_GET's own default"
        );

        // The real server without a port takes the virtual server's.
        let r2 = &s.reals[1];
        assert_eq!(r2.addr.port(), 80);
        let CheckKind::Udp(udp) = &r2.checkers[0].kind else {
            panic!("not UDP_CHECK: {:?}", r2.checkers[0].kind);
        };
        assert_eq!(udp.payload.as_deref(), Some(&[0x0a, 0x0b][..]));
        assert_eq!(
            udp.require_reply,
            Some((vec![0x01, 0x02], vec![0xff, 0x0f]))
        );
        assert_eq!(
            r2.checkers[1].kind,
            CheckKind::File(FileSpec {
                path: "/run/rvs-test-tf1".into(),
                weight: -3,
                reverse: true,
                dynamic: false,
            }),
            "the checker's weight replaces the track_file's"
        );
        assert_eq!(skipped, vec![]);

        let f = &specs[1];
        assert_eq!(f.name, "fwmark 7");
        let CheckKind::Misc(misc) = &f.reals[0].checkers[0].kind else {
            panic!("not MISC_CHECK");
        };
        assert_eq!(misc.path.command, "/bin/true arg");
        assert!(misc.dynamic);
        assert_eq!(
            misc.timeout,
            Some(Duration::from_secs(60)),
            "misc_timeout defaults to delay_loop"
        );
        let r = &f.reals[0];
        let smtp: Vec<SocketAddr> = r.checkers[1..].iter().map(|c| c.target(r)).collect();
        assert_eq!(
            smtp,
            [
                "198.18.2.2:25".parse().expect("addr"),
                "198.18.2.3:2525".parse().expect("addr")
            ],
            "SMTP host blocks replace the checker's endpoint and inherit its port"
        );
    }

    #[test]
    fn scripts_run_as_their_own_user_or_the_default_and_refused_misc_checks_are_skipped() {
        let conf = "virtual_server 198.18.0.1 80 {\n protocol TCP\n quorum_up /bin/up\n \
                    real_server 198.18.1.1 80 {\n  notify_down \"/bin/down x\" daemon\n  \
                    MISC_CHECK {\n   misc_path /bin/true\n  }\n  \
                    MISC_CHECK {\n   misc_path /bin/false\n   user daemon daemon\n  }\n }\n}\n";
        let cfg = load_any(conf).config;
        let users = |specs: &[ServiceSpec]| -> Vec<(Option<String>, Option<String>)> {
            let r = &specs[0].reals[0];
            let misc = r.checkers.iter().map(|c| match &c.kind {
                CheckKind::Misc(m) => (m.path.user.clone(), m.path.group.clone()),
                other => panic!("not MISC_CHECK: {other:?}"),
            });
            specs[0]
                .quorum_up
                .iter()
                .chain(r.notify_down.iter())
                .map(|s| (s.user.clone(), s.group.clone()))
                .chain(misc)
                .collect()
        };
        let some = |s: &str| Some(s.to_owned());
        let script_user = DefaultRunAs::User(ScriptUser {
            user: "nobody".into(),
            group: None,
        });
        let (specs, skipped) = services(&cfg, &script_user);
        assert_eq!(
            users(&specs),
            [
                (some("nobody"), None),
                (some("daemon"), None),
                (some("nobody"), None),
                (some("daemon"), some("daemon")),
            ]
        );
        assert_eq!(skipped, vec![]);

        let (specs, skipped) = services(&cfg, &DefaultRunAs::Refused);
        assert!(
            specs[0].quorum_up.is_none(),
            "no user: quorum_up is not run"
        );
        assert_eq!(
            users(&specs),
            [(some("daemon"), None), (some("daemon"), some("daemon"))]
        );
        assert_eq!(
            skipped,
            vec![Skipped {
                service: "198.18.0.1:80".into(),
                real: "198.18.1.1:80".parse().expect("addr"),
                keyword: "MISC_CHECK",
                why: SkipReason::NoScriptUser,
            }]
        );
    }

    #[test]
    fn bfd_check_is_reported_skipped() {
        let conf = "virtual_server 198.18.0.1 80 {\n protocol TCP\n real_server 198.18.1.1 80 {\n  BFD_CHECK {\n   name b\n  }\n  TCP_CHECK {\n  }\n }\n}\n";
        let (specs, skipped) = services(&load_any(conf).config, &DefaultRunAs::Ourselves);
        assert_eq!(specs[0].reals[0].checkers.len(), 1, "the TCP_CHECK stays");
        assert_eq!(
            skipped,
            vec![Skipped {
                service: "198.18.0.1:80".into(),
                real: "198.18.1.1:80".parse().expect("addr"),
                keyword: "BFD_CHECK",
                why: SkipReason::Unsupported,
            }]
        );
    }

    #[test]
    fn regex_options_and_offsets_are_carried() {
        let url = |extra: &str| {
            let conf = format!(
                "virtual_server 198.18.0.1 80 {{\n protocol TCP\n real_server 198.18.1.1 80 {{\n  HTTP_GET {{\n   url {{\n    path /\n    regex \"^ok\"\n{extra}   }}\n  }}\n }}\n}}\n"
            );
            let (specs, _) = services(&load(&conf), &DefaultRunAs::Ourselves);
            let CheckKind::Http(h) = &specs[0].reals[0].checkers[0].kind else {
                panic!("an HTTP_GET");
            };
            h.urls[0].regex_options
        };
        let o = url("    regex_options caseless multiline ucp no_start_optimize\n    regex_min_offset 2\n    regex_max_offset 9\n");
        assert_eq!(
            o,
            RegexOptions {
                caseless: true,
                multiline: true,
                unicode: true,
                min_offset: 2,
                max_offset: Some(9),
                ..RegexOptions::default()
            }
        );
        let o = url("    regex_min_offset 10\n    regex_max_offset 9\n");
        assert_eq!(
            (o.min_offset, o.max_offset),
            (0, None),
            "keepalived drops both offsets when the minimum is past the maximum"
        );
    }
}
