//! The services the emulator serves, read from the official spec files with
//! `tencentcloud_codegen::spec`: no per-action code anywhere.

use super::EmulatorError;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use tencentcloud_codegen::spec::{self, ApiSpec, ExamplesFile, SpecError};

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
        Ok(ServiceModel::load_spec(dir)?)
    }

    fn load_spec(dir: &Path) -> Result<ServiceModel, SpecError> {
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
/// optionally only the named services (folder names), parsed now. Parsed once
/// per process and folder, then shared. The emulator does not call this: it
/// lists the folders and parses a service version on its
/// first request.
pub fn load_specs_dir(
    root: &Path,
    only: Option<&[String]>,
) -> Result<Vec<Arc<ServiceModel>>, EmulatorError> {
    let mut out = Vec::new();
    for entry in list_specs_dir(root, only)? {
        out.push(entry.model(|| {}).map_err(|e| e.clone())?.clone());
    }
    Ok(out)
}

/// Parse `dir` unless this process already has: one parse per folder and
/// process, even under concurrent first calls (a failed parse is not kept,
/// so a fixed file is read again by the next caller).
fn load_cached(dir: &Path) -> Result<Arc<ServiceModel>, SpecError> {
    type Slot = Arc<Mutex<Option<Arc<ServiceModel>>>>;
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, Slot>>> = OnceLock::new();
    let key = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let slot = lock(CACHE.get_or_init(Default::default))
        .entry(key)
        .or_default()
        .clone();
    // Held while parsing: a second caller for the same folder waits for the
    // first one's model instead of parsing again.
    let mut model = lock(&slot);
    if let Some(m) = &*model {
        return Ok(m.clone());
    }
    let m = Arc::new(ServiceModel::load_spec(dir)?);
    *model = Some(m.clone());
    Ok(m)
}

/// Parse a service version a service crate embeds (its `emulator`
/// feature), once per process: every emulator of a test binary shares the
/// model.
pub fn load_embedded(
    spec: &tencentcloud_runtime::ServiceSpec,
) -> Result<Arc<ServiceModel>, SpecError> {
    type Key = (&'static str, &'static str, usize);
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<ServiceModel>>>> = OnceLock::new();
    let key = (spec.service, spec.version, spec.api_json.as_ptr() as usize);
    let mut cache = lock(CACHE.get_or_init(Default::default));
    if let Some(m) = cache.get(&key) {
        return Ok(m.clone());
    }
    let name = |file: &str| PathBuf::from(format!("{} {} {file}", spec.service, spec.version));
    let api = spec::parse_api(&name("api.json"), spec.api_json.as_bytes())?;
    let examples = match spec.examples_json {
        Some(text) => Some(spec::parse_examples(
            &name("examples.json"),
            text.as_bytes(),
        )?),
        None => None,
    };
    let model = Arc::new(ServiceModel::from_specs(api, examples.as_ref()));
    if model.name != spec.service || model.version != spec.version {
        return Err(SpecError::new(
            &name("api.json"),
            "metadata",
            format!(
                "describes {} {}, not {} {}",
                model.name, model.version, spec.service, spec.version
            ),
        ));
    }
    cache.insert(key, model.clone());
    Ok(model)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The service versions under `root` (`<root>/<svc>/<ver>/api.json`),
/// optionally only the named services (folder names), without reading any
/// spec file: only the folders are listed. A missing `root`, a name of
/// `only` without a folder, or no service version at all is an error.
pub(crate) fn list_specs_dir(
    root: &Path,
    only: Option<&[String]>,
) -> Result<Vec<SpecEntry>, EmulatorError> {
    let mut entries = Vec::new();
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
                entries.push(SpecEntry::listed(svc_name.clone(), ver));
            }
        }
    }
    if let Some(only) = only {
        for o in only {
            if !entries.iter().any(|e| e.folder == *o) {
                return Err(EmulatorError::Config(format!(
                    "no service `{o}` (no {}/{o}/<version>/api.json)",
                    root.display()
                )));
            }
        }
    }
    if entries.is_empty() {
        return Err(EmulatorError::Config(format!(
            "no <service>/<version>/api.json under {}",
            root.display()
        )));
    }
    Ok(entries)
}

/// `2018-02-28` for a folder named `v20180228`.
fn version_of_folder(name: &str) -> Option<String> {
    let digits = name.strip_prefix('v')?;
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(format!(
        "{}-{}-{}",
        &digits[..4],
        &digits[4..6],
        &digits[6..]
    ))
}

/// One service version the emulator serves: listed at start, read on first
/// use. Two levels, each read at most once per emulator (thread-safe: a
/// concurrent first caller waits for the first one's result):
///
/// * the head: the action names and `metadata` of `api.json`, read from the
///   start of the file until both are known (they come before `objects`,
///   some 7 % of the file), for routing by Host and for
///   [`Emulator::serve_pages`](super::Emulator::serve_pages) without parsing
///   every service;
/// * the model: the whole `api.json` and `examples.json`, for answering.
///
/// A malformed file is an outcome like any other, kept and reported on each
/// request for the service version, never a panic.
pub(crate) struct SpecEntry {
    /// The service folder (`cwp`); the endpoint name is in the head.
    pub folder: String,
    /// `<root>/<folder>/<version folder>`, if read from disk.
    pub dir: Option<PathBuf>,
    /// From the version folder's name (`v20180228`), when it has that form.
    folder_version: Option<String>,
    head: OnceLock<Result<Head, SpecError>>,
    model: OnceLock<Result<Arc<ServiceModel>, SpecError>>,
}

/// What routing needs of an `api.json`.
#[derive(Debug)]
pub(crate) struct Head {
    /// `metadata.serviceShortName`.
    pub name: String,
    /// `metadata.apiVersion`.
    pub version: String,
    /// The keys of `actions`.
    pub actions: std::collections::HashSet<String>,
}

impl SpecEntry {
    fn listed(folder: String, dir: PathBuf) -> SpecEntry {
        let folder_version = dir
            .file_name()
            .and_then(|n| version_of_folder(&n.to_string_lossy()));
        SpecEntry {
            folder,
            dir: Some(dir),
            folder_version,
            head: OnceLock::new(),
            model: OnceLock::new(),
        }
    }

    /// An already parsed service ([`super::EmulatorBuilder::service`]).
    pub fn loaded(model: Arc<ServiceModel>) -> SpecEntry {
        let head = Head {
            name: model.name.clone(),
            version: model.version.clone(),
            actions: model.api.actions.keys().cloned().collect(),
        };
        SpecEntry {
            folder: model.name.clone(),
            dir: None,
            folder_version: Some(model.version.clone()),
            head: OnceLock::from(Ok(head)),
            model: OnceLock::from(Ok(model)),
        }
    }

    /// `cwp/v20180228`, for messages and listings.
    pub fn label(&self) -> String {
        match self.dir.as_ref().and_then(|d| d.file_name()) {
            Some(v) => format!("{}/{}", self.folder, v.to_string_lossy()),
            None => format!(
                "{} {}",
                self.folder,
                self.folder_version.as_deref().unwrap_or("")
            ),
        }
    }

    /// The head of `api.json`, read on first use.
    pub fn head(&self) -> Result<&Head, &SpecError> {
        self.head
            .get_or_init(|| {
                let dir = self.dir.as_deref().unwrap_or(Path::new("."));
                read_head(&dir.join("api.json"))
            })
            .as_ref()
    }

    /// The endpoint name (`metadata.serviceShortName`), or the folder name
    /// when `api.json` cannot be read (so that a request naming the service
    /// reaches it and is told what is wrong with its spec).
    pub fn name(&self) -> &str {
        self.head()
            .map_or(self.folder.as_str(), |h| h.name.as_str())
    }

    /// The API version: from the folder's name (`v20180228`) without reading
    /// anything, else from the head.
    pub fn version(&self) -> Option<&str> {
        match &self.folder_version {
            Some(v) => Some(v),
            None => self.head().ok().map(|h| h.version.as_str()),
        }
    }

    /// Whether the service version has `action`: `None` if its `api.json`
    /// cannot be read.
    pub fn has_action(&self, action: &str) -> Option<bool> {
        self.head().ok().map(|h| h.actions.contains(action))
    }

    /// Whether the model has been asked for (whatever the outcome).
    pub fn is_loaded(&self) -> bool {
        self.model.get().is_some()
    }

    /// The model, parsed on first use; `on_load` runs once, when this entry
    /// loads it.
    pub fn model(&self, on_load: impl FnOnce()) -> Result<&Arc<ServiceModel>, &SpecError> {
        self.model
            .get_or_init(|| {
                on_load();
                let dir = self.dir.as_deref().unwrap_or(Path::new("."));
                let model = load_cached(dir)?;
                if let Some(v) = &self.folder_version {
                    if model.version != *v {
                        return Err(SpecError::new(
                            &dir.join("api.json"),
                            "metadata.apiVersion",
                            format!(
                                "`{}` does not match the folder name (API version {v})",
                                model.version
                            ),
                        ));
                    }
                }
                Ok(model)
            })
            .as_ref()
    }
}

/// Read `api.json` from its start until the action names and `metadata` are
/// known, skipping the action bodies; the rest of the file (`objects`, most
/// of it) is not read when `metadata` precedes it, as in every upstream file.
fn read_head(file: &Path) -> Result<Head, SpecError> {
    use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

    struct ActionNames;
    impl<'de> Visitor<'de> for ActionNames {
        type Value = std::collections::HashSet<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of actions")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut names = std::collections::HashSet::new();
            while let Some(name) = map.next_key::<String>()? {
                map.next_value::<IgnoredAny>()?;
                names.insert(name);
            }
            Ok(names)
        }
    }
    impl<'de> DeserializeSeed<'de> for ActionNames {
        type Value = std::collections::HashSet<String>;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_map(self)
        }
    }
    /// Fills `found`; stops the parser (with [`STOP`]) once both are known.
    struct Top<'a> {
        found: &'a mut (
            Option<std::collections::HashSet<String>>,
            Option<Map<String, Value>>,
        ),
    }
    const STOP: &str = "head read";
    impl<'de> Visitor<'de> for Top<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an api.json object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "actions" => self.found.0 = Some(map.next_value_seed(ActionNames)?),
                    "metadata" => self.found.1 = Some(map.next_value()?),
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                if self.found.0.is_some() && self.found.1.is_some() {
                    return Err(de::Error::custom(STOP));
                }
            }
            Ok(())
        }
    }

    // Parse a growing prefix (serde_json parses slices far faster than
    // readers): 64 KiB, then 4 times more while the parser runs out of text.
    use std::io::Read;
    let cannot_read = |e: std::io::Error| SpecError::new(file, "", format!("cannot read: {e}"));
    let mut f = std::fs::File::open(file).map_err(cannot_read)?;
    let mut buf = Vec::new();
    let mut want: u64 = 1 << 16;
    let (found, result) = loop {
        (&mut f)
            .take(want - buf.len() as u64)
            .read_to_end(&mut buf)
            .map_err(cannot_read)?;
        let whole = (buf.len() as u64) < want;
        let mut found = (None, None);
        let result =
            serde_json::Deserializer::from_slice(&buf).deserialize_map(Top { found: &mut found });
        match &result {
            Err(e) if e.is_eof() && !whole => want *= 4,
            _ => break (found, result),
        }
    };
    match (found, result) {
        ((Some(actions), Some(meta)), _) => {
            let text = |key: &str| match meta.get(key) {
                Some(Value::String(s)) => Ok(s.clone()),
                _ => Err(SpecError::new(
                    file,
                    format!("metadata.{key}"),
                    "missing, or not a string",
                )),
            };
            Ok(Head {
                name: text("serviceShortName")?,
                version: text("apiVersion")?,
                actions,
            })
        }
        (_, Err(e)) => Err(SpecError::new(
            file,
            format!("line {}", e.line()),
            e.to_string(),
        )),
        ((actions, _), Ok(())) => Err(SpecError::new(
            file,
            "",
            if actions.is_none() {
                "no `actions`"
            } else {
                "no `metadata`"
            },
        )),
    }
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
        let (mut plain_in_all, mut repaired_in_all, mut actions_in_all) = (0, 0, 0);
        for m in &models {
            let [plain, repaired, salvaged, minimal] = m.answer_counts();
            assert_eq!(plain + repaired + salvaged + minimal, m.api.actions.len());
            plain_in_all += plain;
            repaired_in_all += repaired;
            actions_in_all += m.api.actions.len();
        }
        // Most actions have a usable example (not in every service: some
        // document few), and repairs are used.
        assert!(
            plain_in_all > actions_in_all / 2,
            "{plain_in_all} of {actions_in_all}"
        );
        assert!(repaired_in_all > 0);
        let err = load_specs_dir(&shipped_specs_dir(), Some(&["nope".to_string()])).unwrap_err();
        assert!(err.to_string().contains("nope"), "{err}");
    }

    #[test]
    fn heads_match_the_models_and_stop_before_objects() {
        let entries = list_specs_dir(&shipped_specs_dir(), None).unwrap();
        let vendored =
            tencentcloud_codegen::generate::find_spec_dirs(&shipped_specs_dir()).unwrap();
        assert_eq!(entries.len(), vendored.len());
        for e in &entries {
            let head = e.head().unwrap();
            let model = e.model(|| {}).unwrap();
            assert_eq!(
                (head.name.as_str(), head.version.as_str()),
                (model.name.as_str(), model.version.as_str())
            );
            assert_eq!(e.version(), Some(model.version.as_str()));
            assert_eq!(head.actions.len(), model.api.actions.len(), "{}", e.label());
            assert!(model.api.actions.keys().all(|a| head.actions.contains(a)));
        }
        // Only the start of the file is read: garbage after `metadata` is
        // not seen by the head, and is by the model.
        let dir = std::env::temp_dir().join(format!("tc-emu-head-{}", std::process::id()));
        let ver = dir.join("as").join("v20180419");
        std::fs::create_dir_all(&ver).unwrap();
        std::fs::write(
            ver.join("api.json"),
            r#"{"actions": {"A": {"input": "AReq"}}, "metadata": {"apiVersion": "2018-04-19", "serviceShortName": "scaling"}, "objects": nonsense"#,
        )
        .unwrap();
        let entries = list_specs_dir(&dir, None).unwrap();
        let head = entries[0].head().unwrap();
        assert_eq!(
            (head.name.as_str(), entries[0].name()),
            ("scaling", "scaling")
        );
        assert_eq!(entries[0].has_action("A"), Some(true));
        let err = entries[0].model(|| {}).unwrap_err();
        assert!(err.file.ends_with("as/v20180419/api.json"), "{err}");
        // A head that cannot be read: the folder name stands for the service.
        std::fs::write(ver.join("api.json"), "[").unwrap();
        let entries = list_specs_dir(&dir, None).unwrap();
        assert!(entries[0].head().is_err());
        assert_eq!(
            (entries[0].name(), entries[0].has_action("A")),
            ("as", None)
        );
        std::fs::remove_dir_all(&dir).unwrap();
        // A missing folder is an error at once.
        assert!(list_specs_dir(&dir, None).is_err());
    }
}
