//! A plan's JSON: reading it (every value typed, then every invariant checked, before
//! the indexes are built), and writing it in the layout of `data/plan.json`.

use std::io;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::base::quote::quoted;
use crate::error::Error;
use crate::model::{PlanData, SCHEMA_VERSION, TargetRecord};
use crate::plan::Plan;
use crate::plan::locate;
use crate::plan::tighten::{Out, Tighten, tighten_json};

impl Plan {
    /// Reads a plan from JSON in this crate's schema (the layout of `data/plan.json`),
    /// checking that its numbers and identifiers fit together.
    ///
    /// ```
    /// use wuzhong_plan::{Error, Plan};
    /// let plan = Plan::from_json(wuzhong_plan::PLAN_JSON)?;
    /// assert_eq!(plan.tasks().len(), 50);
    ///
    /// let err = Plan::from_json("{\"schema_version\": 1,\n \"parts\": 3}").unwrap_err();
    /// assert!(matches!(err, Error::Json { line: 2, .. }));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Plan, Error> {
        let data: PlanData<TargetRecord<'_>> =
            serde_json::from_str(json).map_err(|err| json_error(err, json))?;
        Plan::from_data(data.into_typed().map_err(Error::Invalid)?)
    }

    /// Reads the embedded plan's JSON, which the test suite proves valid
    /// (`tests/embedded.rs` compares the plan this gives with [`Plan::from_json`]'s):
    /// every value is typed as `from_json` types it, but the invariants are not checked
    /// again and the registry of organisations is taken as written. JSON of another
    /// schema version than this crate's goes through `from_json`.
    pub(crate) fn from_embedded_json(json: &str) -> Result<Plan, Error> {
        let data: PlanData<TargetRecord<'_>> =
            serde_json::from_str(json).map_err(|err| json_error(err, json))?;
        if data.schema_version != SCHEMA_VERSION {
            return Plan::from_json(json);
        }
        Ok(Plan::trusted(data.into_typed().map_err(Error::Invalid)?))
    }

    /// The plan as pretty-printed JSON, the layout of `data/plan.json` (without its
    /// final newline).
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let again = wuzhong_plan::Plan::from_json(&plan.to_json()?)?;
    /// assert_eq!(&again, plan);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn to_json(&self) -> Result<String, Error> {
        let pretty = serde_json::to_string_pretty(&self.data)?;
        let tight =
            tighten_json(&pretty).map_err(<serde_json::Error as serde::ser::Error>::custom)?;
        Ok(tight)
    }

    /// Writes the plan's JSON to `writer`: the same bytes as [`Plan::to_json`], written
    /// as they are made, so that the whole text is never held in memory (the
    /// `wuzhong-plan` command line counts a plan's JSON bytes this way). A writer that
    /// buffers is best, as the JSON comes in many small writes.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let mut json = Vec::new();
    /// plan.write_json(&mut json)?;
    /// assert_eq!(json, plan.to_json()?.into_bytes());
    ///
    /// // The size of the JSON, without holding it.
    /// struct Count(usize);
    /// impl std::io::Write for Count {
    ///     fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
    ///         self.0 += bytes.len();
    ///         Ok(bytes.len())
    ///     }
    ///     fn flush(&mut self) -> std::io::Result<()> {
    ///         Ok(())
    ///     }
    /// }
    /// let mut count = Count(0);
    /// plan.write_json(&mut count)?;
    /// assert_eq!(count.0, json.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The writer's error, as it gave it.
    pub fn write_json<W: io::Write>(&self, writer: W) -> io::Result<()> {
        // `serde_json`'s pretty output, in large pieces, through the tightening.
        let mut pretty = io::BufWriter::with_capacity(1 << 16, Tighten::new(Out(writer)));
        serde_json::to_writer_pretty(&mut pretty, &self.data)?;
        pretty
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?
            .finish_writing()?
            .flush()
    }

    /// Whether the plan's JSON ([`Plan::write_json`]) takes at most `limit` bytes,
    /// counted as it is written, never held; the count stops once it passes the limit,
    /// so that telling costs no more than writing `limit` bytes, however large the JSON.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let len = plan.to_json()?.len() as u64;
    /// assert!(plan.json_within(len)?);
    /// assert!(!plan.json_within(len - 1)?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// An error writing the JSON, other than its passing the limit.
    pub fn json_within(&self, limit: u64) -> io::Result<bool> {
        /// Counts bytes, failing once they pass the limit.
        struct Count {
            bytes: u64,
            limit: u64,
        }
        impl io::Write for Count {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
                self.bytes = self.bytes.saturating_add(len);
                if self.bytes > self.limit {
                    return Err(io::Error::other("over the limit"));
                }
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut count = Count { bytes: 0, limit };
        let written = self.write_json(&mut count);
        if count.bytes > limit {
            return Ok(false);
        }
        written.map(|()| true)
    }
}

/// The error serde_json met reading `json`, with the node and field it stands in, and
/// a number it is about as the text writes it.
fn json_error(err: serde_json::Error, json: &str) -> Error {
    let (line, column) = (err.line(), err.column());
    let place = locate::place(json, line, column);
    let mut error = Error::from(err);
    if let Error::Json { message, .. } = &mut error {
        if let Some(written) = as_written(message, || locate::number_at(json, line, column)) {
            *message = written;
        }
    }
    if let (Error::Json { node, field, .. }, Some(place)) = (&mut error, place) {
        *node = place.node;
        *field = Some(place.field).filter(|field| !field.is_empty());
    }
    error
}

/// serde_json's `message` about a number, with the number as the text writes it
/// (`number` finds it) instead of as serde_json read it: ``invalid type: floating point
/// `1e+23` `` becomes ``invalid value: number `99999999999999999999999` ``, and `number
/// out of range` names the number. `None` for a message about no number, or where the
/// text holds none.
fn as_written<'a>(message: &str, number: impl FnOnce() -> Option<&'a str>) -> Option<String> {
    if message == "number out of range" {
        return Some(format!("number {} out of range", quoted(number()?)));
    }
    let (before, rest) = ["floating point `", "integer `"]
        .iter()
        .find_map(|what| message.split_once(what))?;
    let (_, after) = rest.split_once('`')?;
    // A number where another type is expected is still a value of the wrong kind.
    let before = before.replace("invalid type: ", "invalid value: ");
    Some(format!("{before}number {}{after}", quoted(number()?)))
}

impl Serialize for Plan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Plan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Plan, D::Error> {
        let data = PlanData::<TargetRecord<'_>>::deserialize(deserializer)?;
        data.into_typed()
            .map_err(Error::Invalid)
            .and_then(Plan::from_data)
            .map_err(serde::de::Error::custom)
    }
}
