//! Targets and deadlines: every curated target is grounded in the text, every
//! quantitative one matches an expectation written from reading the source, the
//! queries agree with scans, the extractor finds what was curated, and bad JSON gets
//! typed errors.

#[path = "common/invalid.rs"]
mod invalid;

use invalid::one_broken_invariant;
use wuzhong_plan::{
    Comparator, Deadline, Decimal, Department, Error, InvalidKind, PLAN_JSON, Plan, SOURCE_TEXT,
    Target, TargetKind, Unit, parse, plan,
};

/// The text a target quotes: its task's body, or its part's paragraph.
fn text_of(target: &Target) -> &'static str {
    let plan = plan();
    match (target.task, target.paragraph) {
        (Some(number), None) => &plan.task(number).unwrap().body,
        (None, Some(index)) => &plan.part(target.part).unwrap().paragraphs[index],
        other => panic!("{}: no place {other:?}", target.id),
    }
}

/// One quantitative commitment as the source states it, written by reading the text.
struct Expected {
    task: u16,
    /// Words of the commitment that pick it out within its task.
    marker: &'static str,
    comparator: Comparator,
    value: &'static str,
    max: Option<&'static str>,
    unit: Unit,
    deadline: Option<Deadline>,
}

const fn expect(
    task: u16,
    marker: &'static str,
    comparator: Comparator,
    value: &'static str,
    unit: Unit,
    deadline: Option<Deadline>,
) -> Expected {
    Expected {
        task,
        marker,
        comparator,
        value,
        max: None,
        unit,
        deadline,
    }
}

const BY_2025: Option<Deadline> = Some(Deadline {
    year: 2025,
    end_of_year: false,
});
const END_2023: Option<Deadline> = Some(Deadline {
    year: 2023,
    end_of_year: true,
});

/// Every number the plan commits to. Read from data/source.txt:
/// - task 7: 按照人均不少於0.1平方米的標準配建養老服務設施 (undated); 到2023年底,…配建率達到100%
/// - task 17: 到2025年,爭取各縣 (市、區)至少建成一所託育服務綜合機構,爭取在50%的社區配備…
/// - task 19: 每個鄉鎮原則上至少辦好一所公辦中心園 (undated); 到2025年,…毛入學率達到95%,
///   95%以上的在園幼兒…,80%的縣(市、區)通過…評估認定
/// - task 21: 每所中職學校重點辦好1-2個專業群 (undated)
/// - task 23: 到2025年,…護理型床位占比達到60%、每百張養老機構床位配備社工至少1名
/// - task 25: 到2025年,鄉鎮(街道)綜合養老服務中心覆蓋率達到60%
/// - task 26: 到2025年,籌集租賃住房375套
/// - task 48: 向城鄉居民提供80項基本公共服務 (undated)
fn expected_quantitative() -> Vec<Expected> {
    use Comparator::*;
    vec![
        expect(
            7,
            "人均不少於0.1平方米",
            AtLeast,
            "0.1",
            Unit::M2PerCapita,
            None,
        ),
        expect(7, "配建率達到100%", Reach, "100", Unit::Percent, END_2023),
        expect(
            17,
            "至少建成一所託育服務綜合機構",
            AtLeast,
            "1",
            Unit::InstitutionsPerCounty,
            BY_2025,
        ),
        expect(17, "在50%的社區", Exact, "50", Unit::Percent, BY_2025),
        expect(
            19,
            "至少辦好一所公辦中心園",
            AtLeast,
            "1",
            Unit::InstitutionsPerTownship,
            None,
        ),
        expect(19, "毛入學率達到95%", Reach, "95", Unit::Percent, BY_2025),
        expect(
            19,
            "95%以上的在園幼兒",
            AtLeast,
            "95",
            Unit::Percent,
            BY_2025,
        ),
        expect(19, "80%的縣(市、區)", Exact, "80", Unit::Percent, BY_2025),
        Expected {
            max: Some("2"),
            ..expect(
                21,
                "1-2個專業群",
                Range,
                "1",
                Unit::SpecialtyGroupsPerSchool,
                None,
            )
        },
        expect(
            23,
            "護理型床位占比達到60%",
            Reach,
            "60",
            Unit::Percent,
            BY_2025,
        ),
        expect(
            23,
            "社工至少1名",
            AtLeast,
            "1",
            Unit::SocialWorkersPer100Beds,
            BY_2025,
        ),
        expect(25, "覆蓋率達到60%", Reach, "60", Unit::Percent, BY_2025),
        expect(
            26,
            "租賃住房375套",
            Exact,
            "375",
            Unit::HousingUnits,
            BY_2025,
        ),
        expect(48, "80項基本公共服務", Exact, "80", Unit::Services, None),
    ]
}

/// The one target of `task` whose quote contains `marker`.
fn find(task: u16, marker: &str) -> &'static Target {
    let found: Vec<&Target> = plan()
        .targets()
        .filter(|t| t.task == Some(task) && t.quote.contains(marker))
        .collect();
    assert_eq!(found.len(), 1, "task {task}: one target quoting `{marker}`");
    found[0]
}

#[test]
fn every_quote_is_the_text_at_its_span_in_the_place_it_names() {
    let plan = plan();
    assert!(plan.targets().len() > 0);
    for target in plan.targets() {
        let text = text_of(target);
        assert_eq!(
            target.span.of(text),
            Some(target.quote.as_str()),
            "{}",
            target.id
        );
        assert!(!target.quote.is_empty(), "{}", target.id);
        // The place agrees with the part: a task's part, or a part with that paragraph.
        if let Some(number) = target.task {
            assert_eq!(
                plan.task(number).unwrap().part,
                target.part,
                "{}",
                target.id
            );
            assert!(
                target.id.starts_with(&format!("t{number}.")),
                "{}",
                target.id
            );
        } else {
            assert!(
                target.id.starts_with(&format!("p{}.", target.part)),
                "{}",
                target.id
            );
        }
    }
}

#[test]
fn every_deadline_is_the_date_the_text_states_where_it_says() {
    for target in plan().targets() {
        let text = text_of(target);
        match (target.deadline, target.dated_by) {
            (Some(deadline), Some(at)) => {
                let words = at.of(text).unwrap();
                // Written out here rather than read with the crate's own reader.
                let expected = if deadline.end_of_year {
                    format!("到{}年底", deadline.year)
                } else {
                    format!("到{}年", deadline.year)
                };
                assert_eq!(words, expected, "{}", target.id);
                // The date comes before the commitment it dates, in the same text.
                assert!(at.end <= target.span.start, "{}", target.id);
                // …and in the same sentence, except in the objectives, whose opening
                // 到2025年 dates the whole paragraph.
                let between = &text[at.end..target.span.start];
                if target.task.is_some() {
                    assert!(!between.contains('。'), "{}: {between}", target.id);
                }
            }
            (None, None) => {}
            other => panic!("{}: deadline and dated_by disagree: {other:?}", target.id),
        }
    }
}

#[test]
fn every_stated_value_is_written_in_its_quote() {
    for target in plan().targets() {
        let Some(quantity) = target.quantity else {
            continue;
        };
        let value = quantity.value.to_string();
        // 1 may be written 一 (一所).
        let written =
            target.quote.contains(&value) || (value == "1" && target.quote.contains('一'));
        assert!(written, "{}: {value} in `{}`", target.id, target.quote);
        if let Some(max) = quantity.max {
            assert!(
                target.quote.contains(&format!("{value}-{max}")),
                "{}",
                target.id
            );
        }
        let unit_word = match quantity.unit {
            Unit::Percent => "%",
            Unit::M2PerCapita => "平方米",
            Unit::HousingUnits => "套",
            Unit::Services => "項",
            Unit::InstitutionsPerCounty | Unit::InstitutionsPerTownship => "所",
            Unit::SocialWorkersPer100Beds => "名",
            Unit::SpecialtyGroupsPerSchool => "個",
            other => panic!("{}: the curated list uses no {other}", target.id),
        };
        assert!(target.quote.contains(unit_word), "{}", target.id);
    }
}

#[test]
fn every_quantitative_target_is_as_the_source_states_it() {
    let expected = expected_quantitative();
    for e in &expected {
        let target = find(e.task, e.marker);
        let quantity = target
            .quantity
            .unwrap_or_else(|| panic!("{}: a number", target.id));
        assert_eq!(target.kind(), TargetKind::Quantitative);
        assert_eq!(quantity.comparator, e.comparator, "{}", target.id);
        assert_eq!(
            quantity.value,
            e.value.parse::<Decimal>().unwrap(),
            "{}",
            target.id
        );
        assert_eq!(
            quantity.max,
            e.max.map(|m| m.parse::<Decimal>().unwrap()),
            "{}",
            target.id
        );
        assert_eq!(quantity.unit, e.unit, "{}", target.id);
        assert_eq!(target.deadline, e.deadline, "{}", target.id);
    }
    let quantitative = plan()
        .targets()
        .filter(|t| t.kind() == TargetKind::Quantitative)
        .count();
    assert_eq!(
        quantitative,
        expected.len(),
        "no quantitative target beyond these"
    );
}

#[test]
fn the_issues_examples() {
    // Task 7's 配建率達到100%, due by the end of 2023.
    let t = find(7, "配建率達到100%");
    assert_eq!(t.deadline, Some(Deadline::end_of(2023)));
    assert_eq!(t.quantity.unwrap().value.to_f64(), 100.0);
    // Task 26's 375 units of rental housing by 2025.
    let t = find(26, "375套");
    assert_eq!(t.quantity.unwrap().value, Decimal::from(375));
    assert_eq!(t.quantity.unwrap().unit, Unit::HousingUnits);
    assert_eq!(t.deadline, Some(Deadline::by(2025)));
    // Task 23's 60% nursing-bed share and at least 1 social worker per 100 beds.
    let beds = find(23, "護理型床位占比");
    let workers = find(23, "社工");
    assert_eq!(beds.quantity.unwrap().value, Decimal::from(60));
    assert_eq!(workers.quantity.unwrap().comparator, Comparator::AtLeast);
    assert_eq!(
        workers.quantity.unwrap().unit,
        Unit::SocialWorkersPer100Beds
    );
    assert_eq!(beds.deadline, workers.deadline);
    // Undated commitments are kept, without a deadline.
    for (task, marker) in [(7, "0.1平方米"), (21, "1-2個專業群"), (48, "80項")] {
        assert_eq!(find(task, marker).deadline, None, "task {task}");
    }
}

/// The dated outcomes without a number, read from the source.
#[test]
fn qualitative_targets_are_the_dated_outcomes_without_numbers() {
    for (task, marker, deadline) in [
        (17, "形成基本完善的社區托育服務網路", Deadline::by(2025)),
        (
            22,
            "力爭全市建設自治區級專科區域醫療中心",
            Deadline::by(2025),
        ),
        (24, "基本完成特困供養", Deadline::end_of(2025)),
    ] {
        let target = find(task, marker);
        assert_eq!(target.kind(), TargetKind::Qualitative, "task {task}");
        assert_eq!(target.deadline, Some(deadline), "task {task}");
    }
    // Every qualitative target is dated: an undated outcome without a number is no target.
    assert!(
        plan()
            .targets()
            .filter(|t| t.kind() == TargetKind::Qualitative)
            .all(|t| t.deadline.is_some())
    );
}

#[test]
fn part_one_objectives_are_dated_by_its_opening_2025() {
    let plan = plan();
    let paragraph = &plan.part(1).unwrap().paragraphs[0];
    assert!(paragraph.starts_with("到2025年,"));
    let objectives: Vec<&Target> = plan.targets().filter(|t| t.task.is_none()).collect();
    assert!(objectives.len() >= 10, "the objectives are targets");
    for target in &objectives {
        assert_eq!(target.part, 1);
        assert_eq!(target.deadline, Some(Deadline::by(2025)), "{}", target.id);
        assert_eq!(target.dated_by.unwrap().start, 0, "{}", target.id);
    }
    // Some objectives stand in later sentences of the paragraph than the date's.
    for marker in ["民生福祉達到新水平", "公共服務體系融合發展格局初步形成"]
    {
        assert!(objectives.iter().any(|t| t.quote == marker), "{marker}");
    }
}

#[test]
fn targets_due_by_a_year() {
    let plan = plan();
    let due_2023: Vec<&Target> = plan.targets_due_by(2023).collect();
    assert_eq!(due_2023.len(), 1);
    assert!(due_2023[0].quote.contains("配建率達到100%"));
    assert_eq!(plan.targets_due_by(2024).len(), 1);
    let dated: Vec<&str> = plan
        .targets()
        .filter(|t| t.deadline.is_some())
        .map(|t| t.id.as_str())
        .collect();
    let mut due_2025: Vec<&str> = plan.targets_due_by(2025).map(|t| t.id.as_str()).collect();
    assert_eq!(due_2025.len(), dated.len());
    due_2025.sort_by_key(|id| dated.iter().position(|d| d == id));
    assert_eq!(due_2025, dated);
    assert_eq!(plan.targets_due_by(2020).len(), 0);
    assert_eq!(plan.targets_due_by(0).next(), None);
    assert_eq!(plan.targets_due_by(u16::MAX).len(), dated.len());
    // Earliest deadline first, then in the order of the text.
    let order: Vec<(Deadline, usize)> = plan
        .targets_due_by(2025)
        .map(|t| {
            let at = plan.targets().position(|u| u.id == t.id).unwrap();
            (t.deadline.unwrap(), at)
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
    // Both deadlines of 2025 count for 2025.
    assert!(
        plan.targets_due_by(2025)
            .any(|t| t.deadline == Some(Deadline::end_of(2025)))
    );
}

#[test]
fn targets_for_a_department_are_those_of_its_tasks() {
    let plan = plan();
    // 市住房和城鄉建設局 takes part in tasks 7, 9, 10, 19, 26 and 39 (from the
    // responsibility lines); of these, 7, 19 and 26 state targets.
    let tasks: Vec<u16> = plan
        .targets_for("住房和城鄉建設局")
        .unwrap()
        .map(|t| t.task.unwrap())
        .collect();
    assert_eq!(tasks, [7, 7, 19, 19, 19, 19, 26]);
    // For every department, the index agrees with a scan over the targets.
    for department in <Department as strum::IntoEnumIterator>::iter() {
        let scanned: Vec<&str> = plan
            .targets()
            .filter(|t| {
                t.task
                    .and_then(|n| plan.task(n))
                    .is_some_and(|task| task.parties().any(|d| d == department))
            })
            .map(|t| t.id.as_str())
            .collect();
        let indexed: Vec<&str> = plan
            .targets_for(department)
            .unwrap()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(indexed, scanned, "{department}");
    }
    // Names in any form; unknown names are errors with suggestions.
    assert!(
        plan.targets_for("市民政局")
            .unwrap()
            .eq(plan.targets_for("civil-affairs").unwrap())
    );
    assert!(matches!(
        plan.targets_for("市民証局"),
        Err(Error::UnknownDepartment { .. })
    ));
}

#[test]
fn the_timeline_groups_dated_targets_by_deadline() {
    let plan = plan();
    let groups: Vec<(Deadline, Vec<&str>)> = plan
        .timeline()
        .map(|(deadline, targets)| (deadline, targets.map(|t| t.id.as_str()).collect()))
        .collect();
    let deadlines: Vec<Deadline> = groups.iter().map(|(d, _)| *d).collect();
    assert_eq!(
        deadlines,
        [
            Deadline::end_of(2023),
            Deadline::by(2025),
            Deadline::end_of(2025)
        ]
    );
    assert_eq!(groups[0].1.len(), 1);
    assert_eq!(groups[2].1.len(), 1, "only task 24's 到2025年底");
    let flat: Vec<&str> = groups
        .iter()
        .flat_map(|(_, ids)| ids.iter().copied())
        .collect();
    let due: Vec<&str> = plan.targets_due_by(2025).map(|t| t.id.as_str()).collect();
    assert_eq!(flat, due);
}

#[test]
fn lookups_by_id_and_by_task() {
    let plan = plan();
    for target in plan.targets() {
        assert_eq!(plan.target(&target.id), Some(target));
    }
    for id in [
        "", "t", "t0.1", "t7.0", "t07.1", "t7.01", "t51.1", "p2.1", "x7.1", "t7.3", "t7",
    ] {
        assert_eq!(plan.target(id), None, "{id}");
    }
    for task in plan.tasks() {
        let scanned: Vec<&Target> = plan
            .targets()
            .filter(|t| t.task == Some(task.number))
            .collect();
        let indexed: Vec<&Target> = plan.targets_in_task(task.number).collect();
        assert_eq!(indexed, scanned, "task {}", task.number);
    }
    assert_eq!(plan.targets_in_task(0).len(), 0);
    assert_eq!(plan.targets_in_task(51).len(), 0);
}

/// The extractor, run by the parser on the source, finds the curated targets: each
/// curated target overlaps a candidate in the same place (with the same number, for a
/// quantitative one). It must find every quantitative dated one.
#[test]
fn the_extractor_finds_the_curated_targets() {
    let parsed = parse(SOURCE_TEXT).unwrap();
    let candidates: Vec<&Target> = parsed.targets().collect();
    let mut found = Vec::new();
    let mut missed = Vec::new();
    for target in plan().targets() {
        let hit = candidates.iter().find(|c| {
            c.task == target.task
                && c.paragraph == target.paragraph
                && c.span.start < target.span.end
                && target.span.start < c.span.end
                && c.quantity == target.quantity
                && c.deadline == target.deadline
        });
        match hit {
            Some(_) => found.push(target.id.as_str()),
            None => missed.push(target.id.as_str()),
        }
    }
    let extra: Vec<&str> = candidates
        .iter()
        .filter(|c| {
            !plan().targets().any(|t| {
                t.task == c.task
                    && t.paragraph == c.paragraph
                    && c.span.start < t.span.end
                    && t.span.start < c.span.end
            })
        })
        .map(|c| c.quote.as_str())
        .collect();
    println!(
        "extractor: found {} of {} curated targets; missed {missed:?}; {} candidates not curated: {extra:?}",
        found.len(),
        plan().targets().len(),
        extra.len()
    );
    let missed_quantitative_dated: Vec<&&str> = missed
        .iter()
        .filter(|id| {
            let t = plan().target(id).unwrap();
            t.quantity.is_some() && t.deadline.is_some()
        })
        .collect();
    assert!(
        missed_quantitative_dated.is_empty(),
        "{missed_quantitative_dated:?}"
    );
    assert!(missed.is_empty(), "{missed:?}");
}

#[test]
fn the_extractor_reads_other_plans_of_the_genre() {
    // Simplified script and full-width punctuation, a range, an undated count.
    let text = "一、主要目标\n到2025年，就业更加充分，城镇调查失业率控制在5.5%。\n二、重点任务\n\
                (一)稳就业\n1．扩大就业。到2024年底，新增岗位不少于3000名、培训达到90%。每所学校开设2-3个专业群。\n\
                责任单位：市人力资源和社会保障局";
    let plan = parse(text).unwrap();
    let targets: Vec<&Target> = plan.targets().collect();
    let summary: Vec<(String, Option<String>, Option<Deadline>)> = targets
        .iter()
        .map(|t| {
            (
                t.quote.clone(),
                t.quantity.map(|q| q.to_string()),
                t.deadline,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("就业更加充分".to_owned(), None, Some(Deadline::by(2025))),
            (
                "城镇调查失业率控制在5.5%".to_owned(),
                Some("exactly 5.5%".to_owned()),
                Some(Deadline::by(2025))
            ),
            (
                "新增岗位不少于3000名".to_owned(),
                Some("at least 3000 people".to_owned()),
                Some(Deadline::end_of(2024))
            ),
            (
                "培训达到90%".to_owned(),
                Some("reach 90%".to_owned()),
                Some(Deadline::end_of(2024))
            ),
            (
                "每所学校开设2-3个专业群".to_owned(),
                Some("between 2 and 3 specialty groups per school".to_owned()),
                None
            ),
        ]
    );
    assert_eq!(plan.targets_for("市人力资源和社会保障局").unwrap().len(), 3);
    let ids: Vec<&str> = targets.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["p1.1", "p1.2", "t1.1", "t1.2", "t1.3"]);
}

#[test]
fn an_objectives_part_after_the_tasks_numbers_its_own_targets() {
    let text = "一、重点任务\n(一)组\n1.甲。到2025年,乙达到90%。\n责任单位:市教育局\n二、主要目标\n到2025年,丙更加完善。";
    let plan = parse(text).unwrap();
    let ids: Vec<(&str, Option<u16>)> = plan.targets().map(|t| (t.id.as_str(), t.task)).collect();
    assert_eq!(ids, [("t1.1", Some(1)), ("p2.1", None)]);
    assert_eq!(plan.to_text(), text);
}

/// Replaces the first `from` after the target `id`'s entry in the embedded JSON.
fn edit_target(id: &str, from: &str, to: &str) -> String {
    let at = PLAN_JSON.find(&format!("\"id\": \"{id}\"")).unwrap();
    let offset = PLAN_JSON[at..].find(from).unwrap() + at;
    format!(
        "{}{to}{}",
        &PLAN_JSON[..offset],
        &PLAN_JSON[offset + from.len()..]
    )
}

#[test]
fn a_year_beyond_u16_is_a_typed_error() {
    let json = edit_target("t26.1", "\"year\": 2025", "\"year\": 70000");
    let (id, field, problem) = one_broken_invariant(&json);
    assert_eq!((id.as_str(), field.as_str()), ("t26.1", "deadline.year"));
    assert_eq!(
        problem,
        InvalidKind::YearNotANumber {
            found: "70000".into()
        }
    );
    for year in ["-1", "2025.5", "1e30"] {
        let json = edit_target("t26.1", "\"year\": 2025", &format!("\"year\": {year}"));
        let (_, field, problem) = one_broken_invariant(&json);
        assert_eq!(field, "deadline.year");
        assert!(
            matches!(problem, InvalidKind::YearNotANumber { .. }),
            "{year}"
        );
    }
}

#[test]
fn a_negative_value_is_a_typed_error() {
    let json = edit_target("t26.1", "\"value\": 375", "\"value\": -375");
    let (id, field, problem) = one_broken_invariant(&json);
    assert_eq!((id.as_str(), field.as_str()), ("t26.1", "value"));
    assert_eq!(
        problem,
        InvalidKind::NegativeValue {
            found: "-375".into()
        }
    );
    let json = edit_target("t7.1", "\"value\": 0.1", "\"value\": -0.1");
    let (_, field, problem) = one_broken_invariant(&json);
    assert_eq!(
        (field.as_str(), problem),
        (
            "value",
            InvalidKind::NegativeValue {
                found: "-0.1".into()
            }
        )
    );
    let err = Plan::from_json(&json).unwrap_err().to_string();
    assert!(err.contains("t7.1") && err.contains("-0.1"), "{err}");
}

#[test]
fn a_target_that_disagrees_with_the_text_is_refused_naming_it() {
    // A quote that is not the text at its span.
    let json = edit_target("t26.1", "籌集租賃住房375套", "籌集租賃住房376套");
    let (id, field, problem) = one_broken_invariant(&json);
    assert_eq!((id.as_str(), field.as_str()), ("t26.1", "quote"));
    assert!(matches!(problem, InvalidKind::QuoteNotAtSpan { .. }));
    // A deadline the words at dated_by do not state.
    let json = edit_target("t26.1", "\"end_of_year\": false", "\"end_of_year\": true");
    assert_eq!(one_broken_invariant(&json).1, "dated_by");
    // A task that does not exist.
    let json = edit_target("t26.1", "\"task\": 26", "\"task\": 99");
    assert!(matches!(
        one_broken_invariant(&json).2,
        InvalidKind::NoSuchPlace { .. }
    ));
    // An id out of sequence.
    let json = edit_target("t26.1", "\"id\": \"t26.1\"", "\"id\": \"t26.2\"");
    let (id, field, problem) = one_broken_invariant(&json);
    assert_eq!((id.as_str(), field.as_str()), ("t26.2", "id"));
    assert_eq!(
        problem,
        InvalidKind::WrongId {
            expected: "t26.1".into()
        }
    );
    // A qualitative target with a number, a quantitative one without.
    let json = edit_target(
        "t26.1",
        "\"kind\": \"quantitative\"",
        "\"kind\": \"qualitative\"",
    );
    assert_eq!(
        one_broken_invariant(&json).2,
        InvalidKind::QuantityOfQualitative
    );
    let json = edit_target("t26.1", "\"unit\": \"housing-units\"", "\"unit\": null");
    assert_eq!(one_broken_invariant(&json).2, InvalidKind::QuantityMissing);
    // An unknown unit is a JSON error with its line.
    let json = edit_target(
        "t26.1",
        "\"unit\": \"housing-units\"",
        "\"unit\": \"flats\"",
    );
    assert!(matches!(Plan::from_json(&json), Err(Error::Json { .. })));
}

#[test]
fn deadlines_order_display_and_parse() {
    let mut deadlines = vec![
        Deadline::end_of(2025),
        Deadline::by(2025),
        Deadline::end_of(2023),
    ];
    deadlines.sort();
    assert_eq!(
        deadlines,
        [
            Deadline::end_of(2023),
            Deadline::by(2025),
            Deadline::end_of(2025)
        ]
    );
    for deadline in deadlines {
        assert_eq!(deadline.to_string().parse::<Deadline>().unwrap(), deadline);
        assert_eq!(
            deadline.english().to_string().parse::<Deadline>().unwrap(),
            deadline
        );
    }
    assert_eq!(Deadline::end_of(2023).to_string(), "到2023年底");
    assert_eq!(Deadline::by(2025).english().to_string(), "by 2025");
    for bad in [
        "",
        "到2025",
        "到25年",
        "by",
        "by twenty",
        "到2025年底了",
        "by 99999",
    ] {
        assert!(
            matches!(bad.parse::<Deadline>(), Err(Error::InvalidDeadline { .. })),
            "{bad}"
        );
    }
}

#[test]
fn decimals_keep_the_texts_digits() {
    let d: Decimal = "0.1".parse().unwrap();
    assert_eq!(d.to_string(), "0.1");
    assert_eq!(d.to_f64(), 0.1);
    assert_eq!(serde_json::to_string(&d).unwrap(), "0.1");
    assert_eq!(serde_json::to_string(&Decimal::from(375)).unwrap(), "375");
    assert_eq!(serde_json::from_str::<Decimal>("0.1").unwrap(), d);
    assert!(serde_json::from_str::<Decimal>("-2").is_err());
    assert!("0.1".parse::<Decimal>().unwrap() < "0.15".parse::<Decimal>().unwrap());
    assert!("2".parse::<Decimal>().unwrap() > "1.99".parse::<Decimal>().unwrap());
    assert_eq!("007".parse::<Decimal>().unwrap().to_string(), "7");
    assert_eq!("0.010".parse::<Decimal>().unwrap().to_string(), "0.01");
    for bad in [
        "",
        ".",
        "1.",
        ".5",
        "-1",
        "1e3",
        "1.2.3",
        "99999999999999999999",
        "0.0000000000000000001",
    ] {
        assert!(bad.parse::<Decimal>().is_err(), "{bad}");
    }
}
