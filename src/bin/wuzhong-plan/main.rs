//! `wuzhong-plan`: the Wuzhong 14th Five-Year public service plan from the shell.
//!
//! Every command answers from the plan embedded in the crate, or from the plan in the
//! file `--plan FILE` names (see [`source`] for how the file is read). What reading a
//! `--plan` file noticed but
//! could not fully understand (a body of no known kind) is a `warning:` line on stderr
//! each, and the command answers. Errors are one line on
//! stderr and leave stdout empty; the exit code is 2 for what was typed wrong (a
//! usage error: an unknown option or name, a `--plan` that names no readable file) and 1
//! for data that is wrong (a `--plan` file that is not a plan) or an answer that could not
//! be written.
//!
//! What it prints to a terminal holds no character that the terminal would act on or
//! hide: [`for_terminal`] writes them as escapes, and a table escapes its cells
//! whatever stdout is (see [`output`]).
//!
//! Nothing it prints can panic: every write to stdout or stderr goes through
//! [`write_stdout`] or [`report`], which take a failed write as an outcome. A reader that
//! closes the pipe early (`| head`) is no error: the exit code is the one the command
//! deserves and stderr stays empty. Any other failure to write the answer (a full disk,
//! `>/dev/full`) is exit code 1, with a line on stderr if stderr can take it; a failure
//! to write an error message leaves the error's own exit code.

#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod corpus;
mod export;
mod files;
mod names;
mod output;
mod records;
mod source;

use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use wuzhong_plan::{Domain, Level, Node, Plan, RenderOptions, Script, quote, try_plan};

use crate::corpus::Answer;
use crate::output::Format;
use crate::source::Source;

/// Exit code for input the user typed wrong, including a `--plan` argument that names no
/// readable file.
const USAGE: u8 = 2;
/// Exit code for a plan whose data does not load: a `--plan` file that is too large, not
/// UTF-8 or not a plan, or (should it ever happen) the embedded plan. An answer that
/// could not be written, for a reason other than a closed pipe, gets it too.
const DATA: u8 = 1;

const ABOUT: &str = "The 吳忠市“十四五”公共服務發展實施方案 (Wuzhong City 14th Five-Year Public \
Service Development Implementation Plan) as data: its tasks, who leads them, what they \
promise and by when.";

const EXAMPLES: &str = "Examples:
  wuzhong-plan tasks --lead 民政局
  wuzhong-plan tasks --domain 老有所養 --due-by 2025 --format csv
  wuzhong-plan targets --involving 教育局 --format json
  wuzhong-plan task 23
  wuzhong-plan text > plan.txt
  wuzhong-plan export --datapackage wuzhong --popolo wuzhong/popolo.json
  wuzhong-plan --plan other-plan.txt tasks --lead 民政局
  wuzhong-plan --plan plans/ tasks --lead finance --format csv
  wuzhong-plan --plan plans/ export --datapackage corpus
  unzip -p plans.zip wuzhong.txt | wuzhong-plan --plan - tasks

--plan FILE answers from the plan in FILE instead of the embedded one; --plan - reads
it from standard input. FILE must be a regular file (not a FIFO, socket or device) or a
directory: --plan given more than once, or naming a directory (read recursively, hidden
entries and links inside it passed over), answers across many plans, each JSON record and CSV row starting with `plan`, the plan's id (its path below
the directory, or the file's name); a file that is no plan is a warning and the rest
are read, and the last line on stderr counts the files read and refused. What is read
is taken as JSON of this crate's schema (what `wuzhong-plan json`
prints) when its first character other than whitespace, after an optional UTF-8
byte-order mark, is `{`, and as plain text of the genre otherwise. It must be UTF-8,
at most 16 MiB as text and at most 256 MiB as JSON; a text whose JSON (as `json` prints
it) would be over 256 MiB is refused too, so that every text plan it reads can be read
back as its JSON.

Names are taken in any form: full (市衛生健康委員會), short (衛生健康委員會), Simplified
(市卫生健康委员会), English (Health Commission) or id (health); domains as 老有所養,
老有所养, elderly-care or Elderly care.
Filters combine with AND. --format defaults to table on a terminal and json otherwise;
`text` takes no --format, and `json` only --format json.

Errors are one line on stderr, with nothing on stdout; control characters and bidi
overrides in file names and values are written as escapes such as \\u{1b}, and a long
one is cut after 80 characters. A table writes them so in its cells, and so does every
answer shown on a terminal; piped or redirected, an answer is written byte for byte.
CSV writes a cell a spreadsheet would run as a formula (=, +, -, @) after a ', quoted.
Exit codes: 0 success (a reader that closes the pipe
early, as `| head` does, is no error); 1 the data is wrong (a --plan file over the size
limit, not UTF-8, malformed JSON, JSON that is not a valid plan, text that does not
parse, or text whose JSON would be over the JSON limit) or the output could not be
written (a full disk); 2 the command is wrong (an unknown command, option, name or
value, a --format the command does not print, a --plan FILE that does not exist, is
not a regular file or cannot be read, or a path export refuses: a DIR that is no
directory, a link or anything but a regular file where a file is to go, a --popolo
FILE that is one of the package's files).";

#[derive(Parser)]
#[command(name = "wuzhong-plan", version, about = ABOUT, after_help = EXAMPLES)]
struct Cli {
    /// Output format: table, json, csv or markdown [default: table on a terminal, json
    /// otherwise]
    #[arg(long, global = true, value_name = "FORMAT")]
    format: Option<String>,

    /// Answer from the plan in FILE (plain text of the genre, JSON, a web page or a Word
    /// file, told by its content; `-` for standard input) instead of the embedded plan. Repeat it, or name a directory (read
    /// recursively), to answer across many plans, each record tagged with its plan
    #[arg(long, global = true, value_name = "FILE")]
    plan: Vec<PathBuf>,

    /// Refuse a --plan file whose reading noticed anything (a body of no known kind, a
    /// task with no responsible body, text left unread): the warnings become errors,
    /// exit code 1
    #[arg(long, global = true)]
    strict: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The tasks that meet every filter, in task order
    #[command(
        after_help = "Example:\n  wuzhong-plan tasks --lead 市民政局 --domain elderly-care --due-by 2025"
    )]
    Tasks(Filters),
    /// One task in full: title, body, lead and supporting bodies, domains, targets
    #[command(
        after_help = "Example:\n  wuzhong-plan task 23 --format json\n  wuzhong-plan task 第23條\n  wuzhong-plan --plan notice.txt task （十七）\n  wuzhong-plan --plan notice.txt task part-5/task-12"
    )]
    Task {
        /// The task's number as the text writes it (1 to 50 in the embedded plan; a
        /// table's row 21 is 21) and as people cite it: 23, 23., 第23條, 第23项,
        /// 第二十三條, （二十三）; or its id, part-2/group-2/task-23, which names one task
        /// where several write the same number (numbering that restarts)
        number: String,
    },
    /// One target in full: its quote, metric, value and unit, deadline, task and lead
    #[command(
        after_help = "Example:\n  wuzhong-plan target t26.1\n  wuzhong-plan target p1.1 --format json"
    )]
    Target {
        /// The target's id: t26.1 is task 26's first, p1.1 part 一's first objective (see
        /// `wuzhong-plan targets`)
        id: String,
    },
    /// The targets (dated commitments) of the tasks that meet every filter
    #[command(
        after_help = "Example:\n  wuzhong-plan targets --due-by 2023\n  wuzhong-plan targets --lead 住房和城鄉建設局 --format csv"
    )]
    Targets(Filters),
    /// Every department with how many tasks it leads and supports
    #[command(
        after_help = "Example:\n  wuzhong-plan departments --format markdown\n  wuzhong-plan departments --level province"
    )]
    Departments {
        /// Only the organisations at this level of government: national, province, city,
        /// county, district or township (also provincial, central, 省, 市, 縣…)
        #[arg(long, value_name = "LEVEL")]
        level: Option<String>,
    },
    /// One department: the tasks it leads and supports, and their targets
    #[command(
        after_help = "Example:\n  wuzhong-plan department 民政局\n  wuzhong-plan department civil-affairs --format json"
    )]
    Department {
        /// The department, in any form: 市民政局, 民政局, civil-affairs, Civil Affairs Bureau
        name: String,
        /// Only its organisations at this level of government (a kind stands for every
        /// organisation of the kind): national, province, city, county, district or
        /// township (also provincial, central, 省, 市, 縣…)
        #[arg(long, value_name = "LEVEL")]
        level: Option<String>,
    },
    /// The domains (item 48's livelihood goals, and the system level) with their tasks
    #[command(after_help = "Example:\n  wuzhong-plan domains --format csv")]
    Domains,
    /// The plan's text, for the embedded plan exactly as published (takes no --format)
    #[command(
        after_help = "Example:\n  wuzhong-plan text > plan.txt\n  wuzhong-plan --plan plan.json text"
    )]
    Text,
    /// The plan as JSON, for the embedded plan its JSON file as it is (--format json only)
    #[command(
        after_help = "Example:\n  wuzhong-plan json | jq '.targets | length'\n  wuzhong-plan --plan other-plan.txt json > other-plan.json"
    )]
    Json,
    /// The plan rendered for people or for document tools, to stdout (takes no --format)
    #[command(
        after_help = "Example:\n  wuzhong-plan render --to html > plan.html\n  wuzhong-plan --plan other-plan.txt render --to akn\n  wuzhong-plan render --to markdown --script simplified"
    )]
    Render {
        /// markdown, html, akn (Akoma Ntoso 3.0), stratml (StratML Part 2), timeline-svg,
        /// network-svg, or text
        #[arg(long, value_name = "FORMAT")]
        to: String,
        /// The script of the displayed text: traditional or simplified [default: the
        /// source's]
        #[arg(long, value_name = "SCRIPT")]
        script: Option<String>,
    },
    /// Files for other tools: a Frictionless data package of the plan's tables, the
    /// organisations as Popolo JSON (takes no --format)
    #[command(
        after_help = "Example:\n  wuzhong-plan export --datapackage wuzhong\n  frictionless validate wuzhong/datapackage.json\n  wuzhong-plan --plan other-plan.txt export --datapackage other --popolo other/popolo.json\n  wuzhong-plan export --popolo - | jq '.organizations | length'"
    )]
    Export(export::Export),
}

/// The filters of `tasks` and `targets`; each narrows the answer.
#[derive(Args)]
struct Filters {
    /// Tasks this department leads (as the text states the roles, or else listed first)
    #[arg(long, value_name = "DEPARTMENT")]
    lead: Option<String>,
    /// Tasks this department takes part in; repeat to require several
    #[arg(long, value_name = "DEPARTMENT")]
    involving: Vec<String>,
    /// Tasks that serve this domain (see `wuzhong-plan domains`); repeat to require several
    #[arg(long, value_name = "DOMAIN")]
    domain: Vec<String>,
    /// Tasks in this task group: its number or numeral (1 to 5, or 一 to 五, in the embedded
    /// plan)
    #[arg(long, value_name = "GROUP")]
    group: Option<String>,
    /// Targets due by the end of this year at the latest (tasks: with such a target, or
    /// whose own deadline, such as 6月底完成 or 2022年底前, is due by then): 2025,
    /// 2025年, 2025年底 or 到2025年
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    due_by: Option<String>,
    /// Tasks whose own text (title or body) contains this text, in Traditional or
    /// Simplified script and in Taiwan's or the mainland's wording, the wiki mirror's
    /// too (应用 finds 套用, 中小学 finds 中國小; targets: those of such tasks); repeat to
    /// require several
    #[arg(long, value_name = "TEXT")]
    grep: Vec<String>,
    /// Targets whose own quote contains this text, as --grep matches it (tasks: with such
    /// a target); repeat to require several
    #[arg(long, value_name = "TEXT")]
    quote: Vec<String>,
    /// Bodies at this level of government: with --lead or --involving, the body must be
    /// at that level; alone, tasks with a party at that level. national, province, city,
    /// county, district or township (also provincial, central, 省, 市, 縣…); repeat for
    /// any of several
    #[arg(long, value_name = "LEVEL")]
    level: Vec<String>,
}

/// Why a command failed, and the exit code that says so.
struct Failure {
    code: u8,
    message: String,
}

impl Failure {
    /// A usage error: what was typed does not work.
    fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: USAGE,
            message: message.into(),
        }
    }

    /// A data error: the plan's data is wrong.
    fn data(message: impl Into<String>) -> Failure {
        Failure {
            code: DATA,
            message: message.into(),
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return clap_failure(&err),
    };
    match run(&cli) {
        Ok(Answer { bytes, code }) => {
            let written = write_stdout(&for_terminal(bytes));
            if code != 0 && written == ExitCode::SUCCESS {
                ExitCode::from(code)
            } else {
                written
            }
        }
        Err(failure) => {
            report(&failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// Writes `error: MESSAGE` to stderr on one line, its hidden characters escaped (see
/// [`names`]). A stderr that cannot be written to (closed, full) is left at that: there
/// is nowhere else to say so, and the exit code still tells.
fn report(message: &str) {
    to_stderr("error: ", message);
}

/// Writes `MESSAGE` to stderr on a line of its own, as [`report`] writes an error: a note
/// on an answer that is no error (`no tasks match`).
fn say(message: &str) {
    to_stderr("", message);
}

/// Writes `warning: MESSAGE` to stderr on one line, as [`report`] writes an error.
pub fn warn(message: &str) {
    to_stderr("warning: ", message);
}

/// Writes `PREFIXMESSAGE` to stderr on one line, its hidden characters escaped.
fn to_stderr(prefix: &str, message: &str) {
    let line = format!("{prefix}{}\n", names::visible(&one_line(message)));
    let mut stderr = std::io::stderr().lock();
    let _ = stderr
        .write_all(line.as_bytes())
        .and_then(|()| stderr.flush());
}

/// The message on one line, whatever it holds: each line break, and the spaces around
/// it, become one space.
fn one_line(message: &str) -> String {
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if !message.contains(breaks) {
        return message.to_owned();
    }
    let pieces: Vec<&str> = message
        .split(breaks)
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .collect();
    pieces.join(" ")
}

/// Prints help and the version as clap does; any other error as one line, exit code 2.
fn clap_failure(err: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
    ) {
        let printed = err.print().and_then(|()| std::io::stdout().flush());
        return written(printed);
    }
    if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        report(
            "a command is needed: tasks, task, targets, target, departments, department, domains, text, json, render or export; see `wuzhong-plan --help`",
        );
        return ExitCode::from(USAGE);
    }
    let rendered = err.render().to_string();
    let parts: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .filter(|line| {
            !line.is_empty()
                && !line.starts_with("Usage:")
                && !line.starts_with("For more information")
        })
        .map(|line| line.strip_prefix("error: ").unwrap_or(line))
        .collect();
    report(&format!(
        "{}; see `wuzhong-plan --help`",
        cut_quoted(parts.join("; ").trim_end_matches('.'))
    ));
    ExitCode::from(USAGE)
}

/// clap's message with each value it quotes in `'…'` written as [`names::value`] writes
/// it, so that a long argument is cut (clap quotes what was typed whole).
fn cut_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(1024));
    let mut rest = message;
    while let Some((before, after)) = rest.split_once('\'') {
        let Some((quoted, tail)) = after.split_once('\'') else {
            break;
        };
        out.push_str(before);
        out.push('\'');
        out.push_str(&names::value(quoted));
        out.push('\'');
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The answer as a terminal gets it: its control, bidirectional and invisible characters
/// written as escapes (`\u{1b}`), its lines, tabs and everything else kept, as
/// [`quote::multiline`] writes it; so that no text of a plan can move the cursor, set
/// the window's title, clear the screen or reorder what is shown. An answer to a pipe or
/// a file is left byte for byte (`text > plan.txt` gives the plan's text exactly).
fn for_terminal(bytes: Vec<u8>) -> Vec<u8> {
    if !std::io::stdout().is_terminal() {
        return bytes;
    }
    let text = String::from_utf8_lossy(&bytes);
    quote::multiline(&text).to_string().into_bytes()
}

/// Writes the answer; a reader that closed the pipe early (`| head`) is no error.
fn write_stdout(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    written(stdout.write_all(bytes).and_then(|()| stdout.flush()))
}

/// The exit code of a command whose answer was written with this outcome: success, also
/// when the reader closed the pipe early; otherwise 1, said on stderr if it can be.
fn written(outcome: std::io::Result<()>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            report(&format!("writing the output: {err}"));
            ExitCode::from(DATA)
        }
    }
}

/// Runs the command, returning everything it prints, so that an error leaves stdout
/// empty.
fn run(cli: &Cli) -> Result<Answer, Failure> {
    let format = match &cli.format {
        Some(value) => {
            let format = Format::parse(value).map_err(Failure::usage)?;
            printable(&cli.command, format, value)?;
            format
        }
        None if std::io::stdout().is_terminal() => Format::Table,
        None => Format::Json,
    };
    match cli.plan.as_slice() {
        [] => {}
        [path] if !is_directory(path) => {}
        _ => return corpus::run(cli, format),
    }
    one(cli, format).map(|bytes| Answer { bytes, code: 0 })
}

/// Whether `path`, a link followed, is a directory: a `--plan` that reads many plans.
fn is_directory(path: &std::path::Path) -> bool {
    path.as_os_str() != "-" && std::fs::metadata(path).is_ok_and(|metadata| metadata.is_dir())
}

/// Runs the command on one plan, the embedded one or the one `--plan` names.
fn one(cli: &Cli, format: Format) -> Result<Vec<u8>, Failure> {
    let source = match cli.plan.as_slice() {
        [] => Source::Embedded(
            try_plan()
                .map_err(|err| Failure::data(format!("the embedded plan does not load: {err}")))?,
        ),
        [path, ..] => Source::File(Box::new(source::load(path, cli.strict)?)),
    };
    let plan = source.plan();
    let output = match &cli.command {
        Command::Text => return Ok(source.text()),
        Command::Json => return source.json(),
        Command::Render { to, script } => return render(plan, to, script.as_deref()),
        Command::Export(what) => return export::run(plan, what),
        Command::Tasks(filters) => {
            let query = filters.query(plan)?;
            records::tasks(None, plan, query.tasks())
        }
        Command::Task { number } => {
            let task = task_number(plan, number)?;
            records::task(None, plan, task)
        }
        Command::Target { id } => {
            let target = target_id(plan, id)?;
            records::target(None, plan, target)
        }
        Command::Targets(filters) => records::targets(None, plan, filters.query(plan)?.targets()),
        Command::Departments { level } => {
            records::departments(None, plan, level_value(level.as_deref())?)
        }
        Command::Department { name, level } => {
            let who = plan
                .who(name)
                .map_err(|err| Failure::usage(err.to_string()))?;
            records::department(None, plan, who, level_value(level.as_deref())?)
        }
        Command::Domains => records::domains(None, plan),
    };
    let output = output.map_err(Failure::data)?;
    if let Some(note) = output.note().filter(|_| format.is_for_people()) {
        say(note);
    }
    let text = output.render(format).map_err(Failure::data)?;
    Ok(text.into_bytes())
}

/// `render --to FORMAT [--script SCRIPT]`: the plan in that format, each value read and
/// checked.
fn render(plan: &Plan, to: &str, script: Option<&str>) -> Result<Vec<u8>, Failure> {
    let (format, options) = render_options(to, script)?;
    Ok(plan.render(format, &options).into_bytes())
}

/// Reads `render`'s `--to FORMAT` and `--script SCRIPT`.
fn render_options(
    to: &str,
    script: Option<&str>,
) -> Result<(wuzhong_plan::Format, RenderOptions), Failure> {
    let format: wuzhong_plan::Format = to.parse().map_err(|_| {
        Failure::usage(format!(
            "--to: `{}` is no format: expected markdown, html, akn, stratml, timeline-svg, network-svg or text",
            names::value(to)
        ))
    })?;
    let mut options = RenderOptions::default();
    if let Some(script) = script {
        let script: Script = script.parse().map_err(|_| {
            Failure::usage(format!(
                "--script: `{}` is no script: expected traditional or simplified",
                names::value(script)
            ))
        })?;
        options = options.script(script);
    }
    Ok((format, options))
}

/// Refuses a `--format` the command does not print: `text` prints the plan's text in no
/// format of `--format`'s, and `json` only JSON.
fn printable(command: &Command, format: Format, value: &str) -> Result<(), Failure> {
    let value = names::value(value);
    match command {
        Command::Text => Err(Failure::usage(format!(
            "`text` prints the plan's text and takes no --format (got `{value}`): leave --format out"
        ))),
        Command::Render { .. } => Err(Failure::usage(format!(
            "`render` takes its format with --to, and no --format (got `{value}`): write --to {value} instead"
        ))),
        Command::Export(_) => Err(Failure::usage(format!(
            "`export` writes files of fixed formats and takes no --format (got `{value}`): leave --format out"
        ))),
        Command::Json if format != Format::Json => Err(Failure::usage(format!(
            "`json` prints the plan as JSON and takes no other --format (got `{value}`): leave --format out or give --format json"
        ))),
        _ => Ok(()),
    }
}

impl Filters {
    /// The query these filters make, each value read and checked.
    fn query<'p>(&self, plan: &'p Plan) -> Result<wuzhong_plan::Query<'p>, Failure> {
        let department = |flag: &str, name: &str| {
            plan.who(name)
                .map_err(|err| Failure::usage(format!("{flag}: {err}")))
        };
        let mut query = plan.query();
        if let Some(name) = &self.lead {
            query = query.led_by(department("--lead", name)?);
        }
        for name in &self.involving {
            query = query.involving(department("--involving", name)?);
        }
        for name in &self.domain {
            let domain =
                Domain::lookup(name).map_err(|err| Failure::usage(format!("--domain: {err}")))?;
            query = query.domain(domain);
        }
        if let Some(group) = &self.group {
            query = query.in_group(group_number(plan, group)?);
        }
        if let Some(year) = &self.due_by {
            query = query.due_by(year_value(year)?);
        }
        for text in &self.grep {
            query = query.text(text);
        }
        for text in &self.quote {
            query = query.quote(text);
        }
        for level in &self.level {
            query = query
                .try_level(level)
                .map_err(|err| Failure::usage(format!("--level: {err}")))?;
        }
        Ok(query)
    }
}

/// Reads `--level` of `departments` and `department`, as the queries read it.
fn level_value(value: Option<&str>) -> Result<Option<Level>, Failure> {
    value
        .map(|value| Level::lookup(value).map_err(|err| Failure::usage(format!("--level: {err}"))))
        .transpose()
}

/// Reads `--due-by`: a four-digit year, as digits (`2025`, `２０２５`) or as the text
/// states a deadline (`2025年`, `2025年底`, `到2025年`, `by 2025`): the end of a year and the
/// year itself are due by the same year.
fn year_value(value: &str) -> Result<u16, Failure> {
    let trimmed = value.trim();
    let bare = trimmed
        .strip_prefix("by the end of ")
        .or_else(|| trimmed.strip_prefix("by "))
        .or_else(|| trimmed.strip_prefix('到'))
        .unwrap_or(trimmed)
        .trim();
    let bare = ["年底", "年末", "年"]
        .iter()
        .find_map(|suffix| bare.strip_suffix(suffix))
        .unwrap_or(bare);
    let digits: Option<String> = bare
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
            _ => None,
        })
        .collect();
    digits
        .filter(|digits| digits.len() == 4)
        .and_then(|digits| digits.parse::<u16>().ok())
        .filter(|year| (1000..=9999).contains(year))
        .ok_or_else(|| {
            Failure::usage(format!(
                "--due-by: `{}` is not a year: expected a four-digit year such as 2025 or 2025年",
                names::value(value)
            ))
        })
}

/// Reads `--group`: a group's number in digits (`3`), its numeral (`三`, `(三)`) or id.
fn group_number(plan: &Plan, value: &str) -> Result<u8, Failure> {
    let wanted = value
        .trim()
        .trim_start_matches(['(', '（'])
        .trim_end_matches([')', '）']);
    let found = plan.groups().find(|group| {
        wanted == group.number.to_string() || wanted == group.numeral() || value == group.id
    });
    found.map(|group| group.number).ok_or_else(|| {
        let known: Vec<String> = plan
            .groups()
            .map(|g| format!("{} ({})", g.number, g.heading()))
            .collect();
        Failure::usage(format!(
            "--group: there is no task group `{}`: expected one of {}",
            names::value(value),
            known.join(", ")
        ))
    })
}

/// Reads `task N`: the task whose id `N` is (`part-2/task-5`), or the one task whose
/// number as the text writes it `N` cites (`17`, `第十七條`, `（十七）`). Where several
/// tasks write that number (numbering that restarts), says which, by id; where none
/// does, which numbers the text writes.
fn task_number<'p>(plan: &'p Plan, value: &str) -> Result<&'p wuzhong_plan::Task, Failure> {
    if let Some(Node::Task(task)) = plan.node(value.trim()) {
        return Ok(task);
    }
    let cited: Vec<&wuzhong_plan::Task> = plan.tasks_by_reference(value).collect();
    match cited.as_slice() {
        [task] => return Ok(task),
        [] => {}
        several => return Err(Failure::usage(several_write(value, several))),
    }
    let has = numbers_written(plan);
    let trimmed = value.trim();
    let number = trimmed
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| trimmed.parse::<u16>().ok())
        .flatten();
    let numeral = |c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十".contains(c)
    };
    Err(Failure::usage(match number {
        Some(number) => format!("there is no task {number}: {has}"),
        None if trimmed.len() <= 64 && trimmed.chars().any(numeral) => format!(
            "`{}` names no task: {has}, cited as 23, 23. or 第23條, or by id",
            names::value(value)
        ),
        None => format!(
            "`{}` is not a task number: {has}, cited as 23, 23. or 第23條, or by id",
            names::value(value)
        ),
    }))
}

/// How many tasks a message that a number is ambiguous lists by id.
const LISTED_TASKS: usize = 8;

/// The message for a number several tasks write: each by its id, its number as written
/// and the start of its title, and how to name one.
fn several_write(value: &str, tasks: &[&wuzhong_plan::Task]) -> String {
    let listed: Vec<String> = tasks
        .iter()
        .take(LISTED_TASKS)
        .map(|task| {
            format!(
                "{} ({}{})",
                task.id,
                task.label(),
                quote::shortened(&task.title, 16)
            )
        })
        .collect();
    let more = tasks.len().saturating_sub(LISTED_TASKS);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    let first = tasks
        .first()
        .map_or("part-1/task-1", |task| task.id.as_str());
    format!(
        "`{}` names {} tasks, as the text numbers them again: {}{more}; name one by its id, as in `wuzhong-plan task {first}`",
        names::value(value),
        tasks.len(),
        listed.join(", ")
    )
}

/// What numbers the plan's tasks are written with, for a message: `the plan has tasks
/// 1 to 50` for a plan numbered straight through, else each run of numbers as written
/// (`1–14, 21–23`; `1–3, 1–3` where they restart), the first eight, and how many tasks
/// the text does not number.
fn numbers_written(plan: &Plan) -> String {
    let total = plan.tasks().len();
    if total == 0 {
        return "the plan has no tasks".to_owned();
    }
    let mut runs: Vec<(u16, u16)> = Vec::new();
    let mut unnumbered = 0;
    for task in plan.tasks() {
        match task.written_number() {
            None => unnumbered += 1,
            Some(value) => match runs.last_mut() {
                Some((_, end)) if end.checked_add(1) == Some(value) => *end = value,
                _ => runs.push((value, value)),
            },
        }
    }
    if unnumbered == 0 && runs.len() == 1 && runs.first().is_some_and(|run| run.0 == 1) {
        return format!("the plan has tasks 1 to {total}");
    }
    let shown: Vec<String> = runs
        .iter()
        .take(LISTED_TASKS)
        .map(|&(start, end)| {
            if start == end {
                start.to_string()
            } else {
                format!("{start}–{end}")
            }
        })
        .collect();
    let mut says = if shown.is_empty() {
        "the text numbers no task".to_owned()
    } else {
        let more = if runs.len() > LISTED_TASKS {
            ", …"
        } else {
            ""
        };
        format!("the text numbers its tasks {}{more}", shown.join(", "))
    };
    if unnumbered > 0 {
        says.push_str(&format!(
            " and leaves {unnumbered} unnumbered (name those by id, as `wuzhong-plan tasks` lists them)"
        ));
    }
    says
}

/// Reads the id of `target ID` (`t26.1`, `T26.1`, `p1.1`) and finds the target; for an
/// id of no target, says which targets its task or part has.
fn target_id<'p>(plan: &'p Plan, value: &str) -> Result<&'p wuzhong_plan::Target, Failure> {
    let id = value.trim().to_ascii_lowercase();
    if let Some(target) = plan.target(&id) {
        return Ok(target);
    }
    let owner = id.split_once('.').map_or(id.as_str(), |(owner, _)| owner);
    let siblings: Vec<&str> = plan
        .targets()
        .filter(|t| t.id.split_once('.').is_some_and(|(o, _)| o == owner))
        .map(|t| t.id.as_str())
        .collect();
    let hint = if siblings.is_empty() {
        "see `wuzhong-plan targets` for every target's id".to_owned()
    } else {
        format!("{owner} has {}", siblings.join(", "))
    };
    Err(Failure::usage(format!(
        "there is no target `{}`: {hint}",
        names::value(value)
    )))
}

#[cfg(test)]
mod tests {
    use super::{EXAMPLES, one_line};
    use crate::source::{JSON_LIMIT, JSON_LIMIT_NAME, TEXT_LIMIT, TEXT_LIMIT_NAME};

    #[test]
    fn help_names_the_size_limits_the_code_applies() {
        assert_eq!(TEXT_LIMIT, 16 * 1024 * 1024);
        assert_eq!(TEXT_LIMIT_NAME, "16 MiB");
        assert_eq!(JSON_LIMIT, 256 * 1024 * 1024);
        assert_eq!(JSON_LIMIT_NAME, "256 MiB");
        assert!(EXAMPLES.contains(&format!("at most {TEXT_LIMIT_NAME} as text")));
        assert!(EXAMPLES.contains(&format!("at most {JSON_LIMIT_NAME} as JSON")));
        assert!(EXAMPLES.contains(&format!("would be over {JSON_LIMIT_NAME}")));
    }

    #[test]
    fn messages_are_put_on_one_line() {
        assert_eq!(one_line("plain"), "plain");
        assert_eq!(
            one_line("3 problems:\n  - a\r\n  - b\n"),
            "3 problems: - a - b"
        );
        assert_eq!(one_line("a\u{2028}b\u{85}c"), "a b c");
    }
}
