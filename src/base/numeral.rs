//! Chinese numerals from 1 to 99, as part and group headings write them (`一`, `十`,
//! `十一`, `二十三`), the numbers people cite items by (`第23條`, `23.`), and the counts
//! a text writes in Chinese numerals (`三千`, `一百零五`, `兩萬五千`).

const DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit_value(c: char) -> Option<u8> {
    DIGITS
        .iter()
        .position(|&d| d == c)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// Whether `c` can stand in a numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    c == '十' || digit_value(c).is_some()
}

/// The numeral for `n`, 1 to 99; `None` outside that range.
pub(crate) fn to_numeral(n: u8) -> Option<String> {
    if !(1..=99).contains(&n) {
        return None;
    }
    let digit = |v: u8| DIGITS.get(usize::from(v).wrapping_sub(1)).copied();
    let (tens, ones) = (n / 10, n % 10);
    let mut out = String::new();
    match tens {
        0 => {}
        1 => out.push('十'),
        _ => {
            out.extend(digit(tens));
            out.push('十');
        }
    }
    out.extend(digit(ones));
    Some(out)
}

/// The value of a numeral written in canonical form (`十一`, not `一十一`); `None` for
/// anything else, so that writing the value back gives the same text.
pub(crate) fn from_numeral(s: &str) -> Option<u8> {
    let mut chars = s.chars();
    let value = match (chars.next(), chars.next(), chars.next(), chars.next()) {
        (Some('十'), None, None, None) => 10,
        (Some(a), None, None, None) => digit_value(a)?,
        (Some('十'), Some(b), None, None) => 10 + digit_value(b)?,
        (Some(a), Some('十'), None, None) => digit_value(a)? * 10,
        (Some(a), Some('十'), Some(c), None) => digit_value(a)? * 10 + digit_value(c)?,
        _ => return None,
    };
    (to_numeral(value)?.as_str() == s).then_some(value)
}

/// The number of an item as people cite it: `23`, `２３`, `23.`, `23．`, `23﹒`, `23、`,
/// `第23條`, `第23项`, `23條`, `第二十三條`, `二十三`, `(23)`, `（二十三）`, `二十三、`, `⑳`, with
/// white space around it or not; `None` for anything else. Digits are ASCII or
/// full-width; a numeral is canonical, as [`from_numeral`] reads it.
pub(crate) fn cited_number(s: &str) -> Option<u16> {
    let s = s.trim();
    // A circled number, ① (U+2460) to ⑳.
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if let Some(offset) = u32::from(c).checked_sub(0x2460).filter(|&o| o < 20) {
            return u16::try_from(offset + 1).ok();
        }
    }
    let s = s
        .strip_prefix(['(', '（'])
        .and_then(|rest| rest.strip_suffix([')', '）']))
        .unwrap_or(s)
        .trim();
    let s = s.strip_prefix('第').unwrap_or(s).trim_start();
    let s = s
        .strip_suffix([
            '條', '条', '項', '项', '款', '個', '个', '.', '．', '﹒', '、', '。',
        ])
        .unwrap_or(s)
        .trim_end();
    if let Some(value) = from_numeral(s) {
        return Some(u16::from(value));
    }
    if s.is_empty() || s.len() > 3 * 5 {
        return None;
    }
    let mut value: u16 = 0;
    for c in s.chars() {
        let digit = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            '０'..='９' => u32::from(c) - u32::from('０'),
            _ => return None,
        };
        let digit = u16::try_from(digit).ok()?;
        value = value.checked_mul(10)?.checked_add(digit)?;
    }
    Some(value)
}

/// The value of a digit of a count: `零`/`〇` to `九`, with `兩`/`两` for 2.
fn count_digit(c: char) -> Option<u64> {
    match c {
        '零' | '〇' => Some(0),
        '兩' | '两' => Some(2),
        _ => digit_value(c).map(u64::from),
    }
}

/// The value of a count written in Chinese numerals, as a text writes one: digits, each
/// before a unit `十`, `百`, `千` that falls from one to the next, in sections that
/// `萬`/`万` and then `億`/`亿` close: `十五`, `二十三`, `一百零五`, `三千`,
/// `兩萬五千`, `一億零五百萬`. `None` for digits side by side (`三五`, an estimate), a
/// unit that does not fall (`一百一千`), a unit alone (`百`), or a value over `u64`.
pub(crate) fn count_value(s: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut section: u64 = 0;
    // The digit read and not yet multiplied, and whether the last was `零`.
    let mut pending: Option<u64> = None;
    let mut last_unit: Option<u32> = None;
    let mut last_big: Option<u32> = None;
    let mut read_any = false;
    for c in s.chars() {
        read_any = true;
        if let Some(digit) = count_digit(c) {
            // Two digits side by side, other than after a zero, are no count.
            if pending.is_some_and(|before| before != 0) {
                return None;
            }
            pending = Some(digit);
            continue;
        }
        let small = match c {
            '十' => Some(1),
            '百' => Some(2),
            '千' => Some(3),
            _ => None,
        };
        if let Some(power) = small {
            if last_unit.is_some_and(|last| power >= last) {
                return None;
            }
            let digit = match pending.take() {
                Some(0) => return None,
                Some(digit) => digit,
                // `十五`: a ten without its digit, at the start of a section only.
                None if power == 1 && section == 0 => 1,
                None => return None,
            };
            section = section.checked_add(digit.checked_mul(10u64.pow(power))?)?;
            last_unit = Some(power);
            continue;
        }
        let big = match c {
            '萬' | '万' => 4,
            '億' | '亿' => 8,
            _ => return None,
        };
        if last_big.is_some_and(|last| big >= last) {
            return None;
        }
        section = section.checked_add(pending.take().unwrap_or(0))?;
        if section == 0 {
            return None;
        }
        total = total.checked_add(section.checked_mul(10u64.pow(big))?)?;
        section = 0;
        last_unit = None;
        last_big = Some(big);
    }
    if !read_any {
        return None;
    }
    section = section.checked_add(pending.unwrap_or(0))?;
    total.checked_add(section)
}

#[cfg(test)]
mod counts {
    use super::count_value;

    #[test]
    fn counts_are_read_as_a_text_writes_them() {
        for (text, value) in [
            ("一", 1),
            ("兩", 2),
            ("十", 10),
            ("十五", 15),
            ("二十三", 23),
            ("一百", 100),
            ("一百零五", 105),
            ("一百一十", 110),
            ("三千", 3000),
            ("兩千", 2000),
            ("五千", 5000),
            ("兩萬五千", 25_000),
            ("十萬", 100_000),
            ("一千零一", 1001),
            ("一億零五百萬", 105_000_000),
            ("三億", 300_000_000),
            ("零", 0),
        ] {
            assert_eq!(count_value(text), Some(value), "{text}");
        }
        for text in [
            "",
            "三五",
            "一二三",
            "百",
            "千",
            "萬",
            "一百一千",
            "十十",
            "一萬一億",
            "一零",
            "五億億",
            "零百",
        ] {
            assert_eq!(count_value(text), None, "{text}");
        }
    }
}

#[cfg(test)]
mod cited {
    use super::cited_number;

    #[test]
    fn numbers_are_read_as_people_cite_them() {
        for text in [
            "23",
            " 23 ",
            "２３",
            "23.",
            "23、",
            "23．",
            "第23條",
            "第23条",
            "第23項",
            "第23项",
            "第 23 條",
            "第二十三條",
            "第二十三项",
            "二十三",
            "(23)",
            "（二十三）",
            "第２３條",
            "第23",
            "23條",
            "23﹒",
            "二十三、",
        ] {
            assert_eq!(cited_number(text), Some(23), "{text:?}");
        }
        assert_eq!(cited_number("第十條"), Some(10));
        // A circled number, as a document numbers its fifth level.
        assert_eq!(cited_number("①"), Some(1));
        assert_eq!(cited_number(" ⑳ "), Some(20));
        assert_eq!(cited_number("㉑"), None);
        assert_eq!(cited_number("0"), Some(0));
        for text in [
            "",
            "第",
            "條",
            "23條5",
            "二十三三",
            "一十一",
            "23..",
            "2 3",
            "-1",
            "65536",
            "99999999999999999999",
            "t23",
            "23年",
        ] {
            assert_eq!(cited_number(text), None, "{text:?}");
        }
    }
}
