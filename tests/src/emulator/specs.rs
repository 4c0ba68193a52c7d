//! The services the emulator serves, read from the official spec files with
//! `tencentcloud_codegen::spec`: no per-action code anywhere.

use super::EmulatorError;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use tencentcloud_codegen::spec::{self, ApiSpec, ExamplesFile};

/// The `specs/` folder of this repository (`specs/<service>/<version>/`).
pub fn shipped_specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join("specs")
}

/// Where an action's answer comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The `Response` object of the first doc example that is a success
    /// answer and is JSON as written, once repaired, or once salvaged.
    Example {
        /// Which example of the action (0-based).
        index: usize,
        /// How its text was read.
        source: Source,
        /// The `Response` object (without `RequestId`, which is fresh per call).
        response: Map<String, Value>,
    },
    /// No usable example: the minimal valid response, `{"RequestId": ...}`.
    Minimal,
}

/// How an example output's text was read ([`crate::repair`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Valid JSON as written.
    AsWritten,
    /// Unambiguously repaired (missing or trailing commas).
    Repaired,
    /// Read lossily: lines of bare text dropped (see
    /// [`crate::repair::Unrepairable::salvaged`]).
    Salvaged,
}

/// One service version: its `api.json`, and the answer of each action.
#[derive(Debug)]
pub struct ServiceModel {
    /// `metadata.serviceShortName` (`cwp`): endpoint prefix and routing name.
    pub name: String,
    /// `metadata.apiVersion` (`2018-02-28`), matched against `X-TC-Version`.
    pub version: String,
    /// The parsed `api.json`.
    pub api: ApiSpec,
    answers: BTreeMap<String, Answer>,
}

impl ServiceModel {
    /// Load `<dir>/api.json` and, if present, `<dir>/examples.json`.
    pub fn load(dir: &Path) -> Result<ServiceModel, EmulatorError> {
        let api = spec::load_api(&dir.join("api.json"))?;
        let examples_path = dir.join("examples.json");
        let examples = if examples_path.exists() {
            Some(spec::load_examples(&examples_path)?)
        } else {
            None
        };
        Ok(ServiceModel::from_specs(api, examples.as_ref()))
    }

    /// Build from parsed specs (for specs that are not on disk).
    pub fn from_specs(api: ApiSpec, examples: Option<&ExamplesFile>) -> ServiceModel {
        let mut answers = BTreeMap::new();
        for action in api.actions.keys() {
            let answer = examples
                .and_then(|e| e.actions.get(action))
                .and_then(|list| {
                    list.iter().enumerate().find_map(|(index, ex)| {
                        let (response, source) = example_response(&ex.output)?;
                        Some(Answer::Example {
                            index,
                            source,
                            response,
                        })
                    })
                })
                .unwrap_or(Answer::Minimal);
            answers.insert(action.clone(), answer);
        }
        ServiceModel {
            name: api.metadata.service_short_name.clone(),
            version: api.metadata.api_version.clone(),
            api,
            answers,
        }
    }

    /// How `action` is answered (`None` if the service has no such action).
    pub fn answer(&self, action: &str) -> Option<&Answer> {
        self.answers.get(action)
    }

    /// How many actions are answered from examples as written, repaired,
    /// salvaged, and minimally (in that order).
    pub fn answer_counts(&self) -> [usize; 4] {
        let mut counts = [0; 4];
        for a in self.answers.values() {
            let i = match a {
                Answer::Example { source, .. } => *source as usize,
                Answer::Minimal => 3,
            };
            counts[i] += 1;
        }
        counts
    }
}

/// The `Response` object (without `RequestId`) of an example output, if it
/// is a success answer, and how the text was read. Texts that are not JSON
/// are repaired when unambiguous, else salvaged when only bare text lines
/// are in the way ([`crate::repair::parse_output`]).
pub fn example_response(output: &str) -> Option<(Map<String, Value>, Source)> {
    let (value, source) = match crate::repair::parse_output(output) {
        Ok(r) if r.was_repaired() => (r.value, Source::Repaired),
        Ok(r) => (r.value, Source::AsWritten),
        Err(e) => (e.salvaged?.value, Source::Salvaged),
    };
    let Value::Object(mut top) = value else {
        return None;
    };
    let Some(Value::Object(mut response)) = top.remove("Response") else {
        return None;
    };
    if response.contains_key("Error") {
        return None;
    }
    response.remove("RequestId");
    Some((response, source))
}

/// Every service version under a `specs/` folder (`<root>/<svc>/<ver>/api.json`),
/// optionally only the named services (folder names). Parsed once per process
/// and folder, then shared.
pub fn load_specs_dir(
    root: &Path,
    only: Option<&[String]>,
) -> Result<Vec<Arc<ServiceModel>>, EmulatorError> {
    type Cache = Mutex<HashMap<PathBuf, Arc<ServiceModel>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let mut dirs = Vec::new();
    let services = read_dir_sorted(root)?;
    for svc in services {
        let svc_name = svc
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(only) = only {
            if !only.contains(&svc_name) {
                continue;
            }
        }
        if !svc.is_dir() {
            continue;
        }
        for ver in read_dir_sorted(&svc)? {
            if ver.join("api.json").is_file() {
                dirs.push(ver);
            }
        }
    }
    if let Some(only) = only {
        for o in only {
            if !dirs.iter().any(|d| {
                d.parent()
                    .and_then(|p| p.file_name())
                    .is_some_and(|n| n.to_string_lossy() == *o)
            }) {
                return Err(EmulatorError::Config(format!(
                    "no service `{o}` (no {}/{o}/<version>/api.json)",
                    root.display()
                )));
            }
        }
    }
    if dirs.is_empty() {
        return Err(EmulatorError::Config(format!(
            "no <service>/<version>/api.json under {}",
            root.display()
        )));
    }
    let cache = CACHE.get_or_init(Default::default);
    let mut out = Vec::new();
    for dir in dirs {
        let key = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        let cached = cache
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&key)
            .cloned();
        let model = match cached {
            Some(m) => m,
            None => {
                let m = Arc::new(ServiceModel::load(&dir)?);
                cache
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(key, m.clone());
                m
            }
        };
        out.push(model);
    }
    Ok(out)
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, EmulatorError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| EmulatorError::Config(format!("cannot read {}: {e}", dir.display())))?;
    let mut out: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_outputs() {
        let (r, source) =
            example_response(r#"{"Response":{"TotalCount":1,"RequestId":"x"}}"#).unwrap();
        assert_eq!(source, Source::AsWritten);
        assert_eq!(r.get("TotalCount"), Some(&Value::from(1)));
        assert!(!r.contains_key("RequestId"));
        // Error examples and non-envelopes are not answers.
        assert!(example_response(
            r#"{"Response":{"Error":{"Code":"X","Message":""},"RequestId":"x"}}"#
        )
        .is_none());
        assert!(example_response(r#"[1]"#).is_none());
        let (r, source) = example_response("{\"Response\":{\n\"A\": 1\n\"B\": 2\n}}").unwrap();
        assert_eq!((source, r.len()), (Source::Repaired, 2));
        let (r, source) =
            example_response("{\"Response\":{\n\"A\": [\n\"x\",\nbare text\n]}}").unwrap();
        assert_eq!(
            (source, r["A"].clone()),
            (Source::Salvaged, serde_json::json!(["x"]))
        );
        assert!(example_response("{\"Response\": {\"A\": x y}}").is_none());
        assert!(example_response(r#"{"Response":1}"#).is_none());
    }

    #[test]
    fn shipped_specs_load() {
        let models = load_specs_dir(&shipped_specs_dir(), None).unwrap();
        let names: Vec<_> = models
            .iter()
            .map(|m| (m.name.as_str(), m.version.as_str()))
            .collect();
        assert!(names.contains(&("cwp", "2018-02-28")), "{names:?}");
        assert!(names.contains(&("tcss", "2020-11-01")), "{names:?}");
        let mut repaired_in_all = 0;
        for m in &models {
            let [plain, repaired, salvaged, minimal] = m.answer_counts();
            assert_eq!(plain + repaired + salvaged + minimal, m.api.actions.len());
            // Most actions have a usable example.
            assert!(plain > m.api.actions.len() / 2, "{}", m.name);
            repaired_in_all += repaired;
        }
        // Repairs are used (not by every service: sts's examples are all valid JSON).
        assert!(repaired_in_all > 0);
        let err = load_specs_dir(&shipped_specs_dir(), Some(&["nope".to_string()])).unwrap_err();
        assert!(err.to_string().contains("nope"), "{err}");
    }
}
