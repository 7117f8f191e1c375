//! Shortening what a page or a picture writes more than once, so that its size stays in
//! proportion to the plan's. A title or a name stands in full where its node is (a
//! task's heading, its entry in the table of contents, its column of the network, an
//! organisation's section and row), and is cut where it is repeated for each pair of
//! things: a task's title in the list of each organisation that leads or supports it
//! and in the tooltip of each dot of the network, an organisation's name in each of its
//! dots, a part's heading beside each of its objectives. Labels are cut to the width
//! they are drawn in ([`fit`]); repeated text to [`REPEATED_CHARS`] characters ([`shortened`]).
//! Either ends with `…` where it was cut.

use std::borrow::Cow;

pub(crate) use crate::base::quote::{REPEATED_CHARS, shortened};

/// About how wide `text` is at `size` pixels: a full-width character takes the size,
/// any other about six tenths of it.
pub(crate) fn text_width(text: &str, size: u32) -> u32 {
    text.chars()
        .map(|c| char_width(c, size * 10))
        .fold(0u32, u32::saturating_add)
        / 10
}

/// The width of `c` at `size`: the size for a full-width character, six tenths of it
/// for any other.
fn char_width(c: char, size: u32) -> u32 {
    if c.len_utf8() >= 3 {
        size
    } else {
        size * 6 / 10
    }
}

/// `text` cut to about `width` pixels at `size`, with `…` where it was cut. Reads no
/// more of `text` than fits.
pub(crate) fn fit(text: &str, width: u32, size: u32) -> Cow<'_, str> {
    // Whether `text_width(text, size) <= width`, measured in tenths of a pixel as
    // `text_width` does, stopping where it no longer fits.
    let limit = width.saturating_mul(10).saturating_add(9);
    let mut used = 0u32;
    let mut fits = true;
    for c in text.chars() {
        used = used.saturating_add(char_width(c, size * 10));
        if used > limit {
            fits = false;
            break;
        }
    }
    if fits {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = size; // room for the ellipsis
    for c in text.chars() {
        used += char_width(c, size);
        if used > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_to_fit() {
        assert_eq!(fit("t7.2 配建率", 200, 12), "t7.2 配建率");
        let cut = fit("基本公共服務均等化水平明顯提高", 100, 12);
        assert!(cut.ends_with('…') && text_width(&cut, 12) <= 100, "{cut}");
    }

    #[test]
    fn repeated_text_is_cut_to_its_characters() {
        assert_eq!(
            shortened("擴大普惠養老服務方式", 32),
            "擴大普惠養老服務方式"
        );
        // Exactly as many characters as allowed: kept whole.
        assert_eq!(shortened("甲乙丙", 3), "甲乙丙");
        // One more: two characters and the ellipsis, three in all.
        assert_eq!(shortened("甲乙丙丁", 3), "甲乙…");
        let long = "標".repeat(10_000);
        let cut = shortened(&long, REPEATED_CHARS);
        assert_eq!(cut.chars().count(), REPEATED_CHARS);
        assert_eq!(
            cut.strip_suffix('…'),
            Some("標".repeat(REPEATED_CHARS - 1).as_str())
        );
        // Cut at characters, never inside one.
        assert_eq!(shortened("a字b字", 3), "a字…");
    }
}
