//! A generated data set of N items, served by `Offset`/`Limit` or by a
//! cursor (`NextToken`, ...: the members the generator's paginators use,
//! [`tencentcloud_codegen::ir::paginate::TOKENS`]).

use super::specs::{Answer, ServiceModel};
use super::{ApiError, EmulatorError};
use serde_json::{Map, Value};
use tencentcloud_codegen::ir::paginate::{SIZES, TOKENS};
use tencentcloud_codegen::spec::{ApiSpec, MemberKind};

/// Largest page the emulator builds, whatever `Limit` and
/// [`Pages::max_limit`] say (a bound on memory per request).
pub const MAX_PAGE: u64 = 100_000;

/// A paged data set for a list action: N generated items, each a copy of the
/// doc example's first list element (or, without one, an item built from the
/// spec's member examples) with an id member varied so items differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pages {
    pub(crate) total: u64,
    pub(crate) reported_total: Option<i64>,
    pub(crate) list_member: Option<String>,
    pub(crate) id_member: Option<String>,
    pub(crate) default_limit: u64,
    pub(crate) max_limit: Option<u64>,
}

impl Pages {
    /// `total` items.
    pub fn new(total: u64) -> Pages {
        Pages {
            total,
            reported_total: None,
            list_member: None,
            id_member: None,
            default_limit: 10,
            max_limit: None,
        }
    }

    /// Report this `TotalCount` instead of the real count (a server bug, to
    /// test that paginators still stop).
    pub fn reported_total(mut self, total: i64) -> Pages {
        self.reported_total = Some(total);
        self
    }

    /// The response's list member (needed when it has several lists).
    pub fn list_member(mut self, name: impl Into<String>) -> Pages {
        self.list_member = Some(name.into());
        self
    }

    /// The item member to vary (default: the first `...Id`/`...ID` member,
    /// integers first).
    pub fn id_member(mut self, name: impl Into<String>) -> Pages {
        self.id_member = Some(name.into());
        self
    }

    /// Page size when the request has no `Limit` (default 10).
    pub fn default_limit(mut self, limit: u64) -> Pages {
        self.default_limit = limit;
        self
    }

    /// Reject a larger `Limit` with `InvalidParameterValue` (default: no limit).
    pub fn max_limit(mut self, limit: u64) -> Pages {
        self.max_limit = Some(limit);
        self
    }
}

/// How a paged action moves between pages.
#[derive(Debug, Clone)]
enum Style {
    /// Integer `Offset` and `Limit` in the request.
    Offset,
    /// A string cursor: `token_in` in the request, `token_out` in the
    /// response (the next page's, `""` after the last), and the page size
    /// in `size`, if the request has one.
    Token {
        token_in: String,
        token_out: String,
        size: Option<String>,
    },
}

/// The cursor the emulator hands out for the page starting at `offset`.
fn cursor(offset: u64) -> String {
    format!("emu-cursor-{offset}")
}

/// A data set resolved against an action's spec.
#[derive(Debug, Clone)]
pub(crate) struct PagedAction {
    pages: Pages,
    style: Style,
    base: Map<String, Value>,
    list_member: String,
    total_member: Option<String>,
    item: Map<String, Value>,
    id_member: String,
    id_is_int: bool,
}

impl PagedAction {
    pub(crate) fn resolve(
        model: &ServiceModel,
        action: &str,
        pages: Pages,
    ) -> Result<PagedAction, EmulatorError> {
        let bad = |m: String| EmulatorError::Config(format!("{} {action}: {m}", model.name));
        let api = &model.api;
        let act = api
            .actions
            .get(action)
            .ok_or_else(|| bad("no such action".to_string()))?;
        let input = api
            .objects
            .get(&act.input)
            .map(|o| o.members.as_slice())
            .unwrap_or(&[]);
        let output = api
            .objects
            .get(&act.output)
            .map(|o| o.members.as_slice())
            .unwrap_or(&[]);
        let has = |members: &[tencentcloud_codegen::spec::Member], name: &str, kind: MemberKind| {
            members.iter().any(|m| m.name == name && m.kind == kind)
        };
        let style =
            if has(input, "Offset", MemberKind::Int) && has(input, "Limit", MemberKind::Int) {
                Style::Offset
            } else {
                let cursor = TOKENS.iter().find(|(i, o)| {
                    has(input, i, MemberKind::String) && has(output, o, MemberKind::String)
                });
                match cursor {
                    Some((i, o)) => Style::Token {
                        token_in: i.to_string(),
                        token_out: o.to_string(),
                        size: SIZES
                            .iter()
                            .find(|n| has(input, n, MemberKind::Int))
                            .map(|n| n.to_string()),
                    },
                    None => {
                        return Err(bad(format!(
                        "the request has neither integer `Offset` and `Limit` nor a cursor ({})",
                        TOKENS.iter().map(|(i, _)| *i).collect::<Vec<_>>().join(", ")
                    )))
                    }
                }
            };
        let lists: Vec<_> = output
            .iter()
            .filter(|m| m.kind == MemberKind::List && api.objects.contains_key(&m.member))
            .collect();
        let list =
            match &pages.list_member {
                Some(name) => lists
                    .iter()
                    .find(|m| m.name == *name)
                    .ok_or_else(|| bad(format!("the response has no list of objects `{name}`")))?,
                None => {
                    match lists.as_slice() {
                        [one] => one,
                        [] => return Err(bad("the response has no list of objects".to_string())),
                        _ => {
                            return Err(bad(format!(
                        "the response has several lists ({}): name one with Pages::list_member",
                        lists.iter().map(|m| m.name.as_str()).collect::<Vec<_>>().join(", ")
                    )))
                        }
                    }
                }
            };
        let total_member = ["TotalCount", "Total", "TotalNum", "Count"]
            .iter()
            .find(|n| {
                output
                    .iter()
                    .any(|m| m.name == **n && m.kind == MemberKind::Int)
            })
            .map(|n| n.to_string());
        let base = match model.answer(action) {
            Some(Answer::Example { response, .. }) => response.clone(),
            _ => Map::new(),
        };
        let item = match base
            .get(&list.name)
            .and_then(|l| l.as_array())
            .and_then(|l| l.first())
        {
            Some(Value::Object(first)) => first.clone(),
            _ => synth_object(api, &list.member, 0),
        };
        let item_members = api
            .objects
            .get(&list.member)
            .map(|o| o.members.as_slice())
            .unwrap_or(&[]);
        let id = match &pages.id_member {
            Some(name) => item_members
                .iter()
                .find(|m| m.name == *name)
                .ok_or_else(|| {
                    bad(format!(
                        "the item type {} has no member `{name}`",
                        list.member
                    ))
                })?,
            None => {
                let ids = item_members.iter().filter(|m| {
                    (m.name.ends_with("Id") || m.name.ends_with("ID"))
                        && matches!(m.kind, MemberKind::Int | MemberKind::String)
                });
                let mut ids: Vec<_> = ids.collect();
                ids.sort_by_key(|m| (m.name != "Id", m.kind != MemberKind::Int));
                ids.first().copied().ok_or_else(|| {
                    bad(format!(
                        "the item type {} has no `...Id` member: name one with Pages::id_member",
                        list.member
                    ))
                })?
            }
        };
        if !matches!(id.kind, MemberKind::Int | MemberKind::String) {
            return Err(bad(format!(
                "the id member `{}` is neither an integer nor a string",
                id.name
            )));
        }
        Ok(PagedAction {
            style,
            list_member: list.name.clone(),
            total_member,
            id_member: id.name.clone(),
            id_is_int: id.kind == MemberKind::Int,
            item,
            base,
            pages,
        })
    }

    /// Item `i` (0-based) of the data set.
    pub(crate) fn item(&self, i: u64) -> Value {
        let mut item = self.item.clone();
        let id = if self.id_is_int {
            Value::from(i + 1)
        } else {
            let stem = match item.get(&self.id_member) {
                Some(Value::String(s)) if !s.is_empty() => s.clone(),
                _ => self.id_member.to_ascii_lowercase(),
            };
            Value::String(format!("{stem}-{}", i + 1))
        };
        item.insert(self.id_member.clone(), id);
        Value::Object(item)
    }

    /// The `Response` object (without `RequestId`) for a request.
    pub(crate) fn page(&self, params: &Map<String, Value>) -> Result<Map<String, Value>, ApiError> {
        let number = |name: &str, default: u64| -> Result<u64, ApiError> {
            match params.get(name) {
                None | Some(Value::Null) => Ok(default),
                Some(v) => v.as_u64().ok_or_else(|| {
                    ApiError::new(
                        "InvalidParameterValue",
                        format!("The value of `{name}` must be a non-negative integer."),
                    )
                }),
            }
        };
        let (offset, limit, size_name) = match &self.style {
            Style::Offset => (
                number("Offset", 0)?,
                number("Limit", self.pages.default_limit)?,
                "Limit",
            ),
            Style::Token { token_in, size, .. } => {
                let offset = match params.get(token_in) {
                    None | Some(Value::Null) => 0,
                    Some(Value::String(t)) if t.is_empty() => 0,
                    Some(Value::String(t)) => t
                        .strip_prefix("emu-cursor-")
                        .and_then(|n| n.parse::<u64>().ok())
                        .ok_or_else(|| {
                            ApiError::new(
                                "InvalidParameterValue",
                                format!(
                                    "The value of `{token_in}` is not a cursor this server gave out."
                                ),
                            )
                        })?,
                    Some(_) => {
                        return Err(ApiError::new(
                            "InvalidParameterValue",
                            format!("The value of `{token_in}` must be a string."),
                        ))
                    }
                };
                let limit = match size {
                    Some(name) => number(name, self.pages.default_limit)?,
                    None => self.pages.default_limit,
                };
                (offset, limit, size.as_deref().unwrap_or("the page size"))
            }
        };
        let too_large = |max: u64| {
            ApiError::new(
                "InvalidParameterValue",
                format!("The value of `{size_name}` must be at most {max}."),
            )
        };
        if let Some(max) = self.pages.max_limit {
            if limit > max {
                return Err(too_large(max));
            }
        }
        let start = offset.min(self.pages.total);
        let end = offset.saturating_add(limit).min(self.pages.total);
        if end - start > MAX_PAGE {
            return Err(too_large(MAX_PAGE));
        }
        let items: Vec<Value> = (start..end).map(|i| self.item(i)).collect();
        let mut response = self.base.clone();
        response.insert(self.list_member.clone(), Value::Array(items));
        if let Style::Token { token_out, .. } = &self.style {
            let next = if end < self.pages.total && end > start {
                cursor(end)
            } else {
                String::new()
            };
            response.insert(token_out.clone(), Value::String(next));
        }
        if let Some(t) = &self.total_member {
            let total = self
                .pages
                .reported_total
                .map(Value::from)
                .unwrap_or_else(|| Value::from(self.pages.total));
            response.insert(t.clone(), total);
        }
        Ok(response)
    }
}

/// An object built from the spec's member examples (scalars parsed by type,
/// nested objects built the same way, lists of one element).
pub(crate) fn synth_object(api: &ApiSpec, name: &str, depth: usize) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(obj) = api.objects.get(name) else {
        return out;
    };
    if depth > 4 {
        return out;
    }
    for m in &obj.members {
        let example = m.example.as_deref().unwrap_or("");
        let value = match m.kind {
            MemberKind::Object => Value::Object(synth_object(api, &m.member, depth + 1)),
            MemberKind::List if api.objects.contains_key(&m.member) => {
                Value::Array(vec![Value::Object(synth_object(api, &m.member, depth + 1))])
            }
            MemberKind::List => match serde_json::from_str::<Value>(example) {
                Ok(Value::Array(items)) if items.iter().all(|i| scalar_fits(&m.member, i)) => {
                    Value::Array(items)
                }
                _ => Value::Array(Vec::new()),
            },
            _ => scalar(&m.member, example),
        };
        out.insert(m.name.clone(), value);
    }
    out
}

fn scalar_fits(member: &str, v: &Value) -> bool {
    match member {
        "int64" => v.is_i64(),
        "uint64" => v.is_u64(),
        "float" => v.is_number(),
        "bool" => v.is_boolean(),
        _ => v.is_string(),
    }
}

fn scalar(member: &str, example: &str) -> Value {
    let t = example.trim();
    match member {
        "int64" => Value::from(t.parse::<i64>().unwrap_or(0)),
        "uint64" => Value::from(t.parse::<u64>().unwrap_or(0)),
        "float" => t
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| Value::from(0)),
        "bool" => Value::Bool(t.eq_ignore_ascii_case("true") || t == "1"),
        _ => Value::String(example.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::specs::{load_specs_dir, shipped_specs_dir};
    use super::*;
    use serde_json::json;

    fn cwp() -> std::sync::Arc<ServiceModel> {
        load_specs_dir(&shipped_specs_dir(), Some(&["cwp".to_string()]))
            .unwrap()
            .remove(0)
    }

    #[test]
    fn pages_cover_the_data_set_exactly() {
        let model = cwp();
        let p = PagedAction::resolve(&model, "DescribeRiskProcessEvents", Pages::new(25)).unwrap();
        assert_eq!(
            (p.list_member.as_str(), p.id_member.as_str()),
            ("List", "EventId")
        );
        let mut seen = Vec::new();
        let mut offset = 0;
        loop {
            let page = p
                .page(json!({"Offset": offset, "Limit": 10}).as_object().unwrap())
                .unwrap();
            assert_eq!(page["TotalCount"], json!(25));
            let list = page["List"].as_array().unwrap().clone();
            if list.is_empty() {
                break;
            }
            for item in &list {
                seen.push(item["EventId"].as_u64().unwrap());
                // Everything but the id comes from the template.
                assert!(item.get("HostIp").is_some(), "{item}");
            }
            offset += list.len();
        }
        assert_eq!(seen, (1..=25).collect::<Vec<_>>());
        // Defaults and bounds.
        let page = p.page(&Map::new()).unwrap();
        assert_eq!(page["List"].as_array().unwrap().len(), 10);
        let page = p
            .page(
                json!({"Offset": 1u64 << 62, "Limit": u64::MAX})
                    .as_object()
                    .unwrap(),
            )
            .unwrap();
        assert!(page["List"].as_array().unwrap().is_empty());
        assert_eq!(
            p.page(json!({"Offset": -1}).as_object().unwrap())
                .unwrap_err()
                .code,
            "InvalidParameterValue"
        );
    }

    #[test]
    fn wrong_total_and_limits() {
        let model = cwp();
        let p = PagedAction::resolve(
            &model,
            "DescribeRiskProcessEvents",
            Pages::new(3).reported_total(1000).max_limit(2),
        )
        .unwrap();
        let page = p.page(json!({"Limit": 2}).as_object().unwrap()).unwrap();
        assert_eq!(page["TotalCount"], json!(1000));
        assert_eq!(
            p.page(json!({"Limit": 3}).as_object().unwrap())
                .unwrap_err()
                .code,
            "InvalidParameterValue"
        );
    }

    #[test]
    fn resolve_errors_are_explained() {
        let model = cwp();
        let e = PagedAction::resolve(&model, "NoSuchAction", Pages::new(1)).unwrap_err();
        assert!(e.to_string().contains("no such action"), "{e}");
        let e = PagedAction::resolve(
            &model,
            "DescribeRiskProcessEvents",
            Pages::new(1).id_member("Nope"),
        )
        .unwrap_err();
        assert!(e.to_string().contains("`Nope`"), "{e}");
        let e = PagedAction::resolve(
            &model,
            "DescribeRiskProcessEvents",
            Pages::new(1).list_member("Nope"),
        )
        .unwrap_err();
        assert!(e.to_string().contains("`Nope`"), "{e}");
        // An action without Offset/Limit.
        let action = model
            .api
            .actions
            .iter()
            .find(|(_, a)| {
                !model.api.objects[&a.input]
                    .members
                    .iter()
                    .any(|m| m.name == "Offset")
            })
            .map(|(n, _)| n.clone())
            .unwrap();
        let e = PagedAction::resolve(&model, &action, Pages::new(1)).unwrap_err();
        assert!(e.to_string().contains("`Offset`"), "{e}");
    }

    #[test]
    fn synthesized_items_follow_the_spec() {
        let model = cwp();
        let item = synth_object(&model.api, "RiskProcessEvent", 0);
        assert_eq!(item["EventId"], json!(1));
        assert!(item["HostIp"].is_string());
        assert!(item["MachineExtraInfo"].is_object());
        assert_eq!(item["VirusTags"], json!(["Miner", "HackTool"]));
        // The typed model accepts it.
        let typed: tencentcloud_sdk_cwp::v20180228::RiskProcessEvent =
            serde_json::from_value(Value::Object(item)).unwrap();
        assert_eq!(typed.event_id, Some(1));
    }
}
