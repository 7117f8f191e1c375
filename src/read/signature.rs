//! Signature blocks: the issuer, the date and the closing remarks (`（此件公开发布）`)
//! that end a document or stand before its annex.

use crate::read::front::find_date;

/// How many of the trailing `lines` (content, without indentation) form a signature
/// block: a date line, an issuer's line before it, and closing remarks in brackets
/// after it. Without a date line there is none.
pub(crate) fn signature_len(lines: &[&str]) -> usize {
    let mut len = 0;
    // Closing remarks, `（此件公开发布）`, `（本文有删减）`.
    for line in lines.iter().rev().map(|line| trimmed(line)) {
        if is_remark(line) {
            len += 1;
        } else {
            break;
        }
    }
    let Some(date) = lines.len().checked_sub(len + 1).and_then(|i| lines.get(i)) else {
        return 0;
    };
    if !is_date_line(trimmed(date)) {
        return 0;
    }
    len += 1;
    if let Some(issuer) = lines.len().checked_sub(len + 1).and_then(|i| lines.get(i)) {
        if is_issuer_line(trimmed(issuer)) {
            len += 1;
        }
    }
    len
}

/// `（此件公开发布）`: a short remark in brackets alone on a line.
fn is_remark(line: &str) -> bool {
    let inner = line
        .strip_prefix('（')
        .and_then(|rest| rest.strip_suffix('）'))
        .or_else(|| {
            line.strip_prefix('(')
                .and_then(|rest| rest.strip_suffix(')'))
        });
    inner.is_some_and(|inner| {
        inner.chars().count() <= 12 && !inner.contains(['。', '，', ',', '（', '('])
    })
}

/// `2018年11月16日` alone on a line.
fn is_date_line(line: &str) -> bool {
    line.chars().count() <= 16 && line.ends_with('日') && find_date(line).is_some()
}

/// `国务院办公厅`: a short name alone on a line, with no punctuation of prose.
fn is_issuer_line(line: &str) -> bool {
    let count = line.chars().count();
    (2..=30).contains(&count)
        && !line.contains(['。', '，', ',', '：', ':', '；', ';', '、', '“', '"'])
}

/// A line without the spaces that pad it on the right.
fn trimmed(line: &str) -> &str {
    line.trim_end_matches([' ', '　'])
}
