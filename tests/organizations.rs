//! Organisations of any plan: another city's copy of the Wuzhong text, a plan written by
//! hand with bodies of many kinds, the names everyone types, and names two kinds share.
//!
//! The expectations are written from the texts below and from `data/source.txt`.

use strum::IntoEnumIterator;
use wuzhong_plan::Department::{self, *};
use wuzhong_plan::{Error, Level, Plan, SOURCE_TEXT, Who, parse, plan};

/// The task numbers an iterator of tasks gives.
fn numbers<'a>(tasks: impl Iterator<Item = &'a wuzhong_plan::Task>) -> Vec<u16> {
    tasks.map(|t| t.number).collect()
}

/// The Wuzhong text as the city of 銀川 would publish it.
fn yinchuan() -> String {
    SOURCE_TEXT.replace("吳忠", "銀川")
}

#[test]
fn another_citys_copy_reads_every_line_with_every_body_of_a_kind() {
    let text = yinchuan();
    let other = parse(&text).unwrap();
    assert_eq!(other.to_text(), text);
    let lines = other.tasks().filter(|t| t.responsibility.is_some()).count();
    assert_eq!(lines, 47);
    assert!(other.diagnostics().is_empty(), "{:?}", other.diagnostics());
    for organization in other.organizations() {
        assert!(organization.kind.is_some(), "{organization:?}");
    }
    // Task 29 names 銀川銀保監分局 (吳忠銀保監分局 in the original): its own place.
    let branch = other
        .organization("banking-insurance-regulation")
        .expect("the copy names the branch");
    assert_eq!(branch.name, "銀川銀保監分局");
    assert_eq!(branch.place.as_deref(), Some("銀川"));
    // The city's own bodies are 銀川's, and 各縣(市、區) has no members this crate knows.
    let civil = other.organization("civil-affairs").unwrap();
    assert_eq!(
        (civil.name.as_str(), civil.level, civil.place.as_deref()),
        ("市民政局", Some(Level::City), Some("銀川"))
    );
    assert!(
        other
            .organization("county-governments")
            .unwrap()
            .members
            .is_empty()
    );
    // Every query answers as on the embedded plan.
    let embedded = plan();
    assert_eq!(
        numbers(other.tasks_led_by("civil-affairs").unwrap()),
        numbers(embedded.tasks_led_by("civil-affairs").unwrap())
    );
    for kind in Department::iter().take(29) {
        assert_eq!(
            numbers(other.tasks_involving(kind).unwrap()),
            numbers(embedded.tasks_involving(kind).unwrap()),
            "{kind:?}"
        );
    }
    // Its JSON loads back to the same plan.
    let json = other.to_json().unwrap();
    assert_eq!(Plan::from_json(&json).unwrap(), other);
}

/// A plan written by hand, in Simplified script, naming bodies of many kinds and one that
/// no vocabulary could know.
const HANDWRITTEN: &str = "一、重点任务\n\
(一)维护安全稳定\n\
1.加强社会治安。推进平安建设。\n\
责任单位:市公安局、市司法局\n\
2.服务青年妇女和残疾人。开展关爱行动。\n\
责任单位:团市委、市妇联、市残联\n\
3.优化营商环境。推进审批改革和税费服务。\n\
责任单位:市行政审批局、国家税务总局XX市税务局、市留交办";

#[test]
fn a_handwritten_plan_names_bodies_of_every_sort() {
    let plan = parse(HANDWRITTEN).unwrap();
    let kinds = |n: u16| plan.task(n).unwrap().parties().collect::<Vec<_>>();
    assert_eq!(kinds(1), [PublicSecurity, Justice]);
    assert_eq!(
        kinds(2),
        [YouthLeague, WomensFederation, DisabledPersonsFederation]
    );
    assert_eq!(kinds(3), [AdministrativeApproval, Taxation, Other]);
    let tax = plan.organization("taxation").unwrap();
    assert_eq!(tax.name, "国家税务总局XX市税务局");
    assert_eq!(
        (tax.level, tax.place.as_deref()),
        (Some(Level::City), Some("XX"))
    );
    // 市留交办 is kept, with no kind, and reported on its line (line 8).
    let unknown = plan.organization("other-1").unwrap();
    assert_eq!((unknown.name.as_str(), unknown.kind), ("市留交办", None));
    let [diagnostic] = plan.diagnostics() else {
        panic!("one diagnostic, got {:?}", plan.diagnostics());
    };
    assert_eq!(diagnostic.line, 8);
    assert_eq!(diagnostic.node, "part-1/group-1/task-3");
    assert!(diagnostic.message.contains("`市留交办`"), "{diagnostic}");
    assert!(
        HANDWRITTEN
            .lines()
            .nth(diagnostic.line - 1)
            .unwrap()
            .contains("市留交办")
    );
    // The queries take the kinds, the names the plan writes, and the unknown body too.
    assert_eq!(numbers(plan.tasks_led_by("团市委").unwrap()), [2]);
    assert_eq!(numbers(plan.tasks_involving("残联").unwrap()), [2]);
    assert_eq!(numbers(plan.tasks_involving(Taxation).unwrap()), [3]);
    assert_eq!(numbers(plan.tasks_involving("市留交办").unwrap()), [3]);
    assert_eq!(numbers(plan.tasks_involving(Other).unwrap()), [3]);
    // And it round-trips through JSON, the unknown body and its diagnostic with it.
    let loaded = Plan::from_json(&plan.to_json().unwrap()).unwrap();
    assert_eq!(loaded, plan);
    assert_eq!(loaded.diagnostics(), plan.diagnostics());
}

/// The names everyone types for the Wuzhong plan's bodies, each with the body the plan
/// writes in full.
const TYPED: [(&str, &str); 10] = [
    ("人社局", "市人力資源和社會保障局"),
    ("衛健委", "市衛生健康委員會"),
    ("卫健委", "市衛生健康委員會"),
    ("發改委", "市發展和改革委員會"),
    ("发改委", "市發展和改革委員會"),
    ("住建局", "市住房和城鄉建設局"),
    ("市場監管局", "市市場監督管理局"),
    ("醫保局", "市醫療保障局"),
    ("文旅局", "市文化旅遊體育廣電局"),
    ("國資委", "市國有資產監督管理委員會"),
];

#[test]
fn the_names_everyone_types_find_the_plans_bodies() {
    let plan = plan();
    for (typed, full) in TYPED {
        let expected = numbers(plan.tasks_involving(full).unwrap());
        assert!(!expected.is_empty(), "{full}");
        assert_eq!(
            numbers(plan.tasks_involving(typed).unwrap()),
            expected,
            "{typed}"
        );
        let kind = Department::lookup(full).unwrap();
        assert_eq!(
            numbers(plan.tasks_led_by(typed).unwrap()),
            numbers(plan.tasks_led_by(kind).unwrap()),
            "{typed}"
        );
    }
    // 人社局 used to be refused with a suggestion of 市教育局.
    assert_eq!(
        Department::lookup("人社局").unwrap(),
        HumanResourcesSocialSecurity
    );
}

#[cfg(feature = "cli")]
#[test]
fn the_names_everyone_types_work_in_the_command_line() {
    // The task numbers `tasks … --format json` prints.
    let numbers = |args: &[&str]| -> Vec<u64> {
        let output = cli(&[args, &["--format", "json"]].concat());
        assert!(output.status.success(), "{args:?}");
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["number"].as_u64().unwrap())
            .collect()
    };
    for (typed, full) in TYPED {
        let expected = numbers(&["tasks", "--lead", full]);
        assert_eq!(numbers(&["tasks", "--lead", typed]), expected, "{typed}");
    }
    // The 銀川 copy through --plan: the same tasks for civil affairs, and no warning,
    // since every body has a kind.
    let file = TempFile::new("yinchuan.txt", &yinchuan());
    let args = ["--plan", file.path(), "tasks", "--lead", "civil-affairs"];
    assert!(
        cli(&args).stderr.is_empty(),
        "no warning: every body has a kind"
    );
    let found = numbers(&args);
    assert_eq!(found, numbers(&["tasks", "--lead", "civil-affairs"]));
    assert_eq!(found, [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
    // A body of no known kind is a warning on its line, and the command answers.
    let file = TempFile::new("handwritten.txt", HANDWRITTEN);
    let output = cli(&["--plan", file.path(), "departments", "--format", "json"]);
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("warning: "), "{stderr}");
    assert!(stderr.contains(":8: `市留交办`"), "{stderr}");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let unknown = value
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "other-1")
        .unwrap();
    assert_eq!(unknown["name"], "市留交办");
    assert!(unknown["kind"].is_null());
    // A name two kinds share, when the plan has neither: a usage error naming both.
    let output = cli(&["tasks", "--lead", "科信局"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("science-technology") && stderr.contains("industry-information-technology"),
        "{stderr}"
    );
}

/// What the command line prints for `args`.
#[cfg(feature = "cli")]
fn cli(args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("wuzhong-plan")
        .unwrap()
        .args(args)
        .output()
        .unwrap()
}

/// A file in the system's temporary directory, removed when it drops.
#[cfg(feature = "cli")]
struct TempFile(std::path::PathBuf);

#[cfg(feature = "cli")]
impl TempFile {
    /// The file `name`, holding `text`.
    fn new(name: &str, text: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("wuzhong-plan-{}-{name}", std::process::id()));
        std::fs::write(&path, text).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

#[cfg(feature = "cli")]
impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn a_name_two_kinds_share_is_an_ambiguity_never_a_pick() {
    // 科信局 (科學技術和信息化局, where counties merged the two) is shared by science and
    // technology and by industry and information technology; the plan has neither.
    match plan().who("科信局") {
        Err(Error::AmbiguousDepartment { input, candidates }) => {
            assert_eq!(input, "科信局");
            assert_eq!(candidates.len(), 2);
            assert!(candidates.contains(&ScienceTechnology));
            assert!(candidates.contains(&IndustryInformationTechnology));
        }
        other => panic!("expected an ambiguity, got {other:?}"),
    }
    assert!(matches!(
        plan().tasks_led_by("科信局"),
        Err(Error::AmbiguousDepartment { .. })
    ));
    // Without a plan, 文旅局 is ambiguous too; the Wuzhong plan has a body of only one of
    // its kinds, 市文化旅遊體育廣電局, so there it is that body.
    let Err(err) = Department::lookup("文旅局") else {
        panic!("文旅局 is shared");
    };
    assert!(
        err.to_string().contains("culture-tourism-sports")
            && err.to_string().contains("culture-tourism)"),
        "{err}"
    );
    assert_eq!(
        plan().who("文旅局").unwrap(),
        Who::Kind(CultureTourismSports)
    );
    // In a responsibility line, a shared name is a body of no kind, with a diagnostic
    // naming both kinds.
    let shared = parse("一、重點任務\n1.甲。乙。\n責任單位:市文旅局").unwrap();
    assert_eq!(shared.task(1).unwrap().lead(), Some(Other));
    let message = &shared.diagnostics()[0].message;
    assert!(message.contains("culture-tourism-sports"), "{message}");
}

#[test]
fn every_abbreviation_and_former_name_resolves_to_its_kind() {
    for kind in Department::iter() {
        let names = kind
            .abbreviations()
            .iter()
            .chain(kind.simplified_abbreviations())
            .copied()
            .chain(
                kind.former_names()
                    .iter()
                    .flat_map(|f| [f.name, f.simplified]),
            );
        for name in names {
            match Department::lookup(name) {
                Ok(found) => assert_eq!(found, kind, "`{name}`"),
                Err(Error::AmbiguousDepartment { candidates, .. }) => {
                    assert!(candidates.contains(&kind), "`{name}`: {candidates:?}")
                }
                Err(err) => panic!("`{name}` of {kind:?}: {err}"),
            }
            // With a level prefix, as a plan writes it, too.
            let prefixed = format!("市{name}");
            if let Ok(found) = Department::lookup(&prefixed) {
                assert_eq!(found, kind, "`{prefixed}`");
            }
        }
    }
    // The renamings the issue names.
    for (former, kind) in [
        ("衛生局", Health),
        ("衛計委", Health),
        ("环保局", EcologyEnvironment),
        ("國土局", NaturalResources),
        ("工商局", MarketRegulation),
        ("經信委", IndustryInformationTechnology),
        ("農業局", AgricultureRural),
        ("銀監分局", BankingInsuranceRegulation),
        ("金融監管分局", BankingInsuranceRegulation),
    ] {
        assert_eq!(Department::lookup(former).unwrap(), kind, "{former}");
    }
}

#[test]
fn names_of_other_levels_and_cities_read_as_their_kinds() {
    for (name, kind, level, place) in [
        (
            "銀川市民政局",
            CivilAffairs,
            Some(Level::City),
            Some("銀川"),
        ),
        (
            "丽水市发改委",
            DevelopmentReform,
            Some(Level::City),
            Some("丽水"),
        ),
        ("縣教育局", Education, Some(Level::County), None),
        ("自治區民政廳", CivilAffairs, Some(Level::Province), None),
        (
            "市委組織部",
            OrganizationDepartment,
            Some(Level::City),
            None,
        ),
        (
            "区人社局",
            HumanResourcesSocialSecurity,
            Some(Level::District),
            None,
        ),
    ] {
        let text = format!("一、重點任務\n1.甲。乙。\n責任單位:{name}");
        let plan = parse(&text).unwrap();
        let organization = plan.organizations().next().unwrap();
        assert_eq!(organization.kind, Some(kind), "{name}");
        assert_eq!(organization.level, level, "{name}");
        assert_eq!(organization.place.as_deref(), place, "{name}");
        assert_eq!(organization.name, name);
    }
    // A collective with 、 inside is one party, and the first item's level and place
    // carry to the items that lack one.
    let plan =
        parse("一、重點任務\n1.甲。乙。\n責任單位:銀川市教育局、財政局,各區、縣級市").unwrap();
    let line = plan.task(1).unwrap().responsibility.as_ref().unwrap();
    assert_eq!(
        plan.task(1).unwrap().parties().collect::<Vec<_>>(),
        [Education, Finance, DistrictsCountyLevelCities]
    );
    assert!(line.parties[1].carried_prefix);
    let finance = plan.organization("finance").unwrap();
    assert_eq!(finance.name, "銀川市財政局");
    assert_eq!(finance.place.as_deref(), Some("銀川"));
    // Brackets never split, in either width.
    let plan = parse("一、重點任務\n1.甲。乙。\n責任單位:市民政局、相關縣（市、區）政府").unwrap();
    assert_eq!(
        plan.task(1).unwrap().parties().collect::<Vec<_>>(),
        [CivilAffairs, RelevantCountyGovernments]
    );
}

#[test]
fn suggestions_come_from_the_plans_own_bodies_first() {
    // 市財務局 is one character from 市財政局, 市商務局 and 市稅務局. The vocabulary alone
    // suggests them in its own order, finance first; a plan naming 市稅務局 suggests it
    // first.
    let Err(Error::UnknownDepartment { suggestions, .. }) = Department::lookup("市財務局")
    else {
        panic!("市財務局 is no body's name");
    };
    assert_eq!(suggestions, [Finance, Commerce, Taxation]);
    let plan = parse("一、重點任務\n1.甲。乙。\n責任單位:市稅務局").unwrap();
    let Err(Error::UnknownDepartment { suggestions, .. }) = plan.tasks_led_by("市財務局")
    else {
        panic!("市財務局 is no body's name");
    };
    assert_eq!(suggestions, [Taxation, Finance, Commerce]);
}
