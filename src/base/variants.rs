//! Searching across the variants of Chinese: the same characters in either script, and
//! the same phrase in Taiwan's or the mainland's wording.
//!
//! A text is searched in two forms. The first is [`fold`]: character by
//! character to Simplified, so that any literal substring of the text, in either
//! script, matches. The second is the text in the mainland's wording, made by the
//! converter of the [OpenCC] project's Taiwan tables (its `tw2sp` configuration, as the
//! `ferrous-opencc` crate embeds it: the Taiwan phrases and variants read back, then
//! Traditional to Simplified), and folded as well. A query is converted the same way, so
//! `优化` finds a text that writes `最佳化`, and `最佳化` one that writes `优化` or `優化`.
//!
//! Converting a whole text can join the end of one phrase to what follows it (`智慧型`
//! becomes `智能型`, in which `能型` stands), so a match in the converted form counts
//! only where a span of the text itself converts to the converted query: each such match
//! is checked by converting that span again. A text is thus found only when it holds the
//! query, or a span the tables convert to the same words as the query.
//!
//! [OpenCC]: https://github.com/BYVoid/OpenCC

use std::ops::Range;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use once_cell::sync::Lazy;

use crate::base::script::fold;

/// The converter from Traditional Chinese in Taiwan's wording to Simplified in the
/// mainland's, built on first use (a few milliseconds). `None` if the tables the crate
/// embeds do not load, in which case only the folded forms are searched.
static TAIWAN_TO_MAINLAND: Lazy<Option<OpenCC>> =
    Lazy::new(|| OpenCC::from_config(BuiltinConfig::Tw2sp).ok());

/// The longest span, in characters, that one replacement is looked for in: longer than
/// any key of the tables `tw2sp` reads (14 characters, in `TSPhrases`).
const WINDOW: usize = 16;

/// `text` in the mainland's wording and Simplified script, folded as [`fold`] folds; the
/// folded text alone when the converter is not there.
pub(crate) fn to_mainland(text: &str) -> String {
    match &*TAIWAN_TO_MAINLAND {
        Some(converter) => fold(&converter.convert(text)),
        None => fold(text),
    }
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
        // 智慧型 converts to 智能型, but no span of it converts to 能型.
        assert!(finds("發展智慧型服務", "智能"));
        assert!(!finds("發展智慧型服務", "能型"));
        // 最佳化 converts to 优化; 佳 alone is no part of 优化.
        assert!(!finds("持續最佳化服務", "优"));
        assert!(!finds("持續最佳化服務", "化服务优"));
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
            for phrase in ["最佳化", "網路", "數位化", "智慧", "網際網路"] {
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

    /// A long text of replacements is aligned to its end, in time linear in its length.
    #[test]
    fn long_texts_align_to_the_end() {
        let text = "推進網路最佳化與數位化，發展智慧型網路".repeat(2000);
        let haystack = Haystack::new(text.clone());
        assert_eq!(haystack.reached, (haystack.mainland.len(), text.len()));
        assert_eq!(haystack.replacements.len(), 2000 * 4);
        assert!(haystack.contains(&Needle::new("发展智能型网络推进网络优化")));
    }

    #[test]
    fn the_alignment_covers_every_replacement() {
        let text = "推進網路最佳化與數位化，發展智慧型網路";
        let haystack = Haystack::new(text.to_owned());
        assert_eq!(haystack.mainland, "推进网络优化与数字化,发展智能型网络");
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
                ("智慧", "智能"),
                ("網路", "网络")
            ]
        );
        assert_eq!(haystack.reached, (haystack.mainland.len(), text.len()));
    }
}
