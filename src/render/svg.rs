//! The plan's two pictures as SVG ([`Plan::timeline_svg`], [`Plan::network_svg`]): each a
//! standalone SVG document that the HTML page also inlines as it is. Each mark links to
//! the node it is about by its eId (`#part_2__group_1__task_7`), or to an
//! organisation's section by its id (`#civil-affairs`), links that resolve in the page;
//! each has a `<title>`, which browsers show on hover. They carry no `id` of their own,
//! so that they can be inlined beside anything, and their classes start with `tl-` and
//! `nw-`.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::model::{Deadline, Target, Task};
use crate::plan::Plan;
use crate::render::escape::xml;
use crate::render::options::RenderOptions;
use crate::render::shorten::{REPEATED_CHARS, fit, shortened, text_width};
use crate::render::words::Words;
use crate::render::{eid, label_before_title, task_number};
use crate::vocab::actor::Role;

/// The fonts the pictures ask for: CJK first, as the text is Chinese.
const FONTS: &str = "'Noto Sans CJK TC','Noto Sans CJK SC','Noto Sans CJK JP',\
                     'Source Han Sans','PingFang TC','Microsoft JhengHei',sans-serif";

/// The width of one deadline's lane in the timeline.
const LANE: u32 = 210;
/// The width of the slot of years without a deadline.
const GAP: u32 = 64;
/// The height of a target's mark, and the space between two.
const MARK: u32 = 24;
const MARK_GAP: u32 = 6;
/// Where the marks start, below the axis and the lane headings.
const MARKS_TOP: u32 = 104;

/// The size of one cell of the network's matrix.
const CELL: u32 = 16;
/// Where the matrix's rows start, below the group and task headings.
const ROWS_TOP: u32 = 78;

impl Plan {
    /// The deadline timeline of the plan's dated targets, as a standalone SVG document:
    /// one lane for each deadline, in the order of time along an axis of years, the
    /// deadlines at the end of a year (`到2025年底`) apart from those by the year
    /// (`到2025年`) and drawn darker; in each lane a mark for each target, linked to its
    /// task's eId (or its part's, for an objective of a part's prose), with the quote,
    /// value, unit and deadline as its `<title>`.
    ///
    /// ```
    /// use wuzhong_plan::RenderOptions;
    /// let svg = wuzhong_plan::plan().timeline_svg(&RenderOptions::default());
    /// assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    /// // t7.2, 到2023年底, links to task 7.
    /// assert!(svg.contains("href=\"#part_2__group_1__task_7\""));
    /// assert!(svg.contains(">到2023年底<"));
    /// ```
    pub fn timeline_svg(&self, options: &RenderOptions) -> String {
        timeline(self, options, &Words::of(self, options))
    }

    /// The responsibility network as a standalone SVG document: a matrix with the
    /// plan's organisations in rows (those in the most tasks first) and the tasks that
    /// name any in columns, grouped by their task groups; a filled dot where an
    /// organisation leads the task, a ring where it supports it, and each row's counts of
    /// both at its end. Row labels link to the organisations' sections (`#civil-affairs`),
    /// dots and task numbers to the tasks' eIds. A row's tooltip holds the
    /// organisation's name and a column's the task's number and title, in full; each
    /// dot's, which repeats both for every pair, holds them cut to 32 characters, so the
    /// picture grows with the plan's parties, not with their product with the titles.
    ///
    /// ```
    /// use wuzhong_plan::RenderOptions;
    /// let svg = wuzhong_plan::plan().network_svg(&RenderOptions::default());
    /// assert!(svg.contains("href=\"#civil-affairs\""));
    /// // 市民政局 leads 10 tasks and supports 8 more.
    /// assert!(svg.contains(">10 · 8<"));
    /// ```
    pub fn network_svg(&self, options: &RenderOptions) -> String {
        network(self, options, &Words::of(self, options))
    }
}

/// The link of a target: its task's eId, or its part's.
fn target_href(plan: &Plan, target: &Target) -> Option<String> {
    match target.task {
        Some(number) => plan.task(number).map(eid::task),
        None => plan.part(target.part).map(eid::part),
    }
}

/// The opening of an SVG document of `width` by `height`, with its accessible name and
/// the style its classes need.
fn open(out: &mut String, width: u32, height: u32, label: &str, style: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{label}\" \
         font-family=\"{FONTS}\" font-size=\"12\"><title>{label}</title><style>{style}</style>",
        label = xml(label),
    );
}

const TIMELINE_STYLE: &str = ".tl-axis{stroke:#555;stroke-width:1.5}\
.tl-tick{stroke:#555}\
.tl-year{font-size:13px;font-weight:bold;fill:#222}\
.tl-count{fill:#555}\
.tl-lane{fill:#f3f6fb}\
.tl-lane.tl-end{fill:#fbf1ea}\
.tl-mark{fill:#dbe7f7;stroke:#4a72b0}\
.tl-mark.tl-end{fill:#f4c9a8;stroke:#b0602a}\
.tl-label{fill:#111}\
a:hover .tl-mark{stroke-width:2.5}\
.tl-none{fill:#555}";

/// One column of the timeline: a deadline and its targets, or years with none.
enum Slot<'a> {
    Lane(Deadline, Vec<&'a Target>),
    Gap(u16, u16),
}

pub(crate) fn timeline(plan: &Plan, options: &RenderOptions, words: &Words) -> String {
    let mut slots: Vec<Slot<'_>> = Vec::new();
    let mut last_year: Option<u16> = None;
    for (deadline, targets) in plan.timeline() {
        if let Some(last) = last_year {
            if deadline.year > last.saturating_add(1) {
                slots.push(Slot::Gap(last + 1, deadline.year - 1));
            }
        }
        last_year = Some(deadline.year);
        slots.push(Slot::Lane(deadline, targets.collect()));
    }
    let mut out = String::new();
    if slots.is_empty() {
        open(&mut out, 320, 60, words.timeline, TIMELINE_STYLE);
        let _ = write!(
            out,
            "<text class=\"tl-none\" x=\"16\" y=\"36\">{}</text></svg>",
            xml(words.no_dated_targets)
        );
        return out;
    }
    let width = 32
        + slots
            .iter()
            .map(|slot| match slot {
                Slot::Lane(..) => LANE,
                Slot::Gap(..) => GAP,
            })
            .sum::<u32>();
    let longest = slots
        .iter()
        .map(|slot| match slot {
            Slot::Lane(_, targets) => u32::try_from(targets.len()).unwrap_or(u32::MAX / 64),
            Slot::Gap(..) => 0,
        })
        .max()
        .unwrap_or(0);
    let height = MARKS_TOP + longest * (MARK + MARK_GAP) + 16;
    open(&mut out, width, height, words.timeline, TIMELINE_STYLE);
    let axis = 56;
    let _ = write!(
        out,
        "<line class=\"tl-axis\" x1=\"16\" y1=\"{axis}\" x2=\"{}\" y2=\"{axis}\"/>",
        width - 16
    );
    let mut x = 16;
    for slot in &slots {
        match slot {
            Slot::Gap(first, last) => {
                let years = if first == last {
                    first.to_string()
                } else {
                    format!("{first}–{last}")
                };
                let middle = x + GAP / 2;
                let _ = write!(
                    out,
                    "<line class=\"tl-tick\" x1=\"{middle}\" y1=\"{}\" x2=\"{middle}\" y2=\"{}\"/>\
                     <text class=\"tl-count\" x=\"{middle}\" y=\"{}\" text-anchor=\"middle\">{years}</text>",
                    axis - 4,
                    axis + 4,
                    axis - 10,
                );
                x += GAP;
            }
            Slot::Lane(deadline, targets) => {
                lane(
                    &mut out, plan, options, words, x, *deadline, targets, height,
                );
                x += LANE;
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// One deadline's lane: its background, its tick and heading on the axis, and a mark
/// for each target.
#[allow(clippy::too_many_arguments)]
fn lane(
    out: &mut String,
    plan: &Plan,
    options: &RenderOptions,
    words: &Words,
    x: u32,
    deadline: Deadline,
    targets: &[&Target],
    height: u32,
) {
    let end = if deadline.end_of_year { " tl-end" } else { "" };
    let middle = x + LANE / 2;
    let _ = write!(
        out,
        "<rect class=\"tl-lane{end}\" x=\"{}\" y=\"66\" width=\"{}\" height=\"{}\" rx=\"6\"/>\
         <line class=\"tl-tick\" x1=\"{middle}\" y1=\"48\" x2=\"{middle}\" y2=\"64\"/>\
         <text class=\"tl-year\" x=\"{middle}\" y=\"40\" text-anchor=\"middle\">{}</text>\
         <text class=\"tl-count\" x=\"{middle}\" y=\"88\" text-anchor=\"middle\">{} {}</text>",
        x + 4,
        LANE - 8,
        height - 66 - 8,
        xml(&words.deadline(Some(deadline))),
        targets.len(),
        words.count,
    );
    let mut y = MARKS_TOP;
    for target in targets {
        let tooltip = format!(
            "{}\n{}",
            options.display(&target.quote),
            words.target_note(target, options)
        );
        let label = format!("{} {}", target.id, options.display(&target.metric));
        let label = fit(&label, LANE - 36, 12);
        let href = target_href(plan, target);
        match &href {
            Some(href) => {
                let _ = write!(out, "<a href=\"#{}\">", xml(href));
            }
            None => out.push_str("<g>"),
        }
        let _ = write!(
            out,
            "<title>{}</title><rect class=\"tl-mark{end}\" x=\"{}\" y=\"{y}\" width=\"{}\" \
             height=\"{MARK}\" rx=\"4\"/><text class=\"tl-label\" x=\"{}\" y=\"{}\">{}</text>",
            xml(&tooltip),
            x + 12,
            LANE - 24,
            x + 18,
            y + 16,
            xml(&label),
        );
        out.push_str(if href.is_some() { "</a>" } else { "</g>" });
        y += MARK + MARK_GAP;
    }
}

const NETWORK_STYLE: &str = ".nw-stripe{fill:#f3f6fb}\
.nw-sep{stroke:#bbb}\
.nw-group{font-weight:bold;fill:#222}\
.nw-task{font-size:10px;fill:#333}\
.nw-org{fill:#111}\
.nw-count{fill:#555}\
.nw-lead{fill:#1f4e99}\
.nw-support{fill:#fff;stroke:#d2691e;stroke-width:1.6}\
a:hover .nw-lead,a:hover .nw-support{stroke:#000;stroke-width:2}\
.nw-none{fill:#555}";

/// A task's column in the network: the task, its eId, and its title as each of its
/// dots repeats it, shortened, displayed and escaped.
struct Column<'a> {
    task: &'a Task,
    href: String,
    short_title: String,
}

pub(crate) fn network(plan: &Plan, options: &RenderOptions, words: &Words) -> String {
    let organizations: Vec<_> = plan.organizations().collect();
    let row_of: HashMap<&str, usize> = organizations
        .iter()
        .enumerate()
        .map(|(i, org)| (org.id.as_str(), i))
        .collect();
    let mut columns: Vec<Column<'_>> = Vec::new();
    // (row, column, role) for each organisation a task names, its first role there
    // unless it also leads.
    let mut cells: Vec<(usize, usize, Role)> = Vec::new();
    let mut led = vec![0usize; organizations.len()];
    let mut supported = vec![0usize; organizations.len()];
    // The cell of each row in the task being read, by row.
    let mut in_task: HashMap<usize, usize> = HashMap::new();
    for task in plan.tasks() {
        let column = columns.len();
        let first = cells.len();
        in_task.clear();
        for party in task.responsible() {
            let Some(&row) = row_of.get(party.organization.as_str()) else {
                continue;
            };
            match in_task.get(&row).and_then(|&at| cells.get_mut(at)) {
                Some(cell) => {
                    if party.role == Role::Lead {
                        cell.2 = Role::Lead;
                    }
                }
                None => {
                    in_task.insert(row, cells.len());
                    cells.push((row, column, party.role));
                }
            }
        }
        if cells.len() > first {
            for &(row, _, role) in cells.get(first..).unwrap_or_default() {
                let count = match role {
                    Role::Lead => led.get_mut(row),
                    Role::Support => supported.get_mut(row),
                };
                if let Some(count) = count {
                    *count += 1;
                }
            }
            columns.push(Column {
                task,
                href: eid::task(task),
                short_title: xml(&options.display(&shortened(&task.title, REPEATED_CHARS)))
                    .into_owned(),
            });
        }
    }
    let mut out = String::new();
    if columns.is_empty() {
        open(&mut out, 360, 60, words.network, NETWORK_STYLE);
        let _ = write!(
            out,
            "<text class=\"nw-none\" x=\"16\" y=\"36\">{}</text></svg>",
            xml(words.no_parties)
        );
        return out;
    }
    // Rows: the organisations in the most tasks first, ties in the plan's order.
    let involved = |row: usize| led.get(row).unwrap_or(&0) + supported.get(row).unwrap_or(&0);
    let mut order: Vec<usize> = (0..organizations.len())
        .filter(|&row| involved(row) > 0)
        .collect();
    order.sort_by_key(|&row| std::cmp::Reverse(involved(row)));
    let mut position = vec![usize::MAX; organizations.len()];
    for (at, &row) in order.iter().enumerate() {
        if let Some(slot) = position.get_mut(row) {
            *slot = at;
        }
    }
    let names: Vec<String> = organizations
        .iter()
        .map(|org| options.display(&org.name).into_owned())
        .collect();
    // Each name as its dots repeat it, shortened and escaped.
    let short_names: Vec<String> = organizations
        .iter()
        .map(|org| xml(&options.display(&shortened(&org.name, REPEATED_CHARS))).into_owned())
        .collect();
    let label_width = order
        .iter()
        .filter_map(|&row| names.get(row))
        .map(|name| text_width(name, 12))
        .max()
        .unwrap_or(0)
        .clamp(60, 260)
        + 16;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX / 64);
    let grid_width = count(columns.len()) * CELL;
    let counts_x = label_width + grid_width + 10;
    let width = counts_x + 64;
    let height = ROWS_TOP + count(order.len()) * CELL + 40;
    open(&mut out, width, height, words.network, NETWORK_STYLE);

    // Stripes and labels of the rows.
    let _ = write!(
        out,
        "<text class=\"nw-count\" x=\"{counts_x}\" y=\"{}\">{} · {}</text>",
        ROWS_TOP - 8,
        xml(words.lead),
        xml(words.support)
    );
    for (at, &row) in order.iter().enumerate() {
        let y = ROWS_TOP + count(at) * CELL;
        if at % 2 == 0 {
            let _ = write!(
                out,
                "<rect class=\"nw-stripe\" x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{CELL}\"/>"
            );
        }
        let (Some(org), Some(name)) = (organizations.get(row), names.get(row)) else {
            continue;
        };
        let _ = write!(
            out,
            "<a href=\"#{}\"><title>{}</title><text class=\"nw-org\" x=\"{}\" y=\"{}\" \
             text-anchor=\"end\">{}</text></a>\
             <text class=\"nw-count\" x=\"{counts_x}\" y=\"{}\">{} · {}</text>",
            xml(&org.id),
            xml(name),
            label_width - 8,
            y + 12,
            xml(&fit(name, label_width - 16, 12)),
            y + 12,
            led.get(row).unwrap_or(&0),
            supported.get(row).unwrap_or(&0),
        );
    }

    // Task numbers, and the groups above them with a line between two groups.
    let bottom = ROWS_TOP + count(order.len()) * CELL;
    let mut group_start: Option<(usize, (u8, Option<u8>))> = None;
    for (at, column) in columns.iter().enumerate() {
        let x = label_width + count(at) * CELL;
        let key = (column.task.part, column.task.group);
        if group_start.is_none_or(|(_, open)| open != key) {
            if let Some((start, open)) = group_start {
                group_heading(&mut out, plan, options, label_width, start, at, open);
            }
            let _ = write!(
                out,
                "<line class=\"nw-sep\" x1=\"{x}\" y1=\"26\" x2=\"{x}\" y2=\"{bottom}\"/>"
            );
            group_start = Some((at, key));
        }
        // The number as the text writes it, without its marker; a dot for a task the
        // text does not number.
        let number = task_number(column.task).unwrap_or_else(|| "·".to_owned());
        let _ = write!(
            out,
            "<a href=\"#{}\"><title>{}{}</title><text class=\"nw-task\" x=\"{}\" y=\"{}\" \
             text-anchor=\"middle\">{}</text></a>",
            xml(&column.href),
            xml(&options.display(&label_before_title(column.task))),
            xml(&options.display(&column.task.title)),
            x + CELL / 2,
            ROWS_TOP - 6,
            xml(&options.display(&number)),
        );
    }
    if let Some((start, open)) = group_start {
        group_heading(
            &mut out,
            plan,
            options,
            label_width,
            start,
            columns.len(),
            open,
        );
    }
    let right = label_width + grid_width;
    let _ = write!(
        out,
        "<line class=\"nw-sep\" x1=\"{right}\" y1=\"26\" x2=\"{right}\" y2=\"{bottom}\"/>"
    );

    // The cells.
    for &(row, at, role) in &cells {
        let (Some(&y_at), Some(column), Some(name)) =
            (position.get(row), columns.get(at), short_names.get(row))
        else {
            continue;
        };
        let cx = label_width + count(at) * CELL + CELL / 2;
        let cy = ROWS_TOP + count(y_at) * CELL + CELL / 2;
        let (class, radius, word) = match role {
            Role::Lead => ("nw-lead", 5, words.lead),
            Role::Support => ("nw-support", 4, words.support),
        };
        let _ = write!(
            out,
            "<a href=\"#{}\"><title>{} {} {}{}</title>\
             <circle class=\"{class}\" cx=\"{cx}\" cy=\"{cy}\" r=\"{radius}\"/></a>",
            xml(&column.href),
            name,
            word,
            xml(&options.display(&label_before_title(column.task))),
            column.short_title,
        );
    }

    // The legend.
    let y = bottom + 24;
    let _ = write!(
        out,
        "<circle class=\"nw-lead\" cx=\"{}\" cy=\"{}\" r=\"5\"/><text x=\"{}\" y=\"{y}\">{}</text>\
         <circle class=\"nw-support\" cx=\"{}\" cy=\"{}\" r=\"4\"/><text x=\"{}\" y=\"{y}\">{}</text>",
        label_width + 6,
        y - 4,
        label_width + 16,
        xml(words.lead),
        label_width + 70,
        y - 4,
        label_width + 80,
        xml(words.support),
    );
    out.push_str("</svg>");
    out
}

/// The heading over the columns `start..end` of the network: the group's numeral in its
/// brackets, `(一)`, with its title as the tooltip, or the part's numeral for tasks
/// straight under a part.
fn group_heading(
    out: &mut String,
    plan: &Plan,
    options: &RenderOptions,
    label_width: u32,
    start: usize,
    end: usize,
    (part, group): (u8, Option<u8>),
) {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX / 64);
    let x = label_width + (count(start) + count(end)) * CELL / 2;
    let (heading, title, href) = match group.and_then(|number| plan.group(part, number)) {
        Some(group) => (
            group.marker().label(u16::from(group.written_number())),
            group.title.as_str(),
            eid::group(group),
        ),
        None => match plan.part(part) {
            Some(part) => (
                part.heading()
                    .strip_suffix(part.title.as_str())
                    .unwrap_or_default()
                    .trim_end_matches('、')
                    .to_owned(),
                part.title.as_str(),
                eid::part(part),
            ),
            None => return,
        },
    };
    let _ = write!(
        out,
        "<a href=\"#{}\"><title>{}</title><text class=\"nw-group\" x=\"{x}\" y=\"40\" \
         text-anchor=\"middle\">{}</text></a>",
        xml(&href),
        xml(&options.display(title)),
        xml(&options.display(&heading)),
    );
}
