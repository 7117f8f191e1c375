//! A number written in one of Word's number formats (`w:numFmt`): `1`, `01`, `１`, `①`,
//! `一`, `十一`, `壹拾`, `甲`, `子`, `A`, `AA`, `i`, and the rest the genre uses.
//!
//! Chinese counting numbers are written as the genre writes them: `十` for ten and
//! `十一`, `十九` after it (never `一十`), `二十`, `一百一十`, `一百零一`, `一千零一十`;
//! Japanese counting leaves out the `一` before `十`, `百` and `千` and writes no `零`.
//! Where a format has no way to write a number (zero in letters, a circled 21, a Roman
//! 4000), it is written in decimal digits, as the rest of the formats Word has are.

use std::fmt::Write as _;

/// A level's number format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// `1, 2, 3` (`decimal`, `decimalHalfWidth`, and every format not named below).
    Decimal,
    /// `01, 02, … 10` (`decimalZero`).
    DecimalZero,
    /// `１, ２, ３` (`decimalFullWidth`, `decimalFullWidth2`).
    FullWidth,
    /// `①, ②, … ⑳` (`decimalEnclosedCircle`, `decimalEnclosedCircleChinese`).
    Circled,
    /// `⒈, ⒉, … ⒛` (`decimalEnclosedFullstop`).
    FullStop,
    /// `⑴, ⑵, … ⒇` (`decimalEnclosedParen`).
    Parenthesized,
    /// `A, B, … Z, AA, BB` (`upperLetter`).
    UpperLetter,
    /// `a, b, … z, aa, bb` (`lowerLetter`).
    LowerLetter,
    /// `I, II, III` (`upperRoman`).
    UpperRoman,
    /// `i, ii, iii` (`lowerRoman`).
    LowerRoman,
    /// `1st, 2nd, 3rd` (`ordinal`).
    Ordinal,
    /// `一, 二, … 十, 十一, 二十` (`chineseCounting`, `chineseCountingThousand`,
    /// `taiwaneseCounting`, `taiwaneseCountingThousand`).
    ChineseCounting,
    /// `壹, 贰, … 壹拾, 壹拾壹` (`chineseLegalSimplified`).
    LegalSimplified,
    /// `壹, 貳, … 壹拾, 壹拾壹` (`ideographLegalTraditional`).
    LegalTraditional,
    /// `一, 二, … 十, 十一, 百` (`japaneseCounting`).
    JapaneseCounting,
    /// `一, 二, … 一〇, 一一`: each digit a character (`ideographDigital`,
    /// `taiwaneseDigital`).
    IdeographDigital,
    /// `甲, 乙, 丙, … 癸`, the ten heavenly stems, again from `甲` after `癸`
    /// (`ideographTraditional`).
    HeavenlyStems,
    /// `子, 丑, 寅, … 亥`, the twelve earthly branches, again from `子` after `亥`
    /// (`ideographZodiac`).
    EarthlyBranches,
    /// `甲子, 乙丑, … 癸亥`, the sixty-year cycle (`ideographZodiacTraditional`).
    SexagenaryCycle,
    /// `㈠, ㈡, … ㈩` (`ideographEnclosedCircle`).
    EnclosedIdeograph,
    /// A bullet: no number (`bullet`).
    Bullet,
    /// No number (`none`).
    None,
}

impl Format {
    /// The format `w:numFmt`'s value names; decimal where it names one not read here.
    pub(super) fn of(name: &str) -> Format {
        match name {
            "decimalZero" => Format::DecimalZero,
            "decimalFullWidth" | "decimalFullWidth2" => Format::FullWidth,
            "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => Format::Circled,
            "decimalEnclosedFullstop" => Format::FullStop,
            "decimalEnclosedParen" => Format::Parenthesized,
            "upperLetter" => Format::UpperLetter,
            "lowerLetter" => Format::LowerLetter,
            "upperRoman" => Format::UpperRoman,
            "lowerRoman" => Format::LowerRoman,
            "ordinal" => Format::Ordinal,
            "chineseCounting"
            | "chineseCountingThousand"
            | "taiwaneseCounting"
            | "taiwaneseCountingThousand" => Format::ChineseCounting,
            "chineseLegalSimplified" => Format::LegalSimplified,
            "ideographLegalTraditional" => Format::LegalTraditional,
            "japaneseCounting" => Format::JapaneseCounting,
            "ideographDigital" | "taiwaneseDigital" => Format::IdeographDigital,
            "ideographTraditional" => Format::HeavenlyStems,
            "ideographZodiac" => Format::EarthlyBranches,
            "ideographZodiacTraditional" => Format::SexagenaryCycle,
            "ideographEnclosedCircle" => Format::EnclosedIdeograph,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            _ => Format::Decimal,
        }
    }
}

/// The digits of Chinese counting, and its zero, `〇`, as a number on its own.
const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/// The digits of the simplified legal (banking) numerals.
const LEGAL_SIMPLIFIED: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
/// The digits of the traditional legal numerals.
const LEGAL_TRADITIONAL: [char; 10] = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
/// The ten heavenly stems.
const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
/// The twelve earthly branches.
const BRANCHES: [char; 12] = [
    '子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥',
];
/// The most times a letter is written (`AAA…`); a number that needs more is written
/// in decimal digits.
const MOST_LETTERS: u64 = 32;

/// How a system of counting numerals writes a number below 10⁸.
#[derive(Debug, Clone, Copy)]
struct Counting {
    /// The digits, 0 to 9; the zero is written between digits (`一百零一`).
    digits: [char; 10],
    /// Ten, a hundred, a thousand.
    units: [char; 3],
    /// Ten thousand.
    myriad: char,
    /// Whether a number from 10 to 19 leaves out its `一` (`十一`, not `一十一`).
    bare_ten: bool,
    /// Whether the `一` is left out before every unit below ten thousand and no zero
    /// is written (Japanese: `百一`, `千十`).
    japanese: bool,
}

/// Chinese counting: `十一`, `一百零一`.
const CHINESE: Counting = Counting {
    digits: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    units: ['十', '百', '千'],
    myriad: '万',
    bare_ten: true,
    japanese: false,
};

/// Japanese counting: `十一`, `百一`.
const JAPANESE: Counting = Counting {
    digits: ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
    units: ['十', '百', '千'],
    myriad: '万',
    bare_ten: true,
    japanese: true,
};

impl Counting {
    /// Writes `n`, from 1 to 9,999, as a group of its own (`leading`: nothing before
    /// it) or after the myriads.
    fn group(&self, out: &mut String, n: u64, leading: bool) {
        let places = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
        let mut started = false;
        let mut zero = false;
        for (place, &digit) in places.iter().enumerate() {
            if digit == 0 {
                zero = started;
                continue;
            }
            if zero && !self.japanese {
                out.push(self.digits.first().copied().unwrap_or('零'));
            }
            zero = false;
            let unit = self.units.get(2usize.wrapping_sub(place)).copied();
            let bare = digit == 1
                && unit.is_some()
                && (self.japanese || (self.bare_ten && place == 2 && leading && !started));
            if !bare {
                out.push(self.digits.get(digit_index(digit)).copied().unwrap_or('?'));
            }
            if let Some(unit) = unit {
                out.push(unit);
            }
            started = true;
        }
    }

    /// Writes `n`, from 1 to 99,999,999.
    fn write(&self, out: &mut String, n: u64) {
        let (myriads, rest) = (n / 10_000, n % 10_000);
        if myriads == 0 {
            self.group(out, n, true);
            return;
        }
        if self.japanese && myriads == 1 {
            // Japanese leaves out the `一` before the units below a myriad, not before
            // the myriad itself: `一万`.
            out.push(self.digits.get(1).copied().unwrap_or('一'));
        } else {
            self.group(out, myriads, true);
        }
        out.push(self.myriad);
        if rest > 0 {
            if rest < 1000 && !self.japanese {
                out.push(self.digits.first().copied().unwrap_or('零'));
            }
            self.group(out, rest, false);
        }
    }
}

/// A digit (0 to 9) as an index.
fn digit_index(digit: u64) -> usize {
    usize::try_from(digit).unwrap_or(0)
}

/// Writes `value` in `format` to `out`.
pub(super) fn write(out: &mut String, value: i64, format: Format) {
    let Ok(n) = u64::try_from(value) else {
        decimal(out, value);
        return;
    };
    match format {
        Format::Bullet | Format::None => {}
        Format::Decimal => decimal(out, value),
        Format::DecimalZero => {
            if n < 10 {
                out.push('0');
            }
            decimal(out, value);
        }
        Format::FullWidth => {
            for digit in n.to_string().bytes() {
                let offset = u32::from(digit.saturating_sub(b'0'));
                out.push(char::from_u32(0xFF10 + offset).unwrap_or('?'));
            }
        }
        Format::Circled => enclosed(out, n, 0x2460, 20),
        Format::FullStop => enclosed(out, n, 0x2488, 20),
        Format::Parenthesized => enclosed(out, n, 0x2474, 20),
        Format::EnclosedIdeograph => enclosed(out, n, 0x3220, 10),
        Format::UpperLetter => letters(out, n, b'A'),
        Format::LowerLetter => letters(out, n, b'a'),
        Format::UpperRoman => roman(out, n, false),
        Format::LowerRoman => roman(out, n, true),
        Format::Ordinal => {
            decimal(out, value);
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            out.push_str(suffix);
        }
        Format::ChineseCounting => counting(out, n, &CHINESE, '〇'),
        Format::JapaneseCounting => counting(out, n, &JAPANESE, '〇'),
        Format::LegalSimplified => counting(
            out,
            n,
            &Counting {
                digits: LEGAL_SIMPLIFIED,
                units: ['拾', '佰', '仟'],
                myriad: '万',
                bare_ten: false,
                japanese: false,
            },
            '零',
        ),
        Format::LegalTraditional => counting(
            out,
            n,
            &Counting {
                digits: LEGAL_TRADITIONAL,
                units: ['拾', '佰', '仟'],
                myriad: '萬',
                bare_ten: false,
                japanese: false,
            },
            '零',
        ),
        Format::IdeographDigital => {
            for digit in n.to_string().bytes() {
                let index = usize::from(digit.saturating_sub(b'0'));
                out.push(DIGITS.get(index).copied().unwrap_or('?'));
            }
        }
        Format::HeavenlyStems => cycle(out, n, &STEMS),
        Format::EarthlyBranches => cycle(out, n, &BRANCHES),
        Format::SexagenaryCycle => {
            if n == 0 {
                decimal(out, value);
            } else {
                let at = (n - 1) % 60;
                let stem = usize::try_from(at % 10).unwrap_or(0);
                let branch = usize::try_from(at % 12).unwrap_or(0);
                out.push(STEMS.get(stem).copied().unwrap_or('?'));
                out.push(BRANCHES.get(branch).copied().unwrap_or('?'));
            }
        }
    }
}

/// Writes `value` in decimal digits.
fn decimal(out: &mut String, value: i64) {
    let _ = write!(out, "{value}");
}

/// Writes `n` in a system of counting numerals, `zero` for 0; in decimal digits from
/// 10⁸.
fn counting(out: &mut String, n: u64, system: &Counting, zero: char) {
    match n {
        0 => out.push(zero),
        1..=99_999_999 => system.write(out, n),
        _ => decimal(out, i64::try_from(n).unwrap_or(i64::MAX)),
    }
}

/// Writes `n` as the enclosed character at `first` plus `n - 1`, for 1 to `most`; in
/// decimal digits otherwise.
fn enclosed(out: &mut String, n: u64, first: u32, most: u64) {
    let character = (1..=most)
        .contains(&n)
        .then(|| u32::try_from(n - 1).ok())
        .flatten()
        .and_then(|offset| char::from_u32(first + offset));
    match character {
        Some(character) => out.push(character),
        None => decimal(out, i64::try_from(n).unwrap_or(i64::MAX)),
    }
}

/// Writes `n` as Word's letters: `A` to `Z`, then `AA` to `ZZ`, `AAA`…
fn letters(out: &mut String, n: u64, first: u8) {
    let times = n.saturating_sub(1) / 26 + 1;
    if n == 0 || times > MOST_LETTERS {
        decimal(out, i64::try_from(n).unwrap_or(i64::MAX));
        return;
    }
    let letter = char::from(first + u8::try_from((n - 1) % 26).unwrap_or(0));
    for _ in 0..times {
        out.push(letter);
    }
}

/// Writes `n` in Roman numerals, from 1 to 3,999; in decimal digits otherwise.
fn roman(out: &mut String, n: u64, lower: bool) {
    const NUMERALS: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if !(1..=3999).contains(&n) {
        decimal(out, i64::try_from(n).unwrap_or(i64::MAX));
        return;
    }
    let mut rest = n;
    for (value, numeral) in NUMERALS {
        while rest >= value {
            if lower {
                out.push_str(&numeral.to_ascii_lowercase());
            } else {
                out.push_str(numeral);
            }
            rest -= value;
        }
    }
}

/// Writes `n` as the `n`th of `symbols`, from the first again after the last.
fn cycle(out: &mut String, n: u64, symbols: &[char]) {
    let count = u64::try_from(symbols.len()).unwrap_or(1).max(1);
    if n == 0 {
        decimal(out, 0);
        return;
    }
    let at = usize::try_from((n - 1) % count).unwrap_or(0);
    out.push(symbols.get(at).copied().unwrap_or('?'));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: i64, format: Format) -> String {
        let mut out = String::new();
        write(&mut out, value, format);
        out
    }

    #[test]
    fn chinese_counting_is_written_as_the_genre_writes_it() {
        let cases = [
            (1, "一"),
            (9, "九"),
            (10, "十"),
            (11, "十一"),
            (15, "十五"),
            (20, "二十"),
            (21, "二十一"),
            (99, "九十九"),
            (100, "一百"),
            (101, "一百零一"),
            (110, "一百一十"),
            (111, "一百一十一"),
            (1010, "一千零一十"),
            (1001, "一千零一"),
            (10_000, "一万"),
            (100_010, "十万零一十"),
            (120_305, "十二万零三百零五"),
            (0, "〇"),
        ];
        for (value, expected) in cases {
            assert_eq!(written(value, Format::ChineseCounting), expected, "{value}");
        }
        assert_eq!(written(100_000_000, Format::ChineseCounting), "100000000");
    }

    #[test]
    fn chinese_counting_writes_the_numerals_the_reader_reads() {
        for n in 1..=99 {
            let numeral = written(i64::from(n), Format::ChineseCounting);
            assert_eq!(Some(numeral.clone()), crate::base::numeral::to_numeral(n));
            assert_eq!(crate::base::numeral::from_numeral(&numeral), Some(n));
        }
    }

    #[test]
    fn other_counting_systems() {
        assert_eq!(written(10, Format::LegalSimplified), "壹拾");
        assert_eq!(written(23, Format::LegalSimplified), "贰拾叁");
        assert_eq!(written(101, Format::LegalTraditional), "壹佰零壹");
        assert_eq!(written(11, Format::JapaneseCounting), "十一");
        assert_eq!(written(110, Format::JapaneseCounting), "百十");
        assert_eq!(written(1001, Format::JapaneseCounting), "千一");
        assert_eq!(written(10_000, Format::JapaneseCounting), "一万");
        assert_eq!(written(1_000_000, Format::JapaneseCounting), "百万");
        assert_eq!(written(2019, Format::IdeographDigital), "二〇一九");
    }

    #[test]
    fn the_other_formats() {
        assert_eq!(written(7, Format::Decimal), "7");
        assert_eq!(written(7, Format::DecimalZero), "07");
        assert_eq!(written(12, Format::DecimalZero), "12");
        assert_eq!(written(12, Format::FullWidth), "１２");
        assert_eq!(written(1, Format::Circled), "①");
        assert_eq!(written(20, Format::Circled), "⑳");
        assert_eq!(written(21, Format::Circled), "21");
        assert_eq!(written(3, Format::FullStop), "⒊");
        assert_eq!(written(3, Format::Parenthesized), "⑶");
        assert_eq!(written(10, Format::EnclosedIdeograph), "㈩");
        assert_eq!(written(1, Format::UpperLetter), "A");
        assert_eq!(written(26, Format::UpperLetter), "Z");
        assert_eq!(written(28, Format::LowerLetter), "bb");
        assert_eq!(written(1994, Format::UpperRoman), "MCMXCIV");
        assert_eq!(written(4, Format::LowerRoman), "iv");
        assert_eq!(written(4000, Format::UpperRoman), "4000");
        assert_eq!(written(12, Format::Ordinal), "12th");
        assert_eq!(written(22, Format::Ordinal), "22nd");
        assert_eq!(written(3, Format::HeavenlyStems), "丙");
        assert_eq!(written(11, Format::HeavenlyStems), "甲");
        assert_eq!(written(12, Format::EarthlyBranches), "亥");
        assert_eq!(written(60, Format::SexagenaryCycle), "癸亥");
        assert_eq!(written(5, Format::Bullet), "");
        assert_eq!(written(5, Format::None), "");
        assert_eq!(written(-1, Format::ChineseCounting), "-1");
        assert_eq!(written(1_000_000, Format::UpperLetter), "1000000");
        assert_eq!(
            Format::of("chineseCountingThousand"),
            Format::ChineseCounting
        );
        assert_eq!(Format::of("koreanCounting"), Format::Decimal);
    }
}
