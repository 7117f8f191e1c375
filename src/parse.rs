//! [`parse`]: text of the genre to a [`Plan`], through every layer: the reader turns the
//! lines into a plan's data, the checks find any invariant it breaks (each reported on
//! the line it stands on), the plan builds its indexes, and the text renderer proves
//! that the plan gives back the input byte for byte.

use crate::base::digest::sha256;
use crate::fault::{ParseError, ParseErrorKind};
use crate::model::{Source, SourceFormat};
use crate::plan::Plan;
use crate::read::structure::{Reading, read};

/// Parses plain text of the genre into a [`Plan`].
///
/// ```
/// let plan = wuzhong_plan::parse(wuzhong_plan::SOURCE_TEXT)?;
/// assert_eq!(plan.tasks().len(), 50);
/// assert_eq!(plan.to_text(), wuzhong_plan::SOURCE_TEXT);
///
/// // Another plan of the genre, in Simplified script with full-width punctuation:
/// let text = "一、重点任务\n（一）稳就业\n1．扩大就业。新增岗位。\n责任单位：市人力资源和社会保障局\n";
/// let other = wuzhong_plan::parse(text)?;
/// assert_eq!(other.task(1).map(|t| t.title.as_str()), Some("扩大就业"));
/// assert_eq!(other.to_text(), text);
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
///
/// # Errors
///
/// A [`ParseError`] naming the line, only for a text that is no text of the genre at
/// all: an empty text, or one whose line endings mix (or, a safety net, a plan that
/// breaks an invariant or would not give the text back); see [`ParseErrorKind`]. A text
/// is never refused for its shape: what does not fit the structure found is kept as
/// text on its line, and [`Plan::diagnostics`] says so.
pub fn parse(text: &str) -> Result<Plan, ParseError> {
    parse_from(text, SourceFormat::Text, text.as_bytes())
}

/// Parses `text`, read from the file `bytes` of `format` (the text itself, for text),
/// recording that file as the plan's source; the file is digested once the text has
/// read as a plan.
pub(crate) fn parse_from(
    text: &str,
    format: SourceFormat,
    bytes: &[u8],
) -> Result<Plan, ParseError> {
    let Reading {
        data,
        origins,
        lines,
    } = read(text)?;
    let plan = Plan::from_parsed(data).map_err(|(problems, data)| {
        // The line the first broken invariant stands on; the first line when no line
        // is its own (the metadata, read from the whole front matter).
        let line = problems
            .first()
            .and_then(|problem| origins.line_of(problem, &data))
            .filter(|&line| line >= 1 && line <= lines.len())
            .unwrap_or(1);
        let text = line
            .checked_sub(1)
            .and_then(|i| lines.get(i))
            .copied()
            .unwrap_or_default();
        ParseError::new(line, text, ParseErrorKind::Invalid(problems))
    })?;
    check_lossless(&plan, text, &lines)?;
    Ok(plan.with_source(Source::new(format, sha256(bytes))))
}

/// Renders the plan and compares it with the input, naming the first line that differs.
fn check_lossless(plan: &Plan, text: &str, lines: &[&str]) -> Result<(), ParseError> {
    let rendered = plan.to_text();
    if rendered == text {
        return Ok(());
    }
    let rendered = rendered.strip_prefix('\u{feff}').unwrap_or(&rendered);
    let ending = plan.layout().line_ending.as_str();
    let differs = rendered
        .split(ending)
        .zip(lines.iter())
        .position(|(ours, theirs)| ours != *theirs)
        .unwrap_or(lines.len().saturating_sub(1));
    let line = lines.get(differs).copied().unwrap_or_default();
    Err(ParseError::new(
        differs + 1,
        line,
        ParseErrorKind::NotLossless,
    ))
}
