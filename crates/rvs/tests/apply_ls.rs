//! `rvs apply` programs the XDP data plane from a keepalived.conf, `rvs ls`
//! lists it in `ipvsadm -Ln`'s format, and a client's request through the VIP
//! reaches the real server and shows in `rvs ls --stats`. Needs root with BPF,
//! iproute2 and ethtool. Labs: [`rvs_netlab::LbLab`] (DR: one LAN
//! 198.18.14.0/24, real .11; NAT: clients on 198.18.16.0/24, the real
//! 198.18.17.11 behind the director's d1).

#[path = "common/lb.rs"]
mod lb;

use lb::{get_once, Helpers, HttpServer, Plane, Ports};
use rvs_netlab::lb::Method;
use rvs_netlab::LbLab;
use std::net::SocketAddr;

const CONF: &str = "virtual_server 198.18.14.100 80 {
    lb_algo rr
    lb_kind DR
    protocol TCP
    real_server 198.18.14.11 80 {
        weight 1
    }
}
";

fn lab(tag: &str, method: Method, octet: u8) -> (LbLab, Helpers) {
    let lab =
        LbLab::build(tag, method, octet, 1, 1).unwrap_or_else(|e| panic!("building the lab: {e}"));
    let mut helpers = Helpers::attach(&lab);
    helpers.real_server_up(&lab, 0, &[lab.vip(0).into()]);
    (lab, helpers)
}

#[test]
fn apply_then_ls_then_traffic() {
    let (lab, _helpers) = lab("apply", Method::Dr, 14);
    let plane = Plane::new("apply");
    let vip = SocketAddr::new(lab.vip(0).into(), 80);
    let ports = Ports::new();
    plane.apply(&lab, CONF);
    assert_eq!(
        plane.rvs(&lab, &["ls"]),
        "IP Virtual Server version 1.2.1 (size=65536)\n\
         Prot LocalAddress:Port Scheduler Flags\n\
         \x20 -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n\
         TCP  198.18.14.100:80 rr\n\
         \x20 -> 198.18.14.11:80              Route   1      0          0         \n"
    );

    let _server = HttpServer::start(lab.real(0), "rs", 80);
    let client = |what: &str| {
        lab.client()
            .run_in(|| get_once(vip, None, &ports))
            .unwrap_or_else(|e| panic!("{e}"))
            .unwrap_or_else(|e| panic!("{what}: {e}"))
    };
    assert_eq!(client("a connection through the VIP").server, "rs");
    // A second apply starts from the saved table: the service and real keep
    // their ids, so their counters and connections carry over.
    let edited = CONF
        .replace("lb_algo rr", "lb_algo wrr")
        .replace("weight 1", "weight 3");
    let applied = plane.apply(&lab, &edited);
    assert!(
        applied.contains("2 change(s) applied"),
        "the scheduler and the weight changed, nothing else: {applied}"
    );
    let text = plane.rvs(&lab, &["ls"]);
    assert!(
        text.contains("TCP  198.18.14.100:80 wrr\n")
            && text.contains("  -> 198.18.14.11:80              Route   3      "),
        "the edit shows in rvs ls:\n{text}"
    );
    assert_eq!(client("a connection after the edit").server, "rs");

    let text = plane.rvs(&lab, &["ls", "--stats"]);
    let service = text
        .lines()
        .find(|l| l.starts_with("TCP  198.18.14.100:80"))
        .unwrap_or_else(|| panic!("no service line in:\n{text}"));
    let conns: Vec<&str> = service.split_whitespace().collect();
    assert_eq!(
        conns.get(2),
        Some(&"2"),
        "both connections counted:\n{text}"
    );
    assert!(
        !text.contains("Connection table"),
        "standard output is ipvsadm's alone:\n{text}"
    );
    let json = plane.rvs(&lab, &["ls", "--stats", "--json"]);
    assert!(
        json.contains("\"flow_table\"") && json.contains("\"evicted\": 0"),
        "the XDP connection table's counters are in the JSON:\n{json}"
    );

    let text = plane.rvs(&lab, &["ls", "-c"]);
    assert!(
        text.lines().any(|l| l.starts_with("TCP ")
            && l.contains("198.18.14.100:80")
            && l.contains("198.18.14.11:80")),
        "the connection is listed:\n{text}"
    );

    let text = plane.rvs(&lab, &["ls", "--rate", "--interval", "0.2"]);
    assert!(
        text.contains(
            "Prot LocalAddress:Port                 CPS    InPPS   OutPPS    InBPS   OutBPS\n"
        ) && text.lines().any(|l| l.starts_with("TCP  198.18.14.100:80")
            && l.split_whitespace().skip(2).all(|n| n == "0")),
        "rvs ls --rate lists idle rates in ipvsadm's columns:\n{text}"
    );

    // rvs clear: the XDP program leaves d0, and the VIP is the director's own again
    // (nothing listens there, so the connection is refused instead of balanced).
    plane.rvs(&lab, &["clear"]);
    let link = lab
        .director()
        .ip(&["link", "show", "d0"])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !link.contains("xdp"),
        "XDP still attached after clear:\n{link}"
    );
    let after = lab.client().run_in(|| get_once(vip, None, &ports));
    assert!(
        !matches!(after, Ok(Ok(_))),
        "the VIP still balances after clear: {after:?}"
    );
    let ls = plane.output(&lab, &["ls"]);
    assert!(
        !ls.success() && ls.stderr.contains("nothing applied"),
        "rvs ls after clear: {}",
        ls.both()
    );
}

const NAT_CONF: &str = "virtual_server 198.18.16.100 80 {
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 198.18.17.11 8080 {
        weight 1
    }
}
";

/// Two-armed NAT: clients on d0, the real server behind d1 (another subnet, the
/// director its gateway, no IP forwarding): `rvs apply --dev d0 --nat-dev d1`.
#[test]
fn apply_nat_with_the_reals_behind_another_interface() {
    let (lab, _helpers) = lab("applynat", Method::Nat, 16);
    let plane = Plane::new("applynat");
    plane.apply(&lab, NAT_CONF);
    let text = plane.rvs(&lab, &["ls"]);
    assert!(
        text.contains(
            "TCP  198.18.16.100:80 rr\n  -> 198.18.17.11:8080            Masq    1      "
        ),
        "rvs ls shows the NAT service:\n{text}"
    );

    let _server = HttpServer::start(lab.real(0), "rs", 8080);
    assert_eq!(answered_through_vip(&lab, "a NATed connection"), "rs");
}

/// Which real server answers a request from the client to the VIP, port 80.
fn answered_through_vip(lab: &LbLab, what: &str) -> String {
    let vip = SocketAddr::new(lab.vip(0).into(), 80);
    let ports = Ports::new();
    lab.client()
        .run_in(|| get_once(vip, None, &ports))
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|e| panic!("{what} through the VIP: {e}"))
        .server
}

/// An operator's director on a veth whose peer runs no XDP: by default rvs picks
/// generic XDP there (native XDP would drop what it sends back out), says so, and
/// traffic flows.
#[test]
fn on_a_veth_the_default_mode_forwards_without_xdp_on_the_peer() {
    let lab = LbLab::build("veth", Method::Dr, 19, 1, 1)
        .unwrap_or_else(|e| panic!("building the lab: {e}"));
    let mut helpers = Helpers::with_pass(&lab, false);
    helpers.real_server_up(&lab, 0, &[lab.vip(0).into()]);
    let plane = Plane::new("veth");
    let conf = CONF.replace("198.18.14.", "198.18.19.");
    let path = plane.write_conf(&conf);
    let apply = [
        "apply",
        "-f",
        &path,
        "--dev",
        lab.director_dev(),
        "--flows",
        "4096",
    ];
    let out = plane.output(&lab, &apply);
    assert!(out.status.success(), "rvs apply failed: {}", out.both());
    assert!(
        plane
            .rvs(&lab, &["ls"])
            .starts_with("IP Virtual Server version 1.2.1 (size=4096)\n"),
        "rvs ls gives the table's size as --flows made it"
    );
    assert!(
        out.stderr.contains("is a veth: XDP in generic mode"),
        "rvs says which mode it chose: {}",
        out.both()
    );
    let _server = HttpServer::start(lab.real(0), "rs", 80);
    assert_eq!(answered_through_vip(&lab, "a connection"), "rs");
}
