//! `~SEQ(var, start, step, end) text`, `~SEQx(…)` and `~LST(vars, values…) text`:
//! the rest of the line repeated with `$var` set to each value in turn.
//!
//! The text of one round may itself start with `~SEQ`/`~LST`, which nests: the
//! inner sequence runs to its end before the outer one moves on.

use super::text::{is_blank, Text};

/// Rounds one sequence may produce; more is surely a mistake, not a config.
const MAX_ROUNDS: i128 = 1_000_000;

/// A sequence being replayed.
#[derive(Debug, Clone)]
pub(crate) enum Seq {
    Numbers {
        var: String,
        next: i64,
        step: i64,
        last: i64,
        hex: bool,
        text: Text,
    },
    List {
        vars: Vec<String>,
        sets: Vec<Vec<String>>,
        next: usize,
        text: Text,
    },
}

/// One round: definitions to set, then the text to read.
pub(crate) struct Round {
    pub(crate) defs: Vec<(String, String)>,
    pub(crate) text: Text,
    /// This was the sequence's last round.
    pub(crate) done: bool,
}

impl Seq {
    pub(crate) fn round(&mut self) -> Round {
        match self {
            Seq::Numbers {
                var,
                next,
                step,
                last,
                hex,
                text,
            } => {
                let value = if *hex {
                    format!("{:x}", *next as u64)
                } else {
                    next.to_string()
                };
                let cur = *next;
                *next = cur.saturating_add(*step);
                let done = (*step > 0 && (*next > *last || *next == cur))
                    || (*step < 0 && (*next < *last || *next == cur));
                Round {
                    defs: vec![(var.clone(), value)],
                    text: text.clone(),
                    done,
                }
            }
            Seq::List {
                vars,
                sets,
                next,
                text,
            } => {
                let set = &sets[*next];
                *next += 1;
                Round {
                    defs: vars.iter().cloned().zip(set.iter().cloned()).collect(),
                    text: text.clone(),
                    done: *next >= sets.len(),
                }
            }
        }
    }
}

/// Whether keepalived reads `line` as a sequence line.
pub(crate) fn is_seq(line: &str) -> bool {
    line.starts_with("~SEQ") || line.starts_with("~LST")
}

fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_blank(b[i]) {
        i += 1;
    }
    i
}

fn skip_until(b: &[u8], mut i: usize, stop: &[u8]) -> usize {
    while i < b.len() && !stop.contains(&b[i]) {
        i += 1;
    }
    i
}

/// The text after the closing `)` (blanks skipped), keeping its origins.
fn rest_after(line: &Text, close: usize) -> Text {
    let from = skip_blanks(line.bytes(), close + 1);
    let mut t = line.clone();
    t.drain_front(from.min(t.len()));
    t
}

/// C's `strtol(s, &end, 0)`: the value and where the number ended (`from` when
/// there was none).
fn strtol(b: &[u8], from: usize) -> (i64, usize) {
    let mut i = from;
    while i < b.len() && super::text::is_space(b[i]) {
        i += 1;
    }
    let neg = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut radix = 10;
    if b.get(i) == Some(&b'0') {
        if matches!(b.get(i + 1), Some(b'x' | b'X'))
            && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            radix = 16;
            i += 2;
        } else {
            radix = 8;
        }
    }
    let start = i;
    let mut v: i128 = 0;
    while let Some(d) = b.get(i).and_then(|c| (*c as char).to_digit(radix)) {
        v = (v * radix as i128 + d as i128).min(i64::MAX as i128 + 1);
        i += 1;
    }
    if i == start {
        return (0, from);
    }
    let v = if neg { -v } else { v };
    (v.clamp(i64::MIN as i128, i64::MAX as i128) as i64, i)
}

/// Parses a `~SEQ`/`~SEQx` line. `params` substitutes definitions in the
/// numbers and says whether one was a multi-line definition.
pub(crate) fn parse_seq(
    line: &Text,
    params: &mut dyn FnMut(&mut Text) -> bool,
) -> Result<Seq, String> {
    let b = line.bytes();
    let whole = &line.s;
    let invalid = || format!("invalid ~SEQ definition '{whole}'");
    let mut p = 4;
    let hex = b.get(p) == Some(&b'x');
    if hex {
        p += 1;
    }
    p = skip_blanks(b, p);
    if b.get(p) != Some(&b'(') {
        return Err(format!("invalid ~SEQ specification '{whole}'"));
    }
    p = skip_blanks(b, p + 1);
    let var_start = p;
    p = skip_until(b, p, b" \t,)");
    let var = line.s[var_start..p].to_string();
    p = skip_blanks(b, p);
    if p >= b.len() || b[p] == b')' || var.is_empty() {
        return Err(invalid());
    }
    p = skip_blanks(b, p + 1);
    let Some(close) = b[p..].iter().position(|c| *c == b')').map(|c| c + p) else {
        return Err(invalid());
    };
    let mut nums = line.clone();
    nums.truncate(close + 1);
    nums.drain_front(p);
    if params(&mut nums) {
        return Err(format!(
            "~SEQ parameter is a multi-line definition '{whole}'"
        ));
    }
    let n = nums.bytes();
    let (one, mut q) = strtol(n, 0);
    q = skip_blanks(n, q);
    let (start, step, end);
    if n.get(q) == Some(&b')') {
        end = one;
        step = if end < 1 { -1 } else { 1 };
        start = if end < 0 { -1 } else { 1 };
    } else {
        if n.get(q) != Some(&b',') {
            return Err(invalid());
        }
        let (two, q2) = strtol(n, q + 1);
        q = skip_blanks(n, q2);
        if n.get(q) == Some(&b')') {
            start = one;
            end = two;
            step = if start <= end { 1 } else { -1 };
        } else {
            if n.get(q) != Some(&b',') {
                return Err(invalid());
            }
            let (three, q3) = strtol(n, q + 1);
            q = skip_blanks(n, q3);
            if n.get(q) != Some(&b')') {
                return Err(invalid());
            }
            start = one;
            step = two;
            end = three;
            if step == 0 || (start < end && step < 0) || (start > end && step > 0) {
                return Err(format!("invalid ~SEQ values '{whole}'"));
            }
        }
    }
    if hex && (start < 0 || end < 0) {
        return Err(format!(
            "~SEQx is only valid for positive numbers '{whole}'"
        ));
    }
    let rounds = (end as i128 - start as i128) / step as i128 + 1;
    if rounds > MAX_ROUNDS {
        return Err(format!(
            "~SEQ would repeat {rounds} times (more than {MAX_ROUNDS}) '{whole}'"
        ));
    }
    Ok(Seq::Numbers {
        var,
        next: start,
        step,
        last: end,
        hex,
        text: rest_after(line, close),
    })
}

/// Parses a `~LST(var, v1, v2…)` or `~LST({a, b}, {1, 2}, {3, 4})` line.
pub(crate) fn parse_lst(line: &Text) -> Result<Seq, String> {
    let b = line.bytes();
    let whole = &line.s;
    let invalid = || format!("invalid ~LST specification '{whole}'");
    let mut p = skip_blanks(b, 4);
    if b.get(p) != Some(&b'(') {
        return Err(invalid());
    }
    p = skip_blanks(b, p + 1);
    let mut end_char = b',';
    if b.get(p) == Some(&b'{') {
        end_char = b'}';
        p = skip_blanks(b, p + 1);
    }
    let mut vars = Vec::new();
    loop {
        let start = p;
        p = skip_until(b, p, b" \t,}");
        vars.push(line.s[start..p].to_string());
        p = skip_blanks(b, p);
        if b.get(p) == Some(&end_char) {
            break;
        }
        if b.get(p) != Some(&b',') {
            return Err(invalid());
        }
        p = skip_blanks(b, p + 1);
    }
    if b.get(p) == Some(&b'}') {
        p = skip_blanks(b, p + 1);
    }
    if b.get(p) != Some(&b',') {
        return Err(invalid());
    }
    p = skip_blanks(b, p + 1);
    let mut sets = Vec::new();
    loop {
        let mut end_char = b',';
        if b.get(p) == Some(&b'{') {
            end_char = b'}';
            p = skip_blanks(b, p + 1);
        }
        let mut set = Vec::new();
        loop {
            let start = p;
            p = skip_until(b, p, b" \t,})");
            set.push(line.s[start..p].to_string());
            p = skip_blanks(b, p);
            if b.get(p) == Some(&end_char) || (b.get(p) == Some(&b')') && end_char == b',') {
                break;
            }
            if b.get(p) != Some(&b',') {
                return Err(invalid());
            }
            p = skip_blanks(b, p + 1);
            if set.len() > vars.len() - 1 {
                return Err(format!("~LST specification has too many values '{whole}'"));
            }
        }
        // Missing values are empty.
        set.resize(vars.len(), String::new());
        sets.push(set);
        if b.get(p) == Some(&b'}') && end_char == b'}' {
            p = skip_blanks(b, p + 1);
        }
        if b.get(p) == Some(&b')') {
            break;
        }
        if b.get(p) != Some(&b',') {
            return Err(invalid());
        }
        p = skip_blanks(b, p + 1);
    }
    Ok(Seq::List {
        vars,
        sets,
        next: 0,
        text: rest_after(line, p),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::FileId;

    fn t(s: &str) -> Text {
        Text::from_source(s, FileId(0), 1, 1)
    }

    fn rounds(mut s: Seq) -> Vec<(Vec<(String, String)>, String)> {
        let mut out = Vec::new();
        loop {
            let r = s.round();
            out.push((r.defs, r.text.s));
            if r.done {
                return out;
            }
        }
    }

    fn values(s: &str) -> Vec<String> {
        let seq = parse_seq(&t(s), &mut |_| false).expect("valid");
        rounds(seq)
            .into_iter()
            .map(|(d, _)| d[0].1.clone())
            .collect()
    }

    #[test]
    fn seq_forms() {
        assert_eq!(values("~SEQ(i, 0, 3) x"), ["0", "1", "2", "3"]);
        assert_eq!(values("~SEQ(i,3)"), ["1", "2", "3"]);
        assert_eq!(values("~SEQ(i,-2)"), ["-1", "-2"]);
        assert_eq!(values("~SEQ(i,5,-2,1)"), ["5", "3", "1"]);
        assert_eq!(values("~SEQ(i,3,1)"), ["3", "2", "1"]);
        assert_eq!(values("~SEQx(i,0x90,0x10,0xc0)"), ["90", "a0", "b0", "c0"]);
        assert_eq!(values("~SEQ(i,010,9)"), ["8", "9"]);
    }

    #[test]
    fn seq_text_keeps_its_place() {
        let seq = parse_seq(&t("~SEQ(i,1,1) router_id a$i"), &mut |_| false).expect("valid");
        let Seq::Numbers { text, .. } = seq else {
            panic!("numbers");
        };
        assert_eq!(text.s, "router_id a$i");
        assert_eq!(text.span_of(0, 9).col, 13);
    }

    #[test]
    fn bad_seqs() {
        for bad in [
            "~SEQ(i,1,0,3) x",
            "~SEQ(i,1,-1,3) x",
            "~SEQ(,1,3) x",
            "~SEQ(i) x",
            "~SEQ i,1,3 x",
            "~SEQ(i,1,3 x",
            "~SEQ(i,a) x",
            "~SEQx(i,-3) x",
            "~SEQ(i,1,1,99999999999) x",
        ] {
            assert!(parse_seq(&t(bad), &mut |_| false).is_err(), "{bad}");
        }
    }

    #[test]
    fn lst_forms() {
        let seq = parse_lst(&t("~LST({a,b},{1,2},{3}) $a$b")).expect("valid");
        let r = rounds(seq);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].0, [("a".into(), "1".into()), ("b".into(), "2".into())]);
        assert_eq!(
            r[1].0,
            [("a".into(), "3".into()), ("b".into(), String::new())]
        );
        assert_eq!(r[0].1, "$a$b");
        let seq = parse_lst(&t("~LST(v, x, y, z) w $v")).expect("valid");
        let vals: Vec<_> = rounds(seq).into_iter().map(|r| r.0[0].1.clone()).collect();
        assert_eq!(vals, ["x", "y", "z"]);
    }

    #[test]
    fn bad_lsts() {
        for bad in ["~LST(a)", "~LST a, 1", "~LST({a}, {1, 2})", "~LST(a, 1"] {
            assert!(parse_lst(&t(bad)).is_err(), "{bad}");
        }
    }
}
