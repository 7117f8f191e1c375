// The vocabulary of kinds of body, one entry per `Department` variant, included by
// `department.rs`. The first 29 are the bodies of the Wuzhong plan, in the order the
// plan first names them; their ids and names are a contract. The others follow, grouped
// by category; `Other` is last.
//
// `abbreviations` are the other names people write for a kind, without a level prefix
// (a collective keeps the 各 or 市級 that is part of what it names): short forms (人社局),
// the names the same kind of body has in some places (水務局 for 水利局) and the names
// reforms gave it after the one this table uses (金融監管分局). `former` lists the names
// a kind had before a reform renamed or merged it, each in Traditional and Simplified
// script with the year the name ended: the year of the national reform (2018 for the
// reform of Party and state institutions, which cities and counties carried out by
// 2019), or `None` where there was no single one. An abbreviation or former name that two
// kinds really share (文旅局, 科信局) is listed under both, so that a lookup can report
// the ambiguity; full names, short names and ids belong to one kind each.
//
// Bodies of every level share their kind: `national` lists the names of the central
// body (財政部, 海關總署, 國家發展改革委) as State Council and Party central documents
// write them, the usual short form first, only where the form is the central body's alone
// (a form a city writes too, 發展改革委 or 醫保局, is an abbreviation, and takes the level
// of the document it stands in); `provincial` is the name a province writes where it is
// more than a level word away from the city's (省財政廳 for 市財政局). A central body's
// former name is written `(national name, simplified, since, until)` with the years it
// was used where they are known, among the other former names in the order they ended.
//
// Each entry writes its id and category, its English name, its full name in Traditional
// and Simplified script, its short name in both, then only the lists that are not empty
// (`aliases`, `simplified_aliases`, `abbreviations`, `simplified_abbreviations`,
// `former`, `national`, `simplified_national`, `provincial`, `members`, in this order)
// and a `note` if it has one: a list left out is empty.
departments! {
    Education {
        id: "education", category: Government,
        english: "Education Bureau",
        name: "市教育局", simplified: "市教育局",
        short: "教育局", simplified_short: "教育局",
        abbreviations: ["教委", "教育委員會", "教體局", "教育和體育局"],
        simplified_abbreviations: ["教委", "教育委员会", "教体局", "教育和体育局"],
        former: [
            (national "國家教育委員會", "国家教育委员会", Some(1985), Some(1998)),
            (national "國家教委", "国家教委", Some(1985), Some(1998))
        ],
        national: ["教育部"],
        simplified_national: ["教育部"],
        provincial: ("省教育廳", "省教育厅"),
    }
    PublicSectorReformOffice {
        id: "public-sector-reform-office", category: Party,
        english: "Public Sector Reform Office",
        name: "市委編辦", simplified: "市委编办",
        short: "編辦", simplified_short: "编办",
        abbreviations: ["機構編制委員會辦公室", "編委辦"],
        simplified_abbreviations: ["机构编制委员会办公室", "编委办"],
        national: ["中央編辦", "中央機構編制委員會辦公室"],
        simplified_national: ["中央编办", "中央机构编制委员会办公室"],
        provincial: ("省委編辦", "省委编办"),
        note: "The office of the municipal Party committee's commission for public sector reform (機構編制).",
    }
    Finance {
        id: "finance", category: Government,
        english: "Finance Bureau",
        name: "市財政局", simplified: "市财政局",
        short: "財政局", simplified_short: "财政局",
        national: ["財政部"],
        simplified_national: ["财政部"],
        provincial: ("省財政廳", "省财政厅"),
    }
    Health {
        id: "health", category: Government,
        english: "Health Commission",
        name: "市衛生健康委員會", simplified: "市卫生健康委员会",
        short: "衛生健康委員會", simplified_short: "卫生健康委员会",
        abbreviations: ["衛健委", "衛生健康委", "衛健局", "衛生健康局"],
        simplified_abbreviations: ["卫健委", "卫生健康委", "卫健局", "卫生健康局"],
        former: [
            ("衛生局", "卫生局", Some(2013)),
            ("人口和計劃生育委員會", "人口和计划生育委员会", Some(2013)),
            ("人口計生委", "人口计生委", Some(2013)),
            (national "衛生部", "卫生部", None, Some(2013)),
            ("衛生和計劃生育委員會", "卫生和计划生育委员会", Some(2018)),
            ("衛計委", "卫计委", Some(2018)),
            ("衛計局", "卫计局", Some(2018)),
            (national "國家衛生計生委", "国家卫生计生委", Some(2013), Some(2018)),
            (national "衛生計生委", "卫生计生委", Some(2013), Some(2018)),
            (national "國家衛生和計劃生育委員會", "国家卫生和计划生育委员会", Some(2013), Some(2018))
        ],
        national: ["國家衛生健康委", "國家衛生健康委員會", "國家衛健委"],
        simplified_national: ["国家卫生健康委", "国家卫生健康委员会", "国家卫健委"],
        provincial: ("省衛生健康委", "省卫生健康委"),
    }
    HumanResourcesSocialSecurity {
        id: "human-resources-social-security", category: Government,
        english: "Human Resources and Social Security Bureau",
        name: "市人力資源和社會保障局", simplified: "市人力资源和社会保障局",
        short: "人力資源和社會保障局", simplified_short: "人力资源和社会保障局",
        abbreviations: ["人社局", "人力社保局", "人力資源社會保障局"],
        simplified_abbreviations: ["人社局", "人力社保局", "人力资源社会保障局"],
        former: [
            ("人事局", "人事局", Some(2008)),
            ("勞動和社會保障局", "劳动和社会保障局", Some(2008)),
            ("勞動保障局", "劳动保障局", Some(2008)),
            (national "人事部", "人事部", None, Some(2008)),
            (national "勞動和社會保障部", "劳动和社会保障部", Some(1998), Some(2008)),
            (national "勞動保障部", "劳动保障部", Some(1998), Some(2008))
        ],
        national: ["人力資源社會保障部", "人力資源和社會保障部", "人社部"],
        simplified_national: ["人力资源社会保障部", "人力资源和社会保障部", "人社部"],
        provincial: ("省人力資源社會保障廳", "省人力资源社会保障厅"),
    }
    CountyGovernments {
        id: "county-governments", category: Collective,
        english: "County-level Governments",
        name: "各縣(市、區)", simplified: "各县(市、区)",
        short: "縣(市、區)", simplified_short: "县(市、区)",
        aliases: ["各縣(市、區)人民政府"],
        simplified_aliases: ["各县(市、区)人民政府"],
        abbreviations: ["各縣市區政府", "各縣(市、區)政府", "各縣市區"],
        simplified_abbreviations: ["各县市区政府", "各县(市、区)政府", "各县市区"],
        members: ["利通區", "紅寺堡區", "青銅峽市", "鹽池縣", "同心縣"],
        note: "One party: the governments of the city's five county-level divisions, 利通區、紅寺堡區、青銅峽市、鹽池縣 and 同心縣 (see [`Department::members`]).",
    }
    HealthcareSecurity {
        id: "healthcare-security", category: Government,
        english: "Healthcare Security Bureau",
        name: "市醫療保障局", simplified: "市医疗保障局",
        short: "醫療保障局", simplified_short: "医疗保障局",
        abbreviations: ["醫保局"],
        simplified_abbreviations: ["医保局"],
        national: ["國家醫保局", "國家醫療保障局"],
        simplified_national: ["国家医保局", "国家医疗保障局"],
    }
    CivilAffairs {
        id: "civil-affairs", category: Government,
        english: "Civil Affairs Bureau",
        name: "市民政局", simplified: "市民政局",
        short: "民政局", simplified_short: "民政局",
        national: ["民政部"],
        simplified_national: ["民政部"],
        provincial: ("省民政廳", "省民政厅"),
    }
    HousingUrbanRural {
        id: "housing-urban-rural", category: Government,
        english: "Housing and Urban-Rural Development Bureau",
        name: "市住房和城鄉建設局", simplified: "市住房和城乡建设局",
        short: "住房和城鄉建設局", simplified_short: "住房和城乡建设局",
        abbreviations: ["住建局", "住房城鄉建設局", "住房和城鄉建設委員會", "住建委"],
        simplified_abbreviations: ["住建局", "住房城乡建设局", "住房和城乡建设委员会", "住建委"],
        former: [
            ("建設局", "建设局", Some(2008)),
            (national "建設部", "建设部", None, Some(2008))
        ],
        national: ["住房城鄉建設部", "住房和城鄉建設部", "住建部"],
        simplified_national: ["住房城乡建设部", "住房和城乡建设部", "住建部"],
        provincial: ("省住房城鄉建設廳", "省住房城乡建设厅"),
    }
    NaturalResources {
        id: "natural-resources", category: Government,
        english: "Natural Resources Bureau",
        name: "市自然資源局", simplified: "市自然资源局",
        short: "自然資源局", simplified_short: "自然资源局",
        abbreviations: ["自然資源和規劃局", "規劃和自然資源局", "資規局"],
        simplified_abbreviations: ["自然资源和规划局", "规划和自然资源局", "资规局"],
        former: [
            ("國土資源局", "国土资源局", Some(2018)),
            ("國土局", "国土局", Some(2018)),
            ("規劃局", "规划局", Some(2018)),
            (national "國土資源部", "国土资源部", Some(1998), Some(2018)),
            (national "國家海洋局", "国家海洋局", None, Some(2018))
        ],
        national: ["自然資源部"],
        simplified_national: ["自然资源部"],
        provincial: ("省自然資源廳", "省自然资源厅"),
    }
    AgricultureRural {
        id: "agriculture-rural", category: Government,
        english: "Agriculture and Rural Affairs Bureau",
        name: "市農業農村局", simplified: "市农业农村局",
        short: "農業農村局", simplified_short: "农业农村局",
        abbreviations: ["農業農村委員會", "農業農村委", "農牧局"],
        simplified_abbreviations: ["农业农村委员会", "农业农村委", "农牧局"],
        former: [
            ("農業局", "农业局", Some(2018)),
            ("農業委員會", "农业委员会", Some(2018)),
            ("農委", "农委", Some(2018)),
            (national "農業部", "农业部", None, Some(2018))
        ],
        national: ["農業農村部"],
        simplified_national: ["农业农村部"],
        provincial: ("省農業農村廳", "省农业农村厅"),
    }
    RuralRevitalization {
        id: "rural-revitalization", category: Government,
        english: "Rural Revitalization Bureau",
        name: "市鄉村振興局", simplified: "市乡村振兴局",
        short: "鄉村振興局", simplified_short: "乡村振兴局",
        former: [
            ("扶貧開發辦公室", "扶贫开发办公室", Some(2021)),
            ("扶貧辦", "扶贫办", Some(2021)),
            (national "國務院扶貧辦", "国务院扶贫办", Some(1986), Some(2021)),
            (national "國務院扶貧開發領導小組辦公室", "国务院扶贫开发领导小组办公室", Some(1986), Some(2021))
        ],
        national: ["國家鄉村振興局"],
        simplified_national: ["国家乡村振兴局"],
    }
    Publicity {
        id: "publicity", category: Party,
        english: "Publicity Department",
        name: "市委宣傳部", simplified: "市委宣传部",
        short: "宣傳部", simplified_short: "宣传部",
        national: ["中央宣傳部", "中宣部"],
        simplified_national: ["中央宣传部", "中宣部"],
        provincial: ("省委宣傳部", "省委宣传部"),
        note: "The publicity department of the municipal Party committee.",
    }
    CultureTourismSports {
        id: "culture-tourism-sports", category: Government,
        english: "Culture, Tourism, Sports, Radio and Television Bureau",
        name: "市文化旅遊體育廣電局", simplified: "市文化旅游体育广电局",
        short: "文化旅遊體育廣電局", simplified_short: "文化旅游体育广电局",
        abbreviations: ["文旅局", "文廣旅體局"],
        simplified_abbreviations: ["文旅局", "文广旅体局"],
        former: [
            ("文化局", "文化局", Some(2018)),
            ("旅遊局", "旅游局", Some(2018)),
            ("文化廣電新聞出版局", "文化广电新闻出版局", Some(2018)),
            ("文廣新局", "文广新局", Some(2018))
        ],
    }
    DisabledPersonsFederation {
        id: "disabled-persons-federation", category: People,
        english: "Disabled Persons Federation",
        name: "市殘聯", simplified: "市残联",
        short: "殘聯", simplified_short: "残联",
        abbreviations: ["殘疾人聯合會"],
        simplified_abbreviations: ["残疾人联合会"],
        national: ["中國殘聯", "中國殘疾人聯合會"],
        simplified_national: ["中国残联", "中国残疾人联合会"],
    }
    VeteransAffairs {
        id: "veterans-affairs", category: Government,
        english: "Veterans Affairs Bureau",
        name: "市退役軍人事務局", simplified: "市退役军人事务局",
        short: "退役軍人事務局", simplified_short: "退役军人事务局",
        abbreviations: ["退役軍人局"],
        simplified_abbreviations: ["退役军人局"],
        national: ["退役軍人事務部", "退役軍人部"],
        simplified_national: ["退役军人事务部", "退役军人部"],
        provincial: ("省退役軍人事務廳", "省退役军人事务厅"),
    }
    Justice {
        id: "justice", category: Government,
        english: "Justice Bureau",
        name: "市司法局", simplified: "市司法局",
        short: "司法局", simplified_short: "司法局",
        former: [
            ("政府法制辦公室", "政府法制办公室", Some(2018)),
            ("法制辦", "法制办", Some(2018)),
            (national "國務院法制辦", "国务院法制办", Some(1998), Some(2018)),
            (national "國務院法制辦公室", "国务院法制办公室", Some(1998), Some(2018))
        ],
        national: ["司法部"],
        simplified_national: ["司法部"],
        provincial: ("省司法廳", "省司法厅"),
    }
    DevelopmentReform {
        id: "development-reform", category: Government,
        english: "Development and Reform Commission",
        name: "市發展和改革委員會", simplified: "市发展和改革委员会",
        short: "發展和改革委員會", simplified_short: "发展和改革委员会",
        aliases: ["市發展和改革委", "市發展改革委"],
        simplified_aliases: ["市发展和改革委", "市发展改革委"],
        abbreviations: ["發改委", "發展改革委", "發展和改革局", "發改局"],
        simplified_abbreviations: ["发改委", "发展改革委", "发展和改革局", "发改局"],
        former: [
            ("計劃委員會", "计划委员会", Some(1998)),
            ("發展計劃委員會", "发展计划委员会", Some(2003)),
            ("計委", "计委", Some(2003)),
            (national "國家計委", "国家计委", None, Some(2003)),
            (national "國家發展計劃委員會", "国家发展计划委员会", Some(1998), Some(2003))
        ],
        national: ["國家發展改革委", "國家發展和改革委員會", "國家發改委"],
        simplified_national: ["国家发展改革委", "国家发展和改革委员会", "国家发改委"],
        provincial: ("省發展改革委", "省发展改革委"),
    }
    HousingProvidentFund {
        id: "housing-provident-fund", category: Institution,
        english: "Housing Provident Fund Management Center",
        name: "市住房公積金管理中心", simplified: "市住房公积金管理中心",
        short: "住房公積金管理中心", simplified_short: "住房公积金管理中心",
        abbreviations: ["住房公積金中心", "公積金中心", "公積金管理中心"],
        simplified_abbreviations: ["住房公积金中心", "公积金中心", "公积金管理中心"],
    }
    StateAssets {
        id: "state-assets", category: Government,
        english: "State-owned Assets Supervision and Administration Commission",
        name: "市國有資產監督管理委員會", simplified: "市国有资产监督管理委员会",
        short: "國有資產監督管理委員會", simplified_short: "国有资产监督管理委员会",
        abbreviations: ["國資委", "國資局"],
        simplified_abbreviations: ["国资委", "国资局"],
        national: ["國務院國資委"],
        simplified_national: ["国务院国资委"],
        provincial: ("省國資委", "省国资委"),
    }
    BankingInsuranceRegulation {
        id: "banking-insurance-regulation", category: Vertical,
        english: "Wuzhong Banking and Insurance Regulatory Branch",
        name: "吳忠銀保監分局", simplified: "吴忠银保监分局",
        short: "銀保監分局", simplified_short: "银保监分局",
        abbreviations: ["銀保監局", "金融監管分局"],
        simplified_abbreviations: ["银保监局", "金融监管分局"],
        former: [
            ("銀監分局", "银监分局", Some(2018)),
            ("銀監局", "银监局", Some(2018)),
            ("保監局", "保监局", Some(2018)),
            (national "銀監會", "银监会", Some(2003), Some(2018)),
            (national "中國銀監會", "中国银监会", Some(2003), Some(2018)),
            (national "保監會", "保监会", Some(1998), Some(2018)),
            (national "中國保監會", "中国保监会", Some(1998), Some(2018))
        ],
        national: ["銀保監會", "中國銀保監會", "中國銀行保險監督管理委員會", "金融監管總局", "國家金融監督管理總局"],
        simplified_national: ["银保监会", "中国银保监会", "中国银行保险监督管理委员会", "金融监管总局", "国家金融监督管理总局"],
        note: "The Wuzhong branch of the national banking and insurance regulator; its name has its own prefix, not `市`.",
    }
    NewsMediaCenter {
        id: "news-media-center", category: Institution,
        english: "News Media Center",
        name: "市新聞傳媒中心", simplified: "市新闻传媒中心",
        short: "新聞傳媒中心", simplified_short: "新闻传媒中心",
    }
    CommerceInvestment {
        id: "commerce-investment", category: Government,
        english: "Commerce and Investment Promotion Bureau",
        name: "市商務和投資促進局", simplified: "市商务和投资促进局",
        short: "商務和投資促進局", simplified_short: "商务和投资促进局",
    }
    MarketRegulation {
        id: "market-regulation", category: Government,
        english: "Market Regulation Bureau",
        name: "市市場監督管理局", simplified: "市市场监督管理局",
        short: "市場監督管理局", simplified_short: "市场监督管理局",
        abbreviations: ["市場監管局", "市監局"],
        simplified_abbreviations: ["市场监管局", "市监局"],
        former: [
            ("工商行政管理局", "工商行政管理局", Some(2018)),
            ("工商局", "工商局", Some(2018)),
            ("質量技術監督局", "质量技术监督局", Some(2018)),
            ("質監局", "质监局", Some(2018)),
            ("食品藥品監督管理局", "食品药品监督管理局", Some(2018)),
            ("食藥監局", "食药监局", Some(2018)),
            (national "國家工商總局", "国家工商总局", Some(2001), Some(2018)),
            (national "工商總局", "工商总局", Some(2001), Some(2018)),
            (national "國家工商行政管理總局", "国家工商行政管理总局", Some(2001), Some(2018)),
            (national "質檢總局", "质检总局", Some(2001), Some(2018)),
            (national "國家質檢總局", "国家质检总局", Some(2001), Some(2018)),
            (national "國家質量監督檢驗檢疫總局", "国家质量监督检验检疫总局", Some(2001), Some(2018)),
            (national "食藥監總局", "食药监总局", Some(2013), Some(2018)),
            (national "國家食品藥品監督管理總局", "国家食品药品监督管理总局", Some(2013), Some(2018))
        ],
        national: ["市場監管總局", "國家市場監督管理總局", "國家市場監管總局"],
        simplified_national: ["市场监管总局", "国家市场监督管理总局", "国家市场监管总局"],
        note: "The text writes it `市場監督管理局` after a `市`-prefixed item, so its `市` is the carried prefix: the name begins `市市場`.",
    }
    PoliticalLegalAffairs {
        id: "political-legal-affairs", category: Party,
        english: "Political and Legal Affairs Commission",
        name: "市委政法委", simplified: "市委政法委",
        short: "政法委", simplified_short: "政法委",
        abbreviations: ["政法委員會"],
        simplified_abbreviations: ["政法委员会"],
        national: ["中央政法委"],
        simplified_national: ["中央政法委"],
        provincial: ("省委政法委", "省委政法委"),
        note: "The political and legal affairs commission of the municipal Party committee.",
    }
    GovernmentServicesCenter {
        id: "government-services-center", category: Institution,
        english: "Government Services Center",
        name: "市政務服務中心", simplified: "市政务服务中心",
        short: "政務服務中心", simplified_short: "政务服务中心",
        abbreviations: ["政務中心", "行政服務中心"],
        simplified_abbreviations: ["政务中心", "行政服务中心"],
    }
    GovernmentOffice {
        id: "government-office", category: Government,
        english: "General Office of the Municipal Government",
        name: "市政府辦", simplified: "市政府办",
        short: "政府辦", simplified_short: "政府办",
        aliases: ["吳忠市人民政府辦公室"],
        simplified_aliases: ["吴忠市人民政府办公室"],
        abbreviations: ["政府辦公室", "人民政府辦公室", "政府辦公廳", "人民政府辦公廳"],
        simplified_abbreviations: ["政府办公室", "人民政府办公室", "政府办公厅", "人民政府办公厅"],
        national: ["國務院辦公廳"],
        simplified_national: ["国务院办公厅"],
        provincial: ("省政府辦公廳", "省政府办公厅"),
        note: "The plan's issuer, `吳忠市人民政府辦公室`, is this office.",
    }
    CyberspaceAffairs {
        id: "cyberspace-affairs", category: Party,
        english: "Cyberspace Affairs Office",
        name: "市委網信辦", simplified: "市委网信办",
        short: "網信辦", simplified_short: "网信办",
        abbreviations: ["網絡安全和信息化委員會辦公室"],
        simplified_abbreviations: ["网络安全和信息化委员会办公室"],
        national: ["中央網信辦", "國家網信辦"],
        simplified_national: ["中央网信办", "国家网信办"],
        provincial: ("省委網信辦", "省委网信办"),
        note: "The cyberspace affairs office of the municipal Party committee.",
    }
    FinancialWork {
        id: "financial-work", category: Government,
        english: "Financial Work Bureau",
        name: "市金融工作局", simplified: "市金融工作局",
        short: "金融工作局", simplified_short: "金融工作局",
        abbreviations: ["地方金融監督管理局", "地方金融監管局", "地方金融管理局", "金融局"],
        simplified_abbreviations: ["地方金融监督管理局", "地方金融监管局", "地方金融管理局", "金融局"],
        former: [("金融工作辦公室", "金融工作办公室", None), ("金融辦", "金融办", None)],
    }
    ScienceTechnology {
        id: "science-technology", category: Government,
        english: "Science and Technology Bureau",
        name: "市科學技術局", simplified: "市科学技术局",
        short: "科學技術局", simplified_short: "科学技术局",
        abbreviations: ["科技局", "科學技術委員會", "科委", "科信局", "科學技術和信息化局"],
        simplified_abbreviations: ["科技局", "科学技术委员会", "科委", "科信局", "科学技术和信息化局"],
        national: ["科技部", "科學技術部"],
        simplified_national: ["科技部", "科学技术部"],
        provincial: ("省科技廳", "省科技厅"),
    }
    IndustryInformationTechnology {
        id: "industry-information-technology", category: Government,
        english: "Industry and Information Technology Bureau",
        name: "市工業和信息化局", simplified: "市工业和信息化局",
        short: "工業和信息化局", simplified_short: "工业和信息化局",
        abbreviations: ["工信局", "經信局", "經濟和信息化局", "工業和信息化委員會", "工信委", "科信局", "科學技術和信息化局"],
        simplified_abbreviations: ["工信局", "经信局", "经济和信息化局", "工业和信息化委员会", "工信委", "科信局", "科学技术和信息化局"],
        former: [("經濟和信息化委員會", "经济和信息化委员会", Some(2018)), ("經信委", "经信委", Some(2018))],
        national: ["工業和信息化部", "工信部"],
        simplified_national: ["工业和信息化部", "工信部"],
        provincial: ("省經濟和信息化廳", "省经济和信息化厅"),
    }
    PublicSecurity {
        id: "public-security", category: Government,
        english: "Public Security Bureau",
        name: "市公安局", simplified: "市公安局",
        short: "公安局", simplified_short: "公安局",
        national: ["公安部"],
        simplified_national: ["公安部"],
        provincial: ("省公安廳", "省公安厅"),
    }
    EcologyEnvironment {
        id: "ecology-environment", category: Government,
        english: "Ecology and Environment Bureau",
        name: "市生態環境局", simplified: "市生态环境局",
        short: "生態環境局", simplified_short: "生态环境局",
        former: [
            ("環境保護局", "环境保护局", Some(2018)),
            ("環保局", "环保局", Some(2018)),
            (national "環境保護部", "环境保护部", Some(2008), Some(2018)),
            (national "環保部", "环保部", Some(2008), Some(2018))
        ],
        national: ["生態環境部"],
        simplified_national: ["生态环境部"],
        provincial: ("省生態環境廳", "省生态环境厅"),
    }
    Transport {
        id: "transport", category: Government,
        english: "Transport Bureau",
        name: "市交通運輸局", simplified: "市交通运输局",
        short: "交通運輸局", simplified_short: "交通运输局",
        abbreviations: ["交通局", "交通運輸委員會", "交通委"],
        simplified_abbreviations: ["交通局", "交通运输委员会", "交通委"],
        national: ["交通運輸部"],
        simplified_national: ["交通运输部"],
        provincial: ("省交通運輸廳", "省交通运输厅"),
    }
    WaterResources {
        id: "water-resources", category: Government,
        english: "Water Resources Bureau",
        name: "市水利局", simplified: "市水利局",
        short: "水利局", simplified_short: "水利局",
        abbreviations: ["水務局"],
        simplified_abbreviations: ["水务局"],
        national: ["水利部"],
        simplified_national: ["水利部"],
        provincial: ("省水利廳", "省水利厅"),
    }
    Commerce {
        id: "commerce", category: Government,
        english: "Commerce Bureau",
        name: "市商務局", simplified: "市商务局",
        short: "商務局", simplified_short: "商务局",
        abbreviations: ["商務委員會", "商務委"],
        simplified_abbreviations: ["商务委员会", "商务委"],
        national: ["商務部"],
        simplified_national: ["商务部"],
        provincial: ("省商務廳", "省商务厅"),
    }
    CultureTourism {
        id: "culture-tourism", category: Government,
        english: "Culture and Tourism Bureau",
        name: "市文化和旅遊局", simplified: "市文化和旅游局",
        short: "文化和旅遊局", simplified_short: "文化和旅游局",
        abbreviations: ["文旅局", "文化旅遊局", "文化廣電和旅遊局", "文化廣電旅遊局", "文廣旅局", "文旅委", "文旅廣電局"],
        simplified_abbreviations: ["文旅局", "文化旅游局", "文化广电和旅游局", "文化广电旅游局", "文广旅局", "文旅委", "文旅广电局"],
        former: [
            ("文化局", "文化局", Some(2018)),
            ("旅遊局", "旅游局", Some(2018)),
            ("旅遊發展委員會", "旅游发展委员会", Some(2018)),
            ("旅發委", "旅发委", Some(2018)),
            ("文化廣電新聞出版局", "文化广电新闻出版局", Some(2018)),
            ("文廣新局", "文广新局", Some(2018)),
            (national "文化部", "文化部", None, Some(2018)),
            (national "國家旅遊局", "国家旅游局", None, Some(2018))
        ],
        national: ["文化和旅遊部", "文旅部"],
        simplified_national: ["文化和旅游部", "文旅部"],
        provincial: ("省文化和旅遊廳", "省文化和旅游厅"),
    }
    EmergencyManagement {
        id: "emergency-management", category: Government,
        english: "Emergency Management Bureau",
        name: "市應急管理局", simplified: "市应急管理局",
        short: "應急管理局", simplified_short: "应急管理局",
        abbreviations: ["應急局"],
        simplified_abbreviations: ["应急局"],
        former: [
            ("安全生產監督管理局", "安全生产监督管理局", Some(2018)),
            ("安監局", "安监局", Some(2018)),
            (national "安監總局", "安监总局", Some(2005), Some(2018)),
            (national "國家安全監管總局", "国家安全监管总局", Some(2005), Some(2018)),
            (national "國家安全生產監督管理總局", "国家安全生产监督管理总局", Some(2005), Some(2018))
        ],
        national: ["應急管理部", "應急部"],
        simplified_national: ["应急管理部", "应急部"],
        provincial: ("省應急管理廳", "省应急管理厅"),
    }
    Audit {
        id: "audit", category: Government,
        english: "Audit Bureau",
        name: "市審計局", simplified: "市审计局",
        short: "審計局", simplified_short: "审计局",
        national: ["審計署"],
        simplified_national: ["审计署"],
        provincial: ("省審計廳", "省审计厅"),
    }
    Statistics {
        id: "statistics", category: Government,
        english: "Statistics Bureau",
        name: "市統計局", simplified: "市统计局",
        short: "統計局", simplified_short: "统计局",
        national: ["國家統計局"],
        simplified_national: ["国家统计局"],
    }
    Sports {
        id: "sports", category: Government,
        english: "Sports Bureau",
        name: "市體育局", simplified: "市体育局",
        short: "體育局", simplified_short: "体育局",
        abbreviations: ["教體局", "教育和體育局"],
        simplified_abbreviations: ["教体局", "教育和体育局"],
        former: [("體育運動委員會", "体育运动委员会", Some(1998)), ("體委", "体委", Some(1998))],
        national: ["體育總局", "國家體育總局"],
        simplified_national: ["体育总局", "国家体育总局"],
    }
    ForestryGrassland {
        id: "forestry-grassland", category: Government,
        english: "Forestry and Grassland Bureau",
        name: "市林業和草原局", simplified: "市林业和草原局",
        short: "林業和草原局", simplified_short: "林业和草原局",
        abbreviations: ["林草局"],
        simplified_abbreviations: ["林草局"],
        former: [
            ("林業局", "林业局", Some(2018)),
            (national "國家林業局", "国家林业局", None, Some(2018))
        ],
        national: ["國家林草局", "國家林業和草原局"],
        simplified_national: ["国家林草局", "国家林业和草原局"],
    }
    LettersCalls {
        id: "letters-calls", category: Government,
        english: "Letters and Calls Bureau",
        name: "市信訪局", simplified: "市信访局",
        short: "信訪局", simplified_short: "信访局",
        abbreviations: ["信訪辦", "信訪辦公室"],
        simplified_abbreviations: ["信访办", "信访办公室"],
        national: ["國家信訪局"],
        simplified_national: ["国家信访局"],
    }
    AdministrativeApproval {
        id: "administrative-approval", category: Government,
        english: "Administrative Approval Bureau",
        name: "市行政審批局", simplified: "市行政审批局",
        short: "行政審批局", simplified_short: "行政审批局",
        abbreviations: ["審批局", "行政審批服務局", "審批服務管理局", "審批服務局"],
        simplified_abbreviations: ["审批局", "行政审批服务局", "审批服务管理局", "审批服务局"],
    }
    GovernmentServicesAdministration {
        id: "government-services-administration", category: Government,
        english: "Government Services Administration Bureau",
        name: "市政務服務管理局", simplified: "市政务服务管理局",
        short: "政務服務管理局", simplified_short: "政务服务管理局",
        abbreviations: ["政務服務局", "政務服務和大數據管理局", "政務服務數據管理局", "政數局"],
        simplified_abbreviations: ["政务服务局", "政务服务和大数据管理局", "政务服务数据管理局", "政数局"],
    }
    BigData {
        id: "big-data", category: Government,
        english: "Big Data Administration Bureau",
        name: "市大數據管理局", simplified: "市大数据管理局",
        short: "大數據管理局", simplified_short: "大数据管理局",
        abbreviations: ["大數據局", "大數據發展管理局", "數據局", "政務服務和大數據管理局", "政務服務數據管理局", "政數局"],
        simplified_abbreviations: ["大数据局", "大数据发展管理局", "数据局", "政务服务和大数据管理局", "政务服务数据管理局", "政数局"],
    }
    UrbanManagement {
        id: "urban-management", category: Government,
        english: "Urban Management Bureau",
        name: "市城市管理局", simplified: "市城市管理局",
        short: "城市管理局", simplified_short: "城市管理局",
        abbreviations: ["城管局", "城市管理綜合執法局", "城市管理和綜合執法局", "城市管理行政執法局", "城市管理委員會", "城管委", "城管執法局"],
        simplified_abbreviations: ["城管局", "城市管理综合执法局", "城市管理和综合执法局", "城市管理行政执法局", "城市管理委员会", "城管委", "城管执法局"],
    }
    EthnicReligiousAffairs {
        id: "ethnic-religious-affairs", category: Government,
        english: "Ethnic and Religious Affairs Bureau",
        name: "市民族宗教事務局", simplified: "市民族宗教事务局",
        short: "民族宗教事務局", simplified_short: "民族宗教事务局",
        abbreviations: ["民宗局", "民族宗教事務委員會", "民宗委", "民族事務委員會"],
        simplified_abbreviations: ["民宗局", "民族宗教事务委员会", "民宗委", "民族事务委员会"],
        national: ["國家民委", "國家民族事務委員會"],
        simplified_national: ["国家民委", "国家民族事务委员会"],
    }
    ForeignAffairs {
        id: "foreign-affairs", category: Government,
        english: "Foreign Affairs Office",
        name: "市外事辦公室", simplified: "市外事办公室",
        short: "外事辦公室", simplified_short: "外事办公室",
        abbreviations: ["外事辦", "外辦", "外事僑務辦公室", "外僑辦", "外事工作委員會辦公室"],
        simplified_abbreviations: ["外事办", "外办", "外事侨务办公室", "外侨办", "外事工作委员会办公室"],
        national: ["外交部"],
        simplified_national: ["外交部"],
        note: "Since the 2018 reform also the office of the Party committee's foreign affairs commission; plans still write `市外事辦公室` or `市外辦`.",
    }
    CivilAirDefense {
        id: "civil-air-defense", category: Government,
        english: "Civil Air Defense Office",
        name: "市人民防空辦公室", simplified: "市人民防空办公室",
        short: "人民防空辦公室", simplified_short: "人民防空办公室",
        abbreviations: ["人防辦", "國防動員辦公室", "國動辦"],
        simplified_abbreviations: ["人防办", "国防动员办公室", "国动办"],
        note: "The reform of 2023 turned the offices into national defence mobilisation offices (`國防動員辦公室`), listed as abbreviations so that either name finds the kind.",
    }
    GovernmentOfficesAdministration {
        id: "government-offices-administration", category: Government,
        english: "Government Offices Administration Bureau",
        name: "市機關事務管理局", simplified: "市机关事务管理局",
        short: "機關事務管理局", simplified_short: "机关事务管理局",
        abbreviations: ["機關事務局", "機關事務服務中心"],
        simplified_abbreviations: ["机关事务局", "机关事务服务中心"],
    }
    GrainReserves {
        id: "grain-reserves", category: Government,
        english: "Grain and Material Reserves Bureau",
        name: "市糧食和物資儲備局", simplified: "市粮食和物资储备局",
        short: "糧食和物資儲備局", simplified_short: "粮食和物资储备局",
        abbreviations: ["糧儲局"],
        simplified_abbreviations: ["粮储局"],
        former: [
            ("糧食局", "粮食局", Some(2018)),
            (national "國家糧食局", "国家粮食局", None, Some(2018))
        ],
        national: ["國家糧食和儲備局", "國家糧食和物資儲備局"],
        simplified_national: ["国家粮食和储备局", "国家粮食和物资储备局"],
    }
    MedicalProducts {
        id: "medical-products", category: Government,
        english: "Medical Products Administration",
        name: "藥品監督管理局", simplified: "药品监督管理局",
        short: "藥品監督管理局", simplified_short: "药品监督管理局",
        abbreviations: ["藥監局"],
        simplified_abbreviations: ["药监局"],
        national: ["國家藥監局", "國家藥品監督管理局"],
        simplified_national: ["国家药监局", "国家药品监督管理局"],
        note: "A province's and the State Council's; a State Council document writes `藥監局` alone.",
    }
    CulturalHeritage {
        id: "cultural-heritage", category: Government,
        english: "Cultural Heritage Administration",
        name: "文物局", simplified: "文物局",
        short: "文物局", simplified_short: "文物局",
        national: ["國家文物局"],
        simplified_national: ["国家文物局"],
    }
    Copyright {
        id: "copyright", category: Government,
        english: "Copyright Administration",
        name: "版權局", simplified: "版权局",
        short: "版權局", simplified_short: "版权局",
        national: ["國家版權局"],
        simplified_national: ["国家版权局"],
    }
    IntellectualProperty {
        id: "intellectual-property", category: Government,
        english: "Intellectual Property Administration",
        name: "市知識產權局", simplified: "市知识产权局",
        short: "知識產權局", simplified_short: "知识产权局",
        national: ["國家知識產權局", "國知局"],
        simplified_national: ["国家知识产权局", "国知局"],
    }
    Energy {
        id: "energy", category: Government,
        english: "Energy Administration",
        name: "能源局", simplified: "能源局",
        short: "能源局", simplified_short: "能源局",
        national: ["國家能源局"],
        simplified_national: ["国家能源局"],
    }
    RadioTelevisionAdministration {
        id: "radio-television-administration", category: Government,
        english: "Radio and Television Administration",
        name: "廣播電視局", simplified: "广播电视局",
        short: "廣播電視局", simplified_short: "广播电视局",
        abbreviations: ["廣電局"],
        simplified_abbreviations: ["广电局"],
        former: [
            (national "廣電總局", "广电总局", Some(1998), Some(2013)),
            (national "新聞出版廣電總局", "新闻出版广电总局", Some(2013), Some(2018)),
            (national "國家新聞出版廣電總局", "国家新闻出版广电总局", Some(2013), Some(2018))
        ],
        national: ["廣電總局", "國家廣電總局", "國家廣播電視總局"],
        simplified_national: ["广电总局", "国家广电总局", "国家广播电视总局"],
        note: "The government's administration, not a broadcaster ([`Department::RadioTelevision`]).",
    }
    TraditionalChineseMedicine {
        id: "traditional-chinese-medicine", category: Government,
        english: "Administration of Traditional Chinese Medicine",
        name: "市中醫藥管理局", simplified: "市中医药管理局",
        short: "中醫藥管理局", simplified_short: "中医药管理局",
        abbreviations: ["中醫藥局"],
        simplified_abbreviations: ["中医药局"],
        national: ["國家中醫藥局", "國家中醫藥管理局"],
        simplified_national: ["国家中医药局", "国家中医药管理局"],
    }
    DevelopmentZoneCommittees {
        id: "development-zone-committees", category: Government,
        english: "Administrative Committee of a Development Zone",
        name: "管委會", simplified: "管委会",
        short: "管委會", simplified_short: "管委会",
        abbreviations: ["管理委員會"],
        simplified_abbreviations: ["管理委员会"],
        note: "The administrative committee that governs a development zone, high-tech zone or new district on the government's behalf, named by the zone and the ending (`高新區管委會`, `麗水開發區管委會`): whatever stands before the ending is the zone's name, and a level word it begins with its level.",
    }
    OrganizationDepartment {
        id: "organization-department", category: Party,
        english: "Organization Department",
        name: "市委組織部", simplified: "市委组织部",
        short: "組織部", simplified_short: "组织部",
        national: ["中央組織部", "中組部"],
        simplified_national: ["中央组织部", "中组部"],
        provincial: ("省委組織部", "省委组织部"),
        note: "The organization department of the municipal Party committee.",
    }
    UnitedFront {
        id: "united-front", category: Party,
        english: "United Front Work Department",
        name: "市委統戰部", simplified: "市委统战部",
        short: "統戰部", simplified_short: "统战部",
        abbreviations: ["統一戰線工作部"],
        simplified_abbreviations: ["统一战线工作部"],
        national: ["中央統戰部"],
        simplified_national: ["中央统战部"],
        provincial: ("省委統戰部", "省委统战部"),
        note: "The united front work department of the municipal Party committee.",
    }
    DisciplineInspection {
        id: "discipline-inspection-supervision", category: Party,
        english: "Commission for Discipline Inspection and Supervisory Commission",
        name: "市紀委監委", simplified: "市纪委监委",
        short: "紀委監委", simplified_short: "纪委监委",
        abbreviations: ["紀委", "監委", "紀律檢查委員會", "監察委員會"],
        simplified_abbreviations: ["纪委", "监委", "纪律检查委员会", "监察委员会"],
        former: [
            ("監察局", "监察局", Some(2018)),
            (national "監察部", "监察部", None, Some(2018))
        ],
        national: ["中央紀委國家監委", "中央紀委", "國家監委"],
        simplified_national: ["中央纪委国家监委", "中央纪委", "国家监委"],
        provincial: ("省紀委監委", "省纪委监委"),
        note: "The Party's commission for discipline inspection and the state's supervisory commission, one body since the 2018 reform, which replaced the government's `監察局`.",
    }
    RuralWorkOffice {
        id: "rural-work-office", category: Party,
        english: "Rural Work Office",
        name: "市委農辦", simplified: "市委农办",
        short: "農辦", simplified_short: "农办",
        abbreviations: ["農村工作領導小組辦公室", "農村工作辦公室", "農工辦"],
        simplified_abbreviations: ["农村工作领导小组办公室", "农村工作办公室", "农工办"],
        national: ["中央農辦"],
        simplified_national: ["中央农办"],
        note: "The office of the municipal Party committee's rural work leading group; since the 2018 reform it sits in the 農業農村局.",
    }
    PartySchool {
        id: "party-school", category: Party,
        english: "Party School",
        name: "市委黨校", simplified: "市委党校",
        short: "黨校", simplified_short: "党校",
        abbreviations: ["行政學院"],
        simplified_abbreviations: ["行政学院"],
        national: ["中央黨校"],
        simplified_national: ["中央党校"],
        note: "The municipal Party committee's school, which is also the city's `行政學院`.",
    }
    PolicyResearch {
        id: "policy-research", category: Party,
        english: "Policy Research Office",
        name: "市委政策研究室", simplified: "市委政策研究室",
        short: "政策研究室", simplified_short: "政策研究室",
        abbreviations: ["政研室"],
        simplified_abbreviations: ["政研室"],
        national: ["中央政策研究室"],
        simplified_national: ["中央政策研究室"],
        note: "The policy research office of the municipal Party committee.",
    }
    DeepeningReformOffice {
        id: "deepening-reform-office", category: Party,
        english: "Office of the Commission for Deepening Reform",
        name: "市委改革辦", simplified: "市委改革办",
        short: "改革辦", simplified_short: "改革办",
        abbreviations: ["深改辦", "全面深化改革委員會辦公室"],
        simplified_abbreviations: ["深改办", "全面深化改革委员会办公室"],
        national: ["中央改革辦"],
        simplified_national: ["中央改革办"],
        note: "The office of the municipal Party committee's commission for comprehensively deepening reform.",
    }
    VeteranCadres {
        id: "veteran-cadres", category: Party,
        english: "Veteran Cadres Bureau",
        name: "市委老幹部局", simplified: "市委老干部局",
        short: "老幹部局", simplified_short: "老干部局",
        note: "The bureau of the municipal Party committee that serves retired cadres.",
    }
    SocialWork {
        id: "social-work-department", category: Party,
        english: "Social Work Department",
        name: "市委社會工作部", simplified: "市委社会工作部",
        short: "社會工作部", simplified_short: "社会工作部",
        abbreviations: ["社工部"],
        simplified_abbreviations: ["社工部"],
        national: ["中央社會工作部"],
        simplified_national: ["中央社会工作部"],
        note: "The social work department of the municipal Party committee, created by the reform of 2023.",
    }
    TradeUnions {
        id: "trade-unions", category: People,
        english: "Federation of Trade Unions",
        name: "市總工會", simplified: "市总工会",
        short: "總工會", simplified_short: "总工会",
        national: ["全國總工會"],
        simplified_national: ["全国总工会"],
    }
    YouthLeague {
        id: "youth-league", category: People,
        english: "Communist Youth League Committee",
        name: "共青團市委", simplified: "共青团市委",
        short: "共青團市委", simplified_short: "共青团市委",
        abbreviations: ["團市委", "團委", "團縣委", "團區委", "團省委", "共青團"],
        simplified_abbreviations: ["团市委", "团委", "团县委", "团区委", "团省委", "共青团"],
        national: ["共青團中央", "團中央"],
        simplified_national: ["共青团中央", "团中央"],
        note: "The level is inside the name (`共青團銀川市委`, `團市委`, `團縣委`), so the name has no prefix to strip and the short name is the name.",
    }
    WomensFederation {
        id: "womens-federation", category: People,
        english: "Women's Federation",
        name: "市婦聯", simplified: "市妇联",
        short: "婦聯", simplified_short: "妇联",
        abbreviations: ["婦女聯合會"],
        simplified_abbreviations: ["妇女联合会"],
        national: ["全國婦聯"],
        simplified_national: ["全国妇联"],
    }
    ScienceTechnologyAssociation {
        id: "science-technology-association", category: People,
        english: "Association for Science and Technology",
        name: "市科協", simplified: "市科协",
        short: "科協", simplified_short: "科协",
        abbreviations: ["科學技術協會"],
        simplified_abbreviations: ["科学技术协会"],
        national: ["中國科協"],
        simplified_national: ["中国科协"],
    }
    IndustryCommerceFederation {
        id: "industry-commerce-federation", category: People,
        english: "Federation of Industry and Commerce",
        name: "市工商聯", simplified: "市工商联",
        short: "工商聯", simplified_short: "工商联",
        abbreviations: ["工商業聯合會", "總商會"],
        simplified_abbreviations: ["工商业联合会", "总商会"],
        national: ["全國工商聯"],
        simplified_national: ["全国工商联"],
    }
    RedCross {
        id: "red-cross", category: People,
        english: "Red Cross Society",
        name: "市紅十字會", simplified: "市红十字会",
        short: "紅十字會", simplified_short: "红十字会",
        national: ["中國紅十字會總會"],
        simplified_national: ["中国红十字会总会"],
    }
    ReturnedOverseasChinese {
        id: "returned-overseas-chinese-federation", category: People,
        english: "Federation of Returned Overseas Chinese",
        name: "市僑聯", simplified: "市侨联",
        short: "僑聯", simplified_short: "侨联",
        abbreviations: ["歸國華僑聯合會"],
        simplified_abbreviations: ["归国华侨联合会"],
        national: ["中國僑聯"],
        simplified_national: ["中国侨联"],
    }
    LiteraryArt {
        id: "literary-art-federation", category: People,
        english: "Federation of Literary and Art Circles",
        name: "市文聯", simplified: "市文联",
        short: "文聯", simplified_short: "文联",
        abbreviations: ["文學藝術界聯合會"],
        simplified_abbreviations: ["文学艺术界联合会"],
        national: ["中國文聯"],
        simplified_national: ["中国文联"],
    }
    TradePromotion {
        id: "trade-promotion", category: People,
        english: "Council for the Promotion of International Trade",
        name: "市貿促會", simplified: "市贸促会",
        short: "貿促會", simplified_short: "贸促会",
        abbreviations: ["國際貿易促進委員會", "貿易促進委員會"],
        simplified_abbreviations: ["国际贸易促进委员会", "贸易促进委员会"],
        national: ["中國貿促會", "中國國際貿易促進委員會"],
        simplified_national: ["中国贸促会", "中国国际贸易促进委员会"],
    }
    IntermediateCourt {
        id: "intermediate-court", category: Judicial,
        english: "Intermediate People's Court",
        name: "市中級人民法院", simplified: "市中级人民法院",
        short: "中級人民法院", simplified_short: "中级人民法院",
        abbreviations: ["中院", "中級法院"],
        simplified_abbreviations: ["中院", "中级法院"],
    }
    BasicCourt {
        id: "basic-court", category: Judicial,
        english: "Basic People's Court",
        name: "縣人民法院", simplified: "县人民法院",
        short: "人民法院", simplified_short: "人民法院",
        abbreviations: ["基層人民法院", "基層法院"],
        simplified_abbreviations: ["基层人民法院", "基层法院"],
        note: "The court of a county, district or county-level city (`利通區人民法院`); a city's court is the [`Department::IntermediateCourt`].",
    }
    Procuratorate {
        id: "procuratorate", category: Judicial,
        english: "People's Procuratorate",
        name: "市人民檢察院", simplified: "市人民检察院",
        short: "人民檢察院", simplified_short: "人民检察院",
        abbreviations: ["檢察院"],
        simplified_abbreviations: ["检察院"],
        national: ["最高人民檢察院", "最高檢"],
        simplified_national: ["最高人民检察院", "最高检"],
        provincial: ("省檢察院", "省检察院"),
    }
    SupremeCourt {
        id: "supreme-court", category: Judicial,
        english: "Supreme People's Court",
        name: "最高人民法院", simplified: "最高人民法院",
        short: "最高人民法院", simplified_short: "最高人民法院",
        national: ["最高人民法院", "最高法"],
        simplified_national: ["最高人民法院", "最高法"],
    }
    HighCourt {
        id: "high-court", category: Judicial,
        english: "High People's Court",
        name: "高級人民法院", simplified: "高级人民法院",
        short: "高級人民法院", simplified_short: "高级人民法院",
        abbreviations: ["高院", "高級法院"],
        simplified_abbreviations: ["高院", "高级法院"],
        provincial: ("省高級人民法院", "省高级人民法院"),
        note: "A province's court: `省高級人民法院`, `自治區高級人民法院`.",
    }
    Taxation {
        id: "taxation", category: Vertical,
        english: "Taxation Bureau",
        name: "市稅務局", simplified: "市税务局",
        short: "稅務局", simplified_short: "税务局",
        former: [
            ("國家稅務局", "国家税务局", Some(2018)),
            ("國稅局", "国税局", Some(2018)),
            ("地方稅務局", "地方税务局", Some(2018)),
            ("地稅局", "地税局", Some(2018))
        ],
        national: ["稅務總局", "國家稅務總局"],
        simplified_national: ["税务总局", "国家税务总局"],
        note: "A branch of the State Taxation Administration, whose full name is `國家稅務總局XX市稅務局`; the reform of 2018 merged the national and local tax bureaus into it.",
    }
    PeoplesBank {
        id: "peoples-bank", category: Vertical,
        english: "People's Bank of China Central Sub-branch",
        name: "人民銀行市中心支行", simplified: "人民银行市中心支行",
        short: "人民銀行市中心支行", simplified_short: "人民银行市中心支行",
        abbreviations: ["中國人民銀行", "人民銀行", "人行", "人民銀行中心支行", "人民銀行分行", "中心支行"],
        simplified_abbreviations: ["中国人民银行", "人民银行", "人行", "人民银行中心支行", "人民银行分行", "中心支行"],
        national: ["人民銀行總行"],
        simplified_national: ["人民银行总行"],
        note: "A branch of the central bank, named with its city inside (`中國人民銀行吳忠市中心支行`), so the short name is the name; the reform of 2023 made the city branches `分行`.",
    }
    Meteorology {
        id: "meteorology", category: Vertical,
        english: "Meteorological Bureau",
        name: "市氣象局", simplified: "市气象局",
        short: "氣象局", simplified_short: "气象局",
        national: ["中國氣象局"],
        simplified_national: ["中国气象局"],
    }
    Customs {
        id: "customs", category: Vertical,
        english: "Customs",
        name: "海關", simplified: "海关",
        short: "海關", simplified_short: "海关",
        national: ["海關總署"],
        simplified_national: ["海关总署"],
        note: "Named after its city with no level: `銀川海關`.",
    }
    SurveyTeam {
        id: "statistics-survey-team", category: Vertical,
        english: "National Bureau of Statistics Survey Team",
        name: "國家統計局調查隊", simplified: "国家统计局调查队",
        short: "統計局調查隊", simplified_short: "统计局调查队",
        abbreviations: ["調查隊", "統計調查隊"],
        simplified_abbreviations: ["调查队", "统计调查队"],
        note: "Named with its city inside: `國家統計局吳忠調查隊`.",
    }
    FireRescue {
        id: "fire-rescue", category: Vertical,
        english: "Fire and Rescue Detachment",
        name: "市消防救援支隊", simplified: "市消防救援支队",
        short: "消防救援支隊", simplified_short: "消防救援支队",
        abbreviations: ["消防支隊", "消防救援大隊", "消防大隊"],
        simplified_abbreviations: ["消防支队", "消防救援大队", "消防大队"],
        former: [("公安消防支隊", "公安消防支队", Some(2018)), ("公安消防大隊", "公安消防大队", Some(2018))],
        national: ["國家消防救援局"],
        simplified_national: ["国家消防救援局"],
        note: "Since the reform of 2018 a unit of the national fire and rescue service, no longer of the police; a county has a `消防救援大隊`.",
    }
    PostalAdministration {
        id: "postal-administration", category: Vertical,
        english: "Postal Administration",
        name: "市郵政管理局", simplified: "市邮政管理局",
        short: "郵政管理局", simplified_short: "邮政管理局",
        abbreviations: ["郵管局"],
        simplified_abbreviations: ["邮管局"],
        national: ["國家郵政局"],
        simplified_national: ["国家邮政局"],
    }
    SecuritiesRegulation {
        id: "securities-regulation", category: Vertical,
        english: "Securities Regulatory Bureau",
        name: "證監局", simplified: "证监局",
        short: "證監局", simplified_short: "证监局",
        abbreviations: ["證券監督管理局", "證監會派出機構"],
        simplified_abbreviations: ["证券监督管理局", "证监会派出机构"],
        national: ["證監會", "中國證監會", "中國證券監督管理委員會"],
        simplified_national: ["证监会", "中国证监会", "中国证券监督管理委员会"],
        note: "A branch of the China Securities Regulatory Commission, named after its province with no level word: `安徽證監局`.",
    }
    ForeignExchange {
        id: "foreign-exchange", category: Vertical,
        english: "Administration of Foreign Exchange",
        name: "外匯管理局", simplified: "外汇管理局",
        short: "外匯管理局", simplified_short: "外汇管理局",
        abbreviations: ["外匯局"],
        simplified_abbreviations: ["外汇局"],
        national: ["國家外匯管理局", "國家外匯局"],
        simplified_national: ["国家外汇管理局", "国家外汇局"],
        note: "A branch of the State Administration of Foreign Exchange: `省外匯管理局`, `國家外匯管理局安徽省分局`.",
    }
    CommunicationsAdministration {
        id: "communications-administration", category: Vertical,
        english: "Communications Administration",
        name: "通信管理局", simplified: "通信管理局",
        short: "通信管理局", simplified_short: "通信管理局",
        note: "A province's, under the Ministry of Industry and Information Technology: `省通信管理局`.",
    }
    CivilAviation {
        id: "civil-aviation", category: Vertical,
        english: "Civil Aviation Administration",
        name: "民航局", simplified: "民航局",
        short: "民航局", simplified_short: "民航局",
        abbreviations: ["民用航空局", "民航管理局"],
        simplified_abbreviations: ["民用航空局", "民航管理局"],
        national: ["中國民航局", "中國民用航空局"],
        simplified_national: ["中国民航局", "中国民用航空局"],
    }
    RadioTelevision {
        id: "radio-television", category: Institution,
        english: "Radio and Television Station",
        name: "市廣播電視台", simplified: "市广播电视台",
        short: "廣播電視台", simplified_short: "广播电视台",
        abbreviations: ["廣播電視臺"],
        simplified_abbreviations: ["广播电视台"],
    }
    ConvergenceMediaCenter {
        id: "convergence-media-center", category: Institution,
        english: "Convergence Media Center",
        name: "市融媒體中心", simplified: "市融媒体中心",
        short: "融媒體中心", simplified_short: "融媒体中心",
    }
    SocialInsurance {
        id: "social-insurance", category: Institution,
        english: "Social Insurance Administration",
        name: "市社會保險事業管理局", simplified: "市社会保险事业管理局",
        short: "社會保險事業管理局", simplified_short: "社会保险事业管理局",
        abbreviations: ["社保局", "社會保險事業管理中心", "社保中心"],
        simplified_abbreviations: ["社保局", "社会保险事业管理中心", "社保中心"],
    }
    DiseaseControl {
        id: "disease-control", category: Institution,
        english: "Center for Disease Control and Prevention",
        name: "市疾病預防控制中心", simplified: "市疾病预防控制中心",
        short: "疾病預防控制中心", simplified_short: "疾病预防控制中心",
        abbreviations: ["疾控中心"],
        simplified_abbreviations: ["疾控中心"],
    }
    PublicResourcesTrading {
        id: "public-resources-trading", category: Institution,
        english: "Public Resources Trading Center",
        name: "市公共資源交易中心", simplified: "市公共资源交易中心",
        short: "公共資源交易中心", simplified_short: "公共资源交易中心",
    }
    Archives {
        id: "archives", category: Institution,
        english: "Archives",
        name: "市檔案館", simplified: "市档案馆",
        short: "檔案館", simplified_short: "档案馆",
        national: ["國家檔案局"],
        simplified_national: ["国家档案局"],
    }
    StateOwnedEnterprises {
        id: "state-owned-enterprises", category: Institution,
        english: "State-owned Enterprise",
        name: "集團", simplified: "集团",
        short: "集團", simplified_short: "集团",
        abbreviations: ["集團公司", "有限公司", "分公司", "公司"],
        simplified_abbreviations: ["集团公司", "有限公司", "分公司", "公司"],
        note: "An enterprise named by its own name and the ending of a company (`省港航集團`, `中國出口信用保險公司安徽分公司`): whatever stands before the ending is the enterprise's name, and a level word it begins with its level.",
    }
    DistrictsCountyLevelCities {
        id: "districts-county-level-cities", category: Collective,
        english: "Districts and County-level Cities",
        name: "各區、縣級市", simplified: "各区、县级市",
        short: "區、縣級市", simplified_short: "区、县级市",
        abbreviations: ["各有關區、縣級市"],
        simplified_abbreviations: ["各有关区、县级市"],
        note: "One party, although it contains `、`: the districts and county-level cities of a city that has no counties.",
    }
    RelevantCountyGovernments {
        id: "relevant-county-governments", category: Collective,
        english: "Relevant County-level Governments",
        name: "相關縣(市、區)政府", simplified: "相关县(市、区)政府",
        short: "相關縣(市、區)政府", simplified_short: "相关县(市、区)政府",
        abbreviations: ["相關縣(市、區)", "相關縣(市、區)人民政府", "有關縣(市、區)", "有關縣(市、區)政府", "有關縣(市、區)人民政府"],
        simplified_abbreviations: [
            "相关县(市、区)",
            "相关县(市、区)人民政府",
            "有关县(市、区)",
            "有关县(市、区)政府",
            "有关县(市、区)人民政府"
        ],
        note: "One party: the county-level governments a task concerns, which the plan does not name.",
    }
    DepartmentsConcerned {
        id: "departments-concerned", category: Collective,
        english: "Departments Concerned",
        name: "各有關部門", simplified: "各有关部门",
        short: "有關部門", simplified_short: "有关部门",
        abbreviations: ["各相關部門", "相關部門"],
        simplified_abbreviations: ["各相关部门", "相关部门"],
        note: "One party: the departments a task concerns, which the plan does not name.",
    }
    UnitsConcerned {
        id: "units-concerned", category: Collective,
        english: "Units Concerned",
        name: "各有關單位", simplified: "各有关单位",
        short: "有關單位", simplified_short: "有关单位",
        abbreviations: ["各相關單位", "相關單位"],
        simplified_abbreviations: ["各相关单位", "相关单位"],
        note: "One party: the bodies (departments, institutions, enterprises) a task concerns, which the plan does not name.",
    }
    MunicipalDepartmentsConcerned {
        id: "municipal-departments-concerned", category: Collective,
        english: "Municipal Departments Concerned",
        name: "市級各有關部門", simplified: "市级各有关部门",
        short: "市級各有關部門", simplified_short: "市级各有关部门",
        abbreviations: ["市級有關部門", "市級各相關部門", "市直有關部門", "市直各有關部門"],
        simplified_abbreviations: ["市级有关部门", "市级各相关部门", "市直有关部门", "市直各有关部门"],
        note: "One party: the municipal departments a task concerns. The level is what it names, so the short name is the name.",
    }
    MunicipalDepartments {
        id: "municipal-departments", category: Collective,
        english: "Departments Directly under the Municipal Government",
        name: "市直各部門", simplified: "市直各部门",
        short: "市直各部門", simplified_short: "市直各部门",
        abbreviations: ["市直部門", "市級各部門"],
        simplified_abbreviations: ["市直部门", "市级各部门"],
        note: "One party: every department of the municipal government. The level is what it names, so the short name is the name.",
    }
    ProvincialGovernments {
        id: "provincial-governments", category: Collective,
        english: "Provincial-level Governments",
        name: "各省級人民政府", simplified: "各省级人民政府",
        short: "省級人民政府", simplified_short: "省级人民政府",
        abbreviations: ["各省、自治區、直轄市人民政府", "各省(自治區、直轄市)人民政府", "各省級政府", "省級政府"],
        simplified_abbreviations: ["各省、自治区、直辖市人民政府", "各省(自治区、直辖市)人民政府", "各省级政府", "省级政府"],
        note: "One party: the governments of every province, autonomous region and municipality directly under the central government, as a State Council document names them.",
    }
    CityGovernments {
        id: "city-governments", category: Collective,
        english: "City Governments",
        name: "各市人民政府", simplified: "各市人民政府",
        short: "各市人民政府", simplified_short: "各市人民政府",
        abbreviations: ["各設區市人民政府", "各市政府", "各設區市政府", "試點城市政府", "試點城市人民政府"],
        simplified_abbreviations: ["各设区市人民政府", "各市政府", "各设区市政府", "试点城市政府", "试点城市人民政府"],
        note: "One party: the governments of the cities a province's or the State Council's document addresses.",
    }
    DepartmentsAndUnitsConcerned {
        id: "departments-and-units-concerned", category: Collective,
        english: "Departments and Units Concerned",
        name: "各有關部門和單位", simplified: "各有关部门和单位",
        short: "有關部門和單位", simplified_short: "有关部门和单位",
        abbreviations: ["各相關部門和單位", "相關部門和單位"],
        simplified_abbreviations: ["各相关部门和单位", "相关部门和单位"],
        note: "One party: the departments and other bodies a task concerns, which the document does not name.",
    }
    CentralDepartmentsConcerned {
        id: "central-departments-concerned", category: Collective,
        english: "Central Departments Concerned",
        name: "國務院有關部門", simplified: "国务院有关部门",
        short: "國務院有關部門", simplified_short: "国务院有关部门",
        abbreviations: ["國務院各有關部門", "國務院相關部門", "中央和國家機關有關部門"],
        simplified_abbreviations: ["国务院各有关部门", "国务院相关部门", "中央和国家机关有关部门"],
        note: "One party: the State Council's departments a task concerns.",
    }
    CountyPartyCommitteesAndGovernments {
        id: "county-party-committees-and-governments", category: Collective,
        english: "County-level Party Committees and Governments",
        name: "各縣(市、區)黨委和政府", simplified: "各县(市、区)党委和政府",
        short: "縣(市、區)黨委和政府", simplified_short: "县(市、区)党委和政府",
        abbreviations: ["各縣(市、區)黨委和人民政府", "各縣市區黨委和政府"],
        simplified_abbreviations: ["各县(市、区)党委和人民政府", "各县市区党委和政府"],
        note: "One party: the Party committees and governments of the county-level divisions.",
    }
    GroupMemberUnits {
        id: "group-member-units", category: Collective,
        english: "Member Units of a Group",
        name: "成員單位", simplified: "成员单位",
        short: "成員單位", simplified_short: "成员单位",
        note: "One party: the member units of the leading group or task force whose name stands before the ending (`…領導小組成員單位`); whatever stands there is that body's name.",
    }
    GroupLeadUnits {
        id: "group-lead-units", category: Collective,
        english: "Lead Units of a Group",
        name: "牽頭單位", simplified: "牵头单位",
        short: "牽頭單位", simplified_short: "牵头单位",
        note: "One party: the lead units of the group whose name stands before the ending, as a body's own name (`省十大新興產業推進組工作專班牽頭單位`), not the label `牽頭單位：`.",
    }
    Other {
        id: "other", category: Other,
        english: "Other Body",
        name: "其他單位", simplified: "其他单位",
        short: "其他單位", simplified_short: "其他单位",
        note: "A body of no kind this vocabulary knows: a party that names one has this kind, and its organisation has none (its `kind` is `None`). It is never read from a text.",
    }
}
