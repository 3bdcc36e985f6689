//! Where the time of a configuration check goes, stage by stage: lexing alone,
//! lexing and building the statement tree, and the whole check
//! (`rvs_config::check`, which also parses and validates). Each stage runs a
//! few times; the least CPU time of this thread is printed.
//!
//! Run: `cargo run --release -p rvs-config --example check_stages -- FILE`,
//! e.g. on the file that `cargo bench -p rvs --bench check_vs_keepalived`
//! writes (`target/tmp/check_vs_keepalived/keepalived.conf`). This program
//! uses the system allocator where the `rvs` binary uses mimalloc, so compare
//! the stages with each other rather than with `rvs check`.

use rvs_config::{lexer, tree, AnyHost, Diagnostics, LexOptions, SourceMap};
use std::path::Path;

const RUNS: usize = 5;

/// Seconds this thread has run on a CPU (a loaded machine blurs wall time).
fn thread_cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// The least CPU time of `RUNS` runs of `stage`, in milliseconds, and what
/// the last run counted.
fn best(stage: impl Fn() -> usize) -> (f64, usize) {
    let mut least = f64::MAX;
    let mut count = 0;
    for _ in 0..RUNS {
        let start = thread_cpu();
        count = stage();
        least = least.min(thread_cpu() - start);
    }
    (least * 1e3, count)
}

fn main() {
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: check_stages FILE");
        std::process::exit(2);
    };
    let path = Path::new(&file);
    let opts = LexOptions::default();
    let (lex, tokens) = best(|| {
        let mut sources = SourceMap::default();
        let mut lexer = lexer::open_file(path, &opts, &mut sources);
        let mut tokens = 0;
        while lexer.advance() {
            tokens += lexer.line().tokens().len();
        }
        tokens
    });
    let (tree, stmts) = best(|| {
        let mut sources = SourceMap::default();
        let mut diags = Diagnostics::default();
        let mut stmts = tree::Statements::new(lexer::open_file(path, &opts, &mut sources));
        let mut n = 0;
        while stmts.next_stmt(&mut diags).is_some() {
            n += 1;
        }
        n
    });
    let (check, diags) = best(|| rvs_config::check(path, &opts, &AnyHost).diagnostics.len());
    println!("lex only:          {lex:7.1} ms CPU ({tokens} tokens)");
    println!("lex + tree:        {tree:7.1} ms CPU ({stmts} top-level statements)");
    println!("whole check:       {check:7.1} ms CPU ({diags} diagnostics)");
    println!(
        "shares of the check: lexer {:.0}%, tree {:.0}%, parser and validation {:.0}%",
        lex / check * 100.0,
        (tree - lex) / check * 100.0,
        (check - tree) / check * 100.0
    );
}
