//! Many plans at once: `--plan` given more than once, or naming a directory.
//!
//! The files are found by the library's [`Corpus::find`] (a directory walked
//! recursively, its hidden entries and links passed over, each passed-over entry a
//! `note:` line on stderr) and read in parallel, a batch at a time, by [`Corpus::map`]:
//! each document is read, answered and dropped in the worker that read it, so that
//! memory holds a batch of plans and the answer, never the corpus.
//!
//! One bad document never stops the rest: a file that is no plan is a `warning:` line
//! naming it and why, and the others are answered. Under `--strict` a plan whose
//! reading noticed anything is refused too. Every command ends with a line on stderr
//! saying how many files were read and refused; the exit code is 0, or 1 under
//! `--strict` when any file was refused.
//!
//! Every answer says which plan each record comes from: a JSON record and a CSV row
//! start with `plan`, the plan's id in the corpus (see [`wuzhong_plan::CorpusFile::id`]).
//! Names resolve in each plan on its own, so `--lead finance` is each plan's finance
//! body; a name only an error when no plan knows it.

use std::io::IsTerminal as _;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use wuzhong_plan::{Corpus, CorpusPage, Document, Plan, Refusal, RefusalKind};

use crate::output::{Format, Output};
use crate::{Cli, Command, DATA, Failure, export, names, records};

/// What a command across many plans prints, and the exit code it ends with.
pub struct Answer {
    /// What goes to stdout.
    pub bytes: Vec<u8>,
    /// 0, or [`DATA`] under `--strict` when a file was refused.
    pub code: u8,
}

/// How long the work may take before a progress bar shows on a terminal.
const MOMENT: Duration = Duration::from_millis(400);

/// Runs `cli`'s command across the plans of every `--plan`.
pub fn run(cli: &Cli, format: Format) -> Result<Answer, Failure> {
    let corpus = Corpus::find(&cli.plan).map_err(|err| {
        Failure::usage(format!(
            "--plan: {}: {}",
            names::value(&err.name),
            err.reason
        ))
    })?;
    for skipped in corpus.skipped() {
        crate::say(&format!(
            "note: {}: skipped: {}",
            names::value(&skipped.name),
            skipped.reason
        ));
    }
    if corpus.files().is_empty() {
        return Err(Failure::usage(
            "--plan: no file to read was found: expected files of plans (plain text, JSON, a web page or a Word file), or directories holding them",
        ));
    }
    let mut tally = Tally::new(&corpus, cli.strict);
    let bytes = match &cli.command {
        Command::Text => {
            let texts = tally.each(&corpus, |_, plan| plan.to_text());
            headed(texts)
        }
        Command::Json => {
            let lines = tally.each(&corpus, json_line);
            let mut out = String::new();
            for (_, line) in lines {
                out.push_str(&line.map_err(Failure::data)?);
                out.push('\n');
            }
            out.into_bytes()
        }
        Command::Render { to, script } => render(&corpus, &mut tally, to, script.as_deref())?,
        Command::Export(what) => export::corpus(&corpus, &mut tally, what)?,
        Command::Tasks(filters) => answer(
            &mut tally,
            &corpus,
            format,
            Output::empty("no tasks match"),
            |id, plan| {
                let query = filters.query(plan)?;
                records::tasks(Some(id), plan, query.tasks()).map_err(Failure::data)
            },
        )?,
        Command::Targets(filters) => answer(
            &mut tally,
            &corpus,
            format,
            Output::empty("no targets match"),
            |id, plan| {
                let query = filters.query(plan)?;
                records::targets(Some(id), plan, query.targets()).map_err(Failure::data)
            },
        )?,
        Command::Task { number } => answer(
            &mut tally,
            &corpus,
            format,
            Output::empty("no plan has the task"),
            |id, plan| {
                let task = crate::task_number(plan, number)?;
                records::task(Some(id), plan, task).map_err(Failure::data)
            },
        )?,
        Command::Target { id: target } => answer(
            &mut tally,
            &corpus,
            format,
            Output::empty("no plan has the target"),
            |id, plan| {
                let target = crate::target_id(plan, target)?;
                records::target(Some(id), plan, target).map_err(Failure::data)
            },
        )?,
        Command::Departments { level } => {
            let level = crate::level_value(level.as_deref())?;
            answer(
                &mut tally,
                &corpus,
                format,
                Output::empty("no departments"),
                |id, plan| records::departments(Some(id), plan, level).map_err(Failure::data),
            )?
        }
        Command::Department { name, level } => {
            let level = crate::level_value(level.as_deref())?;
            answer(
                &mut tally,
                &corpus,
                format,
                Output::empty("no plan names it"),
                |id, plan| {
                    let who = plan
                        .who(name)
                        .map_err(|err| Failure::usage(err.to_string()))?;
                    records::department(Some(id), plan, who, level).map_err(Failure::data)
                },
            )?
        }
        Command::Domains => answer(
            &mut tally,
            &corpus,
            format,
            Output::empty("no domains"),
            |id, plan| records::domains(Some(id), plan).map_err(Failure::data),
        )?,
    };
    Ok(tally.finish(bytes))
}

/// A command's records from each plan, joined: a plan whose answer is an error (a
/// name it does not know, a task it does not have) has none, and the error is the
/// answer only when every plan read gives one.
fn answer<F>(
    tally: &mut Tally,
    corpus: &Corpus,
    format: Format,
    empty: Output,
    work: F,
) -> Result<Vec<u8>, Failure>
where
    F: Fn(&str, &Plan) -> Result<Output, Failure> + Sync + Send,
{
    let parts = tally.each(corpus, |id, plan| {
        work(id, plan).map(|output| output.only(format).with_plan_column(id))
    });
    let mut outputs = Vec::with_capacity(parts.len());
    let mut first_error = None;
    for (_, part) in parts {
        match part {
            Ok(output) => outputs.push(output),
            Err(failure) => {
                first_error.get_or_insert(failure);
            }
        }
    }
    if outputs.is_empty()
        && let Some(failure) = first_error
    {
        return Err(failure);
    }
    let output = Output::concat(outputs, empty).map_err(Failure::data)?;
    if let Some(note) = output.note().filter(|_| format.is_for_people()) {
        crate::say(note);
    }
    let text = output.render(format).map_err(Failure::data)?;
    Ok(text.into_bytes())
}

/// `render` across plans: one HTML page over them all; Markdown and text as each plan's,
/// one after the other.
fn render(
    corpus: &Corpus,
    tally: &mut Tally,
    to: &str,
    script: Option<&str>,
) -> Result<Vec<u8>, Failure> {
    let (format, options) = crate::render_options(to, script)?;
    match format {
        wuzhong_plan::Format::Html => {
            let mut page = CorpusPage::new(&options);
            tally.documents(corpus, |document| page.add(&document));
            Ok(page.finish().into_bytes())
        }
        wuzhong_plan::Format::Markdown | wuzhong_plan::Format::Text => {
            let rendered = tally.each(corpus, |_, plan| plan.render(format, &options));
            Ok(match format {
                wuzhong_plan::Format::Markdown => ruled(rendered),
                _ => headed(rendered),
            })
        }
        _ => Err(Failure::usage(format!(
            "--to {}: renders one plan as one document, and --plan names many: render them one at a time, or give --to html for one page over them all, or --to markdown or text",
            names::value(to)
        ))),
    }
}

/// Each plan's text after a line naming it, `==> ID <==`, as `head` names its files,
/// with a blank line between plans.
fn headed(texts: Vec<(String, String)>) -> Vec<u8> {
    let mut out = String::new();
    for (i, (id, text)) in texts.into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("==> {id} <==\n"));
        out.push_str(&text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out.into_bytes()
}

/// Each plan's Markdown, one after the other, a thematic break between them.
fn ruled(documents: Vec<(String, String)>) -> Vec<u8> {
    let mut out = String::new();
    for (i, (_, text)) in documents.into_iter().enumerate() {
        if i > 0 {
            out.push_str("\n---\n\n");
        }
        out.push_str(&text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out.into_bytes()
}

/// A line of `json` across plans (JSON Lines): `{"plan": ID, "document": PLAN}`, the
/// plan as `json` prints it, without white space.
fn json_line(id: &str, plan: &Plan) -> Result<String, String> {
    #[derive(Serialize)]
    struct Line<'a> {
        plan: &'a str,
        document: &'a Plan,
    }
    serde_json::to_string(&Line {
        plan: id,
        document: plan,
    })
    .map_err(|err| format!("writing the plan {id} as JSON: {err}"))
}

/// What happened to each file as the corpus was read: how many were read and refused,
/// and the progress bar that shows it on a terminal.
pub struct Tally {
    strict: bool,
    read: usize,
    refused: usize,
    progress: Progress,
}

impl Tally {
    /// A tally of `corpus`'s reading, refusing under `strict` a plan with diagnostics.
    fn new(corpus: &Corpus, strict: bool) -> Tally {
        Tally {
            strict,
            read: 0,
            refused: 0,
            progress: Progress::new(corpus.files().len()),
        }
    }

    /// Reads every document and answers each plan read with `work`, in parallel, in the
    /// corpus's order; each answer with its plan's id.
    pub fn each<T, F>(&mut self, corpus: &Corpus, work: F) -> Vec<(String, T)>
    where
        T: Send,
        F: Fn(&str, &Plan) -> T + Sync + Send,
    {
        let mut answers = Vec::new();
        self.documents_mapped(
            corpus,
            |document| match &document.plan {
                Ok(plan) => Some((document.id().to_owned(), work(document.id(), plan))),
                Err(_) => None,
            },
            |answer| answers.extend(answer),
        );
        answers
    }

    /// Hands every document, in the corpus's order, to `take`, one at a time.
    pub fn documents(&mut self, corpus: &Corpus, take: impl FnMut(Document)) {
        self.documents_mapped(corpus, std::convert::identity, take);
    }

    /// Reads every document, `--strict` applied, maps each with `map` in parallel, and
    /// hands the results to `take` in order, saying on stderr what each reading noticed.
    pub fn documents_mapped<T, F>(&mut self, corpus: &Corpus, map: F, mut take: impl FnMut(T))
    where
        T: Send,
        F: Fn(Document) -> T + Sync + Send,
    {
        let strict = self.strict;
        let results = corpus.map(|mut document| {
            let said = examined(&mut document, strict);
            (said, map(document))
        });
        for (said, result) in results {
            self.progress.advance();
            if said.refused {
                self.refused += 1;
            } else {
                self.read += 1;
            }
            for line in &said.lines {
                self.progress.suspend(|| crate::warn(line));
            }
            take(result);
        }
    }

    /// The answer, after the summary line on stderr: `N files: R read, F refused`.
    fn finish(self, bytes: Vec<u8>) -> Answer {
        self.progress.clear();
        let total = self.read + self.refused;
        let files = if total == 1 { "file" } else { "files" };
        let under = if self.strict && self.refused > 0 {
            " (--strict refuses a plan whose reading noticed anything)"
        } else {
            ""
        };
        crate::say(&format!(
            "{total} {files}: {} read, {} refused{under}",
            self.read, self.refused
        ));
        Answer {
            bytes,
            code: if self.strict && self.refused > 0 {
                DATA
            } else {
                0
            },
        }
    }
}

/// What the reading of one document says on stderr, and whether it was refused.
struct Said {
    refused: bool,
    lines: Vec<String>,
}

/// Applies `--strict` to `document` (a plan with diagnostics becomes a refusal), and
/// what its reading says: why it was refused, or what its reading noticed, in one line.
fn examined(document: &mut Document, strict: bool) -> Said {
    let name = names::value(&document.file.name);
    let findings = match &document.plan {
        Ok(plan) if !plan.diagnostics().is_empty() => Some(findings(plan)),
        _ => None,
    };
    if let (true, Some(findings)) = (strict, &findings) {
        document.plan = Err(Refusal::new(
            RefusalKind::Findings,
            None,
            format!("{findings}, which --strict makes errors"),
        ));
    }
    match &document.plan {
        // The refusal's message says where in the file, where it has a line.
        Err(refusal) => Said {
            refused: true,
            lines: vec![format!(
                "{name}: refused, and the other files read: {}",
                refusal.message
            )],
        },
        Ok(_) => Said {
            refused: false,
            lines: findings
                .map(|findings| format!("{name}: {findings}"))
                .into_iter()
                .collect(),
        },
    }
}

/// What a plan's diagnostics count, by kind: `3 findings of the reading (2
/// unknown-body, 1 unread-text)`.
fn findings(plan: &Plan) -> String {
    let mut kinds: Vec<(wuzhong_plan::DiagnosticKind, usize)> = Vec::new();
    for diagnostic in plan.diagnostics() {
        match kinds.iter_mut().find(|(kind, _)| *kind == diagnostic.kind) {
            Some((_, count)) => *count += 1,
            None => kinds.push((diagnostic.kind, 1)),
        }
    }
    kinds.sort();
    let total = plan.diagnostics().len();
    let each: Vec<String> = kinds
        .iter()
        .map(|(kind, count)| format!("{count} {kind}"))
        .collect();
    let plural = if total == 1 { "finding" } else { "findings" };
    format!(
        "{total} {plural} of the reading ({}); `--plan FILE` alone lists them",
        each.join(", ")
    )
}

/// A progress bar on stderr, shown only when stderr is a terminal and the work has
/// taken longer than a moment; hidden otherwise, and never drawn into a pipe or a file.
struct Progress {
    bar: ProgressBar,
    started: Instant,
    shown: bool,
    terminal: bool,
}

impl Progress {
    /// A hidden bar of `total` files.
    fn new(total: usize) -> Progress {
        let bar = ProgressBar::with_draw_target(
            Some(u64::try_from(total).unwrap_or(u64::MAX)),
            ProgressDrawTarget::hidden(),
        );
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files, {per_sec}, {eta} left")
        {
            bar.set_style(style);
        }
        Progress {
            bar,
            started: Instant::now(),
            shown: false,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// One more file done; the bar shows once the work has taken longer than a moment.
    fn advance(&mut self) {
        self.bar.inc(1);
        if !self.shown && self.terminal && self.started.elapsed() > MOMENT {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
    }

    /// Runs `say` with the bar out of the way.
    fn suspend(&self, say: impl FnOnce()) {
        self.bar.suspend(say);
    }

    /// Takes the bar off the terminal.
    fn clear(&self) {
        self.bar.finish_and_clear();
    }
}
