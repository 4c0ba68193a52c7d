//! What the examples share: a configuration for the real service when
//! credentials are in the environment, else an in-process emulator, so every
//! example runs offline (and in CI) and against Tencent Cloud unchanged.

use crate::emulator::{Emulator, EmulatorBuilder};
use tencentcloud_runtime::{Config, ConfigLoader};

/// Any failure while setting up an example.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Where an example's calls go.
pub struct Target {
    /// The configuration to build clients from.
    pub config: Config,
    /// The emulator serving the calls, when there are no credentials (kept
    /// alive for as long as the target).
    pub emulator: Option<Emulator>,
}

impl Target {
    /// One line on stdout saying where calls go.
    pub fn describe(&self) -> String {
        match &self.emulator {
            Some(e) => format!(
                "Calling the in-process emulator at {} (set TENCENTCLOUD_SECRET_ID, \
                 TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_REGION to call Tencent Cloud).",
                e.url()
            ),
            None => format!(
                "Calling Tencent Cloud in {}.",
                self.config.region().unwrap_or("the nearest region")
            ),
        }
    }
}

/// The real service when `TENCENTCLOUD_SECRET_ID` is set (configuration
/// loaded like the official CLI's), else an emulator built by `emulator`
/// (which gets the shipped specs and a test key pair).
pub async fn target(
    emulator: impl FnOnce(EmulatorBuilder) -> EmulatorBuilder,
) -> Result<Target, BoxError> {
    if std::env::var_os("TENCENTCLOUD_SECRET_ID").is_some() {
        return Ok(Target {
            config: ConfigLoader::new().load()?,
            emulator: None,
        });
    }
    emulator_target(emulator).await
}

/// Always the emulator built by `emulator`, whatever the environment holds:
/// what the examples' tests use, so `cargo test` never reaches Tencent Cloud.
pub async fn emulator_target(
    emulator: impl FnOnce(EmulatorBuilder) -> EmulatorBuilder,
) -> Result<Target, BoxError> {
    let builder = Emulator::builder()
        .credential("AKIDexample", "example-secret-key")
        .shipped_specs();
    let emu = emulator(builder).start().await?;
    Ok(Target {
        config: emu.config_builder().build()?,
        emulator: Some(emu),
    })
}
