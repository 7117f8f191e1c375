//! Searching across the variants of Chinese: the same characters in either script, and
//! the same phrase in Taiwan's, the mainland's or a wiki mirror's wording.
//!
//! A text is searched in two forms. The first is [`fold`]: character by
//! character to Simplified, so that any literal substring of the text, in either
//! script, matches. The second is the text in the mainland's wording, made by the
//! converter of the [OpenCC] project's Taiwan tables (its `tw2sp` configuration, as the
//! `ferrous-opencc` crate embeds it: the Taiwan phrases and variants read back, then
//! Traditional to Simplified), folded as well, and then read back through [`MIRROR`],
//! the wordings of the wiki mirror the plan's text was taken from that the tables do not
//! reverse (`套用` for `应用`, `中國小` for `中小学`). A query is converted the same way,
//! so `优化` finds a text that writes `最佳化`, `应用` one that writes `套用`, and
//! `最佳化` one that writes `优化` or `優化`.
//!
//! Converting a text rewrites whole phrases, so the converted text holds parts of
//! phrases that no part of the text means (`最佳化` becomes `优化`, in which `优` stands;
//! `中國小` becomes `中小学`, in which `小学` stands), and can join the end of one
//! phrase to what follows it. A match in the converted form thus counts only where a
//! span of the text itself converts to the converted query: each such match is checked
//! by converting that span again. A text is found only when it holds the query, or a
//! span the tables convert to the same words as the query.
//!
//! [OpenCC]: https://github.com/BYVoid/OpenCC

use std::ops::Range;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use once_cell::sync::Lazy;

use crate::base::script::fold;

/// The converter from Traditional Chinese in Taiwan's wording to Simplified in the
/// mainland's, built on first use (a few milliseconds). `None` if the tables the crate
/// embeds do not load, in which case the texts are only folded, and [`MIRROR`] read
/// back.
static TAIWAN_TO_MAINLAND: Lazy<Option<OpenCC>> =
    Lazy::new(|| OpenCC::from_config(BuiltinConfig::Tw2sp).ok());

/// The longest span, in characters, that one replacement is looked for in: longer than
/// any key of the tables `tw2sp` reads (14 characters, in `TSPhrases`).
const WINDOW: usize = 16;

/// `text` in the mainland's wording and Simplified script, folded as [`fold`] folds, with
/// the mirror's wordings of [`MIRROR`] read back; the folded text, read back the same
/// way, when the converter is not there.
pub(crate) fn to_mainland(text: &str) -> String {
    read_back(&converted(text))
}

/// `text` converted by the Taiwan tables and folded: the mainland's wording as far as
/// OpenCC knows it, before [`MIRROR`] is read back.
fn converted(text: &str) -> String {
    match &*TAIWAN_TO_MAINLAND {
        Some(converter) => fold(&converter.convert(text)),
        None => fold(text),
    }
}

/// A phrase of the mainland's and the wording a wiki mirror's conversion to Traditional
/// script gave it (the plan's text is such a conversion), where OpenCC's Taiwan tables
/// do not read that wording back.
#[derive(Debug, Clone, Copy)]
struct Mirrored {
    /// The mainland's wording, as a plan published on the mainland writes it.
    mainland: &'static str,
    /// The mirror's wording of it, as the mirror's text writes it.
    mirror: &'static str,
    /// Longer words, each holding the mirror's wording once, in which it is part of
    /// another word and stands for nothing of the mainland's: where one of them stands
    /// around the mirror's wording, the wording is read as written.
    not_in: &'static [&'static str],
}

/// The mirror's wordings that OpenCC's tables do not reverse, each read from the
/// documents: the plan's text (`data/source.txt`, a wiki mirror's conversion to
/// Traditional script) and the shared corpus's fragment from such a mirror (whose
/// wordings OpenCC's tables all reverse). A pair is here when the documents show the
/// mirror writing that wording for the mainland's phrase; not a pair that OpenCC
/// reverses (`最佳化`, `網路`, `網際網路`, `數位化`, `智慧`, `分散式`, `軟硬體`, `設定`,
/// `入口網站`), nor a wording whose mainland phrase the documents do not settle
/// (`蒐集`, which OpenCC reads as `搜集`: the source may have written `搜集` or `收集`).
/// Each comment says where the plan writes the wording.
const MIRROR: [Mirrored; 9] = [
    // 7 times in the plan, all in tasks: 22 (便民服務套用, 電子健康碼套用, 區塊鏈技術
    // 套用), 28 (資源開發套用), 30 (數據套用設備), 32 (普惠套用) and 43 (集成套用).
    // 套用 is part of another word after 配套 (配套用房), or after a measure (一套用於).
    Mirrored {
        mainland: "应用",
        mirror: "套用",
        not_in: &[
            "套用房",
            "配套用地",
            "配套用電",
            "配套用水",
            "配套用品",
            "一套用於",
            "一套用來",
            "兩套用於",
            "每套用於",
            "手套用",
        ],
    },
    // 4 times, in tasks 1 (中國小教職工), 19 (中國小閒置校舍), 21 (聯合中國小) and 37
    // (中國小教師): the mirror writes 小學 as 國小. 中國 followed by a word in 小 is
    // another phrase (中國小說, 中國小康).
    Mirrored {
        mainland: "中小学",
        mirror: "中國小",
        not_in: &[
            "中國小說",
            "中國小康",
            "中國小商品",
            "中國小麥",
            "中國小型",
            "中國小微企",
            "中國小額",
            "中國小企業",
            "中國小城鎮",
            "中國小鎮",
            "中國小吃",
            "中國小孩",
            "中國小朋友",
            "中國小提琴",
            "中國小姐",
            "中國小米",
            "中國小家電",
            "中國小島",
            "中國小眾",
        ],
    },
    // 4 times: twice in part 一 (人民民眾最期待, the quote of target p1.5, and 適應人民
    // 民眾多樣化), and in tasks 41 (呼應人民民眾期待) and 48 (確保人民民眾享有).
    Mirrored {
        mainland: "人民群众",
        mirror: "人民民眾",
        not_in: &[],
    },
    // Once, in task 12 (全民健身公共服務格線化服務體系).
    Mirrored {
        mainland: "网格化",
        mirror: "格線化",
        not_in: &[],
    },
    // Once, in task 21 (探索實行國中生每學年到職業學校): the mirror writes 初中 as 國中.
    // After a word that ends in 國, 中生代 is another word (中國中生代).
    Mirrored {
        mainland: "初中生",
        mirror: "國中生",
        not_in: &["國中生代"],
    },
    // 6 times: in task 17 (有條件的幼稚園) and five times in task 19 (幼稚園布局規劃,
    // 普惠性幼稚園, 公辦幼稚園 twice, 配套幼稚園).
    Mirrored {
        mainland: "幼儿园",
        mirror: "幼稚園",
        not_in: &[],
    },
    // 3 times: in tasks 30 (智慧型養老監護) and 32 (移動智慧型終端, 數位化智慧型化); the
    // mirror writes 智能 as 智慧型 there and as 智慧 elsewhere (人工智慧). The tables
    // read 智慧 back as 智能 and leave 智能型, so `智能终端` would miss 智慧型終端.
    Mirrored {
        mainland: "智能",
        mirror: "智慧型",
        not_in: &[],
    },
    // Once, in task 47 (精準服務、主動回響的公共服務提供機制), the mainland's 主动响应.
    Mirrored {
        mainland: "响应",
        mirror: "回響",
        not_in: &[],
    },
    // Not in the plan; in the corpus's Xianyang fragment, task 2 (按程式在市、縣兩級政府
    // 入口網站公布). The tables read 程式 as 程序, but the mainland's 程序 as 进程 (a
    // process), so the two never met. (方程式, an equation, the tables keep whole.)
    Mirrored {
        mainland: "程序",
        mirror: "程式",
        not_in: &[],
    },
];

/// A pair of [`MIRROR`] as the converted text holds it: the mirror's wording converted
/// (`智慧型` is `智能型` by then), what it reads back to, and its longer words converted,
/// each with the byte offset of the wording in it.
#[derive(Debug)]
struct Reading {
    wording: String,
    mainland: String,
    not_in: Vec<(String, usize)>,
}

impl Reading {
    /// Whether the wording, standing at byte `at` of the converted `text`, is part of
    /// one of its longer words there.
    fn inside_another_word(&self, text: &str, at: usize) -> bool {
        self.not_in.iter().any(|(word, offset)| {
            at.checked_sub(*offset)
                .and_then(|from| text.get(from..))
                .is_some_and(|around| around.starts_with(word.as_str()))
        })
    }
}

/// [`MIRROR`] converted as the texts are, longest wording first; built on first use.
/// A pair whose wording the tables already read back, or a longer word that does not
/// hold its wording once converted, is left out (the tests check there are none).
static READINGS: Lazy<Vec<Reading>> = Lazy::new(|| {
    let mut readings: Vec<Reading> = MIRROR
        .iter()
        .filter_map(|pair| {
            let wording = converted(pair.mirror);
            let mainland = converted(pair.mainland);
            let not_in = pair
                .not_in
                .iter()
                .filter_map(|word| {
                    let word = converted(word);
                    let offset = word.find(wording.as_str())?;
                    Some((word, offset))
                })
                .collect();
            (!wording.is_empty() && wording != mainland).then_some(Reading {
                wording,
                mainland,
                not_in,
            })
        })
        .collect();
    readings.sort_by_key(|reading| std::cmp::Reverse(reading.wording.len()));
    readings
});

/// The converted `text` with each of the mirror's wordings of [`MIRROR`] that is not
/// part of a longer word replaced by the mainland's, from the left, the longest wording
/// first where two start at one place: one pass, each step trying the few wordings.
fn read_back(text: &str) -> String {
    let readings = &*READINGS;
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(rest) = text.get(at..) {
        let Some(c) = rest.chars().next() else {
            break;
        };
        let reading = readings.iter().find(|reading| {
            rest.starts_with(reading.wording.as_str()) && !reading.inside_another_word(text, at)
        });
        match reading {
            Some(reading) => {
                out.push_str(&reading.mainland);
                at += reading.wording.len();
            }
            None => {
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    out
}

/// What a query looks for: its folded form, and its form in the mainland's wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Needle {
    folded: String,
    mainland: String,
}

impl Needle {
    /// The forms of `query` that [`Haystack::contains`] looks for.
    pub(crate) fn new(query: &str) -> Needle {
        Needle {
            folded: fold(query),
            mainland: to_mainland(query),
        }
    }
}

/// A text prepared for [`Needle`]s: the text, its folded form, its form in the
/// mainland's wording, and where the two forms differ.
#[derive(Debug, Clone, Default)]
pub(crate) struct Haystack {
    text: String,
    folded: String,
    mainland: String,
    /// Alignment of `text` with `mainland`: the replacements, in order. Between two of
    /// them the folded text and the converted one agree character for character.
    replacements: Vec<Replacement>,
    /// How far the alignment reached: byte offsets in `mainland` and in `text` (their
    /// ends, unless a difference was left unexplained).
    reached: (usize, usize),
}

/// A span of the text whose conversion, on its own, is a span of the converted text
/// that is not its fold: byte ranges in both.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Replacement {
    text: Range<usize>,
    mainland: Range<usize>,
}

impl Haystack {
    /// Prepares `text`: folds it, converts it, and aligns the two (in time linear in the
    /// text's length).
    pub(crate) fn new(text: String) -> Haystack {
        let folded = fold(&text);
        let mainland = to_mainland(&text);
        let (replacements, reached) = align(&text, &folded, &mainland);
        Haystack {
            text,
            folded,
            mainland,
            replacements,
            reached,
        }
    }

    /// Whether the text holds the needle's query in either script, or a span that the
    /// Taiwan tables convert to the same words as the query. An empty query is in every
    /// text.
    pub(crate) fn contains(&self, needle: &Needle) -> bool {
        if self.folded.contains(needle.folded.as_str()) {
            return true;
        }
        if needle.mainland.is_empty() {
            return false;
        }
        let mut from = 0;
        while let Some(found) = self
            .mainland
            .get(from..)
            .and_then(|rest| rest.find(needle.mainland.as_str()))
        {
            let start = from + found;
            if self.converts_to(start..start + needle.mainland.len(), &needle.mainland) {
                return true;
            }
            // The next occurrence may overlap this one.
            from = start
                + self
                    .mainland
                    .get(start..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
        }
        false
    }

    /// Whether a span of the text that `range` of the converted text may stand for
    /// converts, on its own, to `words`.
    fn converts_to(&self, range: Range<usize>, words: &str) -> bool {
        let (Some(start), Some(end)) = (self.source(range.start), self.source(range.end)) else {
            return false;
        };
        let starts = boundaries(&self.text, start.start, start.end);
        starts.into_iter().any(|from| {
            boundaries(&self.text, end.start.max(from), end.end)
                .into_iter()
                .filter(|&to| to > from)
                .any(|to| {
                    self.text
                        .get(from..to)
                        .is_some_and(|span| to_mainland(span) == words)
                })
        })
    }

    /// The byte offsets of the text that byte offset `at` of the converted text may
    /// stand for, from the first to the last (one offset where the two agree, the ends
    /// of a replacement's span within one); `None` past the alignment's reach or off a
    /// character boundary.
    fn source(&self, at: usize) -> Option<Range<usize>> {
        if at > self.reached.0 {
            return None;
        }
        // The replacements that start before `at`, or at it when they give nothing.
        let before = self.replacements.partition_point(|r| {
            r.mainland.start < at || r.mainland.is_empty() && r.mainland.start == at
        });
        let last = before.checked_sub(1).and_then(|i| self.replacements.get(i));
        let (mut here, mut there) = match last {
            Some(r) if r.mainland.is_empty() && r.mainland.start == at => {
                return Some(r.text.clone());
            }
            Some(r) if at < r.mainland.end => return Some(r.text.clone()),
            Some(r) => (r.mainland.end, r.text.end),
            None => (0, 0),
        };
        // From there on, the two agree character for character up to `at`.
        let mut converted = self.mainland.get(here..)?.chars();
        let mut original = self.text.get(there..)?.chars();
        while here < at {
            here += converted.next()?.len_utf8();
            there += original.next()?.len_utf8();
        }
        (here == at).then_some(there..there)
    }
}

/// The character boundaries of `text` from `first` to `last` (byte offsets), at most
/// [`WINDOW`] + 1 of them.
fn boundaries(text: &str, first: usize, last: usize) -> Vec<usize> {
    (first..=last)
        .filter(|&i| text.is_char_boundary(i))
        .take(WINDOW + 1)
        .collect()
}

/// Aligns `text` with its `mainland` form: walks both a character at a time while the
/// folded text and the converted one agree, and where they differ, finds the span of
/// the text whose own conversion is the differing part (starting up to [`WINDOW`]
/// characters back, since a replacement may keep its first characters: `網路` gives
/// `网络`). Where no such span is found, the alignment stops, and matches beyond it
/// count only as literal ones.
fn align(text: &str, folded: &str, mainland: &str) -> (Vec<Replacement>, (usize, usize)) {
    // Each character of the text with its byte offset, and its folded form (the fold
    // maps characters one for one).
    let source: Vec<(usize, char)> = text.char_indices().collect();
    let narrow: Vec<char> = folded.chars().collect();
    let target: Vec<(usize, char)> = mainland.char_indices().collect();
    let text_at = |i: usize| source.get(i).map_or(text.len(), |&(at, _)| at);
    let target_at = |j: usize| target.get(j).map_or(mainland.len(), |&(at, _)| at);
    let mut replacements = Vec::new();
    let (mut i, mut j) = (0, 0);
    // How many characters the walk has taken one for one since the last replacement.
    let mut run = 0;
    while i < source.len() || j < target.len() {
        if let (Some(a), Some((_, b))) = (narrow.get(i), target.get(j))
            && a == b
        {
            i += 1;
            j += 1;
            run += 1;
            continue;
        }
        let Some((back, length, converted)) =
            replacement(text, &source, &narrow, &target, i, j, run)
        else {
            break;
        };
        let (from, to) = (i - back, j - back);
        let (end, converted_end) = (from + length, to + converted);
        replacements.push(Replacement {
            text: text_at(from)..text_at(end),
            mainland: target_at(to)..target_at(converted_end),
        });
        i = end;
        j = converted_end;
        run = 0;
    }
    replacements.shrink_to_fit();
    (replacements, (target_at(j), text_at(i)))
}

/// The replacement covering the disagreement at characters `i` of the text and `j` of
/// its conversion: how many characters before them it starts (at most `run`, the
/// characters that agreed since the last replacement), how many characters of the text
/// it covers and how many it gives. The first found, shortest span and nearest start
/// first, whose own conversion is the converted characters there and after which the
/// two agree again (or both end).
fn replacement(
    text: &str,
    source: &[(usize, char)],
    narrow: &[char],
    target: &[(usize, char)],
    i: usize,
    j: usize,
    run: usize,
) -> Option<(usize, usize, usize)> {
    let text_at = |i: usize| source.get(i).map_or(text.len(), |&(at, _)| at);
    for length in 1..=WINDOW {
        // The span covers character `i`, or ends the text when the text has ended.
        let backs = if i < source.len() {
            0..=run.min(length - 1)
        } else if length <= run {
            length..=length
        } else {
            break;
        };
        for back in backs {
            let (from, to) = (i - back, j - back);
            let end = from + length;
            if end > source.len() {
                continue;
            }
            let Some(span) = text.get(text_at(from)..text_at(end)) else {
                continue;
            };
            let converted: Vec<char> = to_mainland(span).chars().collect();
            let same = target
                .get(to..to + converted.len())
                .is_some_and(|there| there.iter().zip(&converted).all(|(&(_, a), &b)| a == b));
            let after = to + converted.len();
            let resumes = match (narrow.get(end), target.get(after)) {
                (Some(c), Some((_, d))) => c == d,
                (None, None) => true,
                _ => false,
            };
            if same && resumes {
                return Some((back, length, converted.len()));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(text: &str, query: &str) -> bool {
        Haystack::new(text.to_owned()).contains(&Needle::new(query))
    }

    #[test]
    fn literal_and_phrase_forms_match() {
        assert!(finds("持續最佳化服務", "最佳"));
        assert!(finds("持續最佳化服務", "最佳化"));
        assert!(finds("持續最佳化服務", "优化"));
        assert!(finds("持續最佳化服務", "優化服務"));
        assert!(finds("持續最佳化服務", "持续优化"));
        assert!(finds("建設網路平臺", "网络"));
        assert!(finds("建設網路平臺", "網絡平台"));
        assert!(finds("推進數位化", "数字化"));
        assert!(finds("持续优化服务", "最佳化"));
        assert!(finds("持续优化服务", "優化"));
    }

    #[test]
    fn a_match_must_cover_whole_replacements() {
        // 智慧型 converts to 智能, and 智慧 to 智能 too.
        assert!(finds("發展智慧型服務", "智能"));
        assert!(finds("發展智慧型服務", "智能服务"));
        assert!(!finds("發展智慧型服務", "能型"));
        assert!(!finds("發展智慧型服務", "能服"));
        // 最佳化 converts to 优化; 佳 alone is no part of 优化.
        assert!(!finds("持續最佳化服務", "优"));
        assert!(!finds("持續最佳化服務", "化服务优"));
        // 中國小 converts to 中小学, but no span of it converts to 小学 or 中小.
        assert!(finds("推進中國小教師改革", "中小学教师"));
        assert!(!finds("推進中國小教師改革", "小学"));
        assert!(!finds("推進中國小教師改革", "中小"));
        assert!(!finds("數據套用設備", "应"));
    }

    /// Every pair of the mirror's table is one the Taiwan tables do not reverse, and
    /// every longer word of a pair holds its wording once converted: none is left out.
    #[test]
    fn the_mirror_table_adds_what_the_tables_lack() {
        assert_eq!(READINGS.len(), MIRROR.len());
        for pair in MIRROR {
            assert_ne!(converted(pair.mirror), converted(pair.mainland), "{pair:?}");
            assert_eq!(
                to_mainland(pair.mirror),
                to_mainland(pair.mainland),
                "{pair:?}"
            );
            for word in pair.not_in {
                assert_eq!(word.matches(pair.mirror).count(), 1, "{word}");
                // Standing in its longer word, the wording is read as written.
                assert_eq!(to_mainland(word), converted(word), "{word}");
            }
        }
        let reading = |mirror: &str| {
            READINGS
                .iter()
                .find(|r| r.wording == converted(mirror))
                .map(|r| r.not_in.len())
        };
        for pair in MIRROR {
            assert_eq!(reading(pair.mirror), Some(pair.not_in.len()), "{pair:?}");
        }
    }

    #[test]
    fn the_mirror_wording_reads_back_outside_longer_words() {
        assert_eq!(
            to_mainland("推動電子健康碼套用全面落地"),
            "推动电子健康码应用全面落地"
        );
        assert_eq!(to_mainland("建設配套用房"), "建设配套用房");
        assert_eq!(to_mainland("配套用房套用"), "配套用房应用");
        assert_eq!(to_mainland("研究中國小說"), "研究中国小说");
        assert_eq!(to_mainland("中國小中國小說"), "中小学中国小说");
        assert_eq!(to_mainland("中國中生代化石"), "中国中生代化石");
        assert_eq!(to_mainland("國中生"), "初中生");
        assert_eq!(to_mainland("按程式公布"), to_mainland("按程序公布"));
        assert!(!to_mainland("解方程式").contains("进程"));
        // A listed longer word wins where it may be either: 統一套用於 is read as written.
        assert_eq!(to_mainland("統一套用於"), "统一套用于");
        // Either script of the mirror's wording reads back.
        assert_eq!(to_mainland("中国小教师"), "中小学教师");
        assert_eq!(to_mainland("人民民众"), "人民群众");
    }

    /// Whether some span of `text` converts to the same words as `query`, found by
    /// trying every span: the definition [`Haystack::contains`] must keep to.
    fn holds_a_variant(text: &str, query: &str) -> bool {
        let words = to_mainland(query);
        let longest = query.chars().count() * 2 + 2;
        text.char_indices().any(|(from, _)| {
            let rest = text.get(from..).unwrap_or_default();
            rest.char_indices()
                .skip(1)
                .map(|(at, _)| at)
                .chain([rest.len()])
                .take(longest)
                .any(|to| {
                    rest.get(..to)
                        .is_some_and(|span| to_mainland(span) == words)
                })
        })
    }

    /// Every task the plan's text queries find holds the query in either script, or a
    /// span the tables convert to the same words, for every query of one to four
    /// characters cut from the words around each Taiwan phrase of the plan, in the
    /// plan's wording and in the mainland's.
    #[test]
    fn no_match_without_the_query_or_its_variant() {
        let plan = crate::plan();
        let texts: Vec<&Haystack> = (1..=50).filter_map(|n| plan.task_text(n)).collect();
        assert_eq!(texts.len(), 50);
        let mut queries = std::collections::BTreeSet::new();
        for haystack in &texts {
            let chars: Vec<char> = haystack.text.chars().collect();
            for phrase in [
                "最佳化",
                "網路",
                "數位化",
                "智慧",
                "網際網路",
                "套用",
                "中國小",
                "人民民眾",
                "格線化",
                "國中生",
                "幼稚園",
                "回響",
            ] {
                let phrase: Vec<char> = phrase.chars().collect();
                let starts = (0..chars.len())
                    .filter(|&i| chars.get(i..).is_some_and(|rest| rest.starts_with(&phrase)));
                for at in starts {
                    let around = at.saturating_sub(3)..(at + phrase.len() + 3).min(chars.len());
                    let window: String = chars.get(around).unwrap_or_default().iter().collect();
                    for form in [fold(&window), to_mainland(&window)] {
                        let form: Vec<char> = form.chars().collect();
                        for length in 1..=4 {
                            for piece in form.windows(length) {
                                queries.insert(piece.iter().collect::<String>());
                            }
                        }
                    }
                }
            }
        }
        assert!(queries.len() > 900, "{}", queries.len());
        let mut by_phrase = 0;
        for query in &queries {
            let needle = Needle::new(query);
            for haystack in &texts {
                if haystack.contains(&needle) && !haystack.folded.contains(&needle.folded) {
                    by_phrase += 1;
                    assert!(
                        holds_a_variant(&haystack.text, query),
                        "{query} in {}",
                        haystack.text
                    );
                }
            }
        }
        // The phrases did find tasks the folded text alone does not.
        assert!(by_phrase > 100, "{by_phrase}");
    }

    /// Every task's text and every target's quote of the plan is aligned to its end:
    /// each difference between a text and its conversion is explained by a span.
    #[test]
    fn the_plans_texts_align_to_their_ends() {
        let plan = crate::plan();
        let tasks = (1..=50).filter_map(|n| plan.task_text(n));
        let quotes = (0..plan.target_list().len()).filter_map(|i| plan.target_quote(i));
        let mut count = 0;
        for haystack in tasks.chain(quotes) {
            let ends = (haystack.mainland.len(), haystack.text.len());
            assert_eq!(haystack.reached, ends, "{}", haystack.text);
            count += 1;
        }
        assert_eq!(count, 50 + plan.target_list().len());
    }

    /// A long text of replacements is aligned to its end, in time linear in its length.
    #[test]
    fn long_texts_align_to_the_end() {
        let text = "推進網路最佳化與數位化，發展智慧型網路，中國小教師套用".repeat(2000);
        let haystack = Haystack::new(text.clone());
        assert_eq!(haystack.reached, (haystack.mainland.len(), text.len()));
        assert_eq!(haystack.replacements.len(), 2000 * 6);
        assert!(haystack.contains(&Needle::new("发展智能型网络")));
        assert!(haystack.contains(&Needle::new("中小学教师应用推进网络优化")));
        assert!(!haystack.contains(&Needle::new("小学教师")));
    }

    #[test]
    fn the_alignment_covers_every_replacement() {
        let text = "推進網路最佳化與數位化，發展智慧型網路，中國小教師套用";
        let haystack = Haystack::new(text.to_owned());
        assert_eq!(
            haystack.mainland,
            "推进网络优化与数字化,发展智能网络,中小学教师应用"
        );
        let pairs: Vec<(&str, &str)> = haystack
            .replacements
            .iter()
            .map(|r| {
                (
                    &text[r.text.clone()],
                    &haystack.mainland[r.mainland.clone()],
                )
            })
            .collect();
        assert_eq!(
            pairs,
            [
                // One replacement ends where the next begins: the two are one span.
                ("網路最佳化", "网络优化"),
                ("數位", "数字"),
                ("智慧型", "智能"),
                ("網路", "网络"),
                ("中國小", "中小学"),
                ("套用", "应用")
            ]
        );
        assert_eq!(haystack.reached, (haystack.mainland.len(), text.len()));
    }
}
