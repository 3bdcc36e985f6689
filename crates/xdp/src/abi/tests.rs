use std::collections::HashMap;
use std::mem::size_of;

use object::{Object, ObjectSection};

use super::*;
use crate::RVS_OBJECT;

/// Struct sizes by name from the `.BTF` section of a BPF object.
///
/// aya-obj parses BTF but keeps type sizes crate-private, so this walks the
/// format (include/uapi/linux/btf.h) itself: a header, then types of
/// `{name_off, info, size}` each followed by kind-specific data.
fn btf_struct_sizes(elf: &[u8]) -> HashMap<String, u32> {
    let file = object::File::parse(elf).expect("the embedded BPF object is ELF");
    let section = file
        .section_by_name(".BTF")
        .expect("the object has .BTF (built with -g)");
    let btf = section.data().expect(".BTF is readable");
    let u32_at = |off: usize| u32::from_le_bytes(btf[off..off + 4].try_into().expect("4 bytes"));
    assert_eq!(&btf[0..2], &0xeb9fu16.to_le_bytes(), "BTF magic");
    let hdr_len = u32_at(4) as usize;
    let (type_off, type_len) = (u32_at(8) as usize, u32_at(12) as usize);
    let str_off = u32_at(16) as usize;
    let strings = &btf[hdr_len + str_off..];
    let name = |off: usize| {
        let s = &strings[off..];
        let end = s.iter().position(|&b| b == 0).expect("NUL-terminated name");
        String::from_utf8_lossy(&s[..end]).into_owned()
    };
    let mut sizes = HashMap::new();
    let mut pos = hdr_len + type_off;
    let end = pos + type_len;
    while pos < end {
        let (name_off, info, size) = (u32_at(pos), u32_at(pos + 4), u32_at(pos + 8));
        let kind = (info >> 24) & 0x1f;
        let vlen = (info & 0xffff) as usize;
        pos += 12;
        pos += match kind {
            1 | 14 | 17 => 4,          // INT, VAR, DECL_TAG
            3 => 12,                   // ARRAY
            4 | 5 => 12 * vlen,        // STRUCT, UNION members
            6 | 13 => 8 * vlen,        // ENUM, FUNC_PROTO
            15 | 19 => 12 * vlen,      // DATASEC, ENUM64
            2 | 7..=12 | 16 | 18 => 0, // PTR, FWD..FUNC, FLOAT, TYPE_TAG
            k => panic!("unknown BTF kind {k}"),
        };
        if kind == 4 {
            sizes.insert(name(name_off as usize), size);
        }
    }
    sizes
}

#[test]
fn mirrors_match_the_object_btf() {
    let sizes = btf_struct_sizes(RVS_OBJECT);
    let mirrors = [
        ("rvs_service_key", size_of::<ServiceKey>()),
        ("rvs_service", size_of::<Service>()),
        ("rvs_backend", size_of::<Backend>()),
        ("rvs_config", size_of::<Config>()),
        ("rvs_flow_key", size_of::<FlowKey>()),
        ("rvs_flow", size_of::<Flow>()),
        ("rvs_flow_slot", size_of::<FlowSlot>()),
        ("rvs_flow_bucket", size_of::<FlowBucket>()),
        ("rvs_flow_keys", size_of::<FlowKeys>()),
        ("rvs_persist_key", size_of::<PersistKey>()),
        ("rvs_persist", size_of::<Persist>()),
        ("rvs_nat_reverse", size_of::<NatReverse>()),
        ("rvs_stats", size_of::<Stats>()),
        ("rvs_counter", size_of::<Counter>()),
        ("rvs_conn_count", size_of::<ConnCount>()),
    ];
    for (name, rust) in mirrors {
        let c = sizes
            .get(name)
            .unwrap_or_else(|| panic!("struct {name} not in the object's BTF"));
        assert_eq!(
            *c as usize, rust,
            "size of struct {name}: C {c}, Rust {rust}"
        );
    }
}

#[test]
fn the_map_table_has_the_object_sizes() {
    let obj = aya_obj::Object::parse(RVS_OBJECT).expect("aya-obj parses the object");
    // Data sections (.rodata) are maps to aya too, set at load, not pinned.
    let named = obj.maps.keys().filter(|n| !n.starts_with('.')).count();
    assert_eq!(named, crate::balancer::MAPS.len(), "every map listed");
    for (name, key, value) in crate::balancer::MAPS {
        let m = obj
            .maps
            .get(name)
            .unwrap_or_else(|| panic!("the object has map {name}"));
        assert_eq!(
            (m.key_size() as usize, m.value_size() as usize),
            (key, value),
            "sizes of map {name}"
        );
    }
}

#[test]
fn reason_count_matches_the_object() {
    // The reasons map is sized by RVS_REASON_COUNT; read it from the ELF map
    // definition through aya-obj so the Rust enum cannot silently fall behind.
    let obj = aya_obj::Object::parse(RVS_OBJECT).expect("aya-obj parses the object");
    let reasons = obj
        .maps
        .get("reasons")
        .expect("the object has the reasons map");
    assert_eq!(reasons.max_entries() as usize, Reason::COUNT);
    assert_eq!(Reason::ALL.len(), Reason::COUNT);
    for (i, r) in Reason::ALL.iter().enumerate() {
        assert_eq!(*r as usize, i, "Reason::ALL is in enum order");
    }
    let stats = obj
        .maps
        .get("flow_stats")
        .expect("the object has the flow_stats map");
    assert_eq!(stats.max_entries() as usize, FlowStat::COUNT);
    for (i, s) in FlowStat::ALL.iter().enumerate() {
        assert_eq!(*s as usize, i, "FlowStat::ALL is in enum order");
    }
}

#[test]
fn addresses_round_trip() {
    for a in ["198.18.0.1", "2001:db8::1"] {
        let ip: IpAddr = a.parse().expect("literal address");
        let (w, f) = addr_words(ip);
        assert_eq!(words_addr(w, f), Some(ip));
    }
    let (w, _) = addr_words("198.18.0.1".parse().expect("literal"));
    assert_eq!(
        w[0].to_ne_bytes(),
        [198, 18, 0, 1],
        "network byte order in memory"
    );
}

#[test]
fn keys_hold_ports_in_network_order() {
    let vip: SocketAddr = "[2001:db8::100]:80".parse().expect("literal");
    let k = ServiceKey::new(vip, 6);
    assert_eq!(k.port.to_ne_bytes(), [0, 80]);
    assert_eq!(k.family, FAMILY_V6);
    let f = FlowKey {
        src: addr_words("198.19.0.1".parse().expect("literal")).0,
        dst: addr_words("198.18.0.100".parse().expect("literal")).0,
        sport: 40000u16.to_be(),
        dport: 80u16.to_be(),
        proto: 6,
        family: FAMILY_V4,
        pad: [0; 2],
    };
    assert_eq!(
        f.client(),
        Some("198.19.0.1:40000".parse().expect("literal"))
    );
    assert_eq!(
        f.service(),
        Some("198.18.0.100:80".parse().expect("literal"))
    );
}

#[test]
fn a_bucket_lists_the_flows_of_its_tagged_slots_only() {
    let key = |port: u16| FlowKey {
        sport: port.to_be(),
        family: FAMILY_V4,
        ..FlowKey::default()
    };
    let mut b = FlowBucket::default();
    assert_eq!(b.flows().count(), 0, "an empty bucket");
    for (i, port) in [(1usize, 40001u16), (6, 40006)] {
        b.tag[i] = 0x8001;
        b.slot[i] = FlowSlot {
            key: key(port),
            flow: Flow {
                backend: i as u32,
                ..Flow::default()
            },
        };
    }
    // A slot freed keeps its bytes; only its tag says it is free.
    b.slot[3].key = key(40003);
    let listed: Vec<(u16, u32)> = b
        .flows()
        .map(|(k, f)| (u16::from_be(k.sport), f.backend))
        .collect();
    assert_eq!(listed, [(40001, 1), (40006, 6)]);
    assert!(!b.changing());
    b.seq = 7;
    assert!(b.changing(), "an odd sequence: a CPU holds the bucket");
}
