//! A deterministic corpus of keepalived configurations: valid templates, and the
//! templates broken the ways operators break them.
//!
//! Nothing here is random: the same cases, in the same order, on every run. A case's
//! name (`category/template/detail`) says how it was made, so a disagreement can be
//! reproduced from the name alone.

mod templates;

use std::collections::BTreeMap;
use templates::{main_text, value_category, values, Template, INC_LVS, INC_VRRP, TEMPLATES};

/// One configuration to check: `files[0]` is the main file, the others sit beside it
/// (paths relative to the case's directory).
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub category: &'static str,
    pub files: Vec<(String, String)>,
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
