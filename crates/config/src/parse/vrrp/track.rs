//! Tracked objects (`vrrp_script`, `track_file`, `vrrp_track_process`,
//! `bfd_instance`), `track_*` reference blocks, notify scripts, sync groups.

use super::unknown;
use crate::diagnostic::DiagKind;
use crate::model::vrrp::{
    BfdInstance, GarpGroup, InitFile, Notify, Script, SyncGroup, TrackFile, TrackProcess, TrackRef,
    Tracking, VrrpScript,
};
use crate::model::Secs;
use crate::parse::value::{self, need};
use crate::parse::Cx;
use crate::parse::ScriptSite;
use crate::tree::{Stmt, Word};

/// The block's statements.
pub(super) fn body(s: &Stmt) -> &[Stmt] {
    s.block.as_ref().map_or(&[], |b| &b.body)
}

/// The block's name (`vrrp_script NAME {`), or an error at the keyword.
pub(super) fn name(s: &Stmt, cx: &mut Cx<'_>) -> Option<String> {
    need(s, 0, "a name", cx).map(|w| w.text.to_string())
}

/// The one word naming an instance or sync group; keepalived skips the block otherwise.
pub(super) fn single_name(s: &Stmt, cx: &mut Cx<'_>) -> Option<String> {
    if s.args.len() > 1 {
        cx.diags.error(
            DiagKind::BadValue,
            s.span(),
            format!("{} must have a single name", s.keyword.text),
        );
        return None;
    }
    name(s, cx)
}

/// `notify_* "COMMAND ARGS" [USER [GROUP]]`.
/// A script line; `vrrp_script` names the `vrrp_script` block it belongs to.
pub(super) fn script(s: &Stmt, vrrp_script: Option<&str>, cx: &mut Cx<'_>) -> Option<Script> {
    let cmd = need(s, 0, "a script", cx)?;
    let script = Script {
        command: cmd.text.to_string(),
        user: s.arg(1).map(|w| w.text.to_string()),
        group: s.arg(2).map(|w| w.text.to_string()),
    };
    cx.scripts
        .extend(ScriptSite::new(s.span(), &script, vrrp_script));
    Some(script)
}

/// Handles a notify keyword into `n`; `false` when `s` is not one.
pub(super) fn notify_keyword(s: &Stmt, n: &mut Notify, cx: &mut Cx<'_>) -> bool {
    let slot = match s.keyword.text.as_str() {
        "notify_master" => &mut n.notify_master,
        "notify_backup" => &mut n.notify_backup,
        "notify_fault" => &mut n.notify_fault,
        "notify_stop" => &mut n.notify_stop,
        "notify_deleted" => &mut n.notify_deleted,
        "notify" => &mut n.notify,
        "notify_master_rx_lower_pri" => &mut n.notify_master_rx_lower_pri,
        "notify_priority_changes" => {
            if let Some(b) = value::boolean(s, cx) {
                n.notify_priority_changes = b;
            }
            return true;
        }
        _ => return false,
    };
    // `notify_deleted` alone only sends "DELETED" to `notify` and the FIFOs.
    if s.keyword.text == "notify_deleted" && s.args.is_empty() {
        return true;
    }
    if slot.is_some() {
        cx.diags.warning(
            DiagKind::Conflict,
            s.span(),
            format!("{} script already specified - ignoring", s.keyword.text),
        );
    } else {
        *slot = script(s, None, cx);
    }
    true
}

/// keepalived reports words between a block keyword and its `{`.
pub(super) fn no_block_args(s: &Stmt, cx: &mut Cx<'_>) {
    if let Some(first) = s.args.first() {
        cx.diags.warning(
            DiagKind::Syntax,
            first.span,
            format!("block {} has extra parameters", s.keyword.text),
        );
    }
}

/// `weight N [reverse]` at `args[i..]`: (weight, reverse).
fn weight_at(s: &Stmt, i: usize, min: i64, max: i64, cx: &mut Cx<'_>) -> (Option<i32>, bool) {
    let mut weight = None;
    let mut reverse = false;
    let mut j = i;
    while let Some(w) = s.arg(j) {
        match w.text.as_str() {
            "weight" => {
                if let Some(v) = need(s, j + 1, "a weight", cx) {
                    weight = value::int(v, min, max, cx).map(|v| v as i32);
                }
                j += 2;
            }
            "reverse" => {
                reverse = true;
                j += 1;
            }
            _ => {
                cx.diags.warning(
                    DiagKind::UnknownKeyword,
                    w.span,
                    format!("unknown option '{}' for '{}'", w.text, s.keyword.text),
                );
                j += 1;
            }
        }
    }
    (weight, reverse)
}

/// A `track_*` block: one `NAME [weight N [reverse]]` per line; a name
/// given twice is reported and ignored, as keepalived does.
fn track_refs(s: &Stmt, min: i64, max: i64, cx: &mut Cx<'_>) -> Vec<TrackRef> {
    let mut out: Vec<TrackRef> = Vec::new();
    for l in body(s) {
        let (weight, reverse) = weight_at(l, 0, min, max, cx);
        if out.iter().any(|r| r.name == l.keyword.text) {
            cx.diags.warning(
                DiagKind::Conflict,
                l.keyword.span,
                format!("duplicate {} {} - ignoring", s.keyword.text, l.keyword.text),
            );
            continue;
        }
        out.push(TrackRef {
            name: l.keyword.text.to_string(),
            weight,
            reverse,
        });
    }
    out
}

/// Handles a `track_*` block into `t`; `false` when `s` is not one.
pub(super) fn track_keyword(s: &Stmt, t: &mut Tracking, cx: &mut Cx<'_>) -> bool {
    let kw = s.keyword.text.as_str();
    if matches!(
        kw,
        "track_interface" | "track_script" | "track_file" | "track_process" | "track_bfd"
    ) {
        no_block_args(s, cx);
    }
    match kw {
        "track_interface" => t.track_interface.extend(track_refs(s, -253, 253, cx)),
        "track_script" => t.track_script.extend(track_refs(s, -253, 253, cx)),
        "track_file" => t.track_file.extend(track_refs(s, -254, 254, cx)),
        "track_process" => t.track_process.extend(track_refs(s, -254, 254, cx)),
        "track_bfd" => t.track_bfd.extend(track_refs(s, -253, 253, cx)),
        _ => return false,
    }
    true
}

/// `weight N [reverse]` of a tracked object, N in [-max, max]; a bad value keeps `default`.
fn object_weight(l: &Stmt, max: i64, default: i32, cx: &mut Cx<'_>) -> (i32, bool) {
    let weight = need(l, 0, "a weight", cx)
        .and_then(|w| value::int(w, -max, max, cx))
        .map_or(default, |v| v as i32);
    let mut reverse = false;
    for w in &l.args[l.args.len().min(1)..] {
        if w.text == "reverse" {
            reverse = true;
        } else {
            cx.diags.warning(
                DiagKind::UnknownKeyword,
                w.span,
                format!("unknown weight option '{}'", w.text),
            );
        }
    }
    (weight, reverse)
}

fn secs(s: &Stmt, min: f64, max: f64, cx: &mut Cx<'_>) -> Option<Secs> {
    need(s, 0, "seconds", cx)
        .and_then(|w| value::seconds_us(w, min, max, cx))
        .map(Secs)
}

fn count(s: &Stmt, min: u64, max: u64, cx: &mut Cx<'_>) -> Option<u32> {
    need(s, 0, "a number", cx)
        .and_then(|w| value::uint(w, min, max, cx))
        .map(|v| v as u32)
}

pub(super) fn vrrp_script(s: &Stmt, cx: &mut Cx<'_>) -> Option<VrrpScript> {
    let name = name(s, cx)?;
    let mut sc = VrrpScript {
        name,
        script: None,
        interval: Secs::from_secs(1),
        timeout: Secs(0),
        weight: 0,
        weight_reverse: false,
        rise: 1,
        fall: 1,
        init_fail: false,
    };
    let mut timeout = None;
    for l in body(s) {
        match l.keyword.text.as_str() {
            "script" => sc.script = script(l, Some(&sc.name), cx),
            "interval" => sc.interval = secs(l, 0.000001, 4294.0, cx).unwrap_or(sc.interval),
            "timeout" => timeout = secs(l, 0.000001, 4294.0, cx).or(timeout),
            "weight" => (sc.weight, sc.weight_reverse) = object_weight(l, 253, 0, cx),
            "rise" => sc.rise = count(l, 1, u32::MAX as u64, cx).unwrap_or(sc.rise),
            "fall" => sc.fall = count(l, 1, u32::MAX as u64, cx).unwrap_or(sc.fall),
            "user" => {
                if let (Some(sc), Some(u)) = (sc.script.as_mut(), need(l, 0, "a user", cx)) {
                    sc.user = Some(u.text.to_string());
                    sc.group = l.arg(1).map(|g| g.text.to_string());
                }
            }
            "init_fail" => sc.init_fail = true,
            _ => unknown(l, "vrrp_script", cx),
        }
    }
    sc.timeout = timeout.unwrap_or(sc.interval);
    if sc.script.is_none() {
        cx.diags.warning(
            DiagKind::MissingValue,
            s.keyword.span,
            format!("no script set for vrrp_script {} - removing", sc.name),
        );
        return None;
    }
    Some(sc)
}

pub(super) fn track_file(s: &Stmt, cx: &mut Cx<'_>) -> Option<TrackFile> {
    let name = name(s, cx)?;
    let mut f = TrackFile {
        name,
        file: None,
        weight: 1,
        weight_reverse: false,
        init_file: None,
    };
    for l in body(s) {
        match l.keyword.text.as_str() {
            "file" if f.file.is_some() => already(l, "file", "track file", &f.name, cx),
            "file" => f.file = need(l, 0, "a file name", cx).map(|w| w.text.to_string()),
            "weight" => (f.weight, f.weight_reverse) = object_weight(l, 254, 1, cx),
            "init_file" => {
                let mut init = InitFile {
                    value: 0,
                    overwrite: false,
                };
                for w in &l.args {
                    if w.text == "overwrite" {
                        init.overwrite = true;
                    } else if let Some(v) = value::int(w, -254, 254, cx) {
                        init.value = v;
                    }
                }
                f.init_file = Some(init);
            }
            _ => unknown(l, "track_file", cx),
        }
    }
    if f.file.is_none() {
        cx.diags.warning(
            DiagKind::MissingValue,
            s.keyword.span,
            format!("no file set for track_file {} - removing", f.name),
        );
        return None;
    }
    Some(f)
}

pub(super) fn track_process(s: &Stmt, cx: &mut Cx<'_>) -> Option<TrackProcess> {
    let name = name(s, cx)?;
    let mut p = TrackProcess {
        name,
        process: None,
        params: Vec::new(),
        param_match: None,
        full_command: false,
        quorum: 1,
        quorum_max: None,
        weight: 0,
        weight_reverse: false,
        delay: None,
        terminate_delay: None,
        fork_delay: None,
    };
    for l in body(s) {
        match l.keyword.text.as_str() {
            "process" if p.process.is_some() => already(l, "process", "track process", &p.name, cx),
            "process" => {
                if let Some(w) = need(l, 0, "a process name", cx) {
                    p.process = Some(w.text.to_string());
                    p.params = l.args[1..].iter().map(|w| w.text.to_string()).collect();
                }
            }
            "param_match" => {
                if let Some(w) = need(l, 0, "initial or partial", cx) {
                    if matches!(w.text.as_str(), "initial" | "partial") {
                        p.param_match = Some(w.text.to_string());
                    } else {
                        cx.diags.warning(
                            DiagKind::BadValue,
                            w.span,
                            format!("invalid param_match type {} - ignoring", w.text),
                        );
                    }
                }
            }
            "full_command" => p.full_command = true,
            "quorum" => p.quorum = count(l, 1, 255, cx).unwrap_or(p.quorum),
            "quorum_max" => p.quorum_max = count(l, 0, 255, cx),
            "weight" => (p.weight, p.weight_reverse) = object_weight(l, 253, 0, cx),
            "delay" => p.delay = secs(l, 0.000001, 3600.0, cx),
            "terminate_delay" => p.terminate_delay = secs(l, 0.000001, 3600.0, cx),
            "fork_delay" => p.fork_delay = secs(l, 0.000001, 3600.0, cx),
            _ => unknown(l, "vrrp_track_process", cx),
        }
    }
    if p.process.is_none() {
        cx.diags.warning(
            DiagKind::MissingValue,
            s.keyword.span,
            format!(
                "no process set for vrrp_track_process {} - removing",
                p.name
            ),
        );
        return None;
    }
    Some(p)
}

const BFD_KEYWORDS: &[&str] = &[
    "checker",
    "hoplimit",
    "idle_tx",
    "max_hops",
    "min_rx",
    "min_tx",
    "multiplier",
    "passive",
    "ttl",
    "vrrp",
    "weight",
];

pub(super) fn bfd_instance(s: &Stmt, cx: &mut Cx<'_>) -> Option<BfdInstance> {
    let name = name(s, cx)?;
    let mut b = BfdInstance {
        name,
        neighbor_ip: None,
        source_ip: None,
        settings: Vec::new(),
    };
    for l in body(s) {
        match l.keyword.text.as_str() {
            "neighbor_ip" | "neighbour_ip" => {
                b.neighbor_ip = need(l, 0, "an address", cx).and_then(|w| value::ip(w, cx))
            }
            "source_ip" => {
                b.source_ip = need(l, 0, "an address", cx).and_then(|w| value::ip(w, cx))
            }
            k if BFD_KEYWORDS.contains(&k) => {
                bfd_value(l, cx);
                b.settings.push(
                    std::iter::once(&l.keyword)
                        .chain(&l.args)
                        .map(|w| w.text.to_string())
                        .collect(),
                );
            }
            _ => unknown(l, "bfd_instance", cx),
        }
    }
    if b.neighbor_ip.is_none() {
        cx.diags.warning(
            DiagKind::MissingValue,
            s.keyword.span,
            format!(
                "BFD instance {} has no neighbor address set, disabling instance",
                b.name
            ),
        );
    }
    Some(b)
}

/// Range checks of the BFD settings rvs keeps as written (keepalived's ranges;
/// times in milliseconds).
fn bfd_value(l: &Stmt, cx: &mut Cx<'_>) {
    // The intervals are decimal milliseconds.
    let interval = match l.keyword.text.as_str() {
        "min_rx" | "min_tx" => Some(1.0),
        "idle_tx" => Some(1000.0),
        _ => None,
    };
    if let Some(min) = interval {
        if let Some(w) = need(l, 0, "milliseconds", cx) {
            if !w
                .text
                .parse::<f64>()
                .is_ok_and(|v| (min..=4_294_967.0).contains(&v))
            {
                cx.diags.error(
                    DiagKind::BadValue,
                    w.span,
                    format!("'{}' is outside [{min}, 4294967] milliseconds", w.text),
                );
            }
        }
        return;
    }
    let (min, max) = match l.keyword.text.as_str() {
        "multiplier" | "ttl" | "hoplimit" => (1, 255),
        "max_hops" => (-1, 255),
        "weight" => (-253, 253),
        _ => return,
    };
    if let Some(w) = need(l, 0, "a value", cx) {
        value::int(w, min, max, cx);
    }
}

/// A setting given twice in one block: keepalived keeps the first.
fn already(l: &Stmt, what: &str, block: &str, name: &str, cx: &mut Cx<'_>) {
    cx.diags.warning(
        DiagKind::Conflict,
        l.span(),
        format!("{what} already set for {block} {name} - ignoring"),
    );
}

/// `None` when it sets no interval (keepalived removes it and says so).
pub(super) fn garp_group(s: &Stmt, dynamic: bool, cx: &mut Cx<'_>) -> Option<GarpGroup> {
    let mut g = GarpGroup {
        interfaces: Vec::new(),
        garp_interval: None,
        gna_interval: None,
    };
    for l in body(s) {
        match l.keyword.text.as_str() {
            "interface" | "interfaces" => {
                let words: Vec<&Word> = if l.keyword.text == "interface" {
                    l.args.iter().collect()
                } else {
                    body(l)
                        .iter()
                        .flat_map(|s| std::iter::once(&s.keyword).chain(&s.args))
                        .collect()
                };
                for w in words {
                    super::addr::check_dev(w, "garp_group", dynamic, cx);
                    g.interfaces.push(w.text.to_string());
                }
            }
            "garp_interval" => g.garp_interval = secs(l, 0.0, 4294.967295, cx),
            "gna_interval" => g.gna_interval = secs(l, 0.0, 4294.967295, cx),
            _ => unknown(l, "garp_group", cx),
        }
    }
    if g.garp_interval.is_none() && g.gna_interval.is_none() {
        cx.diags.warning(
            DiagKind::MissingValue,
            s.keyword.span,
            "garp group does not have any delay set - removing",
        );
        return None;
    }
    Some(g)
}

pub(super) fn sync_group(s: &Stmt, cx: &mut Cx<'_>) -> Option<SyncGroup> {
    let name = single_name(s, cx)?;
    let mut g = SyncGroup {
        name,
        group: Vec::new(),
        notify: Notify::default(),
        smtp_alert: false,
        global_tracking: false,
        sync_group_tracking_weight: false,
        track: Tracking::default(),
    };
    for l in body(s) {
        if notify_keyword(l, &mut g.notify, cx) || track_keyword(l, &mut g.track, cx) {
            continue;
        }
        match l.keyword.text.as_str() {
            "group" if !g.group.is_empty() => cx.diags.warning(
                DiagKind::Conflict,
                l.keyword.span,
                format!("group list already specified for sync group {}", g.name),
            ),
            "group" => g.group.extend(value::block_words(l)),
            "smtp_alert" => g.smtp_alert = value::boolean(l, cx).unwrap_or(g.smtp_alert),
            "global_tracking" => {
                cx.diags.warning(
                    DiagKind::Conflict,
                    l.keyword.span,
                    format!(
                        "({}) global_tracking is deprecated; use track_interface/script/file \
                         on the sync group",
                        g.name
                    ),
                );
                g.global_tracking = true;
            }
            "sync_group_tracking_weight" => g.sync_group_tracking_weight = true,
            _ => unknown(l, "vrrp_sync_group", cx),
        }
    }
    Some(g)
}
