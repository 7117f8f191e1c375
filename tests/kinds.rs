//! The vocabulary of kinds of body, as its table shows it: how many kinds there are and of
//! which categories, that every name is one kind's, that every Simplified form is an
//! independent converter's output, and which abbreviations and former names two kinds
//! really share.
//!
//! Lookups are not tested here: this file reads the table only through its accessors.

use std::collections::{BTreeMap, BTreeSet};

use strum::IntoEnumIterator;
use wuzhong_plan::Category;
use wuzhong_plan::Department::{self, *};

/// The full names of a kind: canonical, Simplified and the aliases in both scripts.
fn full_names(kind: Department) -> Vec<&'static str> {
    let mut names = vec![kind.name(), kind.simplified_name()];
    names.extend(kind.aliases());
    names.extend(kind.simplified_aliases());
    names
}

/// The short names of a kind in both scripts.
fn short_names(kind: Department) -> Vec<&'static str> {
    vec![kind.short_name(), kind.simplified_short_name()]
}

/// The abbreviations of a kind in both scripts.
fn abbreviations(kind: Department) -> Vec<&'static str> {
    let mut names = kind.abbreviations().to_vec();
    names.extend(kind.simplified_abbreviations());
    names
}

/// The former names of a kind in both scripts.
fn former_names(kind: Department) -> Vec<&'static str> {
    kind.former_names()
        .iter()
        .flat_map(|f| [f.name, f.simplified])
        .collect()
}

/// The kinds whose table lists `name` in any form, found by scanning the table.
fn listing(name: &str) -> Vec<Department> {
    Department::iter()
        .filter(|&kind| {
            full_names(kind)
                .into_iter()
                .chain(short_names(kind))
                .chain(abbreviations(kind))
                .chain(former_names(kind))
                .any(|n| n == name)
        })
        .collect()
}

/// The kinds that list `name` as an abbreviation.
fn abbreviated_as(name: &str) -> Vec<Department> {
    Department::iter()
        .filter(|&kind| abbreviations(kind).contains(&name))
        .collect()
}

/// The kinds that list `name` as a former name.
fn formerly(name: &str) -> Vec<Department> {
    Department::iter()
        .filter(|&kind| former_names(kind).contains(&name))
        .collect()
}

#[test]
fn there_are_at_least_seventy_kinds_and_other_is_last() {
    let kinds: Vec<Department> = Department::iter().collect();
    assert!(kinds.len() > 70, "{} kinds besides Other", kinds.len() - 1);
    assert_eq!(kinds.last(), Some(&Other));
    let others: Vec<Department> = Department::iter()
        .filter(|k| k.category() == Category::Other)
        .collect();
    assert_eq!(others, [Other]);
    assert_eq!(Other.id(), "other");
}

#[test]
fn the_first_twenty_nine_are_the_bodies_of_the_wuzhong_plan_in_its_order() {
    let ids: Vec<&str> = Department::iter().take(29).map(Department::id).collect();
    assert_eq!(
        ids,
        [
            "education",
            "public-sector-reform-office",
            "finance",
            "health",
            "human-resources-social-security",
            "county-governments",
            "healthcare-security",
            "civil-affairs",
            "housing-urban-rural",
            "natural-resources",
            "agriculture-rural",
            "rural-revitalization",
            "publicity",
            "culture-tourism-sports",
            "disabled-persons-federation",
            "veterans-affairs",
            "justice",
            "development-reform",
            "housing-provident-fund",
            "state-assets",
            "banking-insurance-regulation",
            "news-media-center",
            "commerce-investment",
            "market-regulation",
            "political-legal-affairs",
            "government-services-center",
            "government-office",
            "cyberspace-affairs",
            "financial-work",
        ]
    );
    assert_eq!(CivilAffairs.name(), "市民政局");
    assert_eq!(CountyGovernments.name(), "各縣(市、區)");
    assert_eq!(BankingInsuranceRegulation.name(), "吳忠銀保監分局");
}

#[test]
fn the_kinds_after_the_wuzhong_bodies_are_grouped_by_category() {
    let categories: Vec<Category> = Department::iter()
        .skip(29)
        .map(Department::category)
        .collect();
    let mut seen: Vec<Category> = Vec::new();
    for category in categories {
        if seen.last() != Some(&category) {
            assert!(!seen.contains(&category), "{category} comes in one run");
            seen.push(category);
        }
    }
}

#[test]
fn every_category_has_kinds() {
    let mut counts: BTreeMap<Category, usize> = BTreeMap::new();
    for kind in Department::iter() {
        *counts.entry(kind.category()).or_default() += 1;
    }
    for category in Category::iter() {
        assert!(counts.contains_key(&category), "{category} has a kind");
    }
    assert!(counts[&Category::Government] >= 30);
    assert!(counts[&Category::Party] >= 7);
    assert!(counts[&Category::People] >= 7);
    assert!(counts[&Category::Judicial] >= 2);
    assert!(counts[&Category::Vertical] >= 6);
    assert!(counts[&Category::Collective] >= 7);
}

#[test]
fn ids_are_unique_and_kebab_case() {
    let mut ids = BTreeSet::new();
    for kind in Department::iter() {
        let id = kind.id();
        assert!(ids.insert(id), "{id} is one kind's");
        assert!(
            !id.is_empty()
                && !id.starts_with('-')
                && !id.ends_with('-')
                && !id.contains("--")
                && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{id} is kebab-case"
        );
    }
}

#[test]
fn every_name_belongs_to_one_kind() {
    // Full and short names, English names and ids, as a reader compares them (case and
    // spacing aside): no two kinds answer to the same one.
    let mut owner: BTreeMap<String, Department> = BTreeMap::new();
    for kind in Department::iter() {
        let english = kind.english_name().to_lowercase().replace(' ', "-");
        let names = full_names(kind)
            .into_iter()
            .chain(short_names(kind))
            .map(str::to_owned)
            .chain([english, kind.id().to_owned()]);
        for name in names {
            let first = *owner.entry(name.clone()).or_insert(kind);
            assert_eq!(first, kind, "`{name}` names {first:?} and {kind:?}");
        }
    }
    let english: BTreeSet<&str> = Department::iter().map(Department::english_name).collect();
    assert_eq!(english.len(), Department::iter().count());
}

#[test]
fn simplified_forms_are_an_independent_converters_output() {
    let converted =
        |names: &[&str]| -> Vec<String> { names.iter().map(|n| fast2s::convert(n)).collect() };
    for kind in Department::iter() {
        assert_eq!(
            kind.simplified_name(),
            fast2s::convert(kind.name()),
            "{kind:?}"
        );
        assert_eq!(
            kind.simplified_short_name(),
            fast2s::convert(kind.short_name()),
            "{kind:?}"
        );
        assert_eq!(
            kind.simplified_aliases(),
            converted(kind.aliases()),
            "{kind:?}"
        );
        assert_eq!(
            kind.simplified_abbreviations(),
            converted(kind.abbreviations()),
            "{kind:?}"
        );
        for former in kind.former_names() {
            assert_eq!(former.simplified, fast2s::convert(former.name), "{kind:?}");
        }
    }
}

#[test]
fn a_name_ends_with_its_short_name() {
    for kind in Department::iter() {
        assert!(kind.name().ends_with(kind.short_name()), "{kind:?}");
        assert!(
            kind.simplified_name()
                .ends_with(kind.simplified_short_name()),
            "{kind:?}"
        );
    }
}

#[test]
fn abbreviations_and_former_names_are_no_kinds_name() {
    let names: BTreeMap<&str, Department> = Department::iter()
        .flat_map(|kind| {
            full_names(kind)
                .into_iter()
                .chain(short_names(kind))
                .map(move |name| (name, kind))
        })
        .collect();
    // Keys so generic that they would match inside an unrelated name.
    let generic = [
        "局",
        "委",
        "辦",
        "部",
        "會",
        "中心",
        "辦公室",
        "委員會",
        "政府",
        "部門",
        "單位",
    ];
    for kind in Department::iter() {
        let traditional = kind
            .abbreviations()
            .iter()
            .chain(kind.former_names().iter().map(|f| &f.name));
        for name in traditional {
            // The Traditional form repeats none of the kind's own names either (殘聯 is
            // the short name of 市殘聯, not an abbreviation).
            assert_eq!(names.get(name), None, "{kind:?}: `{name}` is a name");
        }
        for name in abbreviations(kind).into_iter().chain(former_names(kind)) {
            assert!(name.chars().count() >= 2, "{kind:?}: `{name}`");
            assert!(
                !generic.contains(&name),
                "{kind:?}: `{name}` is too generic"
            );
            if let Some(&other) = names.get(name) {
                // A Simplified form may coincide with the kind's own name (廣播電視臺
                // and 廣播電視台 are both 广播电视台), never with another kind's.
                assert_eq!(other, kind, "{kind:?}: `{name}` is {other:?}'s name");
            }
        }
        let mut listed = BTreeSet::new();
        for name in kind
            .abbreviations()
            .iter()
            .chain(kind.former_names().iter().map(|f| &f.name))
        {
            assert!(listed.insert(name), "{kind:?} lists `{name}` once");
        }
        assert_eq!(
            kind.abbreviations().len(),
            kind.simplified_abbreviations().len()
        );
    }
}

#[test]
fn former_names_are_oldest_first_with_plausible_years() {
    for kind in Department::iter() {
        let years: Vec<u16> = kind.former_names().iter().filter_map(|f| f.until).collect();
        assert!(
            years.windows(2).all(|w| w[0] <= w[1]),
            "{kind:?}: {years:?}"
        );
        assert!(
            years.iter().all(|y| (1949..=2025).contains(y)),
            "{kind:?}: {years:?}"
        );
    }
    assert!(
        Health
            .former_names()
            .iter()
            .any(|f| f.name == "衛計委" && f.simplified == "卫计委" && f.until == Some(2018))
    );
}

#[test]
fn the_shared_abbreviations_are_listed_under_exactly_two_kinds() {
    assert_eq!(
        abbreviated_as("文旅局"),
        [CultureTourismSports, CultureTourism]
    );
    assert_eq!(
        abbreviated_as("科信局"),
        [ScienceTechnology, IndustryInformationTechnology]
    );
    // Every abbreviation two kinds share, and no other: each is the name of a merged
    // body, or the short form of both.
    let mut shared: BTreeMap<&str, Vec<Department>> = BTreeMap::new();
    for kind in Department::iter() {
        for name in kind.abbreviations() {
            shared.entry(name).or_default().push(kind);
        }
    }
    shared.retain(|_, kinds| kinds.len() > 1);
    let expected: BTreeMap<&str, Vec<Department>> = [
        ("文旅局", vec![CultureTourismSports, CultureTourism]),
        (
            "科信局",
            vec![ScienceTechnology, IndustryInformationTechnology],
        ),
        (
            "科學技術和信息化局",
            vec![ScienceTechnology, IndustryInformationTechnology],
        ),
        ("教體局", vec![Education, Sports]),
        ("教育和體育局", vec![Education, Sports]),
        (
            "政務服務和大數據管理局",
            vec![GovernmentServicesAdministration, BigData],
        ),
        (
            "政務服務數據管理局",
            vec![GovernmentServicesAdministration, BigData],
        ),
        ("政數局", vec![GovernmentServicesAdministration, BigData]),
    ]
    .into_iter()
    .collect();
    assert_eq!(shared, expected);
    // The former names of the culture, radio, television and tourism bodies went to
    // both kinds of bureau that succeeded them.
    for name in ["文化局", "旅遊局", "文化廣電新聞出版局", "文廣新局"] {
        assert_eq!(
            formerly(name),
            [CultureTourismSports, CultureTourism],
            "{name}"
        );
    }
}

#[test]
fn the_bodies_the_issue_names_are_kinds() {
    // Each name, in the form the issue writes it, is listed by exactly the kind given.
    for (name, kind) in [
        ("發展和改革委員會", DevelopmentReform),
        ("教育局", Education),
        ("科學技術局", ScienceTechnology),
        ("工業和信息化局", IndustryInformationTechnology),
        ("公安局", PublicSecurity),
        ("民政局", CivilAffairs),
        ("司法局", Justice),
        ("財政局", Finance),
        ("人力資源和社會保障局", HumanResourcesSocialSecurity),
        ("自然資源局", NaturalResources),
        ("生態環境局", EcologyEnvironment),
        ("住房和城鄉建設局", HousingUrbanRural),
        ("交通運輸局", Transport),
        ("水利局", WaterResources),
        ("水務局", WaterResources),
        ("農業農村局", AgricultureRural),
        ("商務局", Commerce),
        ("文化和旅遊局", CultureTourism),
        ("衛生健康委員會", Health),
        ("退役軍人事務局", VeteransAffairs),
        ("應急管理局", EmergencyManagement),
        ("審計局", Audit),
        ("國有資產監督管理委員會", StateAssets),
        ("市場監督管理局", MarketRegulation),
        ("統計局", Statistics),
        ("醫療保障局", HealthcareSecurity),
        ("體育局", Sports),
        ("林業和草原局", ForestryGrassland),
        ("鄉村振興局", RuralRevitalization),
        ("信訪局", LettersCalls),
        ("行政審批局", AdministrativeApproval),
        ("政務服務管理局", GovernmentServicesAdministration),
        ("大數據管理局", BigData),
        ("金融工作局", FinancialWork),
        ("城市管理局", UrbanManagement),
        ("組織部", OrganizationDepartment),
        ("宣傳部", Publicity),
        ("統戰部", UnitedFront),
        ("政法委", PoliticalLegalAffairs),
        ("編辦", PublicSectorReformOffice),
        ("網信辦", CyberspaceAffairs),
        ("農辦", RuralWorkOffice),
        ("總工會", TradeUnions),
        ("團委", YouthLeague),
        ("婦聯", WomensFederation),
        ("殘聯", DisabledPersonsFederation),
        ("科協", ScienceTechnologyAssociation),
        ("工商聯", IndustryCommerceFederation),
        ("紅十字會", RedCross),
        ("中級人民法院", IntermediateCourt),
        ("人民檢察院", Procuratorate),
        ("稅務局", Taxation),
        ("銀保監分局", BankingInsuranceRegulation),
        ("金融監管分局", BankingInsuranceRegulation),
        ("人民銀行", PeoplesBank),
        ("氣象局", Meteorology),
        ("海關", Customs),
        ("調查隊", SurveyTeam),
        ("住房公積金管理中心", HousingProvidentFund),
        ("各縣(市、區)", CountyGovernments),
        ("各區、縣級市", DistrictsCountyLevelCities),
        ("各縣市區政府", CountyGovernments),
        ("相關縣(市、區)政府", RelevantCountyGovernments),
        ("各有關部門", DepartmentsConcerned),
        ("各有關單位", UnitsConcerned),
        ("市級各有關部門", MunicipalDepartmentsConcerned),
    ] {
        assert_eq!(listing(name), [kind], "{name}");
    }
}

#[test]
fn the_abbreviations_people_type_are_their_kinds() {
    for (name, kind) in [
        ("人社局", HumanResourcesSocialSecurity),
        ("人力社保局", HumanResourcesSocialSecurity),
        ("衛健委", Health),
        ("卫健委", Health),
        ("發改委", DevelopmentReform),
        ("发改委", DevelopmentReform),
        ("經信局", IndustryInformationTechnology),
        ("住建局", HousingUrbanRural),
        ("市場監管局", MarketRegulation),
        ("醫保局", HealthcareSecurity),
        ("国资委", StateAssets),
        ("國資委", StateAssets),
        ("團市委", YouthLeague),
        ("团市委", YouthLeague),
        ("工信局", IndustryInformationTechnology),
        ("审批局", AdministrativeApproval),
        ("各縣(市、區)政府", CountyGovernments),
    ] {
        assert_eq!(abbreviated_as(name), [kind], "{name}");
    }
    // 殘聯 is the short name of 市殘聯, so it is no abbreviation.
    assert_eq!(DisabledPersonsFederation.short_name(), "殘聯");
    assert!(abbreviated_as("殘聯").is_empty());
}

#[test]
fn the_names_before_the_reforms_are_their_successors() {
    for (name, kind, until) in [
        ("衛生局", Health, 2013),
        ("衛計委", Health, 2018),
        ("环保局", EcologyEnvironment, 2018),
        ("環保局", EcologyEnvironment, 2018),
        ("國土局", NaturalResources, 2018),
        ("國土資源局", NaturalResources, 2018),
        ("工商局", MarketRegulation, 2018),
        ("經信委", IndustryInformationTechnology, 2018),
        ("農業局", AgricultureRural, 2018),
        ("銀監分局", BankingInsuranceRegulation, 2018),
        ("安監局", EmergencyManagement, 2018),
        ("扶貧辦", RuralRevitalization, 2021),
        ("國稅局", Taxation, 2018),
        ("地稅局", Taxation, 2018),
    ] {
        assert_eq!(formerly(name), [kind], "{name}");
        let former = kind
            .former_names()
            .iter()
            .find(|f| f.name == name || f.simplified == name);
        assert_eq!(former.and_then(|f| f.until), Some(until), "{name}");
    }
}

#[test]
fn collectives_with_a_comma_inside_are_one_kind() {
    for kind in [
        CountyGovernments,
        DistrictsCountyLevelCities,
        RelevantCountyGovernments,
    ] {
        assert_eq!(kind.category(), Category::Collective);
        assert!(kind.name().contains('、'), "{kind:?}");
    }
    assert_eq!(DistrictsCountyLevelCities.name(), "各區、縣級市");
    assert_eq!(DistrictsCountyLevelCities.simplified_name(), "各区、县级市");
}
