//! Linear time on hostile input: `parse`, and `Plan::from_json` of what it writes, take
//! time in proportion to the size of their input, whatever its shape.
//!
//! Each shape is a long run of one token the readers look for (`年`, a number with a
//! unit, `、`, a bracket, a heading marker, the items of a `責任單位:` line, `到2025年`,
//! line breaks, ...) inside just enough of the genre to reach the code that reads it.
//! Each is timed at two sizes four times apart: 1 MiB and 4 MiB of text for `parse`,
//! and about 1 MiB and 4 MiB of JSON for `from_json` (the JSON of the shape's plan,
//! which is many times the text for the shapes that state many targets), in an
//! optimized build (`cargo test --release --test linear`). A debug build, as `cargo
//! test` makes, runs about ten times slower, and times a quarter of those sizes (256 KiB
//! and 1 MiB), which keeps this file to some seconds; a quadratic loop is as plain
//! there (the issue's cases took seconds at 512 KB). Linear time takes about 4 times as
//! long at the larger size, quadratic 16 times; a test fails when the larger takes more
//! than 8 times as long (twice the ratio of the sizes).
//!
//! Timings on a shared machine jump about. Each size is timed once, and only when the
//! ratio is over the limit are both timed again, up to five times in all, keeping the
//! fastest run of each: noise only ever makes a run slower, so the fastest runs are
//! the truest, and a real quadratic stays at 16 however many times it runs.
//!
//! The reproductions of the issue's cases come first, each its own test, then the
//! property over every shape, in three tests that can run side by side.

use std::time::{Duration, Instant};

use wuzhong_plan::{Domain, DomainTag, Format, Plan, RenderOptions, Unit, parse};

/// The smaller size of text, or of JSON, each shape is timed at; the larger is four
/// times this.
const SMALL: usize = if cfg!(debug_assertions) {
    256 * 1024
} else {
    1024 * 1024
};

/// The most a 4× larger input may take, as a multiple of the smaller one's time
/// divided by the ratio of the sizes: 2 is 8× at 4× the size.
const LIMIT: f64 = 2.0;

/// The most times each size is timed.
const ATTEMPTS: usize = 5;

/// The fastest of the runs of `op` so far, updated with one more run.
fn time_once<T>(best: &mut Option<Duration>, op: &mut impl FnMut() -> T) {
    let start = Instant::now();
    let out = op();
    let elapsed = start.elapsed();
    drop(out);
    *best = Some(best.map_or(elapsed, |best| best.min(elapsed)));
}

/// Times `op` on the small and the large input and checks that the time grows no more
/// than [`LIMIT`] times faster than the size; returns the ratio of the times over the
/// ratio of the sizes.
fn assert_linear<I: ?Sized, T>(
    what: &str,
    (small, small_len): (&I, usize),
    (large, large_len): (&I, usize),
    mut op: impl FnMut(&I) -> T,
) -> f64 {
    let sizes = large_len as f64 / small_len as f64;
    let (mut fast_small, mut fast_large) = (None, None);
    let mut ratio = f64::INFINITY;
    for _ in 0..ATTEMPTS {
        time_once(&mut fast_small, &mut || op(small));
        time_once(&mut fast_large, &mut || op(large));
        let (Some(s), Some(l)) = (fast_small, fast_large) else {
            continue;
        };
        ratio = l.as_secs_f64() / s.as_secs_f64().max(1e-9) / sizes;
        if ratio <= LIMIT {
            break;
        }
    }
    eprintln!(
        "{what}: {small_len} bytes in {:?}, {large_len} bytes in {:?}: {ratio:.2} × linear",
        fast_small.unwrap_or_default(),
        fast_large.unwrap_or_default(),
    );
    assert!(
        ratio <= LIMIT,
        "{what}: {large_len} bytes take {ratio:.1} times as long per byte as {small_len} bytes \
         ({:?} against {:?}): not linear",
        fast_large.unwrap_or_default(),
        fast_small.unwrap_or_default(),
    );
    ratio
}

/// A task part with one group and the start of one task's line, up to its body.
const TASK: &str = "一、重點任務\n(一)推進\n1.標題。";

/// A run of one token inside a frame of the genre.
struct Shape {
    name: &'static str,
    head: &'static str,
    token: &'static str,
    tail: &'static str,
}

impl Shape {
    /// The shape about `size` bytes long: `head`, `token` repeated, `tail`.
    fn text(&self, size: usize) -> String {
        let frame = self.head.len() + self.tail.len();
        let repeats = (size.saturating_sub(frame) / self.token.len()).max(1);
        let mut text = String::with_capacity(frame + repeats * self.token.len());
        text.push_str(self.head);
        for _ in 0..repeats {
            text.push_str(self.token);
        }
        text.push_str(self.tail);
        text
    }
}

const fn shape(
    name: &'static str,
    head: &'static str,
    token: &'static str,
    tail: &'static str,
) -> Shape {
    Shape {
        name,
        head,
        token,
        tail,
    }
}

/// Runs of dates and of numbers with units.
const DATES_AND_NUMBERS: &[Shape] = &[
    // The date of issue is looked for after every `年` of the notice and the info box.
    shape(
        "年 in the notice",
        "",
        "2022年",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "年 and a month",
        "",
        "2022年4",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "年 and 月",
        "",
        "2022年4月",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "年 in the info box",
        "基本介紹\n- 頒布時間:",
        "2022年",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    // Numbers with units in one clause: each one's unit depends on the clause.
    shape("1所", TASK, "1所", ""),
    shape("一所", TASK, "一所", ""),
    shape("1所 in each county", TASK, "各縣1所", ""),
    shape("1%", TASK, "1%", ""),
    shape("1平方米", TASK, "1平方米", ""),
    shape("人均1平方米", TASK, "人均1平方米", ""),
    shape("1名", TASK, "1名", ""),
    shape("1項", TASK, "1項", ""),
    shape("1項 before 服務", TASK, "1項", "服務"),
    shape("1-2個", TASK, "1-2個", ""),
    shape("1個專業群", TASK, "1個專業群", ""),
    shape("1所、", TASK, "1所、", ""),
    shape("至少1套以上", TASK, "至少1套以上", ""),
    shape("long digits", TASK, "1", "所"),
    shape(
        "a long fraction",
        "一、重點任務\n(一)推進\n1.標題。1.",
        "1",
        "%",
    ),
    shape("1.", TASK, "1.", ""),
];

/// Runs of separators, brackets, deadlines and names, inside one line.
const INSIDE_A_LINE: &[Shape] = &[
    // Separators and brackets, which the clause splitter counts.
    shape("、", TASK, "、", ""),
    shape("(", TASK, "(", ""),
    shape("（", TASK, "（", ""),
    shape("“", TASK, "“", ""),
    shape("《", TASK, "《", ""),
    shape(")", TASK, ")", ""),
    shape("，", TASK, "，", ""),
    shape("。", TASK, "。", ""),
    // Deadlines, which date the clauses after them.
    shape("到2025年", TASK, "到2025年", ""),
    shape("到2025年,", TASK, "到2025年,", ""),
    shape(
        "到2025年,1% in the objectives",
        "一、主要目標\n",
        "到2025年,1%",
        "\n二、重點任務\n(一)推進\n1.標題。正文",
    ),
    // Bodies named in running text.
    shape("市教育局 in a body", TASK, "市教育局", ""),
    shape("市 in a body", TASK, "市", ""),
    // Responsibility lines.
    shape(
        "責任單位 items",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "、民政局",
        "",
    ),
    shape(
        "責任單位 bracketed items",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "、各縣(市、區)",
        "",
    ),
    shape(
        "責任單位 brackets in one item",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局、各縣",
        "(市、區)",
        "",
    ),
    shape(
        "責任單位 open bracket",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "(",
        "",
    ),
    // The genre of other cities: notes, labels, verbs and remarks.
    shape("notes of responsibility", TASK, "正文。(市民政局牽頭)", ""),
    shape(
        "a note on each continuation line",
        TASK,
        "正文。(市民政局牽頭)\n",
        "正文",
    ),
    shape("notes that do not read", TASK, "(甲牽頭乙)", ""),
    shape("an open note", TASK, "(市民政局牽頭", ""),
    shape("explanatory remarks", TASK, "(列第一位為牽頭單位,下同)", ""),
    shape("colons in a body", TASK, "甲:", ""),
    shape(
        "a labelled list in a body",
        TASK,
        "。責任單位:市民政局",
        "、財政局",
    ),
    shape(
        "labels in a body",
        "一、重點任務\n1.標題。責任單位:",
        "牽頭單位:",
        "",
    ),
    shape(
        "joint leads",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局",
        "、市民政局分別牽頭",
        "",
    ),
    shape(
        "roles in brackets",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局",
        "、市民政局(牽頭)",
        "",
    ),
    shape(
        "collectives of places",
        "一、重點任務\n1.標題。正文\n責任單位:各區",
        "、縣級市",
        "",
    ),
];

/// Runs of heading markers, lines and front matter.
const LINES: &[Shape] = &[
    // Heading markers.
    shape("一、 on one line", "", "一、", ""),
    shape("(一) on one line", "一、重點任務\n", "(一)", ""),
    shape("1. on one line", "一、重點任務\n(一)推進\n", "1.", ""),
    // Lines.
    shape(
        "a long line",
        "",
        "字",
        "\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "many lines",
        "",
        "字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "empty lines",
        "",
        "\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "indented lines",
        "",
        "　　字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "lines of white space",
        "",
        "　　\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "indentation that changes on every line",
        "",
        "字\n　字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "annex items",
        "附件:",
        "1.甲方案\n",
        "全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "lines after the responsibility",
        "一、重點任務\n1.標題。正文\n責任單位:市教育局\n",
        "完成時限:2023年底\n",
        "2.標題。正文",
    ),
    shape(
        "empty lines ended by \\r\\n",
        "",
        "\r\n",
        "一、重點任務\r\n(一)推進\r\n1.標題。正文",
    ),
    shape(
        "empty lines ended by \\r",
        "",
        "\r",
        "一、重點任務\r(一)推進\r1.標題。正文",
    ),
    // `\r\n` lines in a text whose first line ends with `\n`: refused at the first.
    shape("\\r\\n lines in \\n text", "一、重點任務\n", "字\r\n", ""),
    shape("continuation lines", TASK, "正文\n", "正文"),
    // The front matter.
    shape(
        "《 in the notice",
        "",
        "《",
        "\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "“ in the title",
        "《",
        "“十四",
        "》\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "info box entries",
        "基本介紹\n",
        "- 鍵:值\n",
        "全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
    shape(
        "a long info key",
        "基本介紹\n- ",
        "鍵",
        ":值\n全文\n一、重點任務\n(一)推進\n1.標題。正文",
    ),
];

/// Many tasks, each with a dated target, two numbers and a responsibility line.
fn many_tasks(size: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進");
    let mut number = 0;
    while text.len() < size {
        number += 1;
        text.push_str(&format!(
            "\n{number}.標題。到2025年,建成1所學校、2所醫院。\n責任單位:市教育局、市民政局"
        ));
    }
    text
}

fn parse_linear(name: &str, small: &str, large: &str) {
    assert_linear(
        &format!("parse: {name}"),
        (small, small.len()),
        (large, large.len()),
        parse,
    );
}

/// The JSON of the shape's plan at about `size` bytes, if the shape parses.
fn json_of(make: &dyn Fn(usize) -> String, size: usize) -> Option<String> {
    let sample = 16 * 1024;
    let json = parse(&make(sample)).ok()?.to_json().ok()?;
    let per_byte = json.len() as f64 / make(sample).len() as f64;
    let text_size = ((size as f64 / per_byte) as usize).max(sample);
    parse(&make(text_size)).ok()?.to_json().ok()
}

fn from_json_linear(name: &str, make: &dyn Fn(usize) -> String) {
    let (Some(small), Some(large)) = (json_of(make, SMALL), json_of(make, 4 * SMALL)) else {
        return;
    };
    assert_linear(
        &format!("from_json: {name}"),
        (small.as_str(), small.len()),
        (large.as_str(), large.len()),
        Plan::from_json,
    );
}

// ---------------------------------------------------------------------------------------
// The issue's reproductions

/// `python3 -c "print('2022年'*128000+'\n全文\n一、重點任務\n(一)推進\n1.標題。正文')"`: the
/// date reader scanned to the end of the line for `月` and `日` after every `年`.
#[test]
fn many_years_in_the_notice() {
    let text = |years: usize| {
        format!(
            "{}\n全文\n一、重點任務\n(一)推進\n1.標題。正文\n",
            "2022年".repeat(years)
        )
    };
    let (small, large) = (text(128_000), text(512_000));
    let plan = parse(&small).expect("the notice is prose");
    assert_eq!(plan.notice().len(), 1);
    assert_eq!(
        plan.metadata().issue_date,
        None,
        "no 年 is followed by a month"
    );
    parse_linear("the issue's 2022年 × 128,000", &small, &large);
}

/// `python3 -c "print('一、重點任務\n(一)推進\n1.標題。'+'1所'*128000)"`: the unit reader
/// looked through the whole clause for `各縣`, `每個鄉鎮` and the like after every number.
#[test]
fn many_institutions_in_one_clause() {
    let text = |count: usize| format!("一、重點任務\n(一)推進\n1.標題。{}\n", "1所".repeat(count));
    let (small, large) = (text(128_000), text(512_000));
    let plan = parse(&small).expect("a body of numbers parses");
    // No `、` between the numbers: one target, the first number's.
    let targets: Vec<_> = plan.targets().collect();
    assert_eq!(targets.len(), 1);
    assert_eq!(
        targets[0].quantity.map(|q| q.unit),
        Some(Unit::Institutions)
    );
    assert_eq!(targets[0].quote.len(), small.len() - TASK.len() - 1);
    parse_linear("the issue's 1所 × 128,000", &small, &large);
}

/// The same with `平方米`, `名` and `項`, whose units also read the clause around them
/// (`人均`, `每百張`…`社工`, a `服務` after the `項`), and with `、` between the numbers,
/// which makes each one a target of its own.
#[test]
fn many_square_metres_people_and_items_in_one_clause() {
    for (token, tail, unit) in [
        ("1平方米", "", Unit::M2),
        ("1平方米、", "人均", Unit::M2PerCapita),
        ("1名", "", Unit::People),
        ("1名、", "每百張床位社工", Unit::SocialWorkersPer100Beds),
        ("1項", "", Unit::Items),
        ("1項、", "服務", Unit::Services),
    ] {
        let text = |count: usize| {
            format!(
                "一、重點任務\n(一)推進\n1.標題。{}{tail}\n",
                token.repeat(count)
            )
        };
        let (small, large) = (text(25_000), text(100_000));
        let plan = parse(&small).expect("a body of numbers parses");
        let expected = if token.ends_with('、') { 25_000 } else { 1 };
        assert_eq!(plan.targets().count(), expected, "{token}{tail}");
        assert!(
            plan.targets()
                .all(|t| t.quantity.is_some_and(|q| q.unit == unit)),
            "{token}{tail}"
        );
        parse_linear(&format!("{token} × 25,000 then `{tail}`"), &small, &large);
    }
}

/// A `服務` decides the unit of every `項` before it in the clause, and of none after it.
#[test]
fn services_count_only_before_the_word() {
    let plan = parse("一、重點任務\n(一)推進\n1.標題。1項、2項服務、3項\n").expect("parses");
    let units: Vec<Unit> = plan
        .targets()
        .filter_map(|t| t.quantity.map(|q| q.unit))
        .collect();
    assert_eq!(units, [Unit::Services, Unit::Services, Unit::Items]);
}

/// Many domain tags on one task: each tag's quote was looked for in the task's text
/// and each tag compared with every tag before it.
#[test]
fn many_domain_tags_on_one_task() {
    let body = "義務教育".repeat(50_000);
    let plan = parse(&format!("一、重點任務\n(一)推進\n1.標題。{body}\n")).expect("parses");
    let tags = |count: usize| -> Vec<(u16, DomainTag)> {
        (0..count)
            .map(|i| (1, DomainTag::new(Domain::Education, format!("不在{i}"))))
            .collect()
    };
    let (small, large) = (tags(25_000), tags(100_000));
    let refused = plan.clone().with_domains(small.iter().cloned());
    let Err(wuzhong_plan::Error::Invalid(problems)) = refused else {
        panic!("repeated tags are refused");
    };
    assert_eq!(problems.len(), 25_000, "each tag is at fault once");
    assert_linear(
        "with_domains: 25,000 and 100,000 tags",
        (small.as_slice(), small.len()),
        (large.as_slice(), large.len()),
        |tags| plan.clone().with_domains(tags.iter().cloned()),
    );
}

// ---------------------------------------------------------------------------------------
// The property

fn every_shape_is_read_in_linear_time(shapes: &[Shape]) {
    for shape in shapes {
        parse_linear(shape.name, &shape.text(SMALL), &shape.text(4 * SMALL));
        from_json_linear(shape.name, &|size| shape.text(size));
    }
}

/// Each shape of dates and numbers at [`SMALL`] and 4 × [`SMALL`] bytes of text for
/// `parse`, and at about as many bytes of JSON for `from_json` where the shape parses.
#[test]
fn dates_and_numbers_are_read_in_linear_time() {
    every_shape_is_read_in_linear_time(DATES_AND_NUMBERS);
}

/// The same for the runs inside one line.
#[test]
fn runs_inside_a_line_are_read_in_linear_time() {
    every_shape_is_read_in_linear_time(INSIDE_A_LINE);
}

/// The same for the runs of lines, and for many tasks.
#[test]
fn lines_and_tasks_are_read_in_linear_time() {
    every_shape_is_read_in_linear_time(LINES);
    parse_linear("many tasks", &many_tasks(SMALL), &many_tasks(4 * SMALL));
    from_json_linear("many tasks", &many_tasks);
}

/// A responsibility line of many bodies no vocabulary knows, each another: each is an
/// organisation and a diagnostic, and only the first few diagnostics look for the
/// closest kinds.
fn many_unknown_bodies(size: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局");
    let mut number = 0;
    while text.len() < size {
        number += 1;
        text.push_str(&format!("、市甲{number}辦"));
    }
    text
}

#[test]
fn many_bodies_of_no_known_kind_are_read_in_linear_time() {
    let (small, large) = (many_unknown_bodies(SMALL), many_unknown_bodies(4 * SMALL));
    parse_linear("many bodies of no known kind", &small, &large);
    from_json_linear("many bodies of no known kind", &many_unknown_bodies);
    let plan = parse(&small).unwrap();
    assert_eq!(plan.diagnostics().len(), plan.organizations().len() - 1);
}

/// Every renderer writes a plan in time linear in its size: many tasks, each with a
/// target, two numbers and a responsibility line, and a plan of the genre's other forms
/// (notes, roles in brackets, indentation).
#[test]
fn rendering_is_linear() {
    let other_forms = |size: usize| {
        let mut text = String::from("　　一、重点任务\n");
        let mut number = 0;
        while text.len() < size {
            number += 1;
            text.push_str(&format!(
                "　　{number}.标题。到2025年，建成1所学校。（牵头单位：市教育局，配合单位：市财政局、各区、县级市）\n\n"
            ));
        }
        text
    };
    // A body of its own for each task: a row of the network for each.
    let many_bodies = |size: usize| {
        let mut text = String::from("一、重点任务\n");
        let mut number = 0;
        while text.len() < size {
            number += 1;
            text.push_str(&format!(
                "{number}.标题。正文。\n责任单位:市机构{number}局\n"
            ));
        }
        text
    };
    let repeat = |head: &'static str, token: &'static str, tail: &'static str| {
        move |size: usize| {
            let count = size / token.len();
            format!("{head}{}{tail}", token.repeat(count))
        }
    };
    let objectives = repeat(
        "一、主要目標\n",
        "到2025年,達到1%。\n",
        "二、重點任務\n1.標題。正文",
    );
    let parties = repeat(
        "一、重點任務\n1.標題。正文\n責任單位:市教育局",
        "、市民政局",
        "",
    );
    let noted_lines = repeat(
        "一、重點任務\n1.標題。正文\n",
        "正文。(市民政局牽頭)\n",
        "正文",
    );
    let shapes: [(&str, &dyn Fn(usize) -> String); 6] = [
        ("many tasks", &many_tasks),
        ("notes and indentation", &other_forms),
        ("a body for each task", &many_bodies),
        ("objectives in many paragraphs", &objectives),
        ("many parties of one task", &parties),
        ("a note on each continuation line", &noted_lines),
    ];
    for (name, make) in shapes {
        let small = parse(&make(SMALL / 4)).expect("the small plan parses");
        let large = parse(&make(SMALL)).expect("the large plan parses");
        let options = RenderOptions::default();
        for format in [
            Format::Markdown,
            Format::Html,
            Format::AkomaNtoso,
            Format::StratMl,
            Format::TimelineSvg,
            Format::NetworkSvg,
        ] {
            let size = |plan: &Plan| plan.to_text().len();
            assert_linear(
                &format!("render {format}: {name}"),
                (&small, size(&small)),
                (&large, size(&large)),
                |plan: &Plan| plan.render(format, &options),
            );
        }
        assert_linear(
            &format!("the data package and Popolo: {name}"),
            (&small, small.to_text().len()),
            (&large, large.to_text().len()),
            |plan: &Plan| {
                let files: usize = plan.data_package().files().map(|(_, f)| f.len()).sum();
                files + plan.to_popolo().len()
            },
        );
    }
}

/// The first text query prepares a task's text (folds it, converts it to the mainland's
/// wording, aligns the two) in time linear in its length: one task whose body is a long
/// run of Taiwan phrases, and a query (`能型`) that stands in the converted text at every
/// `智慧型` but is never the conversion of a span of the text, so every occurrence is
/// checked and refused. The converter is slow in a debug build, so the sizes are an
/// eighth of the others'.
#[test]
fn text_queries_across_variants_are_linear() {
    let text = |size: usize| {
        let token = "推進網路最佳化與數位化,發展智慧型網路。";
        format!("一、重點任務\n1.標題。{}", token.repeat(size / token.len()))
    };
    let (small, large) = (text(SMALL / 32), text(SMALL / 8));
    let first_query = |text: &String| {
        let plan = parse(text).expect("the plan parses");
        assert_eq!(plan.query().text("能型").tasks().count(), 0);
        assert_eq!(plan.query().text("优化").tasks().count(), 1);
    };
    assert_linear(
        "the first text query across variants",
        (&small, small.len()),
        (&large, large.len()),
        first_query,
    );
}
