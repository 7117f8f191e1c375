//! The front matter: the notice, the info box, the `全文` line and the preamble each read
//! back as what they are, and the metadata is what they say.

use crate::base::period::Period;
use crate::base::quote::quoted;
use crate::check::lines::has_line_break;
use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::Date;
use crate::read::front::derive_metadata;
use crate::read::lines::{
    is_annex_start, is_front_matter_line, is_full_text_marker, is_info_heading,
};

impl Checker<'_> {
    /// Checks the lines before the first part: each reads back as what it is, and the
    /// metadata is what they say.
    pub(super) fn front_matter(&mut self) {
        let data = self.data;
        self.prose("notice", "notice", &data.notice);
        // In the notice, an info box's heading opens the box, `全文` ends the notice and
        // `附件1` opens an annex; any other line, an info entry's shape among them, is
        // the notice's.
        for (i, line) in data.notice.iter().enumerate() {
            if is_info_heading(line) || line == "全文" || is_annex_start(line) {
                self.report(
                    "notice",
                    format!("notice[{i}]"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "{} would read as an info box's heading, a `全文` line or an annex's heading",
                            quoted(line)
                        ),
                    },
                );
            }
        }
        // A notice that carries its plan as an annex, with no parts of its own, is a
        // notice; otherwise, without an info box or a `全文` line, it is the preamble.
        if !data.notice.is_empty()
            && data.info_box.is_none()
            && data.full_text_marker.is_none()
            && !data.carries_its_plan_as_annexes()
        {
            self.report(
                "notice",
                "notice",
                InvalidKind::ReadsBackOtherwise {
                    reason: "without an info box or a `全文` line after it, the notice reads as the preamble"
                        .to_owned(),
                },
            );
        }
        if let Some(info_box) = &data.info_box {
            if !is_info_heading(&info_box.heading) {
                self.report(
                    "info_box",
                    "info_box.heading",
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "{} is no info box heading: expected 基本介紹 or 基本介绍",
                            quoted(&info_box.heading)
                        ),
                    },
                );
            }
            for (i, entry) in info_box.entries.iter().enumerate() {
                let bad_key = entry.key.is_empty()
                    || entry.key.contains([':', '：'])
                    || has_line_break(&entry.key);
                if bad_key || has_line_break(&entry.value) {
                    self.report(
                        "info_box",
                        format!("info_box.entries[{i}]"),
                        InvalidKind::ReadsBackOtherwise {
                            reason: "an entry is one line `- key:value`, its key not empty and without a colon"
                                .to_owned(),
                        },
                    );
                }
            }
            let first_preamble = data.preamble.first().map(String::as_str);
            if data.full_text_marker.is_none() && first_preamble.is_some_and(is_front_matter_line) {
                self.report(
                    "preamble",
                    "preamble[0]",
                    InvalidKind::ReadsBackOtherwise {
                        reason: "right after the info box, without a `全文` line, it would read as part of the box"
                            .to_owned(),
                    },
                );
            }
        }
        if let Some(marker) = &data.full_text_marker {
            if !is_full_text_marker(marker) {
                self.report(
                    "full_text_marker",
                    "full_text_marker",
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!("{} is not the `全文` line", quoted(marker)),
                    },
                );
            }
        }
        self.prose("preamble", "preamble", &data.preamble);
        let derived = derive_metadata(data);
        let metadata = &data.metadata;
        let show =
            |value: Option<String>| value.map_or("none".to_owned(), |v| quoted(&v).to_string());
        let date = |date: Option<Date>| show(date.map(|d| d.to_string()));
        let period = |period: Option<Period>| show(period.map(|p| p.to_string()));
        let fields = [
            ("title", show(derived.title), show(metadata.title.clone())),
            (
                "notice_title",
                show(derived.notice_title),
                show(metadata.notice_title.clone()),
            ),
            (
                "document_number",
                show(derived.document_number),
                show(metadata.document_number.clone()),
            ),
            (
                "issuer",
                show(derived.issuer),
                show(metadata.issuer.clone()),
            ),
            (
                "approver",
                show(derived.approver),
                show(metadata.approver.clone()),
            ),
            (
                "issue_date",
                date(derived.issue_date),
                date(metadata.issue_date),
            ),
            ("period", period(derived.period), period(metadata.period)),
        ];
        for (field, expected, found) in fields {
            if expected != found {
                self.report(
                    "metadata",
                    format!("metadata.{field}"),
                    InvalidKind::Mismatch {
                        expected: format!("{expected}, as the front matter says"),
                        found,
                    },
                );
            }
        }
    }
}
