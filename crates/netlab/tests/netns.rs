//! Namespace tests: need root and iproute2 (they fail naming what is missing), and
//! busybox for `ping`/`nc`.

use rvs_netlab::{run_with_timeout, sweep, Error, Netns};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn ns(name: &str) -> Netns {
    Netns::new(name).unwrap_or_else(|e| panic!("creating namespace {name}: {e}"))
}

fn exists(name: &str) -> bool {
    Path::new("/run/netns").join(name).exists()
}

const T: Duration = Duration::from_secs(10);

#[test]
fn namespace_is_named_for_the_process_and_deleted_on_drop() {
    let n = ns("drop");
    let name = n.name().to_owned();
    assert_eq!(name, format!("rvs-t-{}-drop", std::process::id()));
    assert!(exists(&name), "{name} not in /run/netns");
    assert_eq!(n.links().expect("links"), vec!["lo".to_owned()]);
    drop(n);
    assert!(!exists(&name), "{name} still exists after drop");
}

#[test]
fn namespace_is_deleted_when_the_test_panics() {
    let name = format!("rvs-t-{}-panic", std::process::id());
    let result = std::panic::catch_unwind(|| {
        let _n = ns("panic");
        assert!(exists(&format!("rvs-t-{}-panic", std::process::id())));
        panic!("test failure inside");
    });
    assert!(result.is_err());
    assert!(!exists(&name), "{name} survived a panic");
}

#[test]
fn links_and_addresses_carry_traffic_between_namespaces() {
    let a = ns("ping-a");
    let b = ns("ping-b");
    a.add_veth_to("eth0", &b, "eth0").expect("veth across");
    a.add_bridge("br0").expect("bridge");
    a.add_veth("eth1", "eth1p").expect("veth inside");
    a.set_master("eth1p", "br0").expect("master");
    for (n, cidr4, cidr6) in [
        (&a, "198.18.0.1/24", "2001:db8::1/64"),
        (&b, "198.18.0.2/24", "2001:db8::2/64"),
    ] {
        n.add_addr("eth0", cidr4).expect("v4 address");
        n.add_addr("eth0", cidr6).expect("v6 address");
        n.link_up("eth0").expect("up");
    }
    let mut links = a.links().expect("links");
    links.sort();
    assert_eq!(links, ["br0", "eth0", "eth1", "eth1p", "lo"]);

    for target in ["198.18.0.2", "2001:db8::2"] {
        let out = a
            .exec("busybox", ["ping", "-c", "1", "-W", "2", target], T)
            .expect("busybox ping (apt-get install busybox-static)");
        assert!(out.success(), "ping {target}:\n{}", out.both());
    }
    // The host's own namespace must not see the test addresses.
    let host = run_with_timeout(Command::new("ip").args(["-o", "addr"]), T).expect("ip addr");
    assert!(!host.stdout.contains("198.18.0.1"), "{}", host.stdout);
}

#[test]
fn background_process_is_killed_on_drop() {
    let n = ns("bg");
    let mut cmd = n.command("busybox");
    cmd.args(["sleep", "60"]).stdout(Stdio::null());
    let bg = n.spawn(cmd).expect("spawn sleep");
    let pid = bg.id();
    assert!(Path::new(&format!("/proc/{pid}")).exists());
    drop(bg);
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists(),
        "pid {pid} alive"
    );
}

#[test]
fn exec_reports_status_and_output_and_times_out() {
    let n = ns("exec");
    let out = n
        .exec("sh", ["-c", "echo out; echo err >&2; exit 3"], T)
        .expect("sh");
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(out.stdout, "out\n");
    assert_eq!(out.stderr, "err\n");
    let slow = n.exec("sleep", ["5"], Duration::from_millis(200));
    assert!(matches!(slow, Err(Error::Timeout { .. })), "{slow:?}");
}

#[test]
fn addresses_outside_the_test_ranges_are_refused() {
    let n = ns("refuse");
    n.add_veth("eth0", "eth0p").expect("veth");
    let e = n
        .add_addr("eth0", "10.1.2.3/24")
        .expect_err("10/8 accepted");
    assert!(matches!(e, Error::Address { .. }), "{e}");
    assert!(!n.ip(&["addr"]).expect("ip addr").contains("10.1.2.3"));
    assert!(n.add_veth("waytoolongname00", "x").is_err());
}

#[test]
fn sweep_removes_namespaces_of_dead_processes_only() {
    let live = ns("sweep-live");
    // pid_max is at most 4194304, so this owner can never be alive.
    let dead = "rvs-t-99999999-sweep";
    let made = run_with_timeout(Command::new("ip").args(["netns", "add", dead]), T).expect("ip");
    assert!(made.success(), "{}", made.both());
    let removed = sweep().expect("sweep");
    assert!(removed.contains(&dead.to_owned()), "{removed:?}");
    assert!(!exists(dead));
    assert!(exists(live.name()), "sweep removed a live namespace");
}

#[test]
fn topology_routes_client_through_director_to_real_servers_on_a_lan() {
    let t = rvs_netlab::Topology::builder()
        .link(
            ("client", "eth0", "198.18.0.1/24"),
            ("director", "eth0", "198.18.0.2/24"),
        )
        .lan(
            "lan1",
            &[
                ("director", "eth1", "198.18.1.1/24"),
                ("rs1", "eth0", "198.18.1.11/24"),
                ("rs2", "eth0", "198.18.1.12/24"),
            ],
        )
        .route("client", "198.18.1.0/24", "198.18.0.2")
        .route("rs1", "198.18.0.0/24", "198.18.1.1")
        .route("rs2", "198.18.0.0/24", "198.18.1.1")
        .forwarding("director")
        .build()
        .unwrap_or_else(|e| panic!("building topology: {e}"));
    assert_eq!(
        t.nodes().collect::<Vec<_>>(),
        ["client", "director", "rs1", "rs2"]
    );
    for target in ["198.18.1.11", "198.18.1.12"] {
        let out = t
            .ns("client")
            .exec("busybox", ["ping", "-c", "1", "-W", "2", target], T)
            .expect("busybox ping");
        assert!(out.success(), "client -> {target}:\n{}", out.both());
    }
    // rs1 and rs2 share a segment: they reach each other without the director.
    let out = t
        .ns("rs1")
        .exec("busybox", ["ping", "-c", "1", "-W", "2", "198.18.1.12"], T)
        .expect("busybox ping");
    assert!(out.success(), "rs1 -> rs2:\n{}", out.both());
    let names: Vec<String> = ["client", "director", "rs1", "rs2", "lan1"]
        .iter()
        .map(|n| format!("rvs-t-{}-{n}", std::process::id()))
        .collect();
    drop(t);
    for n in names {
        assert!(!exists(&n), "{n} left behind");
    }
}

#[test]
fn keepalived_peer_takes_the_vip_and_leaves_nothing_behind() {
    let a = ns("ka-a");
    let b = ns("ka-b");
    a.add_veth_to("eth0", &b, "eth0").expect("veth");
    for (n, cidr) in [(&a, "198.18.0.1/24"), (&b, "198.18.0.2/24")] {
        n.add_addr("eth0", cidr).expect("address");
        n.link_up("eth0").expect("up");
    }
    let config = "\
vrrp_instance VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        198.18.0.100/24
    }
}
";
    let mut ka = a
        .start_keepalived("vrrp", config)
        .expect("keepalived (apt-get install keepalived)");
    let dir = ka.dir().to_owned();
    // Alone on the link, it is master after 3 adverts plus skew.
    assert!(
        ka.wait_for_log("(VI_1) Entering MASTER STATE", Duration::from_secs(8)),
        "keepalived never became master:\n{}",
        ka.log()
    );
    let addrs = a.ip(&["-br", "addr", "show", "eth0"]).expect("ip addr");
    assert!(addrs.contains("198.18.0.100/24"), "{addrs}");
    let vrrp_pid = std::fs::read_to_string(dir.join("vrrp.pid")).expect("vrrp.pid");
    drop(ka);
    assert!(
        !Path::new(&format!("/proc/{}", vrrp_pid.trim())).exists(),
        "keepalived's VRRP child {} survived",
        vrrp_pid.trim()
    );
    assert!(!dir.exists(), "{} left behind", dir.display());
    let addrs = a.ip(&["-br", "addr", "show", "eth0"]).expect("ip addr");
    assert!(!addrs.contains("198.18.0.100"), "VIP not released: {addrs}");
}
