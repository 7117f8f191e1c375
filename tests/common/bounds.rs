//! The bounds `docs/robustness.md` states on the size of every output, read from its
//! table, so that `tests/amplification.rs` and the fuzz targets `render` and `export`
//! (which include this file) check the numbers the docs give, and a change of either
//! shows in the other.
//!
//! The table is the one whose header row is [`HEADER`]. Each row names one or more
//! outputs in backticks in its first cell, gives the most bytes of that output per byte
//! of the plan's text in its second, and the most bytes beyond that in its third (a
//! page's style sheet, a descriptor's fields): an output of a plan whose text is `n`
//! bytes is at most `per_byte × n + plus` bytes.

#![allow(dead_code)] // each includer uses part of it

use wuzhong_plan::Format;

/// Every renderer, each of which the table bounds by its name (`Format`'s `Display`).
pub const FORMATS: [Format; 7] = [
    Format::Text,
    Format::Markdown,
    Format::Html,
    Format::AkomaNtoso,
    Format::StratMl,
    Format::TimelineSvg,
    Format::NetworkSvg,
];

/// The document the bounds are read from.
pub const ROBUSTNESS: &str = include_str!("../../docs/robustness.md");

/// The start of the header row of the table of bounds.
pub const HEADER: &str = "| output | bytes per byte of text | plus bytes |";

/// The most bytes an output may have: `per_byte` for each byte of the plan's text, and
/// `plus` more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    pub per_byte: usize,
    pub plus: usize,
}

impl Bound {
    /// The most bytes the output of a plan whose text is `text` bytes may have.
    pub fn most(self, text: usize) -> usize {
        self.per_byte.saturating_mul(text).saturating_add(self.plus)
    }
}

/// Every output the table names, with its bound, in the table's order.
pub fn bounds() -> Vec<(String, Bound)> {
    let mut lines = ROBUSTNESS
        .lines()
        .skip_while(|line| !line.starts_with(HEADER));
    assert!(
        lines.next().is_some(),
        "docs/robustness.md has no table whose header starts `{HEADER}`"
    );
    let mut bounds = Vec::new();
    for line in lines.skip(1).take_while(|line| line.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(names), Some(per_byte), Some(plus)) = (cells.get(1), cells.get(2), cells.get(3))
        else {
            panic!("docs/robustness.md: a row of the bounds with fewer than three cells: {line}");
        };
        let number = |cell: &str| -> usize {
            cell.replace(',', "").parse().unwrap_or_else(|_| {
                panic!("docs/robustness.md: `{cell}` is no whole number, in: {line}")
            })
        };
        let bound = Bound {
            per_byte: number(per_byte),
            plus: number(plus),
        };
        let named: Vec<&str> = names.split('`').skip(1).step_by(2).collect();
        assert!(
            !named.is_empty(),
            "docs/robustness.md: a row of the bounds names no output in backticks: {line}"
        );
        bounds.extend(named.into_iter().map(|name| (name.to_owned(), bound)));
    }
    bounds
}

/// The bound of `output`, which the table must name.
pub fn bound(output: &str) -> Bound {
    bounds()
        .into_iter()
        .find(|(name, _)| name == output)
        .map(|(_, bound)| bound)
        .unwrap_or_else(|| panic!("docs/robustness.md's table of bounds names no `{output}`"))
}
