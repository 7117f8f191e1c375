//! The organisations as [Popolo](https://www.popoloproject.com/specs/organization.html)
//! JSON: `{"organizations": [...]}`, each with Popolo's own field names.

use serde::Serialize;

use crate::model::Organization;
use crate::plan::Plan;
use crate::vocab::department::Department;

impl Plan {
    /// The plan's organisations as Popolo JSON, `{"organizations": [...]}`, in the order
    /// of [`Plan::organizations`]. Each has Popolo's `id` and `name`; `other_names`,
    /// each `{"name", "note"}`: the other names the text writes for it, then its
    /// kind's English name; `classification`, its kind's id (absent for a body of no
    /// known kind); `area`, the place it serves with its level as the area's
    /// `classification`; and, for a collective whose members are known, `memberships`,
    /// each a Popolo membership of the collective whose `member` is an organisation
    /// known by its name.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let popolo: serde_json::Value = serde_json::from_str(&plan.to_popolo())?;
    /// let finance = &popolo["organizations"][2];
    /// assert_eq!((finance["id"].as_str(), finance["name"].as_str()), (Some("finance"), Some("市財政局")));
    /// assert_eq!(finance["classification"], "finance");
    /// assert_eq!(finance["other_names"][0]["name"], "財政局");
    /// assert_eq!(finance["area"]["name"], "吳忠");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn to_popolo(&self) -> String {
        #[derive(Serialize)]
        struct Popolo<'a> {
            organizations: Vec<PopoloOrganization<'a>>,
        }
        let document = Popolo {
            organizations: self.organizations().map(organization).collect(),
        };
        let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// An organisation in Popolo's terms, its fields in Popolo's order.
#[derive(Serialize)]
struct PopoloOrganization<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    other_names: Vec<OtherName<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    classification: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    area: Option<Area<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    memberships: Vec<Membership<'a>>,
}

/// Popolo's other name: a name and a note on it.
#[derive(Serialize)]
struct OtherName<'a> {
    name: &'a str,
    note: &'a str,
}

/// Popolo's area: the place an organisation serves, classified by its level.
#[derive(Serialize)]
struct Area<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    classification: Option<&'a str>,
}

/// Popolo's membership of a collective, whose member is an organisation known by name.
#[derive(Serialize)]
struct Membership<'a> {
    organization_id: &'a str,
    member: Member<'a>,
}

/// The member of a [`Membership`].
#[derive(Serialize)]
struct Member<'a> {
    #[serde(rename = "@type")]
    kind: &'a str,
    name: &'a str,
}

/// One organisation in Popolo's terms.
fn organization(org: &Organization) -> PopoloOrganization<'_> {
    let written = org.other_names.iter().map(|other| OtherName {
        name: &other.name,
        note: "as the plan's text writes it",
    });
    let english = org
        .kind
        .filter(|&kind| kind != Department::Other)
        .map(|kind| OtherName {
            name: kind.english_name(),
            note: "the English name of its kind of body",
        });
    let area = (org.place.is_some() || org.level.is_some()).then(|| Area {
        name: org.place.as_deref(),
        classification: org.level.map(<&str>::from),
    });
    PopoloOrganization {
        id: &org.id,
        name: &org.name,
        other_names: written.chain(english).collect(),
        classification: org.kind.map(Department::id),
        area,
        memberships: org
            .members
            .iter()
            .map(|member| Membership {
                organization_id: &org.id,
                member: Member {
                    kind: "Organization",
                    name: member,
                },
            })
            .collect(),
    }
}
