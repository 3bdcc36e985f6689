//! Scripts keepalived runs (notify, track, checker scripts): the command line
//! as written and who runs it.

use serde::{Deserialize, Serialize};

/// A command line as keepalived runs it: the first word is the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Script {
    pub command: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub group: Option<String>,
}

impl Script {
    /// The command split into program and arguments the way keepalived does
    /// (quotes group, backslashes escape); a command with an unterminated
    /// quote, which the parser already reported, splits at blanks.
    pub fn argv(&self) -> Vec<String> {
        crate::lexer::escaped_words(&self.command)
            .unwrap_or_else(|_| self.command.split_whitespace().map(str::to_owned).collect())
    }

    /// The program: the first word of the command line.
    pub fn program(&self) -> Option<String> {
        self.argv().into_iter().next()
    }
}
