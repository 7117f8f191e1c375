//! Bodies of every level: the State Council's ministries, commissions and
//! administrations, the courts and the Party's central departments, provinces and
//! autonomous regions, cities, counties and districts, vertical branches named by their
//! place, enterprises and collectives, each read as a kind, a level and a place.
//!
//! The names are those of issue 31 and of the notes of four documents of
//! `../shared/corpus/`, written here from reading them: `national-2019-zongbaoqu.txt`,
//! `national-2018-jiuye.txt`, `anhui-2022-rcep-shishi-yijian.txt` and the 指导部门 column
//! of `national-2018-chuangxin-table.txt`. The tests that read those files pass with
//! `skipped: ../shared/corpus not found`, except on CI (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;

use strum::IntoEnumIterator;
use wuzhong_plan::Department::{self, *};
use wuzhong_plan::{Level, Organization, Plan, parse};

/// A plan of one task per line of parties, issued by `issuer` (which gives the plan's
/// own place and level), each line written after `责任单位：`.
fn plan_of(issuer: &str, lines: &[&str]) -> Plan {
    let mut text = format!("{issuer}关于印发实施方案的通知\n一、重点任务\n(一)推进改革\n");
    for (n, line) in lines.iter().enumerate() {
        text.push_str(&format!(
            "{}.推进第{}项改革。抓好落实。\n责任单位：{line}\n",
            n + 1,
            n + 1
        ));
    }
    parse(&text).unwrap_or_else(|err| panic!("{err}\n{text}"))
}

/// The organisation of the plan whose name or other names include `name`.
fn named<'p>(plan: &'p Plan, name: &str) -> &'p Organization {
    plan.organizations()
        .find(|o| o.name == name || o.other_names.iter().any(|other| other.name == name))
        .unwrap_or_else(|| {
            panic!(
                "no organisation named `{name}`: {:#?}",
                plan.organizations().collect::<Vec<_>>()
            )
        })
}

/// Asserts the kind, level and place of the organisation `name` names.
fn assert_body(
    plan: &Plan,
    name: &str,
    kind: Department,
    level: Option<Level>,
    place: Option<&str>,
) {
    let found = named(plan, name);
    assert_eq!(
        (found.kind, found.level, found.place.as_deref()),
        (Some(kind), level, place),
        "`{name}`"
    );
}

#[test]
fn the_state_councils_bodies_are_national() {
    // From the notes of the State Council's opinion on comprehensive bonded zones.
    let plan = plan_of(
        "国务院",
        &[
            "海关总署、财政部、税务总局",
            "商务部、海关总署",
            "发展改革委、科技部、海关总署",
            "市场监管总局、海关总署",
            "药监局、海关总署",
            "海关总署、文化和旅游部、文物局",
            "商务部、工业和信息化部、生态环境部、海关总署",
            "海关总署、证监会",
        ],
    );
    let national = Some(Level::National);
    for (name, kind) in [
        ("海关总署", Customs),
        ("财政部", Finance),
        ("税务总局", Taxation),
        ("商务部", Commerce),
        ("科技部", ScienceTechnology),
        ("市场监管总局", MarketRegulation),
        ("文化和旅游部", CultureTourism),
        ("文物局", CulturalHeritage),
        ("工业和信息化部", IndustryInformationTechnology),
        ("生态环境部", EcologyEnvironment),
        ("证监会", SecuritiesRegulation),
        // Forms a city writes too, with no level word: the level of the document.
        ("发展改革委", DevelopmentReform),
        ("药监局", MedicalProducts),
    ] {
        assert_body(&plan, name, kind, national, None);
    }
    // Each body is one organisation, however many lines name it.
    assert_eq!(
        plan.organizations()
            .filter(|o| o.kind == Some(Customs))
            .count(),
        1
    );
    assert!(plan.diagnostics().is_empty(), "{:?}", plan.diagnostics());
}

#[test]
fn the_bodies_of_the_employment_opinion_and_its_collectives() {
    // From the notes of the State Council's opinion on employment.
    let plan = plan_of(
        "国务院",
        &[
            "人力资源社会保障部、财政部",
            "财政部、工业和信息化部、人民银行、银保监会",
            "人力资源社会保障部、科技部、财政部、住房城乡建设部、市场监管总局、各省级人民政府",
            "人力资源社会保障部、财政部、教育部",
            "人力资源社会保障部、医保局",
            "财政部、人力资源社会保障部、民政部",
            "各有关部门和单位、各省级人民政府",
        ],
    );
    let national = Some(Level::National);
    for (name, kind) in [
        ("人力资源社会保障部", HumanResourcesSocialSecurity),
        ("财政部", Finance),
        ("工业和信息化部", IndustryInformationTechnology),
        ("人民银行", PeoplesBank),
        ("银保监会", BankingInsuranceRegulation),
        ("科技部", ScienceTechnology),
        ("住房城乡建设部", HousingUrbanRural),
        ("市场监管总局", MarketRegulation),
        ("教育部", Education),
        ("医保局", HealthcareSecurity),
        ("民政部", CivilAffairs),
    ] {
        assert_body(&plan, name, kind, national, None);
    }
    // Collectives of other levels: the provinces' governments are provincial, the
    // departments and units concerned of no one level.
    assert_body(
        &plan,
        "各省级人民政府",
        ProvincialGovernments,
        Some(Level::Province),
        None,
    );
    assert_body(
        &plan,
        "各有关部门和单位",
        DepartmentsAndUnitsConcerned,
        None,
        None,
    );
    assert!(plan.diagnostics().is_empty(), "{:?}", plan.diagnostics());
}

#[test]
fn a_provinces_bodies_are_provincial_and_its_own() {
    // From the notes of Anhui's opinion on the RCEP rules.
    let plan = plan_of(
        "安徽省人民政府办公厅",
        &[
            "省商务厅、合肥海关",
            "省商务厅、省发展改革委、省经济和信息化厅、省外汇管理局、省教育厅",
            "省市场监管局、省版权局、省科技厅、省农业农村厅、省司法厅、省公安厅、省文化旅游厅、省贸促会",
            "省商务厅、省外办、省交通运输厅",
            "省十大新兴产业推进组工作专班牵头单位、省十大新兴产业推进组工作专班成员单位",
            "合肥海关、省港航集团、省机场集团、省民航机场集团",
            "人行合肥中心支行、中国出口信用保险公司安徽分公司",
            "省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位",
            "省通信管理局",
        ],
    );
    let province = Some(Level::Province);
    let anhui = Some("安徽");
    for (name, kind) in [
        ("省商务厅", Commerce),
        ("省发展改革委", DevelopmentReform),
        ("省经济和信息化厅", IndustryInformationTechnology),
        ("省外汇管理局", ForeignExchange),
        ("省教育厅", Education),
        ("省市场监管局", MarketRegulation),
        ("省版权局", Copyright),
        ("省科技厅", ScienceTechnology),
        ("省农业农村厅", AgricultureRural),
        ("省司法厅", Justice),
        ("省公安厅", PublicSecurity),
        ("省文化旅游厅", CultureTourism),
        ("省贸促会", TradePromotion),
        ("省外办", ForeignAffairs),
        ("省交通运输厅", Transport),
        ("省通信管理局", CommunicationsAdministration),
        // Enterprises by their ending, the level word of their own name theirs.
        ("省港航集团", StateOwnedEnterprises),
        ("省十大新兴产业推进组工作专班牵头单位", GroupLeadUnits),
        ("省十大新兴产业推进组工作专班成员单位", GroupMemberUnits),
        (
            "省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位",
            GroupMemberUnits,
        ),
    ] {
        assert_body(&plan, name, kind, province, anhui);
    }
    // Three enterprises of the province are three organisations, not one.
    for name in ["省港航集团", "省机场集团", "省民航机场集团"] {
        assert_eq!(named(&plan, name).name, name);
    }
    assert!(plan.diagnostics().is_empty(), "{:?}", plan.diagnostics());
}

#[test]
fn vertical_branches_are_named_by_their_place() {
    let plan = plan_of(
        "安徽省人民政府办公厅",
        &[
            "合肥海关、人行合肥中心支行",
            "国家税务总局合肥市税务局、安徽证监局",
            "中国出口信用保险公司安徽分公司",
        ],
    );
    // A place with no level word: the place, and no level the name gives.
    assert_body(&plan, "合肥海关", Customs, None, Some("合肥"));
    assert_body(&plan, "人行合肥中心支行", PeoplesBank, None, Some("合肥"));
    assert_body(
        &plan,
        "安徽证监局",
        SecuritiesRegulation,
        None,
        Some("安徽"),
    );
    // A parent body, a place and its level word.
    assert_body(
        &plan,
        "国家税务总局合肥市税务局",
        Taxation,
        Some(Level::City),
        Some("合肥"),
    );
    assert_eq!(
        named(&plan, "中国出口信用保险公司安徽分公司").kind,
        Some(StateOwnedEnterprises)
    );
}

#[test]
fn each_level_word_gives_its_level() {
    let plan = plan_of(
        "吴忠市人民政府办公室",
        &[
            "自治区民政厅、自治区财政厅",
            "市财政局、县教育局",
            "区民政局、镇人民政府",
            "银川市民政局",
            "各县(市、区)党委和政府、试点城市政府",
        ],
    );
    assert_body(
        &plan,
        "自治区民政厅",
        CivilAffairs,
        Some(Level::Province),
        None,
    );
    assert_body(&plan, "自治区财政厅", Finance, Some(Level::Province), None);
    assert_body(&plan, "市财政局", Finance, Some(Level::City), Some("吴忠"));
    assert_body(&plan, "县教育局", Education, Some(Level::County), None);
    assert_body(&plan, "区民政局", CivilAffairs, Some(Level::District), None);
    assert_body(
        &plan,
        "银川市民政局",
        CivilAffairs,
        Some(Level::City),
        Some("银川"),
    );
    assert_body(
        &plan,
        "各县(市、区)党委和政府",
        CountyPartyCommitteesAndGovernments,
        Some(Level::County),
        None,
    );
    assert_body(
        &plan,
        "试点城市政府",
        CityGovernments,
        Some(Level::City),
        Some("吴忠"),
    );
}

#[test]
fn a_bare_name_is_at_the_level_of_its_document() {
    // 商务厅 alone in a province's document is the province's, the same body as 省商务厅.
    let anhui = plan_of("安徽省人民政府", &["合肥海关", "商务厅", "省商务厅"]);
    let commerce: Vec<&Organization> = anhui
        .organizations()
        .filter(|o| o.kind == Some(Commerce))
        .collect();
    assert_eq!(commerce.len(), 1, "{commerce:?}");
    assert_eq!(commerce[0].level, Some(Level::Province));
    // In the State Council's, 发展改革委 and 国家发展改革委 are the one commission.
    let national = plan_of("国务院办公厅", &["发展改革委", "国家发展改革委"]);
    let reform: Vec<&Organization> = national
        .organizations()
        .filter(|o| o.kind == Some(DevelopmentReform))
        .collect();
    assert_eq!(reform.len(), 1, "{reform:?}");
    assert_eq!(reform[0].level, Some(Level::National));
    // A city's 财政局 is the city's: the Wuzhong plan's own way.
    let city = plan_of("吴忠市人民政府办公室", &["财政局"]);
    assert_body(&city, "财政局", Finance, Some(Level::City), Some("吴忠"));
    // A central body's name lends its level to a bare name after it.
    let lent = plan_of("某某领导小组办公室", &["财政部、发展改革委"]);
    assert_body(
        &lent,
        "发展改革委",
        DevelopmentReform,
        Some(Level::National),
        None,
    );
}

#[test]
fn a_central_name_with_a_local_prefix_is_no_body() {
    // 住房城乡建设部 is the ministry; a city has no 部, so 市住房城乡建设部 is no kind's.
    assert_eq!(
        "住房城乡建设部".parse::<Department>().ok(),
        Some(HousingUrbanRural)
    );
    for name in ["市住房城乡建设部", "省财政部", "县商务部"] {
        assert!(name.parse::<Department>().is_err(), "`{name}`");
    }
    // The city's and the province's bodies of the kind keep their own names.
    assert_eq!(
        "市住房和城乡建设局".parse::<Department>().ok(),
        Some(HousingUrbanRural)
    );
    assert_eq!(
        "省住房城乡建设厅".parse::<Department>().ok(),
        Some(HousingUrbanRural)
    );
}

#[test]
fn the_courts_party_departments_and_peoples_organisations_of_the_centre() {
    for (name, kind) in [
        ("最高人民法院", SupremeCourt),
        ("最高人民检察院", Procuratorate),
        ("中央组织部", OrganizationDepartment),
        ("中央宣传部", Publicity),
        ("中央网信办", CyberspaceAffairs),
        ("中央编办", PublicSectorReformOffice),
        ("全国总工会", TradeUnions),
        ("共青团中央", YouthLeague),
        ("全国妇联", WomensFederation),
        ("中国科协", ScienceTechnologyAssociation),
        ("全国工商联", IndustryCommerceFederation),
        ("中国残联", DisabledPersonsFederation),
        ("贸促会", TradePromotion),
        ("国务院办公厅", GovernmentOffice),
        ("国务院有关部门", CentralDepartmentsConcerned),
    ] {
        assert_eq!(name.parse::<Department>().ok(), Some(kind), "`{name}`");
    }
    let plan = plan_of(
        "国务院",
        &["最高人民法院、中央组织部、全国总工会、国务院有关部门"],
    );
    for name in ["最高人民法院", "中央组织部", "全国总工会", "国务院有关部门"]
    {
        assert_eq!(named(&plan, name).level, Some(Level::National), "`{name}`");
    }
    // A province's high court and Party department.
    let anhui = plan_of("安徽省人民政府", &["省高级人民法院、省委组织部"]);
    assert_body(
        &anhui,
        "省高级人民法院",
        HighCourt,
        Some(Level::Province),
        Some("安徽"),
    );
    assert_body(
        &anhui,
        "省委组织部",
        OrganizationDepartment,
        Some(Level::Province),
        Some("安徽"),
    );
}

#[test]
fn the_state_councils_line_up_reads_in_both_scripts() {
    for (name, kind) in [
        ("國家發展改革委", DevelopmentReform),
        ("人力資源社會保障部", HumanResourcesSocialSecurity),
        ("海關總署", Customs),
        ("市場監管總局", MarketRegulation),
        ("體育總局", Sports),
        ("醫保局", HealthcareSecurity),
        ("證監會", SecuritiesRegulation),
        ("藥監局", MedicalProducts),
        ("文物局", CulturalHeritage),
        ("稅務總局", Taxation),
        ("銀保監會", BankingInsuranceRegulation),
        ("商務部", Commerce),
        ("財政部", Finance),
        ("科技部", ScienceTechnology),
        ("工業和信息化部", IndustryInformationTechnology),
        ("國家知識產權局", IntellectualProperty),
        ("國家能源局", Energy),
        ("中國民航局", CivilAviation),
        ("廣電總局", RadioTelevisionAdministration),
        ("國家中醫藥局", TraditionalChineseMedicine),
        ("國家糧食和物資儲備局", GrainReserves),
        ("國家外匯管理局", ForeignExchange),
        ("國家版權局", Copyright),
        ("審計署", Audit),
        ("國務院國資委", StateAssets),
    ] {
        assert_eq!(name.parse::<Department>().ok(), Some(kind), "`{name}`");
    }
    // Every central name of every kind, in either script, is that kind's.
    for kind in Department::iter() {
        let both = kind
            .national_names()
            .iter()
            .zip(kind.simplified_national_names());
        assert_eq!(
            kind.national_names().len(),
            kind.simplified_national_names().len()
        );
        for (traditional, simplified) in both {
            for name in [traditional, simplified] {
                assert_eq!(name.parse::<Department>().ok(), Some(kind), "`{name}`");
            }
        }
    }
}

#[test]
fn a_kinds_name_at_each_level_reads_back_at_that_level() {
    for kind in Department::iter().filter(|k| *k != Other) {
        for level in [Level::National, Level::Province] {
            let name = kind.name_at(level);
            assert_eq!(
                name.parse::<Department>().ok(),
                Some(kind),
                "{kind:?} at {level}: `{name}`"
            );
        }
        if let Some(name) = kind.provincial_name() {
            let plan = plan_of("吴忠市人民政府办公室", &[name]);
            assert_eq!(named(&plan, name).level, Some(Level::Province), "`{name}`");
        }
        if let Some(name) = kind.national_names().first() {
            let plan = plan_of("吴忠市人民政府办公室", &[name]);
            assert_eq!(named(&plan, name).level, Some(Level::National), "`{name}`");
        }
    }
    // The kind `finance` is the ministry, the province's department and the city's bureau.
    assert_eq!(
        [Level::National, Level::Province, Level::City].map(|l| Finance.name_at(l)),
        ["財政部", "省財政廳", "市財政局"]
    );
}

#[test]
fn the_names_before_the_reform_of_2018_are_their_successors_with_their_years() {
    let cases: [(&str, Department, Option<u16>, Option<u16>); 16] = [
        ("國家工商總局", MarketRegulation, Some(2001), Some(2018)),
        ("工商總局", MarketRegulation, Some(2001), Some(2018)),
        ("質檢總局", MarketRegulation, Some(2001), Some(2018)),
        ("食藥監總局", MarketRegulation, Some(2013), Some(2018)),
        ("衛生計生委", Health, Some(2013), Some(2018)),
        ("國務院扶貧辦", RuralRevitalization, Some(1986), Some(2021)),
        ("銀監會", BankingInsuranceRegulation, Some(2003), Some(2018)),
        ("保監會", BankingInsuranceRegulation, Some(1998), Some(2018)),
        ("國家旅遊局", CultureTourism, None, Some(2018)),
        ("文化部", CultureTourism, None, Some(2018)),
        ("環境保護部", EcologyEnvironment, Some(2008), Some(2018)),
        ("國土資源部", NaturalResources, Some(1998), Some(2018)),
        ("農業部", AgricultureRural, None, Some(2018)),
        ("安監總局", EmergencyManagement, Some(2005), Some(2018)),
        ("國家林業局", ForestryGrassland, None, Some(2018)),
        (
            "新聞出版廣電總局",
            RadioTelevisionAdministration,
            Some(2013),
            Some(2018),
        ),
    ];
    for (name, kind, since, until) in cases {
        let former = kind
            .former_names()
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("{kind:?} has no former name `{name}`"));
        assert_eq!(
            (former.since, former.until, former.national),
            (since, until, true),
            "`{name}`"
        );
        assert_eq!(name.parse::<Department>().ok(), Some(kind), "`{name}`");
        assert_eq!(
            former.simplified.parse::<Department>().ok(),
            Some(kind),
            "`{name}`"
        );
    }
    for (name, kind) in [
        ("監察部", DisciplineInspection),
        ("國務院法制辦", Justice),
        ("扶貧辦", RuralRevitalization),
    ] {
        assert_eq!(name.parse::<Department>().ok(), Some(kind), "`{name}`");
    }
    // A central body's former name is national; written in a plan, so is the body.
    let plan = plan_of("国务院", &["国家工商总局、卫生计生委"]);
    assert_body(
        &plan,
        "国家工商总局",
        MarketRegulation,
        Some(Level::National),
        None,
    );
    assert_body(&plan, "卫生计生委", Health, Some(Level::National), None);
    // A name began before it ended.
    for kind in Department::iter() {
        for former in kind.former_names() {
            if let (Some(since), Some(until)) = (former.since, former.until) {
                assert!(since < until, "{kind:?}: `{}`", former.name);
            }
        }
    }
}

#[test]
fn an_unknown_central_name_is_offered_central_bodies_first() {
    // 财务部 is no body; a State Council document means the ministry of finance.
    let plan = plan_of("国务院", &["财务部、海关总署"]);
    let messages: Vec<String> = plan.diagnostics().iter().map(ToString::to_string).collect();
    let about = messages
        .iter()
        .find(|m| m.contains("`财务部`"))
        .unwrap_or_else(|| panic!("{messages:?}"));
    assert!(
        about.contains("is no kind of body this crate knows"),
        "{about}"
    );
    assert!(about.contains("財政部 (finance)"), "{about}");
    assert!(!about.contains("市財政局"), "{about}");
    // A city's document offers the city's bureau for a city's name.
    let city = plan_of("吴忠市人民政府办公室", &["市财务局"]);
    let messages: Vec<String> = city.diagnostics().iter().map(ToString::to_string).collect();
    assert!(
        messages.iter().any(|m| m.contains("市財政局 (finance)")),
        "{messages:?}"
    );
}

/// Every body the notes of the four documents name, as read there, with its kind.
const CORPUS_BODIES: [(&str, &[(&str, Department)]); 4] = [
    (
        "national-2019-zongbaoqu.txt",
        &[
            ("税务总局", Taxation),
            ("财政部", Finance),
            ("海关总署", Customs),
            ("商务部", Commerce),
            ("发展改革委", DevelopmentReform),
            ("科技部", ScienceTechnology),
            ("市场监管总局", MarketRegulation),
            ("药监局", MedicalProducts),
            ("文化和旅游部", CultureTourism),
            ("文物局", CulturalHeritage),
            ("工业和信息化部", IndustryInformationTechnology),
            ("生态环境部", EcologyEnvironment),
            ("证监会", SecuritiesRegulation),
            ("有关部门", DepartmentsConcerned),
        ],
    ),
    (
        "national-2018-jiuye.txt",
        &[
            ("人力资源社会保障部", HumanResourcesSocialSecurity),
            ("财政部", Finance),
            ("工业和信息化部", IndustryInformationTechnology),
            ("人民银行", PeoplesBank),
            ("银保监会", BankingInsuranceRegulation),
            ("科技部", ScienceTechnology),
            ("住房城乡建设部", HousingUrbanRural),
            ("市场监管总局", MarketRegulation),
            ("各省级人民政府", ProvincialGovernments),
            ("有关部门和单位", DepartmentsAndUnitsConcerned),
            ("教育部", Education),
            ("税务总局", Taxation),
            ("医保局", HealthcareSecurity),
            ("民政部", CivilAffairs),
            ("各有关部门和单位", DepartmentsAndUnitsConcerned),
        ],
    ),
    (
        "anhui-2022-rcep-shishi-yijian.txt",
        &[
            ("合肥海关", Customs),
            ("省商务厅", Commerce),
            ("省农业农村厅", AgricultureRural),
            ("省贸促会", TradePromotion),
            ("省发展改革委", DevelopmentReform),
            ("省经济和信息化厅", IndustryInformationTechnology),
            ("省外汇管理局", ForeignExchange),
            ("省教育厅", Education),
            ("省市场监管局", MarketRegulation),
            ("省司法厅", Justice),
            ("省十大新兴产业推进组工作专班牵头单位", GroupLeadUnits),
            ("省外办", ForeignAffairs),
            ("省十大新兴产业推进组工作专班成员单位", GroupMemberUnits),
            ("省港航集团", StateOwnedEnterprises),
            ("省机场集团", StateOwnedEnterprises),
            ("省交通运输厅", Transport),
            ("省民航机场集团", StateOwnedEnterprises),
            ("省版权局", Copyright),
            ("省科技厅", ScienceTechnology),
            ("省公安厅", PublicSecurity),
            ("省文化旅游厅", CultureTourism),
            ("人行合肥中心支行", PeoplesBank),
            ("中国出口信用保险公司安徽分公司", StateOwnedEnterprises),
            (
                "省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位",
                GroupMemberUnits,
            ),
        ],
    ),
    (
        "national-2018-chuangxin-table.txt",
        &[
            ("最高人民法院", SupremeCourt),
            ("最高人民检察院", Procuratorate),
            ("国家知识产权局", IntellectualProperty),
            ("中国银保监会", BankingInsuranceRegulation),
            ("科技部", ScienceTechnology),
            ("国家发展改革委", DevelopmentReform),
            ("财政部", Finance),
            ("教育部", Education),
            ("国务院国资委", StateAssets),
            ("司法部", Justice),
            ("中国证监会", SecuritiesRegulation),
            ("中国人民银行", PeoplesBank),
            ("工业和信息化部", IndustryInformationTechnology),
            ("人力资源社会保障部", HumanResourcesSocialSecurity),
            ("审计署", Audit),
        ],
    ),
];

#[test]
fn every_body_the_notes_of_the_corpus_name_is_its_kind() {
    for (file, bodies) in CORPUS_BODIES {
        let Some((_, text)) = corpus::read(file) else {
            return;
        };
        for (name, kind) in bodies {
            assert!(text.contains(name), "{file} names `{name}`");
            assert_eq!(
                name.parse::<Department>().ok(),
                Some(*kind),
                "{file}: `{name}`"
            );
        }
        // Read as a document of the issuer's level, each is one organisation of its kind.
        let issuer = if file.starts_with("anhui") {
            "安徽省人民政府"
        } else {
            "国务院"
        };
        let line: Vec<&str> = bodies.iter().map(|(name, _)| *name).collect();
        let plan = plan_of(issuer, &line);
        for (name, kind) in bodies {
            assert_eq!(named(&plan, name).kind, Some(*kind), "{file}: `{name}`");
        }
    }
}

#[test]
fn a_development_zones_committee_is_named_by_its_zone() {
    // From the Lishui and Pingdingshan fragments: 丽水开发区管委会, 高新区管委会, 新城区管委会.
    let plan = plan_of(
        "平顶山市人民政府办公室",
        &[
            "市发展改革委、高新区管委会、新城区管委会",
            "丽水开发区管委会",
        ],
    );
    for name in ["高新区管委会", "新城区管委会", "丽水开发区管委会"] {
        let found = named(&plan, name);
        assert_eq!(found.kind, Some(DevelopmentZoneCommittees), "`{name}`");
        // Each zone's committee is its own organisation.
        assert_eq!(found.name, name);
    }
    assert_ne!(
        named(&plan, "高新区管委会").id,
        named(&plan, "新城区管委会").id
    );
    assert!(plan.diagnostics().is_empty(), "{:?}", plan.diagnostics());
}
