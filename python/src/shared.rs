//! The plan an object reads from: the embedded plan or a parsed one, shared by every
//! object made from it. Every object holds one of these and a key into it.

use std::ops::Deref;
use std::sync::Arc;

use wuzhong_plan::Plan;

/// A plan an object reads from: the embedded one, which lives as long as the program,
/// or one the caller parsed or loaded, shared by every object made from it.
#[derive(Clone)]
pub(crate) enum Shared {
    Embedded(&'static Plan),
    Owned(Arc<Plan>),
}

impl Deref for Shared {
    type Target = Plan;

    fn deref(&self) -> &Plan {
        match self {
            Shared::Embedded(plan) => plan,
            Shared::Owned(plan) => plan,
        }
    }
}
