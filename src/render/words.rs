//! What the page and its pictures write besides the plan's own text: the script they are
//! in, the language tag that says so, and their few words (`目錄`, `牽頭`…) in that script.
//!
//! The script is the one the displayed text ends up in: Simplified when the options ask
//! for it, else the source's own, which is told by looking at the text. A text is taken
//! to be Traditional when more than one in fifty of its Han characters in its title,
//! headings and first task bodies (up to 400 of them) change under the Simplified
//! conversion; a Simplified text changes almost none, a Traditional one a fifth or more.
//! A text of neither (no Han characters at all) counts as Simplified.

use std::fmt::Write as _;

use crate::base::script::to_simplified;
use crate::model::{Comparator, Deadline, Quantity, Target};
use crate::plan::Plan;
use crate::render::options::{RenderOptions, Script};

/// How many Han characters of the text are looked at to tell its script.
const SAMPLE: usize = 400;

/// The script the page of `plan` is written in, with `options`.
pub(crate) fn page_script(plan: &Plan, options: &RenderOptions) -> Script {
    if options.script == Some(Script::Simplified) {
        return Script::Simplified;
    }
    let mut han = 0;
    let mut changed = 0;
    let mut look = |text: &str| {
        if han >= SAMPLE {
            return;
        }
        let simplified = to_simplified(text);
        for (a, b) in text.chars().zip(simplified.chars()) {
            if is_han(a) {
                han += 1;
                changed += usize::from(a != b);
            }
        }
    };
    if let Some(title) = &plan.metadata().title {
        look(title);
    }
    for part in plan.parts() {
        look(&part.title);
        for group in &part.groups {
            look(&group.title);
        }
    }
    for task in plan.tasks() {
        look(&task.title);
        look(&task.body);
    }
    if changed * 50 > han {
        Script::Traditional
    } else {
        Script::Simplified
    }
}

/// Whether `c` is a Han character (the CJK unified ideographs and their extension A).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// The BCP 47 language tag of Chinese in `script`.
pub(crate) fn lang(script: Script) -> &'static str {
    match script {
        Script::Simplified => "zh-Hans",
        Script::Traditional => "zh-Hant",
    }
}

/// The words a page adds, in one script.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words {
    /// The script they are in.
    pub script: Script,
    pub contents: &'static str,
    pub pictures: &'static str,
    pub timeline: &'static str,
    pub network: &'static str,
    pub organizations: &'static str,
    pub targets: &'static str,
    pub lead: &'static str,
    pub support: &'static str,
    pub no_dated_targets: &'static str,
    pub no_parties: &'static str,
    pub no_deadline: &'static str,
    pub issued_by: &'static str,
    pub period: &'static str,
    pub deadline: &'static str,
    pub target: &'static str,
    pub metric: &'static str,
    pub value: &'static str,
    pub task: &'static str,
    pub also_written: &'static str,
    /// The label of an organisation's level of government.
    pub level: &'static str,
    pub count: &'static str,
    pub reach: &'static str,
    pub at_least: &'static str,
    pub exactly: &'static str,
}

const TRADITIONAL: Words = Words {
    script: Script::Traditional,
    contents: "目錄",
    pictures: "圖示",
    timeline: "目標期限",
    network: "責任單位與任務",
    organizations: "責任單位",
    targets: "目標",
    lead: "牽頭",
    support: "配合",
    no_dated_targets: "沒有定有期限的目標",
    no_parties: "沒有列明責任單位的任務",
    no_deadline: "未定期限",
    issued_by: "發布單位",
    period: "期間",
    deadline: "期限",
    target: "目標",
    metric: "內容",
    value: "數值",
    task: "任務",
    also_written: "亦作",
    level: "層級",
    count: "項",
    reach: "達到",
    at_least: "不少於",
    exactly: "",
};

const SIMPLIFIED: Words = Words {
    script: Script::Simplified,
    contents: "目录",
    pictures: "图示",
    timeline: "目标期限",
    network: "责任单位与任务",
    organizations: "责任单位",
    targets: "目标",
    lead: "牵头",
    support: "配合",
    no_dated_targets: "没有定有期限的目标",
    no_parties: "没有列明责任单位的任务",
    no_deadline: "未定期限",
    issued_by: "发布单位",
    period: "期间",
    deadline: "期限",
    target: "目标",
    metric: "内容",
    value: "数值",
    task: "任务",
    also_written: "亦作",
    level: "层级",
    count: "项",
    reach: "达到",
    at_least: "不少于",
    exactly: "",
};

impl Words {
    /// The words of the page of `plan` with `options`.
    pub(crate) fn of(plan: &Plan, options: &RenderOptions) -> Words {
        match page_script(plan, options) {
            Script::Simplified => SIMPLIFIED,
            Script::Traditional => TRADITIONAL,
        }
    }

    /// What a quantity says, in these words: `達到100%`, `不少於0.1平方米/人`, `1–2個/校`.
    pub(crate) fn quantity(&self, quantity: &Quantity) -> String {
        let unit = quantity.unit.symbol();
        let unit = match self.script {
            Script::Simplified => to_simplified(unit),
            Script::Traditional => unit.to_owned(),
        };
        match (quantity.comparator, quantity.max) {
            (Comparator::Range, Some(max)) => format!("{}–{max}{unit}", quantity.value),
            (comparator, _) => {
                let word = match comparator {
                    Comparator::Reach => self.reach,
                    Comparator::AtLeast => self.at_least,
                    Comparator::Range | Comparator::Exact => self.exactly,
                };
                format!("{word}{}{unit}", quantity.value)
            }
        }
    }

    /// A deadline as the text writes one, `到2025年` or `到2023年底` (the same in both
    /// scripts), or the words for none.
    pub(crate) fn deadline(&self, deadline: Option<Deadline>) -> String {
        deadline.map_or_else(|| self.no_deadline.to_owned(), |d| d.to_string())
    }

    /// What a target promises, for its tooltip and its printed note: the metric, the
    /// value and unit if any, and the deadline: `配建率：達到100%，到2023年底`.
    pub(crate) fn target_note(&self, target: &Target, options: &RenderOptions) -> String {
        let mut note = String::new();
        note.push_str(&options.display(&target.metric));
        note.push('：');
        if let Some(quantity) = &target.quantity {
            note.push_str(&self.quantity(quantity));
            note.push('，');
        }
        note.push_str(&self.deadline(target.deadline));
        note
    }
}

/// The `datetime` of a deadline: `2025` for the year, `2025-12-31` for its end.
pub(crate) fn datetime(deadline: Deadline) -> String {
    let mut out = String::new();
    let _ = write!(out, "{:04}", deadline.year);
    if deadline.end_of_year {
        out.push_str("-12-31");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_told_from_the_text() {
        let plan = crate::plan();
        assert_eq!(
            page_script(plan, &RenderOptions::default()),
            Script::Traditional
        );
        assert_eq!(
            page_script(plan, &RenderOptions::default().script(Script::Simplified)),
            Script::Simplified
        );
        let simplified =
            crate::parse("一、重点任务\n1.发展养老服务。建设社区养老设施。\n责任单位:市民政局")
                .map(|plan| page_script(&plan, &RenderOptions::default()));
        assert_eq!(simplified.ok(), Some(Script::Simplified));
        // Asked for Traditional, a Simplified text stays as it is, and so does its page.
        let asked =
            crate::parse("一、重点任务\n1.发展养老服务。建设社区养老设施。\n责任单位:市民政局")
                .map(|plan| {
                    page_script(&plan, &RenderOptions::default().script(Script::Traditional))
                });
        assert_eq!(asked.ok(), Some(Script::Simplified));
    }

    #[test]
    fn deadlines_are_dates_html_accepts() {
        assert_eq!(datetime(Deadline::by(2025)), "2025");
        assert_eq!(datetime(Deadline::end_of(2023)), "2023-12-31");
    }
}
