//! Parser for the official per-service error-code lists
//! (`tencentcloud/<svc>/<version>/errorcodes.py` of
//! `tencentcloud-sdk-python-intl-en`, vendored verbatim as
//! `specs/<svc>/<version>/errorcodes.py`).
//!
//! The format is a Python module of constants, each preceded by its English
//! description as a comment:
//!
//! ```text
//! # The client is offline.
//! FAILEDOPERATION_AGENTOFFLINE = 'FailedOperation.AgentOffline'
//! ```
//!
//! The licence header is a comment block followed by a blank line. Any line
//! that is not blank, a comment or `NAME = 'Code'` is an error naming the file
//! and the line: nothing is skipped silently.

use super::SpecError;
use std::path::Path;

/// One listed error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCodeEntry {
    /// The Python constant (`FAILEDOPERATION_AGENTOFFLINE`).
    pub constant: String,
    /// The wire code (`FailedOperation.AgentOffline`).
    pub code: String,
    /// The description from the comment lines right above it (may be empty).
    pub description: String,
    /// 1-based line of the constant.
    pub line: usize,
}

/// Read and parse an `errorcodes.py`.
pub fn load(file: &Path) -> Result<Vec<ErrorCodeEntry>, SpecError> {
    let bytes = super::read(file)?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| SpecError::new(file, "", format!("not UTF-8: {e}")))?;
    parse(file, text)
}

/// Parse the text of an `errorcodes.py`; `file` names it in errors.
pub fn parse(file: &Path, text: &str) -> Result<Vec<ErrorCodeEntry>, SpecError> {
    let mut out: Vec<ErrorCodeEntry> = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        let at = || format!("line {}", index + 1);
        if line.is_empty() {
            // A blank line ends a comment block that described nothing (the licence).
            comment.clear();
        } else if let Some(rest) = line.strip_prefix('#') {
            comment.push(rest.trim());
        } else if let Some((constant, code)) = parse_assignment(line) {
            if let Some(prev) = out.iter().find(|e| e.code == code) {
                return Err(SpecError::new(
                    file,
                    at(),
                    format!("code `{code}` is already listed on line {}", prev.line),
                ));
            }
            out.push(ErrorCodeEntry {
                constant: constant.to_string(),
                code: code.to_string(),
                description: comment.join(" ").trim().to_string(),
                line: index + 1,
            });
            comment.clear();
        } else {
            return Err(SpecError::new(
                file,
                at(),
                format!("expected `# description` or `NAME = 'Code'`, found `{line}`"),
            ));
        }
    }
    Ok(out)
}

/// `NAME = 'Code.Sub'` with an upper-case Python identifier and a code made of
/// letters, digits, `.`, `_` and `-`.
fn parse_assignment(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(" = ")?;
    let valid_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    let code = value.strip_prefix('\'')?.strip_suffix('\'')?;
    let valid_code = !code.is_empty()
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    (valid_name && valid_code).then_some((name, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "# -*- coding: utf8 -*-\n# Copyright\n#\n# Licensed\n\n\n";

    #[test]
    fn parses_descriptions_and_codes() {
        let text = format!(
            "{HEADER}# CAM signature/authentication error.\nAUTHFAILURE = 'AuthFailure'\n\n\
             # The client is offline.\nFAILEDOPERATION_AGENTOFFLINE = 'FailedOperation.AgentOffline'\n"
        );
        let codes = parse(Path::new("e.py"), &text).unwrap();
        assert_eq!(codes.len(), 2);
        assert_eq!(codes[1].code, "FailedOperation.AgentOffline");
        assert_eq!(codes[1].constant, "FAILEDOPERATION_AGENTOFFLINE");
        assert_eq!(codes[1].description, "The client is offline.");
        assert_eq!(codes[0].description, "CAM signature/authentication error.");
        assert_eq!(codes[1].line, 11);
    }

    #[test]
    fn code_without_description_is_kept_with_empty_text() {
        let codes = parse(Path::new("e.py"), "A = 'A'\n").unwrap();
        assert_eq!(codes[0].description, "");
    }

    #[test]
    fn unknown_line_is_an_error_with_line_number() {
        let err = parse(Path::new("svc/e.py"), "# ok\nA = 'A'\nimport os\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "svc/e.py: at line 3: expected `# description` or `NAME = 'Code'`, found `import os`"
        );
    }

    #[test]
    fn duplicate_code_is_an_error() {
        let err = parse(Path::new("e.py"), "A = 'X'\nB = 'X'\n").unwrap_err();
        assert!(
            err.to_string().contains("already listed on line 1"),
            "{err}"
        );
    }
}
