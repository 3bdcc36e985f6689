//! Maps keyed by structs, serialized as lists of `{"key": .., "value": ..}`: JSON
//! object keys must be strings, and a service or real key is not one.

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, Serializer};
use std::collections::BTreeMap;

#[derive(serde::Serialize)]
struct EntryRef<'a, K, V> {
    key: &'a K,
    value: &'a V,
}

#[derive(serde::Deserialize)]
struct Entry<K, V> {
    key: K,
    value: V,
}

pub(crate) fn serialize<S, K, V>(map: &BTreeMap<K, V>, s: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    K: Serialize,
    V: Serialize,
{
    s.collect_seq(map.iter().map(|(key, value)| EntryRef { key, value }))
}

pub(crate) fn deserialize<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    let entries: Vec<Entry<K, V>> = Vec::deserialize(d)?;
    Ok(entries.into_iter().map(|e| (e.key, e.value)).collect())
}
