//! The keepalived.conf lexer on real files: every feature of keepalived 2.2.7's
//! `read_line` level, with the places tokens point at and the diagnostics
//! (and their severities, which decide whether `rvs check` fails as
//! `keepalived -t` does).

use rvs_config::lexer::{lex_file, LexOptions, Line, TokenKind};
use rvs_config::{tree, DiagKind, Diagnostic, Diagnostics, Severity, SourceMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A directory of config files for one test, removed on drop.
struct Dir(PathBuf);

impl Dir {
    fn new() -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let p = std::env::temp_dir().join(format!(
            "rvs-lexer-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&p).expect("creating the test directory");
        Dir(p)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("creating a subdirectory");
        }
        std::fs::write(&p, text).expect("writing a config file");
        p
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Lexed {
    lines: Vec<Line>,
    diags: Vec<Diagnostic>,
    sources: SourceMap,
}

impl Lexed {
    /// Each line's words joined by one space.
    fn texts(&self) -> Vec<String> {
        self.lines
            .iter()
            .map(|l| {
                l.tokens()
                    .iter()
                    .map(|t| l.word(t))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// (file name, line, column) of token `tok` of line `line`.
    fn place(&self, line: usize, tok: usize) -> (String, u32, u32) {
        let s = self.lines[line].tokens()[tok].span;
        let name = self
            .sources
            .path(s.file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        (name, s.line, s.col)
    }

    fn diags_of(&self, kind: DiagKind) -> Vec<(Severity, String)> {
        self.diags
            .iter()
            .filter(|d| d.kind == kind)
            .map(|d| (d.severity, d.message.clone()))
            .collect()
    }

    fn fails_check(&self) -> bool {
        self.diags.iter().any(|d| d.severity.fails_check())
    }
}

fn lex_with(path: &Path, opts: &LexOptions) -> Lexed {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let lines = lex_file(path, opts, &mut sources, &mut diags);
    Lexed {
        lines,
        diags: diags.into_vec(),
        sources,
    }
}

fn opts() -> LexOptions {
    LexOptions {
        config_id: Some("lb1".into()),
    }
}

fn lex(path: &Path) -> Lexed {
    lex_with(path, &opts())
}

fn lex_str(text: &str) -> Lexed {
    let d = Dir::new();
    let p = d.write("keepalived.conf", text);
    lex(&p)
}

#[test]
fn braces_get_lines_of_their_own() {
    let l = lex_str(
        "global_defs { router_id a }\nvrrp_instance VI\n{\n  state MASTER\n} vrrp_script s {\n}\n",
    );
    assert_eq!(
        l.texts(),
        [
            "global_defs",
            "{",
            "router_id a",
            "}",
            "vrrp_instance VI",
            "{",
            "state MASTER",
            "}",
            "vrrp_script s",
            "{",
            "}"
        ]
    );
    assert_eq!(l.lines[1].tokens()[0].kind, TokenKind::Open);
    assert_eq!(l.lines[3].tokens()[0].kind, TokenKind::Close);
    assert_eq!(l.place(2, 1), ("keepalived.conf".into(), 1, 25));
    assert_eq!(l.place(3, 0), ("keepalived.conf".into(), 1, 27));
    assert_eq!(l.place(8, 0), ("keepalived.conf".into(), 5, 3));
    assert!(l.diags.is_empty(), "{:?}", l.diags);
}

#[test]
fn comments_and_quotes() {
    let l = lex_str(
        "a b # comment\n! whole line\nc \"d # e\" f ! g\nh \\#i\nnotify \"/bin/x {y}\" 'p q'\n",
    );
    // keepalived 2.2.7 reads `\#` as `#` once, then decomments the result again
    // in its child processes, so an escaped `#` still ends the line.
    assert_eq!(
        l.texts(),
        ["a b", "c d # e f", "h", "notify /bin/x {y} 'p q'"]
    );
    let quoted = &l.lines[1].tokens()[1];
    assert!(quoted.quoted);
    assert_eq!((quoted.span.col, quoted.span.len), (3, 7));
    // Single quotes do not group plain words (keepalived's alloc_strvec)…
    assert_eq!(l.lines[3].tokens().len(), 4);
    // …but script keywords re-read the line with quotes and escapes.
    let stmts = tree::build(&l.lines, &mut Diagnostics::default());
    assert_eq!(
        stmts[3].escaped_words().expect("quotes match"),
        ["notify", "/bin/x {y}", "p q"]
    );
}

#[test]
fn unterminated_quote_is_a_syntax_error() {
    let l = lex_str("global_defs {\n router_id \"abc\n}\n");
    assert_eq!(l.texts(), ["global_defs", "{", "router_id", "}"]);
    let errs = l.diags_of(DiagKind::Syntax);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].0, Severity::Error);
    assert_eq!(l.diags[0].span.map(|s| (s.line, s.col)), Some((2, 12)));
}

#[test]
fn a_trailing_backslash_only_continues_definitions() {
    // keepalived 2.2.7 has no general line continuation: `b` is a keyword of its own.
    let l = lex_str("router_id a \\\nb\n");
    assert_eq!(l.texts(), ["router_id a\\", "b"]);
}

#[test]
fn definitions_substitute_and_point_at_the_reference() {
    let l = lex_str(
        "$PRIO=100\n$NET=10.0\nvrrp_instance VI {\n priority $PRIO\n addr ${NET}.0.1 $NET.2\n}\n",
    );
    assert_eq!(
        l.texts(),
        [
            "vrrp_instance VI",
            "{",
            "priority 100",
            "addr 10.0.0.1 $NET.2",
            "}"
        ]
    );
    assert_eq!(l.place(2, 1), ("keepalived.conf".into(), 4, 11));
    assert_eq!(l.lines[2].tokens()[1].span.len, 5);
    // `$NET.2` is not a reference (a name must end at a blank, `,` or `)`).
    let notes = l.diags_of(DiagKind::Definition);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, Severity::Note);
    assert!(!l.fails_check());
}

#[test]
fn undefined_names_stay_literal_with_a_note() {
    let l = lex_str("global_defs {\n router_id $X ${Y}\n}\n");
    // As in keepalived, the braces of an undefined `${Y}` split the line.
    assert_eq!(
        l.texts(),
        ["global_defs", "{", "router_id $X $", "{", "Y", "}", "}"]
    );
    let notes = l.diags_of(DiagKind::Definition);
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| n.0 == Severity::Note));
    assert!(notes[0].1.contains("'X'"), "{notes:?}");
    assert_eq!(
        l.diags[0].span.map(|s| (s.line, s.col, s.len)),
        Some((2, 12, 2))
    );
    // Shell variables of a quoted script line are left alone.
    let l = lex_str("notify \"/bin/sh -c 'echo $HOME'\"\n");
    assert!(l.diags.is_empty(), "{:?}", l.diags);
}

#[test]
fn multiline_definitions_expand_to_lines() {
    let l = lex_str(
        "$VS= \\\nvirtual_server 10.0.0.${N} 80 { \\\n  lb_algo rr \\\n}\n$N=1\n$VS\n$N=2\n$VS\n",
    );
    assert_eq!(
        l.texts(),
        [
            "virtual_server 10.0.0.1 80",
            "{",
            "lb_algo rr",
            "}",
            "virtual_server 10.0.0.2 80",
            "{",
            "lb_algo rr",
            "}"
        ]
    );
    // Every expanded token points at the `$VS` that produced it.
    assert_eq!(l.place(2, 0), ("keepalived.conf".into(), 6, 1));
    assert_eq!(l.place(6, 1), ("keepalived.conf".into(), 8, 1));
}

#[test]
fn a_blank_line_ends_a_multiline_definition() {
    let l = lex_str("$M=a \\\nb \\\n\nc\n$M\n");
    assert_eq!(l.texts(), ["c", "a", "b"]);
}

#[test]
fn recursive_definition_is_an_error_not_a_hang() {
    // keepalived 2.2.7 loops for ever on this one.
    let l = lex_str("$A=$A\nglobal_defs {\n router_id $A\n}\n");
    let errs = l.diags_of(DiagKind::Definition);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].0, Severity::Error);
    assert_eq!(l.texts(), ["global_defs", "{", "}"]);
    // This one grows until keepalived's line buffer is full, then stops.
    let l = lex_str("$A=x $A\nglobal_defs {\n router_id $A\n}\n");
    let errs = l.diags_of(DiagKind::Definition);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].0, Severity::Warning);
    assert!(l.texts()[2].starts_with("router_id x x x"));
}

#[test]
fn predefined_names() {
    let d = Dir::new();
    let main = d.write(
        "keepalived.conf",
        "a ${_INSTANCE} \"${_HASH}x${_BANG}\" ${_RANDOM 5 7}\ninclude sub/*.conf\n",
    );
    d.write("sub/one.conf", "pwd $_PWD\n");
    let l = lex(&main);
    let t = l.texts();
    assert!(t[0].starts_with("a lb1 #x! "), "{t:?}");
    let r: u32 = t[0]
        .rsplit(' ')
        .next()
        .and_then(|v| v.parse().ok())
        .expect("a number");
    assert!((5..=7).contains(&r), "{r}");
    let sub = std::fs::canonicalize(d.0.join("sub")).expect("sub exists");
    assert_eq!(t[1], format!("pwd {}", sub.display()));
}

#[test]
fn config_id_lines() {
    let text = "@lb1 a\n@lb2 b\n@^lb1 c\n@^lb2 d\n$P=@lb1\n$P e\n@lb1 $Q=7\nq $Q\n";
    let d = Dir::new();
    let p = d.write("k.conf", text);
    assert_eq!(lex(&p).texts(), ["a", "d", "e", "q 7"]);
    let other = LexOptions {
        config_id: Some("lb2".into()),
    };
    assert_eq!(lex_with(&p, &other).texts(), ["b", "c", "q $Q"]);
}

#[test]
fn sequences() {
    let l = lex_str(
        "~SEQ(i, 1, 3) vip 10.0.0.$i\n~SEQx(h,0x9,0xb) v6 fe80::${h}\n~SEQ(a,2) ~SEQ(b,2) p ${a}${b}\n~LST({n,w},{x,1},{y,2}) rs $n $w\n",
    );
    assert_eq!(
        l.texts(),
        [
            "vip 10.0.0.1",
            "vip 10.0.0.2",
            "vip 10.0.0.3",
            "v6 fe80::9",
            "v6 fe80::a",
            "v6 fe80::b",
            "p 11",
            "p 12",
            "p 21",
            "p 22",
            "rs x 1",
            "rs y 2"
        ]
    );
    assert_eq!(l.place(1, 0), ("keepalived.conf".into(), 1, 15));
    assert!(l.diags.is_empty(), "{:?}", l.diags);
}

#[test]
fn sequence_in_braces_and_from_a_definition() {
    let l = lex_str("$S=~SEQ(i,2) ip $i\nvirtual_ipaddress {\n $S\n}\n");
    assert_eq!(l.texts(), ["virtual_ipaddress", "{", "ip 1", "ip 2", "}"]);
}

#[test]
fn bad_sequences_are_definition_errors() {
    let l = lex_str("~SEQ(i,1,0,3) a $i\n~SEQ(i) b\n~LST(a)\nafter\n");
    assert_eq!(l.texts(), ["after"]);
    let errs = l.diags_of(DiagKind::Definition);
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(errs.iter().all(|e| e.0 == Severity::Error));
    assert!(errs[0].1.contains("invalid ~SEQ values"), "{errs:?}");
}

#[test]
fn includes_resolve_from_the_including_file() {
    let d = Dir::new();
    let main = d.write("keepalived.conf", "top\ninclude conf.d/*.conf\nend\n");
    d.write("conf.d/b.conf", "b1\ninclude ../extra/{x,y}.inc\n");
    d.write("conf.d/a.conf", "a1\n");
    d.write("conf.d/skip.txt", "never\n");
    d.write("extra/x.inc", "x1\n");
    d.write("extra/y.inc", "y1\n");
    let l = lex(&main);
    assert_eq!(l.texts(), ["top", "a1", "b1", "x1", "y1", "end"]);
    assert_eq!(l.place(2, 0), ("b.conf".into(), 1, 1));
    assert_eq!(l.place(4, 0), ("y.inc".into(), 1, 1));
    assert_eq!(l.place(5, 0), ("keepalived.conf".into(), 3, 1));
    assert!(l.diags.is_empty(), "{:?}", l.diags);
}

#[test]
fn include_loop_is_reported_not_followed() {
    let d = Dir::new();
    let main = d.write("keepalived.conf", "include a.conf\nmain\n");
    d.write("a.conf", "a\ninclude b.conf\n");
    d.write("b.conf", "b\ninclude a.conf\ninclude keepalived.conf\n");
    let l = lex(&main);
    assert_eq!(l.texts(), ["a", "b", "main"]);
    let errs = l.diags_of(DiagKind::Include);
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(errs
        .iter()
        .all(|e| e.0 == Severity::Error && e.1.contains("loop")));
}

#[test]
fn missing_includes_follow_keepalived_severities() {
    let d = Dir::new();
    d.write("one.conf", "one\n");
    let cases: &[(&str, Option<Severity>, &[&str])] = &[
        // keepalived 2.2.7 only logs these and `-t` passes.
        ("include nope.conf", Some(Severity::Note), &[]),
        ("includer nope.conf", Some(Severity::Note), &[]),
        ("include nodir/*.conf", Some(Severity::Note), &[]),
        ("include *.none", None, &[]),
        ("includem *.none", None, &[]),
        ("include {one,nope}.conf", Some(Severity::Note), &["one"]),
        ("include \"one.conf\"", Some(Severity::Note), &[]),
        // The strict variants fail the check.
        ("includem nope.conf", Some(Severity::Error), &[]),
        ("includew *.none", Some(Severity::Error), &[]),
        ("includeb {one,nope}.conf", Some(Severity::Error), &[]),
        ("includea {one,nope}.conf", Some(Severity::Error), &[]),
        ("includea nope.conf", Some(Severity::Error), &[]),
    ];
    for (line, severity, lines) in cases {
        let p = d.write("keepalived.conf", &format!("{line}\n"));
        let l = lex(&p);
        let got: Vec<Severity> = l
            .diags_of(DiagKind::Include)
            .into_iter()
            .map(|d| d.0)
            .collect();
        assert_eq!(
            got,
            severity.iter().copied().collect::<Vec<_>>(),
            "{line}: {:?}",
            l.diags
        );
        assert_eq!(l.texts(), *lines, "{line}");
    }
}

#[test]
fn include_check_in_global_defs_applies_to_later_includes() {
    let l = lex_str("include a.conf\nglobal_defs {\n include_check\n}\ninclude b.conf\n");
    let got: Vec<Severity> = l
        .diags_of(DiagKind::Include)
        .into_iter()
        .map(|d| d.0)
        .collect();
    assert_eq!(got, [Severity::Note, Severity::Error]);
}

#[test]
fn included_directories_and_executables_are_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new();
    let main = d.write("keepalived.conf", "include inc/*\n");
    d.write("inc/a.conf", "a\n");
    let x = d.write("inc/b.sh", "b\n");
    std::fs::set_permissions(&x, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::create_dir_all(d.0.join("inc/c.d")).expect("mkdir");
    let l = lex(&main);
    assert_eq!(l.texts(), ["a"]);
    let got = l.diags_of(DiagKind::Include);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|g| g.0 == Severity::Note));
}

#[test]
fn brace_errors_are_reported_like_keepalived() {
    let l = lex_str("global_defs {\n router_id a\n}\n}\n");
    let mut diags = Diagnostics::default();
    tree::build(&l.lines, &mut diags);
    let d: Vec<_> = diags
        .iter()
        .map(|d| (d.severity, d.message.clone(), d.span.map(|s| s.line)))
        .collect();
    assert_eq!(
        d,
        [(Severity::Error, "Extra '}' found".to_string(), Some(4))]
    );

    let l = lex_str("vrrp_instance A {\n virtual_ipaddress {\n 1.2.3.4\n");
    let mut diags = Diagnostics::default();
    let stmts = tree::build(&l.lines, &mut diags);
    assert_eq!(stmts.len(), 1);
    let d: Vec<_> = diags
        .iter()
        .map(|d| (d.message.clone(), d.span.map(|s| (s.line, s.col))))
        .collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].0.starts_with("There are 2 missing '}'s or extra '{'s"),
        "{d:?}"
    );
    assert_eq!(d[0].1, Some((1, 17)));
}

#[test]
fn tree_from_one_line_blocks() {
    let l = lex_str("global_defs { router_id a } vrrp_instance B { priority 5 }\n");
    let mut diags = Diagnostics::default();
    let stmts = tree::build(&l.lines, &mut diags);
    assert!(diags.is_empty());
    assert_eq!(stmts.len(), 2);
    let body = &stmts[1].block.as_ref().expect("a block").body;
    assert_eq!(body[0].keyword.text, "priority");
    assert_eq!(body[0].args[0].text, "5");
    assert_eq!(body[0].args[0].span.col, 56);
    assert_eq!(
        body[0].escaped_words().expect("plain words"),
        ["priority", "5"]
    );
}

#[test]
fn main_path_may_be_a_pattern_but_must_name_plain_files() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dir::new();
    d.write("a.conf", "a\n");
    d.write("b.conf", "b\n");
    let l = lex(&d.0.join("{b,a}.conf"));
    assert_eq!(l.texts(), ["b", "a"]);
    assert!(l.diags.is_empty(), "{:?}", l.diags);

    let x = d.write("x.conf", "x\n");
    std::fs::set_permissions(&x, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let l = lex(&x);
    assert!(l.lines.is_empty());
    assert_eq!(l.diags_of(DiagKind::Include)[0].0, Severity::Error);
    let l = lex(&d.0);
    assert_eq!(l.diags_of(DiagKind::Include)[0].0, Severity::Error);
}

#[test]
fn missing_main_file_is_an_error() {
    let d = Dir::new();
    let l = lex(&d.0.join("absent.conf"));
    assert!(l.lines.is_empty());
    assert_eq!(l.diags_of(DiagKind::Include)[0].0, Severity::Error);
}

#[test]
fn ten_thousand_virtual_servers_over_includes_lex_fast() {
    let d = Dir::new();
    let mut main = String::from("$DELAY=6\n");
    for f in 0..10 {
        main.push_str(&format!("include vs/part{f}.conf\n"));
        let mut part = String::new();
        for v in 0..1000 {
            let n = f * 1000 + v;
            part.push_str(&format!(
                "virtual_server 10.{}.{}.1 80 {{\n    delay_loop $DELAY\n    lb_algo wrr\n    lb_kind DR\n    protocol TCP\n",
                n / 256,
                n % 256
            ));
            for r in 0..10 {
                part.push_str(&format!(
                    "    real_server 192.168.{}.{r} 80 {{ # rs {r}\n        weight 1\n        TCP_CHECK {{\n            connect_timeout 3\n        }}\n    }}\n",
                    n % 256
                ));
            }
            part.push_str("}\n");
        }
        d.write(&format!("vs/part{f}.conf"), &part);
    }
    let p = d.write("keepalived.conf", &main);
    let start = std::time::Instant::now();
    let cpu = thread_cpu();
    let l = lex(&p);
    let lexed = start.elapsed();
    let lex_cpu = thread_cpu() - cpu;
    let mut diags = Diagnostics::default();
    let n_lines = l.lines.len();
    let stmts = tree::build(&l.lines, &mut diags);
    let took = start.elapsed();
    let tree_cpu = thread_cpu() - cpu - lex_cpu;
    assert_eq!(stmts.len(), 10_000);
    assert!(diags.is_empty() && l.diags.is_empty());
    // Release builds take a fraction of this; the bound catches quadratic work
    // even in an unoptimised test build. CPU time, not wall time: on a loaded
    // machine the wall clock says more about the neighbours.
    assert!(
        lex_cpu + tree_cpu < 10.0,
        "lexing took {:.3} s CPU ({took:?} wall)",
        lex_cpu + tree_cpu
    );
    eprintln!(
        "10,000 virtual servers: {} lines lexed in {lexed:?} ({lex_cpu:.3} s CPU), \
         tree built by {took:?} ({tree_cpu:.3} s CPU)",
        n_lines
    );
}

/// Seconds this thread has run on a CPU (so that a loaded machine does not
/// blur the numbers printed).
fn thread_cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

#[test]
fn nested_multiline_definitions() {
    // The example of keepalived.conf(5), without its blank lines (which end a
    // definition in 2.2.7).
    let text = r#"$RS= \
real_server 192.168.${VS_NUM}.${RS_NUM} 80 { \
    weight 1 \
}
$VS= \
virtual_server 10.0.${VS_NUM}.4 80 { \
    $RS_NUM=1 \
    $RS \
    $RS_NUM=2 \
    $RS \
    lb_algo rr \
}
$VS_NUM=0
$VS
$VS_NUM=1
$VS
"#;
    let l = lex_str(text);
    let vs = |n: u32| {
        vec![
            format!("virtual_server 10.0.{n}.4 80"),
            "{".into(),
            format!("real_server 192.168.{n}.1 80"),
            "{".into(),
            "weight 1".into(),
            "}".into(),
            format!("real_server 192.168.{n}.2 80"),
            "{".into(),
            "weight 1".into(),
            "}".into(),
            "lb_algo rr".into(),
            "}".into(),
        ]
    };
    let mut want = vs(0);
    want.extend(vs(1));
    assert_eq!(l.texts(), want);
    assert!(l.diags.is_empty(), "{:?}", l.diags);
}

#[test]
fn self_restarting_sequences_and_definitions_stop_with_an_error() {
    let l = lex_str("$S=~SEQ(i,2) $S\n$S\nafter\n");
    assert_eq!(l.texts().last().map(String::as_str), Some("after"));
    let errs = l.diags_of(DiagKind::Definition);
    assert!(
        !errs.is_empty() && errs.iter().all(|e| e.0 == Severity::Error),
        "{errs:?}"
    );

    let l = lex_str("$M= \\\nx \\\n$M\n$M\nafter\n");
    assert_eq!(l.texts().last().map(String::as_str), Some("after"));
    assert_eq!(l.diags_of(DiagKind::Definition).len(), 1, "{:?}", l.diags);
}

#[test]
fn keepalived_samples_lex_without_problems() {
    let dir = Path::new("/usr/share/doc/keepalived/samples");
    let entries = std::fs::read_dir(dir)
        .expect("reading /usr/share/doc/keepalived/samples (is the keepalived package installed?)");
    let mut seen = 0;
    for e in entries.flatten() {
        let p = e.path();
        if !p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("keepalived.conf"))
        {
            continue;
        }
        seen += 1;
        let l = lex(&p);
        let mut diags = Diagnostics::default();
        let stmts = tree::build(&l.lines, &mut diags);
        assert!(!stmts.is_empty(), "{}", p.display());
        let problems: Vec<_> = l
            .diags
            .iter()
            .chain(diags.iter())
            .filter(|d| d.severity.fails_check())
            .map(|d| d.render(&l.sources))
            .collect();
        assert!(
            problems.is_empty(),
            "{}:\n{}",
            p.display(),
            problems.concat()
        );
        for d in &l.diags {
            eprint!("{}", d.render(&l.sources));
        }
    }
    assert!(seen >= 20, "only {seen} samples found");
}

mod arbitrary_text {
    use super::*;
    use proptest::prelude::*;

    /// Pieces that exercise every branch of the preprocessing.
    const PIECES: &[&str] = &[
        "{",
        "}",
        "\"",
        "'",
        "\\",
        "#",
        "!",
        "$",
        "@",
        "~",
        "(",
        ")",
        ",",
        " ",
        "\t",
        "\n",
        "\r\n",
        "a",
        "1",
        "=",
        "é",
        "$X",
        "${X}",
        "$X=1",
        "$M=a \\",
        "~SEQ(i,",
        "~SEQx(i,0x",
        "~LST({a,b},{",
        "${_RANDOM 1 2}",
        "${_ENV HOME}",
        "@lb1 ",
        "@^lb1 ",
        "\\#",
        "include ",
        "includea ",
        "nope.conf",
        "*",
        "global_defs",
        "$i",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_text_lexes_without_panicking(idx in prop::collection::vec(0..PIECES.len(), 0..60)) {
            let text: String = idx.iter().map(|i| PIECES[*i]).collect();
            let l = lex_str(&text);
            let mut diags = Diagnostics::default();
            tree::build(&l.lines, &mut diags);
            for line in &l.lines {
                for t in line.tokens() {
                    let file_lines = text.lines().count() as u32;
                    prop_assert!(t.span.line >= 1 && t.span.line <= file_lines.max(1));
                }
            }
        }
    }
}

#[test]
fn lines_longer_than_keepalived_reads_are_cut_like_fgets() {
    let long = format!("# {}tail word\nnext\n", "x".repeat(1021));
    let l = lex_str(&long);
    assert_eq!(l.texts(), ["tail word", "next"]);
    assert_eq!(l.place(0, 0), ("keepalived.conf".into(), 1, 1024));
    assert_eq!(l.place(1, 0), ("keepalived.conf".into(), 2, 1));
    let notes = l.diags_of(DiagKind::Syntax);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, Severity::Note);
}

#[test]
fn a_stray_open_brace_is_ignored_like_keepalived() {
    let l = lex_str("vrrp_instance A {\n state MASTER\n}\n{\n priority 1\n}\n");
    let mut diags = Diagnostics::default();
    let stmts = tree::build(&l.lines, &mut diags);
    let kws: Vec<_> = stmts.iter().map(|s| s.keyword.text.as_str()).collect();
    assert_eq!(kws, ["vrrp_instance", "priority"]);
    let msgs: Vec<_> = diags
        .iter()
        .map(|d| (d.severity, d.span.map(|s| s.line)))
        .collect();
    assert_eq!(
        msgs,
        [(Severity::Error, Some(4)), (Severity::Error, Some(6))]
    );
}
