//! The lexer's verdicts against the real `keepalived -t` (2.2.7): for configs
//! whose only possible problems live at the lexer level (includes, braces,
//! quotes, definitions, sequences), `rvs` must fail a check exactly when
//! keepalived does. Needs `keepalived` installed.

use rvs_config::lexer::{lex_file, LexOptions};
use rvs_config::{tree, Diagnostics, SourceMap};
use std::path::{Path, PathBuf};
use std::process::Command;

struct Dir(PathBuf);

impl Dir {
    fn new() -> Self {
        let p = std::env::temp_dir().join(format!("rvs-lexer-kt-{}", std::process::id()));
        std::fs::create_dir_all(&p).expect("creating the test directory");
        Dir(p)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).expect("writing a config file");
        p
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn keepalived_fails(path: &Path) -> bool {
    let out = Command::new("keepalived")
        .args(["-t", "-l", "-n", "-i", "lb1", "-f"])
        .arg(path)
        .output()
        .expect("running keepalived -t (is the keepalived package installed?)");
    !out.status.success()
}

fn rvs_fails(path: &Path) -> (bool, String) {
    let mut sources = SourceMap::default();
    let mut diags = Diagnostics::default();
    let opts = LexOptions {
        config_id: Some("lb1".into()),
    };
    let lines = lex_file(path, &opts, &mut sources, &mut diags);
    tree::build(&lines, &mut diags);
    let shown = diags.iter().map(|d| d.render(&sources)).collect();
    (diags.fails_check(), shown)
}

/// Every case is a whole config; `router_id` and `notification_email_from`
/// accept any word, so only lexer-level problems can fail it.
const CASES: &[&str] = &[
    "global_defs {\n router_id a\n}\n",
    "global_defs { router_id a }\n",
    "global_defs\n{\n router_id a # c\n}\n",
    "global_defs {\n router_id a\n}\n}\n",
    "global_defs {\n router_id a\n}\n{\n}\n",
    "global_defs {\n{\n router_id a\n}\n}\n",
    "global_defs {\n router_id a\n} global_defs {\n}\n",
    "global_defs {router_id a}\n",
    "global_defs {\n notification_email_from \"a{b}\"\n}\n",
    "global_defs {\n router_id a\n",
    "global_defs {\n router_id \"abc\n}\n",
    "global_defs {\n router_id $UNDEFINED\n}\n",
    "$R=r1\nglobal_defs {\n router_id $R\n}\n",
    "$M=global_defs { \\\n router_id m \\\n}\n$M\n",
    "~SEQ(i,1,0,3) global_defs { router_id a$i }\n",
    "~SEQ(i) global_defs { router_id a }\n",
    "~LST(a)\nglobal_defs { router_id a }\n",
    "~SEQ(i,1,1) global_defs { router_id a$i }\n",
    "@lb1 global_defs {\n@lb1 router_id a\n@lb1 }\n",
    "@lb2 global_defs {\n router_id a\n}\n",
    "include nope.conf\nglobal_defs { router_id a }\n",
    "includer nope.conf\nglobal_defs { router_id a }\n",
    "includem nope.conf\nglobal_defs { router_id a }\n",
    "includew *.nomatch\nglobal_defs { router_id a }\n",
    "include *.nomatch\nglobal_defs { router_id a }\n",
    "include {part,nope}.inc\n",
    "includeb {part,nope}.inc\n",
    "includea part.inc\n",
    "includem {nope1,nope2}.conf\nglobal_defs { router_id a }\n",
    "includeb nope.conf\nglobal_defs { router_id a }\n",
    "includeb {nope1,nope2}.conf\nglobal_defs { router_id a }\n",
    "includew nodir/*.conf\nglobal_defs { router_id a }\n",
    "include .\nglobal_defs { router_id a }\n",
    "includer .\nglobal_defs { router_id a }\n",
    "include sd/*/x.conf\n",
    "includem sd/*/x.conf\n",
    "includeb sd/*/x.conf\n",
    "includew sd/*/nope.conf\n",
    "include sd/*\n",
    "includer sd/*\n",
    "global_defs {\n include_check\n}\ninclude nope.conf\n",
    "global_defs {\n router_id ${_RANDOM 1 3}\n}\n",
    "global_defs {\n router_id ${_RANDOM 1 3} x\n}\n",
    "global_defs {\n router_id a${_RANDOM 1 3}b\n}\n",
    "global_defs {\n router_id ${_RANDOM} x\n}\n",
    "global_defs {\n router_id ${_ENV HOME}\n}\n",
    "global_defs {\n router_id \"a{b\"\n}\n",
    "$X=a\nglobal_defs {\n router_id $X.b\n}\n",
    "~SEQx(i,-3) global_defs { router_id a }\n",
    "global_defs {\n router_id a\\#b\n}\n",
];

#[test]
fn lexer_verdicts_match_keepalived() {
    let d = Dir::new();
    d.write("part.inc", "global_defs {\n router_id p\n}\n");
    for sub in ["sd/a", "sd/b"] {
        std::fs::create_dir_all(d.0.join(sub)).expect("creating a subdirectory");
    }
    d.write("sd/a/x.conf", "global_defs {\n router_id x\n}\n");
    let mut mismatches = Vec::new();
    for (i, text) in CASES.iter().enumerate() {
        let p = d.write(&format!("case{i}.conf"), text);
        let want = keepalived_fails(&p);
        let (got, shown) = rvs_fails(&p);
        if want != got {
            mismatches.push(format!(
                "case {i}: keepalived fails: {want}, rvs fails: {got}\n{text}{shown}"
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
