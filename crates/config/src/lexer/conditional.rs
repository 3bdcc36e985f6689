//! `@ID line` and `@^ID line`: lines kept only on the machine whose config id
//! is (or is not) `ID`.

use super::text::{is_blank, Text};

/// The config id keepalived uses without `-i`: the host name up to its first dot.
pub fn default_config_id() -> String {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    first_label(name.trim()).to_string()
}

fn first_label(host: &str) -> &str {
    host.split('.').next().unwrap_or(host)
}

/// Applies a leading `@ID`/`@^ID` to `line`: `false` drops the line, `true`
/// keeps it with the prefix removed. Lines without `@` are kept unchanged.
pub(crate) fn apply(line: &mut Text, config_id: &str) -> bool {
    let b = line.bytes();
    if b.first() != Some(&b'@') {
        return true;
    }
    let (negate, from) = if b.get(1) == Some(&b'^') {
        (true, 2)
    } else {
        (false, 1)
    };
    // Without a word after the id there is nothing to keep.
    let Some(len) = b[from..].iter().position(|c| is_blank(*c)) else {
        return false;
    };
    let id = &line.s[from..from + len];
    if (id == config_id) == negate {
        return false;
    }
    let rest = from + len + b[from + len..].iter().take_while(|c| is_blank(**c)).count();
    line.drain_front(rest);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::FileId;

    fn run(s: &str, id: &str) -> Option<String> {
        let mut t = Text::from_source(s, FileId(0), 1, 1);
        apply(&mut t, id).then_some(t.s)
    }

    #[test]
    fn at_lines_follow_the_config_id() {
        assert_eq!(
            run("@lb1 router_id a", "lb1").as_deref(),
            Some("router_id a")
        );
        assert_eq!(run("@lb1 router_id a", "lb2"), None);
        assert_eq!(run("@^lb1 router_id a", "lb1"), None);
        assert_eq!(
            run("@^lb1\trouter_id a", "lb2").as_deref(),
            Some("router_id a")
        );
        assert_eq!(run("@lb1", "lb1"), None);
        assert_eq!(run("plain", "lb1").as_deref(), Some("plain"));
    }

    #[test]
    fn config_id_is_the_first_label() {
        assert_eq!(first_label("lb1.example.net"), "lb1");
        assert_eq!(first_label("lb1"), "lb1");
    }
}
