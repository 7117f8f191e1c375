//! Where the plan comes from: the plan embedded in the crate, or the file `--plan` names.
//!
//! `--plan FILE` reads a regular file, and `--plan -` standard input; anything else a
//! name can stand for (a directory, a FIFO, a socket, a device such as `/dev/zero`) is
//! refused before it is opened, since opening a FIFO waits for a writer. What is read is
//! taken in the format its content tells ([`InputFormat::of`]): as JSON of this crate's
//! schema when its first character other than whitespace (after an optional UTF-8
//! byte-order mark) is `{`, as a web page when it is `<`, as a Word document when the
//! file starts as a zip archive does, and as plain text of the genre otherwise. JSON is
//! read without its mark; text keeps it, and `text` prints it; a page's or a document's
//! plan is the text read from it ([`wuzhong_plan::parse_html`],
//! [`wuzhong_plan::parse_docx`]).
//!
//! The size limits let every plan read as text be read back as its JSON: a plan as text
//! is at most [`TEXT_LIMIT`] (16 MiB), a plan as JSON, a web page or a Word file at most
//! [`JSON_LIMIT`] (256 MiB), and a plan whose JSON (as `json` prints it) would be over
//! [`JSON_LIMIT`] is refused too. JSON is about 3.4 times the size of the text it comes
//! from for the published plan, and more for text of many small tasks or targets.
//!
//! Its errors fall in two kinds, as the exit codes tell them apart:
//!
//! - **usage errors** (exit code 2): the argument does not name a readable regular
//!   file. It does not exist, is a directory or another kind of file, may not be read,
//!   or reading it fails.
//! - **data errors** (exit code 1): the file was read, but what it holds is not a plan.
//!   It is over the size limit, is not UTF-8, is malformed JSON, is JSON that is not a
//!   valid plan, is text that does not parse, is text whose JSON would be over the
//!   JSON limit, or is a web page or a Word file that holds no plan (the
//!   [`Refusal`](wuzhong_plan::Refusal) says why).
//!
//! Every message starts with the file's name (escaped and cut as [`names`] writes it),
//! then the line and column where the error has them: `FILE:LINE:COL: message`,
//! `FILE:LINE: message` or `FILE: message`.

use std::fs::{File, FileType};
use std::io::{self, ErrorKind, Read};
use std::path::Path;

use wuzhong_plan::{
    DiagnosticKind, Error, InputFormat, PLAN_JSON, ParseError, Plan, Refusal, SOURCE_TEXT,
};

use crate::{Failure, names};

/// The largest plan as text `--plan` reads, in bytes: 16 MiB, far more than a plan needs.
pub const TEXT_LIMIT: u64 = 16 * 1024 * 1024;

/// [`TEXT_LIMIT`] as messages name it.
pub const TEXT_LIMIT_NAME: &str = "16 MiB";

/// The largest plan as JSON `--plan` reads, in bytes: 256 MiB, room for the JSON of
/// the text plans it reads (a text plan whose JSON would be larger is refused).
pub const JSON_LIMIT: u64 = 256 * 1024 * 1024;

/// [`JSON_LIMIT`] as messages name it.
pub const JSON_LIMIT_NAME: &str = "256 MiB";

/// What a usage error's message ends with.
const EXPECTED_FILE: &str =
    "expected a plan file (plain text, JSON, a web page or a Word file) after --plan";

/// How messages name standard input (`--plan -`).
const STDIN_NAME: &str = "(standard input)";

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

/// Reads the plan in the file at `path` (standard input for `-`), choosing plain text,
/// JSON, a web page or a Word document by its content.
pub fn load(path: &Path, strict: bool) -> Result<Plan, Failure> {
    let (name, bytes) = if path.as_os_str() == "-" {
        let name = STDIN_NAME.to_owned();
        let bytes = read_limited(io::stdin().lock(), &name, None)?;
        (name, bytes)
    } else {
        let name = names::file(path);
        let bytes = read_file(path, &name)?;
        (name, bytes)
    };
    let format = InputFormat::of(&bytes);
    if matches!(format, InputFormat::Html | InputFormat::Docx) {
        let read = if format == InputFormat::Html {
            wuzhong_plan::parse_html(&bytes)
        } else {
            wuzhong_plan::parse_docx(&bytes)
        };
        let plan = read.map_err(|refusal| refused(&name, &refusal))?;
        warn_of(&plan, &name, strict)?;
        return Ok(plan);
    }
    let text = std::str::from_utf8(&bytes).map_err(|err| not_utf8(&name, &bytes, &err))?;
    if format == InputFormat::Json {
        let unmarked = text.strip_prefix('\u{feff}').unwrap_or(text);
        let plan = Plan::from_json(unmarked).map_err(|err| invalid_json(&name, &err))?;
        warn_of(&plan, &name, strict)?;
        return Ok(plan);
    }
    if over(bytes.len(), TEXT_LIMIT) {
        return Err(too_large(
            &name,
            &format!("{} bytes", bytes.len()),
            "as text",
        ));
    }
    let plan = wuzhong_plan::parse(text).map_err(|err| invalid_text(&name, &err))?;
    json_fits(&plan, &name, JSON_LIMIT)?;
    warn_of(&plan, &name, strict)?;
    Ok(plan)
}

/// The most diagnostics of bodies of no known kind written one per line; the rest are
/// counted. Every other diagnostic is written.
const MAX_WARNINGS: usize = 10;

/// Writes the plan's diagnostics as warnings, `NAME:LINE: message`, in line order: each
/// that is not about a body of no known kind, and at most [`MAX_WARNINGS`] of those, then
/// how many more there are. Under `--strict` they are errors, and loading fails.
fn warn_of(plan: &Plan, name: &str, strict: bool) -> Result<(), Failure> {
    let diagnostics = plan.diagnostics();
    let say = |message: &str| {
        if strict {
            crate::report(message);
        } else {
            crate::warn(message);
        }
    };
    let mut unknown = 0;
    for diagnostic in diagnostics {
        if diagnostic.kind == DiagnosticKind::UnknownBody {
            unknown += 1;
            if unknown > MAX_WARNINGS {
                continue;
            }
        }
        say(&format!(
            "{name}:{}: {}",
            diagnostic.line, diagnostic.message
        ));
    }
    if let Some(more) = unknown.checked_sub(MAX_WARNINGS).filter(|n| *n > 0) {
        say(&format!(
            "{name}: {more} more bodies of no known kind; `departments` lists every body"
        ));
    }
    if strict && !diagnostics.is_empty() {
        return Err(Failure::data(format!(
            "{name}: {} finding(s) of the reading, which `--strict` makes errors",
            diagnostics.len()
        )));
    }
    Ok(())
}

/// Whether `len` bytes are over `limit`.
fn over(len: usize, limit: u64) -> bool {
    u64::try_from(len).map_or(true, |len| len > limit)
}

/// The bytes of the regular file at `path`. Its kind is checked before it is opened, as
/// opening a FIFO waits for a writer.
fn read_file(path: &Path, name: &str) -> Result<Vec<u8>, Failure> {
    let metadata = std::fs::metadata(path).map_err(|err| unreadable(path, name, &err))?;
    if !metadata.is_file() {
        return Err(not_a_file(name, metadata.file_type()));
    }
    let size = metadata.len();
    if size > JSON_LIMIT {
        return Err(too_large(name, &format!("{size} bytes"), "in any format"));
    }
    let file = File::open(path).map_err(|err| unreadable(path, name, &err))?;
    // What was opened is what was checked, unless the name was pointed elsewhere since.
    let opened = file
        .metadata()
        .map_err(|err| unreadable(path, name, &err))?;
    if !opened.is_file() {
        return Err(not_a_file(name, opened.file_type()));
    }
    read_limited(file, name, Some(opened.len()))
}

/// Everything `reader` holds, refusing it once it is over the limit for its kind
/// without reading more than one byte past that limit (so that a pipe that never ends
/// cannot exhaust memory). `size` is its size when the file system gives one.
fn read_limited(reader: impl Read, name: &str, size: Option<u64>) -> Result<Vec<u8>, Failure> {
    let failed =
        |err: io::Error| Failure::usage(format!("{name}: cannot be read ({err}): {EXPECTED_FILE}"));
    let said = |read: u64| {
        size.map_or_else(
            || format!("more than {read} bytes"),
            |size| format!("{size} bytes"),
        )
    };
    let mut reader = reader.take(TEXT_LIMIT.saturating_add(1));
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(failed)?;
    if !over(bytes.len(), TEXT_LIMIT) {
        return Ok(bytes);
    }
    let kind = match InputFormat::of_start(&bytes) {
        // White space only so far: what follows decides, within the larger limit.
        Some(InputFormat::Json) | None => "as JSON",
        Some(InputFormat::Html) => "as a web page",
        Some(InputFormat::Docx) => "as a Word file",
        Some(_) => return Err(too_large(name, &said(TEXT_LIMIT), "as text")),
    };
    reader.set_limit(JSON_LIMIT.saturating_sub(TEXT_LIMIT));
    reader.read_to_end(&mut bytes).map_err(failed)?;
    if over(bytes.len(), JSON_LIMIT) {
        return Err(too_large(name, &said(JSON_LIMIT), kind));
    }
    Ok(bytes)
}

/// Refuses a plan read as text whose JSON, as `json` prints it, would be over `limit`
/// bytes (the limit for JSON), so that it could not be read back. The JSON is counted as
/// it is written, never held, and the count stops once it passes the limit.
fn json_fits(plan: &Plan, name: &str, limit: u64) -> Result<(), Failure> {
    // The final newline `json` prints after the JSON.
    match plan.json_within(limit.saturating_sub(1)) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Failure::data(format!(
            "{name}: the plan's JSON (what `json` prints) would be over the {JSON_LIMIT_NAME} size limit for a plan as JSON (more than {limit} bytes), so it could not be read back: expected a plan as text whose JSON fits ({})",
            limits()
        ))),
        Err(err) => Err(Failure::data(format!(
            "{name}: writing the plan as JSON: {err}"
        ))),
    }
}

/// Both size limits, as messages state them.
fn limits() -> String {
    format!(
        "a plan as text may be at most {TEXT_LIMIT_NAME}, as JSON, a web page or a Word file at most {JSON_LIMIT_NAME}"
    )
}

/// A web page or a Word file that holds no plan: a data error, with the reader's
/// reason.
fn refused(name: &str, refusal: &Refusal) -> Failure {
    Failure::data(format!("{name}: {refusal}"))
}

/// A name that is not a regular file: a usage error naming what it is.
fn not_a_file(name: &str, kind: FileType) -> Failure {
    Failure::usage(format!(
        "{name}: is {}, not a regular file: {EXPECTED_FILE}, or `-` for standard input",
        wuzhong_plan::quote::file_kind(kind)
    ))
}

/// A file that could not be opened or read: a usage error.
fn unreadable(path: &Path, name: &str, err: &io::Error) -> Failure {
    let what = match err.kind() {
        ErrorKind::NotFound => "no such file".to_owned(),
        // Some systems refuse to open a directory rather than to read it.
        _ if path.is_dir() => "is a directory".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read ({err})"),
    };
    Failure::usage(format!("{name}: {what}: {EXPECTED_FILE}"))
}

/// A file over the size limit for its kind: a data error.
fn too_large(name: &str, size: &str, kind: &str) -> Failure {
    Failure::data(format!(
        "{name}: the file is over the size limit for a plan {kind} ({size}): {}",
        limits()
    ))
}

/// A file that is not UTF-8: a data error naming the line and the byte offset.
fn not_utf8(name: &str, bytes: &[u8], err: &std::str::Utf8Error) -> Failure {
    let (line, what) = wuzhong_plan::quote::not_utf8(bytes, err);
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

    /// The embedded plan's JSON, as `json` prints it, is `data/plan.json` with its final
    /// newline.
    #[test]
    fn a_plan_is_refused_exactly_when_its_json_would_be_over_the_limit() {
        let plan = wuzhong_plan::plan();
        let printed = PLAN_JSON.len() as u64;
        let json = plan.to_json().map(|json| json.len() as u64 + 1);
        assert_eq!(json.ok(), Some(printed));
        assert!(json_fits(plan, "p.txt", printed).is_ok());
        assert!(json_fits(plan, "p.txt", JSON_LIMIT).is_ok());
        let refused = json_fits(plan, "p.txt", printed - 1);
        assert!(
            refused.is_err(),
            "a plan whose JSON is a byte too large is accepted"
        );
        if let Err(failure) = refused {
            assert_eq!(failure.code, crate::DATA);
            assert!(
                failure
                    .message
                    .starts_with("p.txt: the plan's JSON (what `json` prints) would be over")
            );
            let over = format!("more than {} bytes", printed - 1);
            assert!(failure.message.contains(&over), "{}", failure.message);
            assert!(failure.message.contains("as text may be at most 16 MiB"));
            assert!(
                failure
                    .message
                    .contains("as JSON, a web page or a Word file at most 256 MiB")
            );
        }
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
