//! Pieces every generated model uses: unknown members and readable `Debug`.

use std::fmt;

/// Members a model received (or should send) that its spec does not
/// describe: filled when decoding, sent when encoding, so nothing the server
/// sends is lost and a request can carry parameters newer than the spec.
///
/// Empty by default, and then free: no allocation, nothing in `Debug`.
#[derive(Clone, Default)]
pub struct UnknownFields(Option<Box<serde_json::Map<String, serde_json::Value>>>);

/// Equal when they hold the same members: no map and an emptied one are equal.
impl PartialEq for UnknownFields {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => a == b,
            _ => self.is_empty() && other.is_empty(),
        }
    }
}

impl UnknownFields {
    /// No members.
    pub const fn new() -> Self {
        UnknownFields(None)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|m| m.is_empty())
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |m| m.len())
    }

    /// The member named `name`.
    pub fn get(&self, name: &str) -> Option<&serde_json::Value> {
        self.0.as_ref()?.get(name)
    }

    /// Add or replace a member; returns the previous value.
    pub fn insert(
        &mut self,
        name: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Option<serde_json::Value> {
        self.0
            .get_or_insert_with(Default::default)
            .insert(name.into(), value.into())
    }

    /// Remove a member.
    pub fn remove(&mut self, name: &str) -> Option<serde_json::Value> {
        self.0.as_mut()?.remove(name)
    }

    /// The members, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &serde_json::Value)> {
        self.0.iter().flat_map(|m| m.iter())
    }
}

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// Collect any iterator of convertible items (list setters use this).
#[doc(hidden)]
#[inline]
pub fn collect<T, I: IntoIterator>(items: I) -> Vec<T>
where
    I::Item: Into<T>,
{
    items.into_iter().map(Into::into).collect()
}
