//! Numbers and dates: what the text says, or nothing. A quantity is the number its
//! quote writes (a fraction, digits grouped with commas, full-width digits, a range, a
//! `萬` that multiplies it) or no quantity, with a diagnostic that quotes it and says
//! why; a year is four digits; a notice and an info box that date the plan differently
//! are reported; and a JSON error or a refused value quotes the number as the file
//! writes it. Every expectation is written from what the text says.

#[allow(dead_code)]
#[path = "common/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "common/xml.rs"]
mod xml;

#[path = "common/temp.rs"]
mod temp;

#[cfg(feature = "cli")]
#[path = "common/cli.rs"]
mod command;

#[path = "common/invalid.rs"]
mod invalid;

use invalid::one_broken_invariant;
use wuzhong_plan::{
    Date, Deadline, Decimal, DiagnosticKind, Error, InvalidKind, PLAN_JSON, Plan, Quantity,
    RenderOptions, SOURCE_TEXT, Unit, parse, plan,
};

/// A plan of one task whose body is `body` (after its title `甲。`); the task's line is
/// line 3 of the text.
fn task_plan(body: &str) -> Plan {
    let text = format!("一、重點任務\n(一)推進\n1.甲。{body}\n責任單位:市民政局");
    parse(&text).unwrap_or_else(|err| panic!("{body:?} does not parse: {err}"))
}

/// Each target of `plan`: its quote, its quantity in English, its deadline.
fn targets(plan: &Plan) -> Vec<(String, Option<String>, Option<Deadline>)> {
    plan.targets()
        .map(|t| {
            (
                t.quote.clone(),
                t.quantity.map(|q| q.to_string()),
                t.deadline,
            )
        })
        .collect()
}

/// Each diagnostic of `plan`: its line, its kind and its message.
fn findings(plan: &Plan) -> Vec<(usize, DiagnosticKind, String)> {
    plan.diagnostics()
        .iter()
        .map(|d| (d.line, d.kind, d.message.clone()))
        .collect()
}

#[test]
fn a_quantity_is_the_number_its_quote_writes() {
    let cases: &[(&str, &str, &str)] = &[
        // Digits grouped by three with commas: the comma ends no clause.
        ("建成1,000套。", "建成1,000套", "exactly 1000 housing units"),
        (
            "培訓12,345,678名。",
            "培訓12,345,678名",
            "exactly 12345678 people",
        ),
        (
            "建成1,000.5平方米。",
            "建成1,000.5平方米",
            "exactly 1000.5 m²",
        ),
        // Ranges, with the unit after the upper end or after both.
        ("達到60%-90%。", "達到60%-90%", "between 60 and 90%"),
        ("達到60%~90%。", "達到60%~90%", "between 60 and 90%"),
        ("達到60%至90%。", "達到60%至90%", "between 60 and 90%"),
        ("達到60%－90%。", "達到60%－90%", "between 60 and 90%"),
        ("達到60%～90%。", "達到60%～90%", "between 60 and 90%"),
        ("建成3—5所。", "建成3—5所", "between 3 and 5 institutions"),
        ("達到60-90%。", "達到60-90%", "between 60 and 90%"),
        ("建成3至5所。", "建成3至5所", "between 3 and 5 institutions"),
        (
            "建成一至兩所。",
            "建成一至兩所",
            "between 1 and 2 institutions",
        ),
        // A 萬, 千 or 億 multiplies; after the upper end only, it is both ends'.
        ("建成5萬套。", "建成5萬套", "exactly 50000 housing units"),
        ("培訓1.5萬名。", "培訓1.5萬名", "exactly 15000 people"),
        ("培訓1千萬名。", "培訓1千萬名", "exactly 10000000 people"),
        (
            "建成1-2萬套。",
            "建成1-2萬套",
            "between 10000 and 20000 housing units",
        ),
        (
            "建成2億套。",
            "建成2億套",
            "exactly 200000000 housing units",
        ),
        // Full-width digits, with a full-width point.
        ("達到５０％。", "達到５０％", "reach 50%"),
        ("達到２．５％。", "達到２．５％", "reach 2.5%"),
        // Counts in Chinese numerals, before a counter.
        ("建成十五個。", "建成十五個", "exactly 15 count"),
        ("建成二十三所。", "建成二十三所", "exactly 23 institutions"),
        ("建成兩所。", "建成兩所", "exactly 2 institutions"),
        ("建成一百個。", "建成一百個", "exactly 100 count"),
        ("新增泊位三千個。", "新增泊位三千個", "exactly 3000 count"),
        (
            "建成一百零五所。",
            "建成一百零五所",
            "exactly 105 institutions",
        ),
        (
            "籌集兩萬五千套。",
            "籌集兩萬五千套",
            "exactly 25000 housing units",
        ),
        // Fractions, zero, and fifteen significant digits.
        ("達到0.5%。", "達到0.5%", "reach 0.5%"),
        ("達到0%。", "達到0%", "reach 0%"),
        (
            "達到999999999999999%。",
            "達到999999999999999%",
            "reach 999999999999999%",
        ),
        (
            "達到0.123456789012345%。",
            "達到0.123456789012345%",
            "reach 0.123456789012345%",
        ),
        (
            "建成1000000000000000000套。",
            "建成1000000000000000000套",
            "exactly 1000000000000000000 housing units",
        ),
        // A plus sign is no part of the number, nor of the words before it.
        ("達到+5%。", "達到+5%", "reach 5%"),
    ];
    for &(body, quote, quantity) in cases {
        let plan = task_plan(body);
        assert_eq!(
            targets(&plan),
            [(quote.to_owned(), Some(quantity.to_owned()), None)],
            "{body}"
        );
        assert_eq!(findings(&plan), [], "{body}");
    }
}

#[test]
fn a_number_that_states_no_quantity_is_a_finding_and_no_number() {
    // Each body states one number before a unit that is no quantity: the undated clause
    // is no target, and the diagnostic on the task's line quotes the words and says why.
    let cases: &[(&str, &str, &str)] = &[
        // Letters among the digits: never the digits after them.
        ("達到1e309%。", "`1e309%`", "letters"),
        ("達到1e5%。", "`1e5%`", "letters"),
        ("達到PM2.5%。", "`PM2.5%`", "letters"),
        ("達到0x10%。", "`0x10%`", "letters"),
        // A sign: the model carries no negative value, and 5 is not -5.
        ("達到-5%。", "`-5%`", "minus sign"),
        ("達到－5%。", "`－5%`", "minus sign"),
        ("達到−5%。", "`−5%`", "minus sign"),
        ("達到-0.5%。", "`-0.5%`", "minus sign"),
        // Points that do not stand between digits: never 5 for .5.
        ("達到.5%。", "`.5%`", "point"),
        ("達到5.%。", "`5.%`", "point"),
        ("達到1.2.3%。", "`1.2.3%`", "point"),
        ("達到1..5%。", "`1..5%`", "point"),
        // Commas that do not group by three.
        ("建成1,00套。", "`1,00套`", "group"),
        ("建成1,0000套。", "`1,0000套`", "group"),
        ("建成1000,000套。", "`1000,000套`", "group"),
        // A zero before other digits.
        ("達到005%。", "`005%`", "zero"),
        ("達到００５％。", "`００５％`", "zero"),
        // ASCII and full-width digits in one number.
        ("建成１,000套。", "`１,000套`", "full-width"),
        ("建成1０套。", "`1０套`", "full-width"),
        // More than 15 significant digits, or more than any value kept.
        (
            "達到1234567890123456%。",
            "`1234567890123456%`",
            "15 significant",
        ),
        (
            "達到12345678901234567%。",
            "`12345678901234567%`",
            "15 significant",
        ),
        (
            "達到0.1234567890123456%。",
            "`0.1234567890123456%`",
            "15 significant",
        ),
        (
            "建成99999999999999999999套。",
            "`99999999999999999999套`",
            "15 significant",
        ),
        (
            "建成999999999999億套。",
            "`999999999999億套`",
            "15 significant",
        ),
        // A range that runs down or stands still.
        ("建成5-3個。", "`5-3個`", "upwards"),
        ("建成5-5個。", "`5-5個`", "upwards"),
        ("達到90%-60%。", "`90%-60%`", "upwards"),
        // A digit across a full-width comma or a space: one number or two.
        ("建成1，000套。", "`1，000套`", "one number or two"),
        ("達到2 0%。", "`2 0%`", "one number or two"),
        ("達到5, 10%。", "`5, 10%`", "one number or two"),
        ("建成１，０００套。", "`１，０００套`", "one number or two"),
        // Chinese numerals that write no count: an estimate, units that do not fall.
        ("建成三五個。", "`三五個`", "Chinese numerals"),
        ("建成一百一千個。", "`一百一千個`", "Chinese numerals"),
        ("建成一萬一億套。", "`一萬一億套`", "Chinese numerals"),
        ("建成十十個。", "`十十個`", "Chinese numerals"),
        // Digits and numerals mixed after a multiplier: never the tail alone.
        ("建成5萬3千套。", "`5萬3千套`", "mixes digits"),
        ("建成5萬三千套。", "`5萬三千套`", "mixes digits"),
    ];
    for &(body, words, why) in cases {
        let plan = task_plan(body);
        assert_eq!(targets(&plan), [], "{body}");
        let found = findings(&plan);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        let (line, kind, message) = &found[0];
        assert_eq!((*line, *kind), (3, DiagnosticKind::UnreadNumber), "{body}");
        assert!(
            message.starts_with(&format!("{words} in task 1 states no quantity: ")),
            "{body}: {message}"
        );
        assert!(message.contains(why), "{body}: {message}");
    }
}

#[test]
fn a_dated_clause_with_such_a_number_is_a_target_without_one() {
    let plan = task_plan("到2025年,達到1e309%。");
    assert_eq!(
        targets(&plan),
        [("達到1e309%".to_owned(), None, Some(Deadline::by(2025)))]
    );
    assert_eq!(findings(&plan).len(), 1);
    // A number beside it keeps its own reading; the dash before the second makes no
    // range of units that differ, and no negative either.
    let plan = task_plan("達到60%-90個。");
    assert_eq!(
        targets(&plan),
        [(
            "達到60%-90個".to_owned(),
            Some("reach 60%".to_owned()),
            None
        )]
    );
    let found = findings(&plan);
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .2
            .starts_with("`-90個` in task 1 states no quantity: a dash joins it"),
        "{found:?}"
    );
    // In a clause dated outside the years a plan can name, the number is in no target,
    // and no finding.
    let plan = task_plan("到2200年,達到1e309%。");
    assert_eq!((targets(&plan), findings(&plan)), (vec![], vec![]));
}

#[test]
fn an_ordinal_or_a_number_before_no_unit_is_no_quantity_and_no_finding() {
    for body in [
        "完成第3個。",
        "完成第一個。",
        "完成第十五項。",
        "推進5G網路。",
        "落實ISO9001標準。",
        "2021-2025年期間推進。",
        "推進1e309次。",
    ] {
        let plan = task_plan(body);
        assert_eq!(
            (targets(&plan), findings(&plan)),
            (vec![], vec![]),
            "{body}"
        );
    }
}

#[test]
fn a_year_is_four_digits() {
    // `到12025年` dates nothing: the clause after it is undated, not dated by the
    // `到2025年` before it, and the words are reported.
    let plan = task_plan("到2025年,建成5個,到12025年,建成6個。");
    assert_eq!(
        targets(&plan),
        [
            (
                "建成5個".to_owned(),
                Some("exactly 5 count".to_owned()),
                Some(Deadline::by(2025))
            ),
            (
                "建成6個".to_owned(),
                Some("exactly 6 count".to_owned()),
                None
            ),
        ]
    );
    let found = findings(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (3, DiagnosticKind::UnreadDate));
    assert!(
        found[0]
            .2
            .starts_with("`到12025年` in task 1 is no deadline: a year is four digits"),
        "{found:?}"
    );
    for (body, words) in [
        ("到12025年,建成5個。", "`到12025年`"),
        ("到925年,建成5個。", "`到925年`"),
        ("到0925年,建成5個。", "`到0925年`"),
        ("到２０2５年,建成5個。", "`到２０2５年`"),
        ("到2025a年,建成5個。", "`到2025a年`"),
    ] {
        let plan = task_plan(body);
        assert_eq!(
            targets(&plan),
            [(
                "建成5個".to_owned(),
                Some("exactly 5 count".to_owned()),
                None
            )],
            "{body}"
        );
        let found = findings(&plan);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert!(found[0].2.starts_with(words), "{body}: {found:?}");
    }
    // An objectives paragraph that opens with one is undated throughout.
    let text = "一、主要目標\n到12025年,甲達到50%,乙更加完善。\n二、重點任務\n(一)推進\n1.甲。\n責任單位:市民政局";
    let plan = parse(text).unwrap();
    assert_eq!(
        targets(&plan),
        [("甲達到50%".to_owned(), Some("reach 50%".to_owned()), None)]
    );
    let found = findings(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (2, DiagnosticKind::UnreadDate));
    assert!(found[0].2.contains("in part 1 is no deadline"), "{found:?}");
    // A deadline of four digits is read as before, and in full-width digits too.
    for (body, deadline) in [
        ("到2025年底,建成5個。", Deadline::end_of(2025)),
        ("到２０２５年,建成5個。", Deadline::by(2025)),
    ] {
        let plan = task_plan(body);
        assert_eq!(
            targets(&plan),
            [(
                "建成5個".to_owned(),
                Some("exactly 5 count".to_owned()),
                Some(deadline)
            )],
            "{body}"
        );
        assert_eq!(findings(&plan), [], "{body}");
    }
}

/// The source, with `from` replaced by `to` once.
fn source_with(from: &str, to: &str) -> Plan {
    assert!(SOURCE_TEXT.contains(from), "{from}");
    parse(&SOURCE_TEXT.replacen(from, to, 1)).unwrap()
}

#[test]
fn a_date_of_issue_has_a_year_of_four_digits() {
    // Line 1 is the notice (`…於2022年4月26日印發…`), line 4 the info box's `頒布時間`.
    let notice = "於2022年4月26日印發";
    let info = "頒布時間:2022年4月26日";
    // The notice's date is no date; the info box's is the date of issue.
    let plan = source_with(notice, "於10000年1月1日印發");
    assert_eq!(plan.metadata().issue_date, Date::new(2022, 4, 26));
    let found = findings(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (1, DiagnosticKind::UnreadDate));
    assert!(
        found[0]
            .2
            .starts_with("`10000年1月1日` in the notice is no date: a year is four digits"),
        "{found:?}"
    );
    // Neither gives a date: the plan has none, never 0000-01-01 or 2022-04-26.
    for (notice_date, info_date) in [
        ("於10000年1月1日印發", "頒布時間:12022年4月26日"),
        ("於0000年1月1日印發", "頒布時間:922年4月26日"),
        ("於2022.5年4月26日印發", "頒布時間:v2022年4月26日"),
    ] {
        let text = SOURCE_TEXT
            .replacen(notice, notice_date, 1)
            .replacen(info, info_date, 1);
        let plan = parse(&text).unwrap();
        assert_eq!(plan.metadata().issue_date, None, "{notice_date}");
        let found: Vec<(usize, DiagnosticKind)> =
            findings(&plan).iter().map(|f| (f.0, f.1)).collect();
        assert_eq!(
            found,
            [
                (1, DiagnosticKind::UnreadDate),
                (4, DiagnosticKind::UnreadDate)
            ],
            "{notice_date}"
        );
    }
    // A day the month does not have.
    let plan = source_with(info, "頒布時間:2022年2月30日");
    assert_eq!(plan.metadata().issue_date, Date::new(2022, 4, 26));
    let found = findings(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .2
            .ends_with("is no date: the month has no such day"),
        "{found:?}"
    );
    // An info box date of issue in another form gives none, and says so.
    let plan = source_with(info, "頒布時間:2022-04-26");
    assert_eq!(plan.metadata().issue_date, Date::new(2022, 4, 26));
    let found = findings(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.contains("gives no date"), "{found:?}");
}

#[test]
fn a_notice_and_an_info_box_that_disagree_are_reported_naming_both_lines() {
    let plan = source_with("於2022年4月26日印發", "於2022年4月27日印發");
    // The info box's date is taken, as before; now with a word.
    assert_eq!(plan.metadata().issue_date, Date::new(2022, 4, 26));
    let found = findings(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    let (line, kind, message) = &found[0];
    assert_eq!((*line, *kind), (4, DiagnosticKind::ConflictingDates));
    for part in ["line 4", "2022-04-26", "line 1", "2022-04-27", "`頒布時間`"] {
        assert!(message.contains(part), "{message} lacks {part}");
    }
    // Dates that agree are no finding: the embedded plan has none.
    assert_eq!(plan_findings_of_source(), vec![]);
}

fn plan_findings_of_source() -> Vec<(usize, DiagnosticKind, String)> {
    findings(&parse(SOURCE_TEXT).unwrap())
}

#[test]
fn a_plan_whose_dates_are_no_dates_renders_valid_xml() {
    let notice = "於2022年4月26日印發";
    let info = "頒布時間:2022年4月26日";
    let mut documents = Vec::new();
    for (i, (notice_date, info_date)) in [
        ("於10000年1月1日印發", "頒布時間:12022年4月26日"),
        ("於0000年1月1日印發", "頒布時間:0000年1月1日"),
        ("於1000年1月1日印發", "頒布時間:9999年12月31日"),
    ]
    .into_iter()
    .enumerate()
    {
        let text = SOURCE_TEXT
            .replacen(notice, notice_date, 1)
            .replacen(info, info_date, 1);
        let plan = parse(&text).unwrap();
        let options = RenderOptions::default();
        let akn = plan.to_akoma_ntoso(&options);
        let stratml = plan.to_stratml(&options);
        assert!(!akn.contains("0000-01-01") && !stratml.contains("0000-01-01"));
        documents.push((format!("akn-{i}"), akn, format!("stratml-{i}"), stratml));
    }
    if let Some(schema) = xml::schema("akn/akomantoso30.xsd") {
        let dir = xml::TempDir::new("wuzhong-plan-numbers-akn");
        let akn: Vec<(String, String)> = documents
            .iter()
            .map(|(name, xml, ..)| (name.clone(), xml.clone()))
            .collect();
        xml::validate(&schema, &dir, &akn);
    }
    if let Some(schema) = xml::schema("stratml/PerformancePlanOrReport.xsd") {
        let dir = xml::TempDir::new("wuzhong-plan-numbers-stratml");
        let stratml: Vec<(String, String)> = documents
            .iter()
            .map(|(.., name, xml)| (name.clone(), xml.clone()))
            .collect();
        xml::validate(&schema, &dir, &stratml);
    }
}

/// The embedded JSON with its first `from` replaced by `to`.
fn json_with(from: &str, to: &str) -> String {
    assert!(PLAN_JSON.contains(from), "{from}");
    PLAN_JSON.replacen(from, to, 1)
}

#[test]
fn a_json_error_quotes_the_number_as_the_file_writes_it() {
    let schema = &format!("\"schema_version\": {}", wuzhong_plan::SCHEMA_VERSION);
    for (written, says) in [
        (
            "99999999999999999999999",
            "invalid value: number `99999999999999999999999`, expected u32",
        ),
        ("1e400", "number `1e400` out of range"),
        ("1.5", "invalid value: number `1.5`, expected u32"),
        ("-1", "invalid value: number `-1`, expected u32"),
        ("1e2", "invalid value: number `1e2`, expected u32"),
        ("5.0", "invalid value: number `5.0`, expected u32"),
        ("-0", "invalid value: number `-0`, expected u32"),
    ] {
        let json = json_with(schema, &format!("\"schema_version\": {written}"));
        match Plan::from_json(&json) {
            Err(Error::Json { message, field, .. }) => {
                assert_eq!(message, says, "{written}");
                assert_eq!(field.as_deref(), Some("schema_version"));
            }
            other => panic!("{written}: {other:?}"),
        }
    }
    // Other numbers of the layout, in their own fields.
    for (from, to, says) in [
        (
            "\"part\": 1,",
            "\"part\": 1e1,",
            "invalid value: number `1e1`, expected u8",
        ),
        (
            "\"start\": 0,",
            "\"start\": 1e400,",
            "number `1e400` out of range",
        ),
        (
            "\"number\": 1,",
            "\"number\": 18446744073709551616,",
            "invalid value: number `18446744073709551616`, expected u8",
        ),
    ] {
        match Plan::from_json(&json_with(from, to)) {
            Err(Error::Json { message, .. }) => assert_eq!(message, says, "{to}"),
            other => panic!("{to}: {other:?}"),
        }
    }
    // The whole message, as a person reads it.
    let err = Plan::from_json(&json_with(
        schema,
        "\"schema_version\": 99999999999999999999999",
    ))
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("99999999999999999999999") && !err.contains("1e+23"),
        "{err}"
    );
}

#[test]
fn a_targets_value_is_read_exactly_as_the_file_writes_it() {
    // Task 23's target is `達到60%`, written `"value": 60`.
    let value = "\"value\": 60,";
    let found = |written: &str| written.to_owned();
    for (written, kind) in [
        (
            "99999999999999999999999",
            InvalidKind::TooPrecise {
                found: found("99999999999999999999999"),
            },
        ),
        (
            "12345678901234567",
            InvalidKind::TooPrecise {
                found: found("12345678901234567"),
            },
        ),
        // An f64 reads this as 0.1: the file writes another number.
        (
            "0.1000000000000000055",
            InvalidKind::TooPrecise {
                found: found("0.1000000000000000055"),
            },
        ),
        (
            "1e400",
            InvalidKind::NotADecimal {
                found: found("1e400"),
            },
        ),
        (
            "1e-19",
            InvalidKind::NotADecimal {
                found: found("1e-19"),
            },
        ),
        (
            "-1e-400",
            InvalidKind::NegativeValue {
                found: found("-1e-400"),
            },
        ),
    ] {
        let (id, field, problem) =
            one_broken_invariant(&json_with(value, &format!("\"value\": {written},")));
        assert_eq!(
            (id.as_str(), field.as_str()),
            ("t23.1", "value"),
            "{written}"
        );
        assert_eq!(problem, kind, "{written}");
    }
    // Numbers written otherwise that state the same value load as it.
    for written in ["60", "6e1", "60.0", "0.6e2", "600e-1"] {
        let plan = Plan::from_json(&json_with(value, &format!("\"value\": {written},"))).unwrap();
        let quantity = plan.target("t23.1").unwrap().quantity.unwrap();
        assert_eq!(quantity.value, Decimal::from(60), "{written}");
    }
    let plan = Plan::from_json(&json_with(value, "\"value\": -0,")).unwrap();
    assert_eq!(
        plan.target("t23.1").unwrap().quantity.unwrap().value,
        Decimal::from(0)
    );
    // A year as written, not as an f64 writes it.
    let year = "\"year\": 2025";
    for written in ["1e3", "2025.0", "99999999999999999999"] {
        let (_, field, problem) =
            one_broken_invariant(&json_with(year, &format!("\"year\": {written}")));
        assert_eq!(field, "deadline.year");
        assert_eq!(
            problem,
            InvalidKind::YearNotANumber {
                found: written.to_owned()
            }
        );
    }
    // Anything but a number is refused where it stands.
    match Plan::from_json(&json_with(value, "\"value\": \"60\",")) {
        Err(Error::Json { node, message, .. }) => {
            assert_eq!(node.as_deref(), Some("t23.1"));
            assert!(message.contains("expected a JSON number"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_value_of_more_than_15_significant_digits_is_refused_however_it_is_made() {
    let decimal = |json: &str| serde_json::from_str::<Decimal>(json);
    assert_eq!(decimal("0.1").unwrap(), "0.1".parse().unwrap());
    assert_eq!(decimal("1e2").unwrap(), Decimal::from(100));
    assert!(decimal("0.30000000000000004").is_err());
    assert!(decimal("12345678901234567").is_err());
    // A target made in code is checked as one loaded.
    let mut target = plan().target("t23.1").unwrap().clone();
    let precise = Decimal::new(12_345_678_901_234_567, 0).unwrap();
    target.quantity = Some(Quantity::new(
        wuzhong_plan::Comparator::Reach,
        precise,
        Unit::Percent,
    ));
    let targets = plan().targets().map(|t| {
        if t.id == "t23.1" {
            target.clone()
        } else {
            t.clone()
        }
    });
    match plan().clone().with_targets(targets) {
        Err(Error::Invalid(problems)) => {
            let found: Vec<(&str, &str, &InvalidKind)> = problems
                .iter()
                .map(|p| (p.node.as_str(), p.field.as_str(), &p.kind))
                .collect();
            assert_eq!(
                found,
                [(
                    "t23.1",
                    "value",
                    &InvalidKind::TooPrecise {
                        found: "12345678901234567".to_owned()
                    }
                )]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[cfg(feature = "cli")]
#[test]
fn strict_refuses_a_plan_whose_dates_disagree() {
    let dir = temp::TempDir::new("wuzhong-plan-numbers-cli");
    let text = SOURCE_TEXT.replacen("於2022年4月26日印發", "於2022年4月27日印發", 1);
    let path = dir.file("plan.txt", text);
    let file = path.to_str().unwrap();
    let run = |strict: bool| {
        let mut args = vec!["--plan", file, "departments"];
        if strict {
            args.insert(0, "--strict");
        }
        command::cli().args(&args).output().unwrap()
    };
    // Without `--strict`, a warning naming both lines, and the answer.
    let output = run(false);
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let says = format!(
        "warning: {file}:4: the info box's `頒布時間` on line 4 dates the plan 2022-04-26, and the notice on line 1 2022-04-27"
    );
    assert!(stderr.starts_with(&says), "{stderr}");
    // With it, an error, and no answer.
    let output = run(true);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("error: {file}:4: ")),
        "{stderr}"
    );
    assert!(stderr.contains("1 finding(s) of the reading"), "{stderr}");
}
