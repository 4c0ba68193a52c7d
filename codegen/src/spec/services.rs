//! `specs/services.json`: what each service is, for the crate docs, the
//! Cargo `description` and the READMEs.
//!
//! ```json
//! {
//!   "cwp": {
//!     "name": "Cloud Workload Protection",
//!     "abbreviation": "CWP",
//!     "description": "Host security: intrusion, vulnerability and baseline detection for servers.",
//!     "name_cn": "主机安全",
//!     "source": "https://www.tencentcloud.com/products/cwp",
//!     "reviewed": true
//!   }
//! }
//! ```
//!
//! Keys are service folder names (`specs/<key>/`). `name` and `description`
//! are required and must not be blank; `abbreviation` may be `null`. Other
//! keys (`name_cn`, `source`, `reviewed`, ...) are for the people who keep
//! the file and are not read here. Every service folder under `specs/` needs
//! an entry; entries without a folder are allowed (the file may describe more
//! services than are vendored).

use super::SpecError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The file name, inside the specs folder.
pub const FILE: &str = "services.json";

/// One service's entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ServiceMeta {
    /// English product name (`Cloud Workload Protection`).
    pub name: String,
    /// Usual abbreviation (`CWP`), if the product has one.
    #[serde(default)]
    pub abbreviation: Option<String>,
    /// One sentence: what the service does.
    pub description: String,
}

impl ServiceMeta {
    /// `Cloud Workload Protection (CWP)`, or the name alone when there is no
    /// abbreviation or it is the name itself.
    pub fn title(&self) -> String {
        match self.abbreviation.as_deref().map(str::trim) {
            Some(a) if !a.is_empty() && a != self.name => format!("{} ({a})", self.name),
            _ => self.name.clone(),
        }
    }

    /// The description as one sentence ending with a full stop.
    pub fn sentence(&self) -> String {
        let d = self.description.trim();
        if d.ends_with(['.', '!', '?']) {
            d.to_string()
        } else {
            format!("{d}.")
        }
    }
}

/// Every entry, by service folder name.
pub type Services = BTreeMap<String, ServiceMeta>;

/// Read and check `<specs>/services.json`.
pub fn load(specs: &Path) -> Result<Services, SpecError> {
    let file = specs.join(FILE);
    let bytes = super::read(&file)?;
    parse(&file, &bytes)
}

/// Parse and check a `services.json`; `file` names it in errors.
pub fn parse(file: &Path, bytes: &[u8]) -> Result<Services, SpecError> {
    let services: Services = super::parse_json(file, bytes)?;
    for (key, meta) in &services {
        let blank = |what: &str| {
            SpecError::new(
                file,
                format!("{key}.{what}"),
                format!("the {what} of service `{key}` is empty"),
            )
        };
        if meta.name.trim().is_empty() {
            return Err(blank("name"));
        }
        if meta.description.trim().is_empty() {
            return Err(blank("description"));
        }
        // One line each: they go into TOML strings, Markdown tables and titles.
        for (what, text) in [
            ("name", meta.name.as_str()),
            ("description", meta.description.as_str()),
            ("abbreviation", meta.abbreviation.as_deref().unwrap_or("")),
        ] {
            if text.contains(['\n', '\r']) {
                return Err(SpecError::new(
                    file,
                    format!("{key}.{what}"),
                    format!("the {what} of service `{key}` must be one line"),
                ));
            }
        }
    }
    Ok(services)
}

/// The entry of service folder `service`, or an error naming the service and the file.
pub fn get<'a>(
    services: &'a Services,
    specs: &Path,
    service: &str,
) -> Result<&'a ServiceMeta, SpecError> {
    services.get(service).ok_or_else(|| {
        SpecError::new(
            &specs.join(FILE),
            "",
            format!(
                "no entry for service `{service}` (folder {}): add \
                 \"{service}\": {{\"name\": ..., \"abbreviation\": ..., \"description\": ...}}",
                specs.join(service).display()
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_and_ignores_keys_it_does_not_use() {
        let s = parse(
            Path::new("services.json"),
            br#"{"cwp": {"name": "Cloud Workload Protection", "abbreviation": "CWP",
                 "description": "Host security", "name_cn": "x", "source": "y", "reviewed": true},
                 "region": {"name": "Region", "abbreviation": null, "description": "Regions."}}"#,
        )
        .unwrap();
        assert_eq!(s["cwp"].title(), "Cloud Workload Protection (CWP)");
        assert_eq!(s["cwp"].sentence(), "Host security.");
        assert_eq!(s["region"].title(), "Region");
    }

    #[test]
    fn errors_name_the_file_and_the_entry() {
        let e = parse(
            Path::new("specs/services.json"),
            br#"{"cwp": {"name": " ", "description": "d"}}"#,
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "specs/services.json: at cwp.name: the name of service `cwp` is empty"
        );
        let e = parse(
            Path::new("specs/services.json"),
            br#"{"cwp": {"name": "n"}}"#,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("specs/services.json"), "{e}");
        assert!(e.to_string().contains("description"), "{e}");
        let services = Services::new();
        let e = get(&services, Path::new("specs"), "vpc").unwrap_err();
        assert!(e.to_string().contains("specs/services.json"), "{e}");
        assert!(e.to_string().contains("`vpc`"), "{e}");
    }
}
