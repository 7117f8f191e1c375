//! The parties of every responsibility line of `data/source.txt`, written from reading
//! the lines, not from the parser's output; shared by the tests of who is responsible
//! and of the department queries.

use wuzhong_plan::Department::{self, *};

/// Task number, then the line's parties in order, lead first.
pub const EXPECTED: [(u16, &[Department]); 47] = [
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
