//! A generated corpus (tests/corpus) through `keepalived -t` and `rvs check`: they must
//! agree on valid vs invalid for every case, and every rvs error or warning must name
//! `file:line`. Runs in a namespace where the interfaces the corpus relies on exist.
//!
//! Needs root, iproute2 and keepalived 2.2.7 (`apt-get install keepalived`). The cases
//! are written under `$CARGO_TARGET_TMPDIR/keepalived_corpus/` (one directory a case,
//! kept after the run) with `report.txt` listing every verdict.

mod common;
mod corpus;

use common::{
    keepalived_t, namespace_with, require_keepalived, rvs_check, show, unplaced_diagnostics, Run,
};
use corpus::Case;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Cases where rvs deliberately differs from keepalived 2.2.7, each with the reason
/// (a keepalived bug the team decided not to copy). A listed case that disagrees is
/// reported, not failed; a listed case that agrees, or no longer exists, fails the
/// test so that the list stays true.
const ACCEPTED_DIFFERENCES: &[(&str, &str)] = &[
    ("include/self", LOOP),
    ("include/loop-a-b", LOOP),
    ("include/loop-via-glob", LOOP),
];

const LOOP: &str = "keepalived 2.2.7 follows an include loop until it runs out of file descriptors, logs 'Too many open files' and passes -t; rvs names the loop as an error (a known wart, not copied)";

/// Cases checked at once: the machine has few cores and other tests run too.
const WORKERS: usize = 3;

struct Outcome {
    keepalived: Run,
    rvs: Run,
}

fn write_case(root: &Path, index: usize, case: &Case) -> PathBuf {
    let dir = root.join(format!("case-{index:04}"));
    for (rel, text) in &case.files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("creating {}: {e}", parent.display()));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
    std::fs::write(dir.join("CASE"), format!("{}\n", case.name))
        .unwrap_or_else(|e| panic!("writing case name in {}: {e}", dir.display()));
    dir.join(&case.files[0].0)
}

/// keepalived's distinct messages for one case, a few of them, one per indented line.
/// keepalived prints most messages twice, `(Line N) msg` and `(FILE: Line N) msg`;
/// both become `line N: msg`.
fn gist(text: &str) -> String {
    let mut seen = Vec::new();
    for line in text.lines() {
        let place = line
            .strip_prefix('(')
            .and_then(|l| l.split_once(") "))
            .and_then(|(p, msg)| Some((p.rsplit_once("Line ")?.1, msg)));
        let short = match place {
            Some((n, msg)) => format!("line {n}: {msg}"),
            None => line.to_owned(),
        };
        if !seen.contains(&short) {
            seen.push(short);
        }
    }
    seen.iter()
        .take(4)
        .map(|m| {
            let m: String = m.chars().take(160).collect();
            format!("           keepalived: {m}\n")
        })
        .collect()
}

/// The file name alone: keepalived prints included files by the path it was given,
/// rvs by the full path.
fn base(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map_or(path.to_owned(), |n| n.to_string_lossy().into_owned())
}

/// `(FILE NAME, LINE)` of keepalived's `(FILE: Line N)` messages.
fn keepalived_places(text: &str) -> BTreeSet<(String, u32)> {
    text.lines()
        .filter_map(|l| {
            let (file, rest) = l.strip_prefix('(')?.split_once(": Line ")?;
            let (n, _) = rest.split_once(')')?;
            Some((base(file), n.parse().ok()?))
        })
        .collect()
}

/// `(FILE NAME, LINE)` of rvs's `FILE:LINE:COL: severity:` lines.
fn rvs_places(text: &str) -> BTreeSet<(String, u32)> {
    text.lines()
        .filter(|l| l.contains(": error: ") || l.contains(": warning: "))
        .filter_map(|l| {
            let mut parts = l.splitn(3, ':');
            let file = parts.next()?;
            let line = parts.next()?.parse().ok()?;
            Some((base(file), line))
        })
        .collect()
}

fn show_places(places: &BTreeSet<(String, u32)>) -> String {
    let list: Vec<String> = places.iter().map(|(f, l)| format!("{f}:{l}")).collect();
    if list.is_empty() {
        "nothing".to_owned()
    } else {
        list.join(", ")
    }
}

#[test]
fn rvs_check_agrees_with_keepalived_on_the_generated_corpus() {
    require_keepalived();
    // RVS_CORPUS_FILTER=TEXT keeps the cases whose name contains TEXT (the valid
    // templates always run), for quick iterations on one kind of case.
    let filter = std::env::var("RVS_CORPUS_FILTER").unwrap_or_default();
    let templates = corpus::valid_templates().len();
    let cases: Vec<Case> = corpus::generate()
        .into_iter()
        .enumerate()
        .filter(|(i, c)| *i < templates || c.name.contains(&filter))
        .map(|(_, c)| c)
        .collect();
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("keepalived_corpus");
    if root.exists() {
        std::fs::remove_dir_all(&root)
            .unwrap_or_else(|e| panic!("clearing {}: {e}", root.display()));
    }
    let mains: Vec<PathBuf> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| write_case(&root, i, c))
        .collect();
    let interfaces: BTreeSet<String> = corpus::INTERFACES.iter().map(|s| s.to_string()).collect();
    let ns = namespace_with("corpus", &interfaces);

    // The valid templates must really be valid, or every comparison built on them lies.
    for (case, main) in cases.iter().zip(&mains).take(templates) {
        let k = keepalived_t(&ns, main);
        assert!(
            k.valid(),
            "template {} ({}) is not valid for keepalived 2.2.7:\n{}",
            case.name,
            main.display(),
            k.text
        );
    }

    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> =
        Mutex::new((0..cases.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(main) = mains.get(i) else { break };
                let o = Outcome {
                    keepalived: keepalived_t(&ns, main),
                    rvs: rvs_check(&ns, main),
                };
                outcomes.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(o);
            });
        }
    });
    let outcomes: Vec<Outcome> = outcomes
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .map(|o| o.unwrap_or_else(|| panic!("a case was not run")))
        .collect();

    let mut report = String::from("keepalived rvs     case\n");
    let mut disagreements = Vec::new();
    let mut unplaced = Vec::new();
    let mut crashes = Vec::new();
    let mut accepted_diffs = Vec::new();
    let mut stale: Vec<String> = ACCEPTED_DIFFERENCES
        .iter()
        .filter(|(n, _)| !cases.iter().any(|c| c.name == *n))
        .filter(|_| filter.is_empty())
        .map(|(n, _)| format!("{n}: listed as an accepted difference but no such case"))
        .collect();
    // Both reject the file but no rvs diagnostic is on a line keepalived names:
    // reported, not asserted (keepalived sometimes names the line after the problem).
    let mut elsewhere = Vec::new();
    // category -> (cases, keepalived-invalid, agree)
    let mut per_category: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for ((case, main), o) in cases.iter().zip(&mains).zip(&outcomes) {
        let agree = o.keepalived.valid() == o.rvs.valid();
        let e = per_category.entry(case.category).or_default();
        e.0 += 1;
        e.1 += usize::from(!o.keepalived.valid());
        e.2 += usize::from(agree);
        report.push_str(&format!(
            "{:10} {:7} {} ({})\n{}",
            o.keepalived.verdict(),
            o.rvs.verdict(),
            case.name,
            main.display(),
            gist(&o.keepalived.text)
        ));
        let accepted = ACCEPTED_DIFFERENCES.iter().find(|(n, _)| *n == case.name);
        match (agree, accepted) {
            // keepalived follows an include loop until it runs out of descriptors;
            // on a loaded machine it may not get there before the run limit, which
            // says nothing about its verdict.
            (true, Some((_, why))) if o.keepalived.code.is_none() => {
                accepted_diffs.push(format!("{}: {why} (keepalived timed out here)", case.name))
            }
            (true, Some((_, why))) => stale.push(format!(
                "{}: listed as an accepted difference ({why}) but rvs now agrees",
                case.name
            )),
            (false, Some((_, why))) => accepted_diffs.push(format!("{}: {why}", case.name)),
            _ => {}
        }
        if !agree && accepted.is_none() {
            disagreements.push(show(
                &format!("{} ({})", case.name, main.display()),
                &o.keepalived,
                &o.rvs,
            ));
        }
        if o.rvs.rvs_crashed() {
            crashes.push(format!(
                "{} ({}): exit {:?}\n{}",
                case.name,
                main.display(),
                o.rvs.code,
                o.rvs.text
            ));
        }
        let lines = unplaced_diagnostics(&o.rvs.text);
        if !lines.is_empty() {
            unplaced.push(format!("{}: {}", case.name, lines.join(" | ")));
        }
        let k_places = keepalived_places(&o.keepalived.text);
        let r_places = rvs_places(&o.rvs.text);
        if !o.keepalived.valid()
            && !o.rvs.valid()
            && !k_places.is_empty()
            && k_places.is_disjoint(&r_places)
        {
            elsewhere.push(format!(
                "{}: keepalived points at {}, rvs at {}",
                case.name,
                show_places(&k_places),
                show_places(&r_places)
            ));
        }
    }
    let total_agree = cases.len() - disagreements.len() - accepted_diffs.len();
    let mut summary = format!(
        "{total_agree} agree, {} disagree, {} accepted differences ({} cases)\n\ncategory             cases  keepalived-invalid  agree\n",
        disagreements.len(),
        accepted_diffs.len(),
        cases.len()
    );
    for (cat, (n, bad, agree)) in &per_category {
        summary.push_str(&format!("{cat:20} {n:5}  {bad:18}  {agree:5}\n"));
    }
    summary.push_str(&format!(
        "\n{} cases where both reject the file but on different lines (listed at the end)\n",
        elsewhere.len()
    ));
    report = format!(
        "{summary}\n{report}\n{}\nrejected on different lines:\n{}\n",
        disagreements.join("\n"),
        elsewhere.join("\n")
    );
    let report_path = root.join("report.txt");
    std::fs::write(&report_path, &report)
        .unwrap_or_else(|e| panic!("writing {}: {e}", report_path.display()));
    println!("{report}");
    println!("{summary}full report: {}", report_path.display());

    if !accepted_diffs.is_empty() {
        println!("accepted differences:\n{}", accepted_diffs.join("\n"));
    }
    assert!(
        stale.is_empty(),
        "stale ACCEPTED_DIFFERENCES entries:\n{}",
        stale.join("\n")
    );
    assert!(
        crashes.is_empty(),
        "rvs check crashed on {} cases:\n{}",
        crashes.len(),
        crashes.join("\n")
    );
    assert!(
        disagreements.is_empty() && unplaced.is_empty(),
        "{summary}\n{} rvs diagnostics without file:line:\n{}\n\nfirst disagreements (all in {}):\n\n{}",
        unplaced.len(),
        unplaced.iter().take(10).cloned().collect::<Vec<_>>().join("\n"),
        report_path.display(),
        disagreements.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
}
