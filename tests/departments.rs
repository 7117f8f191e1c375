//! Who is responsible: the parties of every responsibility line, the department names
//! in every form, and the department queries.
//!
//! The expectations below were written from reading the responsibility lines of
//! `data/source.txt`, not from the parser's output.

use std::collections::BTreeSet;

use strum::IntoEnumIterator;
use wuzhong_plan::Department::{self, *};
use wuzhong_plan::{Actor, Error, PLAN_JSON, ParseErrorKind, Plan, Role, SOURCE_TEXT, parse, plan};

/// Task number, then the line's parties in order, lead first.
const EXPECTED: [(u16, &[Department]); 47] = [
    // 責任部門:市教育局,市委編辦
    (1, &[Education, PublicSectorReformOffice]),
    // 責任部門:市教育局、財政局
    (2, &[Education, Finance]),
    // 責任部門:市衛生健康委員會、人力資源和社會保障局
    (3, &[Health, HumanResourcesSocialSecurity]),
    // 責任部門:市衛生健康委員會、人力資源和社會保障局,各縣(市、區)
    (
        4,
        &[Health, HumanResourcesSocialSecurity, CountyGovernments],
    ),
    // 責任部門:市醫療保障局、人力資源和社會保障局
    (5, &[HealthcareSecurity, HumanResourcesSocialSecurity]),
    // 責任部門:市人力資源和社會保障局,各縣(市、區)
    (6, &[HumanResourcesSocialSecurity, CountyGovernments]),
    // 責任單位:市民政局、住房和城鄉建設局、自然資源局,各縣(市、區)
    (
        7,
        &[
            CivilAffairs,
            HousingUrbanRural,
            NaturalResources,
            CountyGovernments,
        ],
    ),
    // 責任單位:市民政局、人力資源和社會保障局、財政局,各縣(市、區)
    (
        8,
        &[
            CivilAffairs,
            HumanResourcesSocialSecurity,
            Finance,
            CountyGovernments,
        ],
    ),
    // 責任單位:市住房和城鄉建設局
    (9, &[HousingUrbanRural]),
    // 責任單位:市住房和城鄉建設局、農業農村局、鄉村振興局
    (
        10,
        &[HousingUrbanRural, AgricultureRural, RuralRevitalization],
    ),
    // 責任單位:市委宣傳部,市文化旅遊體育廣電局
    (11, &[Publicity, CultureTourismSports]),
    // 責任單位:市文化旅遊體育廣電局
    (12, &[CultureTourismSports]),
    // 責任單位:市殘聯、民政局,各縣(市、區)
    (
        13,
        &[DisabledPersonsFederation, CivilAffairs, CountyGovernments],
    ),
    // 責任單位:市民政局,各縣(市、區)
    (14, &[CivilAffairs, CountyGovernments]),
    // 責任單位:市民政局、退役軍人事務局、司法局
    (15, &[CivilAffairs, VeteransAffairs, Justice]),
    // 責任單位:市財政局
    (16, &[Finance]),
    // 責任單位:市衛生健康委員會、教育局、民政局、文化旅遊體育廣電局,各縣(市、區)
    (
        17,
        &[
            Health,
            Education,
            CivilAffairs,
            CultureTourismSports,
            CountyGovernments,
        ],
    ),
    // 責任單位:市衛生健康委員會、財政局、發展和改革委員會
    (18, &[Health, Finance, DevelopmentReform]),
    // 責任單位:市教育局、自然資源局、住房和城鄉建設局,各縣(市、區)
    (
        19,
        &[
            Education,
            NaturalResources,
            HousingUrbanRural,
            CountyGovernments,
        ],
    ),
    // 責任單位:市教育局,各縣(市、區)
    (20, &[Education, CountyGovernments]),
    // 責任單位:市教育局,各縣(市、區)
    (21, &[Education, CountyGovernments]),
    // 責任單位:市衛生健康委員會、醫療保障局,各縣(市、區)
    (22, &[Health, HealthcareSecurity, CountyGovernments]),
    // 責任單位:市民政局、衛生健康委員會、財政局,各縣(市、區)
    (23, &[CivilAffairs, Health, Finance, CountyGovernments]),
    // 責任單位:市民政局、衛生健康委員會、文化旅遊體育廣電局,各縣(市、區)
    (
        24,
        &[
            CivilAffairs,
            Health,
            CultureTourismSports,
            CountyGovernments,
        ],
    ),
    // 責任單位:市民政局,各縣(市、區)
    (25, &[CivilAffairs, CountyGovernments]),
    // 責任單位:市住房和城鄉建設局、衛生健康委員會、民政局,市住房公積金管理中心,各縣(市、區)
    (
        26,
        &[
            HousingUrbanRural,
            Health,
            CivilAffairs,
            HousingProvidentFund,
            CountyGovernments,
        ],
    ),
    // 責任單位:市國有資產監督管理委員會、財政局、發展和改革委員會
    (27, &[StateAssets, Finance, DevelopmentReform]),
    // 責任單位:市衛生健康委員會
    (28, &[Health]),
    // 責任單位:市衛生健康委員會、民政局、文化旅遊體育廣電局,吳忠銀保監分局
    (
        29,
        &[
            Health,
            CivilAffairs,
            CultureTourismSports,
            BankingInsuranceRegulation,
        ],
    ),
    // 責任單位:市民政局、衛生健康委員會
    (30, &[CivilAffairs, Health]),
    // 責任單位:市委宣傳部,市文化旅遊體育廣電局、發展和改革委員會
    (31, &[Publicity, CultureTourismSports, DevelopmentReform]),
    // 責任單位:市新聞傳媒中心
    (32, &[NewsMediaCenter]),
    // 責任單位:市商務和投資促進局、發展和改革委員會、人力資源和社會保障局
    (
        33,
        &[
            CommerceInvestment,
            DevelopmentReform,
            HumanResourcesSocialSecurity,
        ],
    ),
    // 責任單位:市國有資產監督管理委員會、民政局
    (34, &[StateAssets, CivilAffairs]),
    // 責任單位:市發展和改革委員會、財政局
    (35, &[DevelopmentReform, Finance]),
    // 責任單位:市衛生健康委員會、醫療保障局、市場監督管理局
    (36, &[Health, HealthcareSecurity, MarketRegulation]),
    // 責任單位:市教育局,民政局
    (37, &[Education, CivilAffairs]),
    // 責任單位:市文化旅遊體育廣電局
    (38, &[CultureTourismSports]),
    // 責任單位:市民政局、醫療保障局、住房和城鄉建設局、教育局、人力資源和社會保障局,市委政法委,各縣(市、區)
    (
        39,
        &[
            CivilAffairs,
            HealthcareSecurity,
            HousingUrbanRural,
            Education,
            HumanResourcesSocialSecurity,
            PoliticalLegalAffairs,
            CountyGovernments,
        ],
    ),
    // 責任單位:市委編辦
    (40, &[PublicSectorReformOffice]),
    // 責任單位:市政務服務中心、衛生健康委員會、文化旅遊體育廣電局
    (
        41,
        &[GovernmentServicesCenter, Health, CultureTourismSports],
    ),
    // 責任單位:市民政局、人力資源和社會保障局、財政局、政務服務中心,各縣(市、區)
    (
        42,
        &[
            CivilAffairs,
            HumanResourcesSocialSecurity,
            Finance,
            GovernmentServicesCenter,
            CountyGovernments,
        ],
    ),
    // 責任單位:市政府辦,市委網信辦,市教育局、衛生健康委員會、民政局、文化旅遊體育廣電局
    (
        43,
        &[
            GovernmentOffice,
            CyberspaceAffairs,
            Education,
            Health,
            CivilAffairs,
            CultureTourismSports,
        ],
    ),
    // 責任單位:市財政局、金融工作局、自然資源局
    (44, &[Finance, FinancialWork, NaturalResources]),
    // 責任單位:市人力資源和社會保障局、教育局、衛生健康委員會、文化旅遊體育廣電局、民政局,各縣(市、區)
    (
        45,
        &[
            HumanResourcesSocialSecurity,
            Education,
            Health,
            CultureTourismSports,
            CivilAffairs,
            CountyGovernments,
        ],
    ),
    // 責任單位:市自然資源局
    (46, &[NaturalResources]),
    // 責任單位:市發展和改革委、市場監督管理局
    (47, &[DevelopmentReform, MarketRegulation]),
];

#[test]
fn every_responsibility_line_lists_the_expected_parties() {
    let plan = plan();
    for (number, parties) in EXPECTED {
        let task = plan.task(number).unwrap();
        assert_eq!(task.parties().collect::<Vec<_>>(), parties, "task {number}");
        assert_eq!(task.lead(), parties.first().copied(), "task {number}");
        assert_eq!(
            task.supporting().collect::<Vec<_>>(),
            parties[1..],
            "task {number}"
        );
    }
    for number in 48..=50 {
        let task = plan.task(number).unwrap();
        assert_eq!(
            task.parties().len(),
            0,
            "task {number} has no responsibility line"
        );
        assert_eq!(task.lead(), None);
    }
}

fn party(task: u16, index: usize) -> wuzhong_plan::Party {
    plan()
        .task(task)
        .unwrap()
        .responsibility
        .as_ref()
        .unwrap()
        .parties[index]
        .clone()
}

#[test]
fn market_regulation_is_read_with_the_carried_prefix_and_loses_no_character() {
    // 責任單位:市衛生健康委員會、醫療保障局、市場監督管理局
    let p = party(36, 2);
    assert_eq!(p.department, MarketRegulation);
    assert_eq!(p.quote, "市場監督管理局");
    assert!(p.carried_prefix);
    assert_eq!(MarketRegulation.name(), "市市場監督管理局");
    // 責任單位:市發展和改革委、市場監督管理局
    let p = party(47, 1);
    assert_eq!(
        (p.department, p.quote.as_str()),
        (MarketRegulation, "市場監督管理局")
    );
}

#[test]
fn county_governments_are_one_party_never_split_inside_brackets() {
    // 責任部門:市衛生健康委員會、人力資源和社會保障局,各縣(市、區)
    let task = plan().task(4).unwrap();
    let parties = &task.responsibility.as_ref().unwrap().parties;
    assert_eq!(parties.len(), 3);
    assert_eq!(parties[2].quote, "各縣(市、區)");
    assert_eq!(parties[2].department, CountyGovernments);
    assert!(!parties[2].carried_prefix);
    assert_eq!(
        CountyGovernments.members(),
        ["利通區", "紅寺堡區", "青銅峽市", "鹽池縣", "同心縣"]
    );
}

#[test]
fn the_banking_regulator_keeps_its_own_prefix() {
    // 責任單位:市衛生健康委員會、民政局、文化旅遊體育廣電局,吳忠銀保監分局
    let p = party(29, 3);
    assert_eq!(p.department, BankingInsuranceRegulation);
    assert_eq!(p.quote, "吳忠銀保監分局");
    assert!(!p.carried_prefix);
}

#[test]
fn the_prefix_carries_across_commas_and_aliases_resolve() {
    // 責任單位:市教育局,民政局
    let p = party(37, 1);
    assert_eq!(
        (p.department, p.quote.as_str(), p.carried_prefix),
        (CivilAffairs, "民政局", true)
    );
    // 責任單位:市委宣傳部,市文化旅遊體育廣電局、發展和改革委員會
    let p = party(31, 2);
    assert_eq!((p.department, p.carried_prefix), (DevelopmentReform, true));
    // 責任單位:市發展和改革委、… (an alias, written in full)
    let p = party(47, 0);
    assert_eq!(
        (p.department, p.quote.as_str(), p.carried_prefix),
        (DevelopmentReform, "市發展和改革委", false)
    );
}

#[test]
fn every_party_and_mention_is_grounded_in_the_text() {
    let mut lines = SOURCE_TEXT.split('\n');
    for task in plan().tasks() {
        if let Some(responsibility) = &task.responsibility {
            let line = format!(
                "{}{}{}",
                responsibility.label, responsibility.colon, responsibility.text
            );
            assert!(
                lines.any(|l| l == line),
                "task {}: `{line}` is a line of the source",
                task.number
            );
            for party in &responsibility.parties {
                assert_eq!(
                    party.span.of(&responsibility.text),
                    Some(party.quote.as_str())
                );
                let read = if party.carried_prefix {
                    format!("市{}", party.quote)
                } else {
                    party.quote.clone()
                };
                let department = party.department;
                assert!(
                    read == department.name() || department.aliases().contains(&read.as_str()),
                    "task {}: `{read}` is how the text names {department:?}",
                    task.number
                );
            }
        }
        assert!(task.body.is_empty() || SOURCE_TEXT.contains(&task.body));
        for mention in &task.mentions {
            assert_eq!(mention.span.of(&task.body), Some(mention.quote.as_str()));
        }
    }
}

#[test]
fn every_department_is_named_by_the_text_and_its_aliases_are_the_texts() {
    let plan = plan();
    for department in Department::iter().take(29) {
        assert!(
            plan.tasks_involving(department).unwrap().len() > 0,
            "{department:?} takes part in some task"
        );
    }
    for department in Department::iter() {
        for alias in department.aliases() {
            assert!(SOURCE_TEXT.contains(alias), "`{alias}` is in the text");
        }
    }
    // The issuer named in the front matter is the general office, an alias of 市政府辦.
    assert_eq!(
        plan.metadata().issuer.as_deref(),
        Some("吳忠市人民政府辦公室")
    );
    assert_eq!(
        Department::lookup("吳忠市人民政府辦公室").unwrap(),
        GovernmentOffice
    );
    // The county-level divisions the text itself names are members of 各縣(市、區).
    for named in ["利通區", "紅寺堡區", "同心縣"] {
        assert!(SOURCE_TEXT.contains(named));
        assert!(CountyGovernments.members().contains(&named));
    }
}

#[test]
fn the_plan_names_twenty_eight_municipal_bodies_and_the_counties() {
    let plan = plan();
    assert_eq!(plan.organizations().len(), 29);
    let municipal = plan
        .organizations()
        .filter(|o| o.kind != Some(CountyGovernments))
        .count();
    assert_eq!(municipal, 28);
    // The vocabulary begins with these 29 kinds, in the order the plan first names them.
    let kinds: Vec<Department> = plan.organizations().filter_map(|o| o.kind).collect();
    assert_eq!(kinds, Department::iter().take(29).collect::<Vec<_>>());
    for organization in plan.organizations() {
        assert_eq!(
            Some(organization.id.as_str()),
            organization.kind.map(Department::id)
        );
    }
    let ids: BTreeSet<&str> = Department::iter().map(Department::id).collect();
    assert_eq!(ids.len(), Department::iter().count(), "ids are unique");
    for id in ids {
        assert!(
            id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{id} is kebab-case"
        );
    }
}

#[test]
fn mentions_in_part_three_are_the_bodies_the_text_names() {
    let plan = plan();
    let mentioned = |n: u16| -> Vec<(Actor, String)> {
        plan.task(n)
            .unwrap()
            .mentions
            .iter()
            .map(|m| (m.actor, m.quote.clone()))
            .collect()
    };
    // 48: …各責任部門要嚴格落實…
    assert_eq!(
        mentioned(48),
        [(Actor::ResponsibleDepartments, "各責任部門".to_owned())]
    );
    // 49: 市發展改革委…向市委、市政府報告。市財政局…各有關部門(單位)…各縣(市、區)人民政府…
    assert_eq!(
        mentioned(49),
        [
            (
                Actor::Department(DevelopmentReform),
                "市發展改革委".to_owned()
            ),
            (Actor::PartyCommittee, "市委".to_owned()),
            (Actor::Government, "市政府".to_owned()),
            (Actor::Department(Finance), "市財政局".to_owned()),
            (Actor::RelevantDepartments, "各有關部門(單位)".to_owned()),
            (
                Actor::Department(CountyGovernments),
                "各縣(市、區)人民政府".to_owned()
            ),
        ]
    );
    // 50: 各有關部門(單位)要定期開展…
    assert_eq!(
        mentioned(50),
        [(Actor::RelevantDepartments, "各有關部門(單位)".to_owned())]
    );
    // Tasks 1–47 name their bodies only in their responsibility lines.
    assert!(plan.tasks().take(47).all(|t| t.mentions.is_empty()));
    // Mentions are not responsibility.
    assert!(
        !plan
            .tasks_involving("市發展改革委")
            .unwrap()
            .any(|t| t.number == 49)
    );
}

#[test]
fn every_form_of_a_name_finds_the_same_tasks() {
    let plan = plan();
    let numbers = |tasks: wuzhong_plan::Tasks<'_>| tasks.map(|t| t.number).collect::<Vec<_>>();
    let expected = numbers(plan.tasks_led_by(CivilAffairs).unwrap());
    for form in [
        "市民政局",
        "民政局",
        "civil-affairs",
        "Civil Affairs Bureau",
        "CIVIL AFFAIRS",
        " 吳忠市民政局 ",
    ] {
        assert_eq!(
            numbers(plan.tasks_led_by(form).unwrap()),
            expected,
            "{form}"
        );
    }
    assert_eq!(
        numbers(plan.tasks_led_by("民政局".to_owned()).unwrap()),
        expected
    );
    assert_eq!(
        numbers(plan.tasks_involving("市卫生健康委员会").unwrap()),
        numbers(plan.tasks_involving("市衛生健康委員會").unwrap())
    );
    assert_eq!(
        numbers(plan.tasks_involving("各县（市、区）").unwrap()),
        numbers(plan.tasks_involving(CountyGovernments).unwrap())
    );
}

#[test]
fn civil_affairs_leads_the_tasks_the_text_gives_it() {
    // Read from the source: the lines that begin 責任單位:市民政局.
    let led: Vec<u16> = plan()
        .tasks_led_by("市民政局")
        .unwrap()
        .map(|t| t.number)
        .collect();
    assert_eq!(led, [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
}

#[test]
fn every_name_form_looks_up_its_own_department() {
    for department in Department::iter() {
        for form in department.names() {
            assert_eq!(Department::lookup(form).unwrap(), department, "`{form}`");
            assert_eq!(
                Department::lookup(&form.to_uppercase()).unwrap(),
                department
            );
        }
        let shown = department.to_string();
        assert_eq!(shown, department.name());
        assert_eq!(shown.parse::<Department>().unwrap(), department);
        let json = serde_json::to_value(department).unwrap();
        assert_eq!(json, department.id());
        assert_eq!(
            serde_json::from_value::<Department>(json).unwrap(),
            department
        );
    }
    for actor in Actor::iter() {
        assert_eq!(actor.to_string().parse::<Actor>().unwrap(), actor);
        assert_eq!(actor.id().parse::<Actor>().unwrap(), actor);
        let json = serde_json::to_value(actor).unwrap();
        assert_eq!(serde_json::from_value::<Actor>(json).unwrap(), actor);
    }
}

#[test]
fn simplified_names_agree_with_an_independent_converter() {
    for department in Department::iter() {
        assert_eq!(
            department.simplified_name(),
            fast2s::convert(department.name()),
            "{department:?}"
        );
        assert_eq!(
            department.simplified_short_name(),
            fast2s::convert(department.short_name()),
            "{department:?}"
        );
        let converted: Vec<String> = department
            .aliases()
            .iter()
            .map(|a| fast2s::convert(a))
            .collect();
        assert_eq!(department.simplified_aliases(), converted, "{department:?}");
        assert!(department.name().ends_with(department.short_name()));
    }
}

#[test]
fn a_misspelt_name_is_an_error_with_suggestions() {
    match plan().tasks_led_by("市民証局").map(|tasks| tasks.count()) {
        Err(Error::UnknownDepartment { input, suggestions }) => {
            assert_eq!(input, "市民証局");
            assert_eq!(suggestions.first(), Some(&CivilAffairs));
        }
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    let err = Department::lookup("市民証局").unwrap_err();
    assert!(
        err.to_string()
            .contains("did you mean 市民政局 (civil-affairs)"),
        "{err}"
    );
    match Department::lookup("healht") {
        Err(Error::UnknownDepartment { suggestions, .. }) => {
            assert_eq!(suggestions.first(), Some(&Health))
        }
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    match Department::lookup("xyzzy-quux-bureau-of-nothing") {
        Err(Error::UnknownDepartment { suggestions, .. }) => assert!(suggestions.is_empty()),
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    assert!(Department::lookup("").is_err());
    assert!(plan().co_responsible("民政局", "nobody").is_err());
}

/// `Error::suggested_names` gives the names the message suggests, in its order, for a
/// binding to offer apart from the message; none where the message suggests none.
#[test]
fn an_unknown_name_says_which_names_it_suggests() {
    let err = plan()
        .tasks_led_by("市民証局")
        .map(|t| t.count())
        .unwrap_err();
    let names = err.suggested_names();
    assert_eq!(names.first(), Some(&"市民政局"));
    let message = err.to_string();
    let mut at = 0;
    for name in &names {
        let found = message[at..]
            .find(&format!("{name} ("))
            .unwrap_or_else(|| panic!("`{message}` suggests {name} after byte {at}"));
        at += found + name.len();
    }
    let Error::UnknownDepartment { suggestions, .. } = &err else {
        panic!("expected UnknownDepartment, got {err:?}");
    };
    assert_eq!(names.len(), suggestions.len());

    let err = Department::lookup("xyzzy-quux-bureau-of-nothing").unwrap_err();
    assert!(err.suggested_names().is_empty(), "{err}");
    // 科信局 is shared by two kinds: both are named.
    let err = plan().who("科信局").unwrap_err();
    assert_eq!(err.suggested_names().len(), 2, "{err}");
    for name in err.suggested_names() {
        assert!(err.to_string().contains(name), "{err}");
    }
    let err = plan()
        .tasks_in_domain("elderly")
        .map(|t| t.count())
        .unwrap_err();
    assert_eq!(err.suggested_names().first(), Some(&"老有所養"), "{err}");
    let err = wuzhong_plan::Plan::from_json("{").unwrap_err();
    assert!(err.suggested_names().is_empty());
}

#[test]
fn the_indexes_agree_with_a_scan_of_the_tasks() {
    let plan = plan();
    let scan = |keep: &dyn Fn(&wuzhong_plan::Task) -> bool| -> Vec<u16> {
        plan.tasks().filter(|t| keep(t)).map(|t| t.number).collect()
    };
    let mut led_total = 0;
    let mut involved_total = 0;
    for department in Department::iter() {
        let led: Vec<u16> = plan
            .tasks_led_by(department)
            .unwrap()
            .map(|t| t.number)
            .collect();
        assert_eq!(led, scan(&|t| t.lead() == Some(department)));
        let involved: Vec<u16> = plan
            .tasks_involving(department)
            .unwrap()
            .map(|t| t.number)
            .collect();
        assert_eq!(involved, scan(&|t| t.parties().any(|p| p == department)));
        let supported: Vec<u16> = plan
            .tasks_supported_by(department)
            .unwrap()
            .map(|t| t.number)
            .collect();
        assert_eq!(
            supported,
            scan(&|t| t.role_of(department) == Some(Role::Support))
        );
        for other in Department::iter() {
            let shared: Vec<u16> = plan
                .co_responsible(department, other)
                .unwrap()
                .map(|t| t.number)
                .collect();
            assert_eq!(
                shared,
                scan(&|t| t.parties().any(|p| p == department) && t.parties().any(|p| p == other))
            );
        }
        led_total += led.len();
        involved_total += involved.len();
    }
    // The grouped view equals the full view: one lead per line, every party counted once.
    assert_eq!(led_total, 47);
    let parties: usize = EXPECTED.iter().map(|(_, p)| p.len()).sum();
    assert_eq!(involved_total, parties);
    let loads: Vec<_> = plan.departments().collect();
    assert_eq!(loads.len(), 29);
    assert_eq!(loads.iter().map(|l| l.led).sum::<usize>(), 47);
    assert_eq!(loads.iter().map(|l| l.involved()).sum::<usize>(), parties);
    let civil = loads.iter().find(|l| l.department == CivilAffairs).unwrap();
    assert_eq!((civil.led, civil.supporting), (10, 8));
}

#[test]
fn civil_affairs_supports_the_tasks_the_text_gives_it() {
    // Read from the source: the lines that list 民政局 after their first item.
    let supported: Vec<u16> = plan()
        .tasks_supported_by(CivilAffairs)
        .unwrap()
        .map(|t| t.number)
        .collect();
    assert_eq!(supported, [13, 17, 26, 29, 34, 37, 43, 45]);
}

#[test]
fn an_unknown_body_in_a_responsibility_line_is_an_organisation_with_a_diagnostic() {
    // A misspelt body is kept as written, with no kind, and reported on its line.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:市民証局、財政局";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    assert_eq!(task.parties().collect::<Vec<_>>(), [Other, Finance]);
    let line = task.responsibility.as_ref().unwrap();
    // 財政局 takes the 市 of 市民証局, whose level is read though its kind is not.
    assert!(line.parties[1].carried_prefix);
    let unknown = plan.organization(&line.parties[0].organization).unwrap();
    assert_eq!(
        (unknown.id.as_str(), unknown.name.as_str(), unknown.kind),
        ("other-1", "市民証局", None)
    );
    let [diagnostic] = plan.diagnostics() else {
        panic!("one diagnostic, got {:?}", plan.diagnostics());
    };
    assert_eq!(diagnostic.line, 3);
    assert!(diagnostic.message.contains("`市民証局`"), "{diagnostic}");
    assert!(
        diagnostic
            .message
            .contains("did you mean 市民政局 (civil-affairs)"),
        "{diagnostic}"
    );
    // Another city's body has its kind and its place.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:銀川市民政局";
    let plan = parse(text).unwrap();
    assert_eq!(plan.task(1).unwrap().lead(), Some(CivilAffairs));
    let body = plan.organizations().next().unwrap();
    assert_eq!(body.place.as_deref(), Some("銀川"));
    assert!(plan.diagnostics().is_empty());
    // A first item without a level lends none: 民政局 is read as it is, unprefixed.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:吳忠銀保監分局、民政局";
    let plan = parse(text).unwrap();
    let line = plan.task(1).unwrap().responsibility.as_ref().unwrap();
    assert_eq!(line.parties[1].department, CivilAffairs);
    assert!(!line.parties[1].carried_prefix);
    assert_eq!(plan.organization("civil-affairs").unwrap().name, "民政局");
    // What does not read as a list of bodies is still an error.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:市教育局、、財政局";
    assert_eq!(parse(text).unwrap_err().kind, ParseErrorKind::EmptyParty);
    let text = "一、重點任務\n1.甲。乙。\n責任單位:市教育局,各縣(市、區";
    assert_eq!(
        parse(text).unwrap_err().kind,
        ParseErrorKind::UnbalancedBrackets
    );
}

#[test]
fn full_width_and_simplified_lines_read_the_same_parties() {
    let text = "一、重点任务\n1．甲。乙。\n责任单位：市卫生健康委员会、医疗保障局，各县（市、区）";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    assert_eq!(
        task.parties().collect::<Vec<_>>(),
        [Health, HealthcareSecurity, CountyGovernments]
    );
    assert_eq!(plan.to_text(), text);
    let full_width = SOURCE_TEXT
        .replace(',', "，")
        .replace('(', "（")
        .replace(')', "）");
    let reparsed = parse(&full_width).unwrap();
    for (a, b) in reparsed.tasks().zip(wuzhong_plan::plan().tasks()) {
        assert!(a.parties().eq(b.parties()), "task {}", a.number);
        assert!(a.mentioned().eq(b.mentioned()), "task {}", a.number);
    }
}

#[test]
fn json_without_parties_or_departments_loads_the_same() {
    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    value.as_object_mut().unwrap().remove("departments");
    let without_parties = |value: &serde_json::Value| {
        let mut value = value.clone();
        for part in value["parts"].as_array_mut().unwrap() {
            for group in part["groups"].as_array_mut().unwrap() {
                for task in group["tasks"].as_array_mut().unwrap() {
                    task["responsibility"]
                        .as_object_mut()
                        .unwrap()
                        .remove("parties");
                }
            }
        }
        value
    };
    // With the organisations, which the parties are then given ids of.
    let loaded = Plan::from_json(&without_parties(&value).to_string()).unwrap();
    assert_eq!(&loaded, plan());
    // Without them too, as files of schema version 2 are: they are read from the lines.
    value.as_object_mut().unwrap().remove("organizations");
    value["schema_version"] = 2.into();
    let loaded = Plan::from_json(&without_parties(&value).to_string()).unwrap();
    assert_eq!(&loaded, plan());
    // A file of version 2 as it was written: parties with no organisation.
    for part in value["parts"].as_array_mut().unwrap() {
        for group in part["groups"].as_array_mut().unwrap() {
            for task in group["tasks"].as_array_mut().unwrap() {
                for party in task["responsibility"]["parties"].as_array_mut().unwrap() {
                    party.as_object_mut().unwrap().remove("organization");
                }
            }
        }
    }
    let loaded = Plan::from_json(&value.to_string()).unwrap();
    assert_eq!(&loaded, plan());
}

#[test]
fn json_whose_parties_disagree_with_the_line_is_refused() {
    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    let task = &mut value["parts"][1]["groups"][1]["tasks"][6];
    assert_eq!(task["number"], 23);
    task["responsibility"]["parties"][0]["department"] = "health".into();
    match Plan::from_json(&value.to_string()).unwrap_err() {
        Error::Invalid(problems) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].node, "part-2/group-2/task-23");
            assert_eq!(problems[0].field, "responsibility.parties[0].department");
            let message = problems[0].to_string();
            assert!(message.contains("civil-affairs"), "{message}");
        }
        other => panic!("expected a broken invariant, got {other:?}"),
    }

    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    value["parts"][2]["tasks"][1]["mentions"][0]["span"]["start"] = 3.into();
    match Plan::from_json(&value.to_string()).unwrap_err() {
        Error::Invalid(problems) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(
                (problems[0].node.as_str(), problems[0].field.as_str()),
                ("part-3/task-49", "mentions[0].quote")
            );
        }
        other => panic!("expected a broken invariant, got {other:?}"),
    }

    let json = PLAN_JSON.replacen("\"Civil Affairs Bureau\"", "\"Civil Affairs Office\"", 1);
    match Plan::from_json(&json).unwrap_err() {
        Error::Json { message, .. } => assert!(message.contains("civil-affairs"), "{message}"),
        other => panic!("expected a JSON error, got {other:?}"),
    }

    let json = PLAN_JSON.replacen(
        "\"department\": \"education\"",
        "\"department\": \"educaton\"",
        1,
    );
    match Plan::from_json(&json).unwrap_err() {
        Error::Json { message, .. } => assert!(message.contains("educaton"), "{message}"),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn the_json_department_list_is_the_enum() {
    // The kinds of the plan's organisations, each as the enum names it.
    let value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    let listed = value["departments"].as_array().unwrap();
    assert_eq!(listed.len(), 29);
    let kinds: Vec<Department> = plan().organizations().filter_map(|o| o.kind).collect();
    assert_eq!(kinds.len(), 29);
    for (record, department) in listed.iter().zip(kinds) {
        assert_eq!(record["id"], department.id());
        assert_eq!(record["name"], department.name());
        assert_eq!(record["short"], department.short_name());
        assert_eq!(record["simplified"], department.simplified_name());
        assert_eq!(
            record["simplified_short"],
            department.simplified_short_name()
        );
        assert_eq!(record["english"], department.english_name());
        assert_eq!(record["aliases"], serde_json::json!(department.aliases()));
        assert_eq!(
            record["simplified_aliases"],
            serde_json::json!(department.simplified_aliases())
        );
        assert_eq!(record["members"], serde_json::json!(department.members()));
    }
}

#[test]
fn a_very_long_name_is_refused_quickly_without_suggestions() {
    let long = "市".repeat(100_000);
    let started = std::time::Instant::now();
    match Department::lookup(&long) {
        Err(Error::UnknownDepartment { suggestions, .. }) => assert!(suggestions.is_empty()),
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}

#[test]
fn mentions_take_the_longest_name_at_each_place() {
    let text = "一、組織實施\n1.協調。市委宣傳部會同市委、市政府辦和各縣（市、區）人民政府落實。";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    let found: Vec<(Actor, &str)> = task
        .mentions
        .iter()
        .map(|m| (m.actor, m.quote.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (Actor::Department(Publicity), "市委宣傳部"),
            (Actor::PartyCommittee, "市委"),
            (Actor::Department(GovernmentOffice), "市政府辦"),
            (
                Actor::Department(CountyGovernments),
                "各縣（市、區）人民政府"
            ),
        ]
    );
    for mention in &task.mentions {
        assert_eq!(mention.span.of(&task.body), Some(mention.quote.as_str()));
    }
}
