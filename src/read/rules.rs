//! The lead rules a document states once, found where they stand: a stated rule inside a
//! note (`（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）`, or after
//! `。`: `（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）`), whose words
//! are the clause from `排在第一位`/`列第一位` on; and a standing rule anywhere in a
//! task's text (`以下均需试点城市政府落实，不再列出`), which names a body. Each search is
//! one pass over its text.
//!
//! A stated rule may also close a responsibility line, in brackets after its last body:
//! `责任单位:市发改委、…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`
//! ([`in_line`]). A standing rule may also stand outside any task: in the preamble, or
//! in a part's or a group's heading or paragraphs ([`outside_tasks`]).

use crate::base::span::Span;
use crate::model::{PlanData, RuleKind};

/// A lead rule that stands outside any task, where it stands: a standing rule, or a
/// stated rule in brackets (`一、稳定经济增长(列第一位者为工作牵头单位或汇总单位,下同)`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Outside<'a> {
    /// How many tasks come before it: it holds from the next on.
    pub(crate) tasks_before: usize,
    /// The id of the node whose text states it: `preamble`, a part or a group.
    pub(crate) node: &'a str,
    /// The line of that node's text: `None` for a part's or a group's heading, `Some(i)`
    /// for its `paragraphs[i]` (the preamble's line `i`).
    pub(crate) continuation: Option<usize>,
    /// The line's text.
    pub(crate) line: &'a str,
    /// Where the rule's words stand in the line.
    pub(crate) span: Span,
    /// Where the body it names stands in the line; empty for a stated rule.
    pub(crate) body: Span,
    /// What it says.
    pub(crate) kind: RuleKind,
}

/// The lead rules of `data` outside its tasks, in the text's order, each with how
/// many tasks come before it: one pass over the preamble's lines and the parts' and
/// groups' headings and paragraphs. A line may state a rule in brackets and a standing
/// rule both; the bracketed one is taken first. A group's heading is its
/// [`body`](crate::TaskGroup::body), or its title where the body is empty.
pub(crate) fn outside_tasks(data: &PlanData) -> Vec<Outside<'_>> {
    let mut found = Vec::new();
    let mut tasks = 0;
    push_found(
        &mut found,
        "preamble",
        data.preamble
            .iter()
            .enumerate()
            .map(|(i, line)| (Some(i), line.as_str())),
        0,
    );
    for part in &data.parts {
        let lines = std::iter::once((None, part.title.as_str())).chain(
            part.paragraphs
                .iter()
                .enumerate()
                .map(|(i, line)| (Some(i), line.as_str())),
        );
        push_found(&mut found, &part.id, lines, tasks);
        tasks += part.tasks.len();
        for group in &part.groups {
            let heading = if group.body.is_empty() {
                &group.title
            } else {
                &group.body
            };
            let lines = std::iter::once((None, heading.as_str())).chain(
                group
                    .paragraphs
                    .iter()
                    .enumerate()
                    .map(|(i, line)| (Some(i), line.as_str())),
            );
            push_found(&mut found, &group.id, lines, tasks);
            tasks += group.tasks.len();
        }
    }
    found
}

/// Adds the standing rules of a node's `lines` to `found`.
fn push_found<'a>(
    found: &mut Vec<Outside<'a>>,
    node: &'a str,
    lines: impl Iterator<Item = (Option<usize>, &'a str)>,
    tasks_before: usize,
) {
    for (continuation, line) in lines {
        let stated = in_line(line).map(|span| {
            let no_body = Span { start: 0, end: 0 };
            (span, no_body, RuleKind::FirstListedLeads)
        });
        let standing = standing(line).map(|(span, body)| (span, body, RuleKind::Standing));
        for (span, body, kind) in stated.into_iter().chain(standing) {
            found.push(Outside {
                tasks_before,
                node,
                continuation,
                line,
                span,
                body,
                kind,
            });
        }
    }
}

/// A stated lead rule in brackets in a responsibility line's `text` (or a heading's or a
/// paragraph's)
/// (`…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`): where its words
/// stand, the whole inside of the brackets, its exception (`除标注“分别牵头”外`) with it.
/// Only the outermost brackets are looked in, so the line is read once.
pub(crate) fn in_line(text: &str) -> Option<Span> {
    let mut depth = 0usize;
    let mut open = 0;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '（' => {
                if depth == 0 {
                    open = at + c.len_utf8();
                }
                depth += 1;
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let inside = text.get(open..at)?;
                    if stated(inside).is_some() {
                        return Some(Span {
                            start: open,
                            end: at,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// Where the words of a stated lead rule begin in a note's inside, `inside`: the start
/// of the clause that says the first listed leads and holds for the rest (`下同`). `0`
/// when the whole note is the rule: in `税务总局、财政部负责，排在第一位的部门为牵头部门，下同`
/// the words are `排在第一位的部门为牵头部门，下同`.
pub(crate) fn stated(inside: &str) -> Option<usize> {
    if !inside.contains("下同") {
        return None;
    }
    let first = inside
        .find("第一位")
        .or_else(|| inside.find("列第一"))
        .or_else(|| inside.find("排名第一"))?;
    let says_lead = ["牵头", "牽頭"]
        .iter()
        .any(|word| inside.get(first..).is_some_and(|rest| rest.contains(word)));
    if !says_lead {
        return None;
    }
    let before = inside.get(..first)?;
    // The clause starts after the last stop before `第一位`, or at the note's start.
    Some(
        before
            .char_indices()
            .rfind(|(_, c)| matches!(c, '，' | ',' | '。' | '；' | ';'))
            .map_or(0, |(at, c)| at + c.len_utf8()),
    )
}

/// A standing rule in `text`: the span of its words, `以下均需…落实，不再列出`, and of the
/// body it names.
pub(crate) fn standing(text: &str) -> Option<(Span, Span)> {
    // The same in both scripts.
    const END: &str = "不再列出";
    let end_at = text.find(END)?;
    let end = end_at + END.len();
    let before = text.get(..end_at)?;
    let start = before.rfind("以下")?;
    let mut from = start + "以下".len();
    for word in ["均需", "均由", "均", "需", "由"] {
        if let Some(rest) = text.get(from..end_at).and_then(|r| r.strip_prefix(word)) {
            from = end_at - rest.len();
            break;
        }
    }
    let mut name = text.get(from..end_at)?;
    name = name.trim_end_matches(['，', ',', ' ']);
    for verb in [
        "负责落实",
        "負責落實",
        "落实",
        "落實",
        "负责",
        "負責",
        "执行",
        "執行",
    ] {
        if let Some(rest) = name.strip_suffix(verb) {
            name = rest;
            break;
        }
    }
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > 30
        || name.contains(['，', ',', '。', '；', ';', '、'])
    {
        return None;
    }
    let name_from = name.as_ptr() as usize - text.as_ptr() as usize;
    Some((
        Span { start, end },
        Span {
            start: name_from,
            end: name_from + name.len(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stated_rule_starts_after_the_list() {
        let inside = "税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同";
        let at = stated(inside);
        assert_eq!(
            at.and_then(|at| inside.get(at..)),
            Some("排在第一位的部门为牵头部门，下同")
        );
        let inside = "人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同";
        assert_eq!(
            stated(inside).and_then(|at| inside.get(at..)),
            Some("列第一位者为牵头单位，下同")
        );
        assert_eq!(stated("列第一位為牽頭單位,下同"), Some(0));
        assert_eq!(stated("税务总局负责"), None);
        assert_eq!(stated("下同"), None);
    }

    #[test]
    fn a_standing_rule_names_its_body() {
        let text = "推进试点。以下均需试点城市政府落实，不再列出。";
        let found = standing(text).map(|(rule, body)| (rule.of(text), body.of(text)));
        assert_eq!(
            found,
            Some((
                Some("以下均需试点城市政府落实，不再列出"),
                Some("试点城市政府")
            ))
        );
        assert_eq!(standing("以下不再列出"), None);
    }

    #[test]
    fn a_line_states_its_rule_in_brackets() {
        let text = "市发改委、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)";
        assert_eq!(
            in_line(text).and_then(|span| span.of(text)),
            Some("除标注“分别牵头”外,列第一位为牵头或汇总单位,下同")
        );
        assert_eq!(in_line("市发改委(牵头)、市财政局"), None);
        assert_eq!(in_line("市发改委、市财政局"), None);
        assert_eq!(standing("不再列出"), None);
    }
}
