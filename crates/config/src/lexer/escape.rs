//! keepalived's second way of cutting a line into words, used for script
//! command lines (`notify`, `script`, `misc_path`, …): `"…"` and `'…'` quote
//! (and may join with neighbouring text), and backslash escapes work as in the
//! shell plus `\a \b \E \f \n \r \t \v \nnn \xHH… \cC`.

/// Why a line could not be cut into script words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EscapeError {
    /// A quote (`"` or `'`) that is never closed.
    MissingQuote(char),
    /// A `\` at the very end of the text.
    TrailingBackslash,
}

impl std::fmt::Display for EscapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EscapeError::MissingQuote(q) => write!(f, "missing terminating {q}"),
            EscapeError::TrailingBackslash => write!(f, "missing escaped character at end"),
        }
    }
}

impl std::error::Error for EscapeError {}

/// Cuts `src` into words the way keepalived reads script command lines.
pub fn escaped_words(src: &str) -> Result<Vec<String>, EscapeError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        while i < b.len() && super::text::is_space(b[i]) {
            i += 1;
        }
        if i >= b.len() {
            return Ok(out);
        }
        let mut word: Vec<u8> = Vec::new();
        let mut quote: Option<u8> = None;
        while i < b.len() {
            let c = b[i];
            match (quote, c) {
                (_, b'\\') => {
                    i += 1;
                    let Some(&e) = b.get(i) else {
                        return Err(EscapeError::TrailingBackslash);
                    };
                    i = unescape(b, i, e, &mut word);
                }
                (Some(q), c) if c == q => {
                    quote = None;
                    i += 1;
                }
                (Some(_), c) => {
                    word.push(c);
                    i += 1;
                }
                (None, b'"' | b'\'') => {
                    quote = Some(c);
                    i += 1;
                }
                (None, c) if super::text::is_space(c) => break,
                (None, c) => {
                    word.push(c);
                    i += 1;
                }
            }
        }
        if let Some(q) = quote {
            return Err(EscapeError::MissingQuote(q as char));
        }
        out.push(String::from_utf8_lossy(&word).into_owned());
    }
}

/// Decodes the escape whose first character `e` is at `b[i]`; returns the
/// index after it.
fn unescape(b: &[u8], mut i: usize, e: u8, word: &mut Vec<u8>) -> usize {
    if e == b'x' && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit) {
        // keepalived takes every following hex digit, keeping the low byte.
        let mut v: u8 = 0;
        i += 1;
        while let Some(d) = b.get(i).and_then(|c| (*c as char).to_digit(16)) {
            v = (v << 4) | d as u8;
            i += 1;
        }
        word.push(v);
        return i;
    }
    if e == b'c' && i + 1 < b.len() {
        word.push(b[i + 1] & 0x1f);
        return i + 2;
    }
    if (b'0'..=b'7').contains(&e) {
        let mut v: u8 = 0;
        let mut n = 0;
        while n < 3 && b.get(i).is_some_and(|c| (b'0'..=b'7').contains(c)) {
            v = (v << 3).wrapping_add(b[i] - b'0');
            i += 1;
            n += 1;
        }
        word.push(v);
        return i;
    }
    word.push(match e {
        b'a' => 0x07,
        b'b' => 0x08,
        b'E' => 0x1b,
        b'f' => 0x0c,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 0x0b,
        other => other,
    });
    i + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_join_and_keep_spaces() {
        assert_eq!(
            escaped_words(r#"abcd" efg h jkl "mnop"#).expect("ok"),
            ["abcd efg h jkl mnop"]
        );
        assert_eq!(
            escaped_words(r#"abcd "efg h jkl" mnop"#).expect("ok"),
            ["abcd", "efg h jkl", "mnop"]
        );
        assert_eq!(
            escaped_words("/bin/x 'a b' \"c'd\"").expect("ok"),
            ["/bin/x", "a b", "c'd"]
        );
    }

    #[test]
    fn escapes_decode() {
        assert_eq!(
            escaped_words(r#"a\tb \x41\101 \"q\" \cA \\"#).expect("ok"),
            ["a\tb", "AA", "\"q\"", "\u{1}", "\\"]
        );
    }

    #[test]
    fn errors() {
        assert_eq!(escaped_words("a 'b"), Err(EscapeError::MissingQuote('\'')));
        assert_eq!(escaped_words("a \\"), Err(EscapeError::TrailingBackslash));
    }
}
