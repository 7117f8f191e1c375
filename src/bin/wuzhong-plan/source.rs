//! Where the plan comes from: the plan embedded in the crate, or the file `--plan` names.
//!
//! A file is read as JSON of this crate's schema when its first character other than
//! whitespace (after an optional UTF-8 byte-order mark) is `{`, and as plain text of the
//! genre otherwise. JSON is read without its mark; text keeps it, and `text` prints it.
//!
//! Its errors fall in two kinds, as the exit codes tell them apart:
//!
//! - **usage errors** (exit code 2): the argument does not name a readable file. It does
//!   not exist, is a directory, may not be read, or reading it fails.
//! - **data errors** (exit code 1): the file was read, but what it holds is not a plan.
//!   It is over the size limit, is not UTF-8, is malformed JSON, is JSON that is not a
//!   valid plan, or is text that does not parse.
//!
//! Every message starts with the file's name, then the line and column where the error
//! has them: `FILE:LINE:COL: message`, `FILE:LINE: message` or `FILE: message`.

use std::fs::File;
use std::io::{ErrorKind, Read as _};
use std::path::Path;

use wuzhong_plan::{Error, PLAN_JSON, ParseError, Plan, SOURCE_TEXT};

use crate::Failure;

/// The largest file `--plan` reads, in bytes: 16 MiB, far more than a plan needs.
pub const SIZE_LIMIT: u64 = 16 * 1024 * 1024;

/// [`SIZE_LIMIT`] as messages name it.
pub const SIZE_LIMIT_NAME: &str = "16 MiB";

/// What a usage error's message ends with.
const EXPECTED_FILE: &str = "expected a plan file (JSON or plain text) after --plan";

/// The plan a command answers from.
pub enum Source {
    /// The plan embedded in the crate.
    Embedded(&'static Plan),
    /// A plan read from a file.
    File(Box<Plan>),
}

impl Source {
    /// The plan.
    pub fn plan(&self) -> &Plan {
        match self {
            Source::Embedded(plan) => plan,
            Source::File(plan) => plan,
        }
    }

    /// What `text` prints: the embedded text byte for byte, or the plan's text.
    pub fn text(&self) -> Vec<u8> {
        match self {
            Source::Embedded(_) => SOURCE_TEXT.as_bytes().to_vec(),
            Source::File(plan) => plan.to_text().into_bytes(),
        }
    }

    /// What `json` prints: the embedded JSON byte for byte, or the plan's JSON with the
    /// same final newline.
    pub fn json(&self) -> Result<Vec<u8>, Failure> {
        match self {
            Source::Embedded(_) => Ok(PLAN_JSON.as_bytes().to_vec()),
            Source::File(plan) => {
                let mut json = plan
                    .to_json()
                    .map_err(|err| Failure::data(format!("writing the plan as JSON: {err}")))?;
                json.push('\n');
                Ok(json.into_bytes())
            }
        }
    }
}

/// Reads the plan in the file at `path`, choosing JSON or plain text by its content.
pub fn load(path: &Path) -> Result<Plan, Failure> {
    let name = path.display().to_string();
    let bytes = read(path, &name)?;
    let text = std::str::from_utf8(&bytes).map_err(|err| not_utf8(&name, &bytes, &err))?;
    let unmarked = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_json(unmarked) {
        Plan::from_json(unmarked).map_err(|err| invalid_json(&name, &err))
    } else {
        wuzhong_plan::parse(text).map_err(|err| invalid_text(&name, &err))
    }
}

/// Whether a text (its byte-order mark already skipped) is read as JSON: its first
/// character other than whitespace is `{`.
fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// The file's bytes, refusing a file over the size limit without reading more than one
/// byte past it (so that `/dev/zero` or a pipe cannot exhaust memory).
fn read(path: &Path, name: &str) -> Result<Vec<u8>, Failure> {
    let file = File::open(path).map_err(|err| unreadable(path, name, &err))?;
    let metadata = file
        .metadata()
        .map_err(|err| unreadable(path, name, &err))?;
    if metadata.is_dir() {
        return Err(Failure::usage(format!(
            "{name}: is a directory: {EXPECTED_FILE}"
        )));
    }
    if metadata.len() > SIZE_LIMIT {
        return Err(too_large(name, &format!("{} bytes", metadata.len())));
    }
    let mut bytes = Vec::new();
    file.take(SIZE_LIMIT.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|err| unreadable(path, name, &err))?;
    if u64::try_from(bytes.len()).map_or(true, |read| read > SIZE_LIMIT) {
        return Err(too_large(name, &format!("more than {SIZE_LIMIT} bytes")));
    }
    Ok(bytes)
}

/// A file that could not be opened or read: a usage error.
fn unreadable(path: &Path, name: &str, err: &std::io::Error) -> Failure {
    let what = match err.kind() {
        ErrorKind::NotFound => "no such file".to_owned(),
        // Some systems refuse to open a directory rather than to read it.
        _ if path.is_dir() => "is a directory".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read ({err})"),
    };
    Failure::usage(format!("{name}: {what}: {EXPECTED_FILE}"))
}

/// A file over the size limit: a data error.
fn too_large(name: &str, size: &str) -> Failure {
    Failure::data(format!(
        "{name}: the file is over the {SIZE_LIMIT_NAME} size limit ({size}): expected a plan, which is far smaller"
    ))
}

/// A file that is not UTF-8: a data error naming the line and the byte offset.
fn not_utf8(name: &str, bytes: &[u8], err: &std::str::Utf8Error) -> Failure {
    let offset = err.valid_up_to();
    let before = bytes.get(..offset).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let what = match err.error_len() {
        Some(len) => {
            let sequence = bytes
                .get(offset..offset.saturating_add(len))
                .unwrap_or_default();
            let hex: Vec<String> = sequence.iter().map(|b| format!("0x{b:02X}")).collect();
            format!(
                "invalid byte sequence {} at byte offset {offset}",
                hex.join(" ")
            )
        }
        None => format!("the file ends inside a character at byte offset {offset}"),
    };
    Failure::data(format!(
        "{name}:{line}: not UTF-8: {what}: expected a plan as UTF-8 text"
    ))
}

/// JSON that is malformed or not a valid plan: a data error, at the line and column
/// serde_json gives when there is one.
fn invalid_json(name: &str, err: &Error) -> Failure {
    let message = err.to_string();
    let located = match err {
        Error::Json { line, column, .. } => {
            let message = without(&message, &format!(" at line {line}, column {column}"));
            format!("{name}:{line}:{column}: {message}")
        }
        Error::Parse(parse) => return invalid_text(name, parse),
        _ => format!("{name}: {message}"),
    };
    Failure::data(located)
}

/// Text that does not parse: a data error at its line.
fn invalid_text(name: &str, err: &ParseError) -> Failure {
    let line = err.line;
    let message = err.to_string();
    let message = without(&message, &format!("line {line}: "));
    Failure::data(format!(
        "{name}:{line}: {message} (read as plain text: the file does not start with `{{`)"
    ))
}

/// `message` without the first occurrence of `fragment` (the location the prefix
/// already gives), or all of it if the fragment is not there.
fn without(message: &str, fragment: &str) -> String {
    match message.split_once(fragment) {
        Some((before, after)) => format!("{before}{after}"),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_told_from_text_by_its_first_character() {
        assert!(is_json("{}"));
        assert!(is_json(" \r\n\t{\"schema_version\": 1}"));
        assert!(!is_json("一、重點任務"));
        assert!(!is_json("[1, 2]"));
        assert!(!is_json(""));
    }

    #[test]
    fn the_location_is_taken_out_of_the_message_once() {
        assert_eq!(
            without(
                "invalid plan JSON at line 2, column 3: eof",
                " at line 2, column 3"
            ),
            "invalid plan JSON: eof"
        );
        assert_eq!(without("line 4: task 3", "line 4: "), "task 3");
        assert_eq!(without("something else", "line 4: "), "something else");
    }
}
